import type { Model } from "../model/types.js";
import { type CompiledModel, compileModel } from "./compile.js";
import { ALL_CONNS, type ConnSet, EMPTY_CONNS, intersect, isEmpty } from "./conn-set.js";
import { type DirectionTable, directionTable, keyNode, nodeKey, tableLookup } from "./evaluate.js";
import { partitionAddressSpace } from "./partition.js";
import type { Graph, GraphNode, GraphOptions, NodeFlow } from "./types.js";

/** The engine's working state behind a Graph. */
export interface GraphInternals {
  readonly compiled: CompiledModel;
  readonly ingress: readonly DirectionTable[];
  readonly egress: readonly DirectionTable[];
  /** One source's non-empty flows, in destination node order. */
  row(src: GraphNode): NodeFlow[];
  /**
   * How many destinations {@link GraphInternals.row} looks at for `src` (cheap): lets a
   * caller choose between reading a row and walking its own list of destinations.
   */
  rowCost(src: GraphNode): number;
}

const INTERNALS = new WeakMap<Graph, GraphInternals>();

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function makeInternals(compiled: CompiledModel): GraphInternals {
  const { classes, externals } = compiled;
  const n = classes.length;
  const ingress = classes.map((c) => directionTable(compiled, "ingress", c.index));
  const egress = classes.map((c) => directionTable(compiled, "egress", c.index));
  // Which destinations can admit a source at all: the ones whose ingress default is
  // open, plus the ones with an override for that source. Lets a row skip the rest.
  const openIngress = ingress.flatMap((t, i) => (isEmpty(t.fallback) ? [] : [i]));
  const ingressBySrc = new Map<number, number[]>();
  ingress.forEach((t, dst) => {
    for (const key of t.overrides.keys()) {
      const list = ingressBySrc.get(key);
      if (list) list.push(dst);
      else ingressBySrc.set(key, [dst]);
    }
  });
  const rowCost = (src: GraphNode): number => {
    const out = src.kind === "class" ? egress[src.index]! : null;
    if (out && isEmpty(out.fallback)) return out.overrides.size + externals.length;
    const admitting = ingressBySrc.get(nodeKey(compiled, src))?.length ?? 0;
    return openIngress.length + admitting + (out ? externals.length : 0);
  };
  const row = (src: GraphNode): NodeFlow[] => {
    const srcKey = nodeKey(compiled, src);
    const out = src.kind === "class" ? egress[src.index]! : null;
    const candidates =
      out && isEmpty(out.fallback)
        ? [...out.overrides.keys()].filter((k) => k < n).sort((a, b) => a - b)
        : mergeSorted(openIngress, ingressBySrc.get(srcKey) ?? []);
    const flows: NodeFlow[] = [];
    for (const t of candidates) {
      const conns = intersect(
        out ? tableLookup(out, t) : ALL_CONNS,
        tableLookup(ingress[t]!, srcKey),
      );
      if (!isEmpty(conns)) flows.push({ src, dst: { kind: "class", index: t }, conns });
    }
    if (out) {
      for (let x = 0; x < externals.length; x++) {
        const conns = tableLookup(out, n + x);
        if (!isEmpty(conns)) flows.push({ src, dst: { kind: "external", index: x }, conns });
      }
    }
    return flows;
  };
  return { compiled, ingress, egress, row, rowCost };
}

/** The connections `src` may open to `dst` (semantics.md §1: egress at src ∩ ingress at dst). */
function pairConns(internals: GraphInternals, src: GraphNode, dst: GraphNode): ConnSet {
  const { compiled, ingress, egress } = internals;
  if (src.kind === "external" && dst.kind === "external") return EMPTY_CONNS;
  // External endpoints are never restricted on their own side (§1).
  const out =
    src.kind === "class" ? tableLookup(egress[src.index]!, nodeKey(compiled, dst)) : ALL_CONNS;
  const inn =
    dst.kind === "class" ? tableLookup(ingress[dst.index]!, nodeKey(compiled, src)) : ALL_CONNS;
  return intersect(out, inn);
}

/**
 * Builds the class-level reachability graph of a model (design.md, "The engine must
 * not be quadratic in workloads"). Give `options.externals` (from
 * `partitionAddressSpace` over both revisions) to compare two graphs range for range.
 */
export function buildGraph(model: Model, options?: GraphOptions): Graph {
  const externals = options?.externals ?? partitionAddressSpace([model]);
  const internals = makeInternals(compileModel(model, externals));
  const { compiled } = internals;
  const n = compiled.classes.length;
  const graph: Graph = {
    model,
    classes: compiled.classes,
    classOf: compiled.classOf,
    externals,
    conns: (src, dst) => pairConns(internals, src, dst),
    *nodeFlows() {
      for (let key = 0; key < n + externals.length; key++)
        yield* internals.row(keyNode(compiled, key));
    },
  };
  INTERNALS.set(graph, internals);
  return graph;
}

/** The engine state of a graph; rebuilt (once) for a Graph made elsewhere. */
export function graphInternals(graph: Graph): GraphInternals {
  let internals = INTERNALS.get(graph);
  if (!internals) {
    internals = makeInternals(compileModel(graph.model, graph.externals));
    INTERNALS.set(graph, internals);
  }
  return internals;
}

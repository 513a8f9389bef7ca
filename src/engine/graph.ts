import type { Model } from "../model/types.js";
import { type CompiledModel, compileModel, type PeerSet } from "./compile.js";
import { ALL_CONNS, type ConnSet, EMPTY_CONNS, intersect, isEmpty } from "./conn-set.js";
import { type DirectionTable, directionTable, tableLookup } from "./direction-table.js";
import { keyNode, nodeKey } from "./evaluate.js";
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

/** The ascending union of ascending lists. */
function mergeSorted(lists: readonly (readonly number[])[]): readonly number[] {
  const parts = lists.filter((l) => l.length > 0);
  if (parts.length === 0) return [];
  if (parts.length === 1) return parts[0]!;
  return [...new Set(parts.flat())].sort((x, y) => x - y);
}

function makeInternals(compiled: CompiledModel): GraphInternals {
  const { classes, externals } = compiled;
  const n = classes.length;
  const ingress = classes.map((c) => directionTable(compiled, "ingress", c.index));
  const egress = classes.map((c) => directionTable(compiled, "egress", c.index));
  // Which destinations can admit a source at all: the ones whose ingress default is
  // open, the ones with an override for that source, and the ones with a wide entry
  // whose shared peer set holds it. Lets a row skip the rest.
  const openIngress = ingress.flatMap((t, i) => (isEmpty(t.fallback) ? [] : [i]));
  const ingressBySrc = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, key: number, value: number) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const widePeers = new Map<number, PeerSet>();
  const wideDsts = new Map<number, number[]>();
  ingress.forEach((t, dst) => {
    for (const key of t.overrides.keys()) push(ingressBySrc, key, dst);
    for (const w of t.wide) {
      widePeers.set(w.peers.id, w.peers);
      push(wideDsts, w.peers.id, dst);
    }
  });
  // Per source: the shared peer sets (of ingress wide entries) that hold it. Each
  // distinct set is walked once, however many tables share it.
  const wideBySrc = new Map<number, number[]>();
  for (const [id, peers] of widePeers) {
    for (const c of peers.classes) push(wideBySrc, c, id);
    for (const x of peers.externals) push(wideBySrc, n + x, id);
  }
  const ingressSide = (srcKey: number): (readonly number[])[] => [
    openIngress,
    ingressBySrc.get(srcKey) ?? [],
    ...(wideBySrc.get(srcKey) ?? []).map((id) => wideDsts.get(id)!),
  ];
  /** The destination classes a source's egress names, when its default is closed. */
  const egressSide = (out: DirectionTable | null): (readonly number[])[] | null => {
    if (!out || !isEmpty(out.fallback)) return null;
    const own = [...out.overrides.keys()].filter((k) => k < n).sort((a, b) => a - b);
    return [own, ...out.wide.map((w) => w.peers.classes)];
  };
  const size = (lists: readonly (readonly number[])[]): number =>
    lists.reduce((sum, l) => sum + l.length, 0);
  const egressSize = (out: DirectionTable | null): number =>
    !out || !isEmpty(out.fallback)
      ? n
      : out.overrides.size + out.wide.reduce((sum, w) => sum + w.peers.classes.length, 0);
  // A pair needs both egress at its source and ingress at its destination: a row walks
  // whichever side names fewer destinations.
  const rowCost = (src: GraphNode): number => {
    const out = src.kind === "class" ? egress[src.index]! : null;
    const inSize = size(ingressSide(nodeKey(compiled, src)));
    return Math.min(egressSize(out), inSize) + (out ? externals.length : 0);
  };
  const row = (src: GraphNode): NodeFlow[] => {
    const srcKey = nodeKey(compiled, src);
    const out = src.kind === "class" ? egress[src.index]! : null;
    const inLists = ingressSide(srcKey);
    const outLists = egressSide(out);
    const candidates = mergeSorted(outLists && size(outLists) < size(inLists) ? outLists : inLists);
    const flows: NodeFlow[] = [];
    for (const t of candidates) {
      const conns = intersect(
        out ? tableLookup(compiled, out, t) : ALL_CONNS,
        tableLookup(compiled, ingress[t]!, srcKey),
      );
      if (!isEmpty(conns)) flows.push({ src, dst: { kind: "class", index: t }, conns });
    }
    if (out) {
      for (let x = 0; x < externals.length; x++) {
        const conns = tableLookup(compiled, out, n + x);
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
    src.kind === "class"
      ? tableLookup(compiled, egress[src.index]!, nodeKey(compiled, dst))
      : ALL_CONNS;
  const inn =
    dst.kind === "class"
      ? tableLookup(compiled, ingress[dst.index]!, nodeKey(compiled, src))
      : ALL_CONNS;
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

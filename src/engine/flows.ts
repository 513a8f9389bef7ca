import type { EndpointId, WorkloadId } from "../core/ids.js";
import type { Workload } from "../model/types.js";
import { parseAddress } from "./address.js";
import type { ConnSet } from "./conn-set.js";
import { graphInternals } from "./graph.js";
import type { Flow, Graph, GraphNode } from "./types.js";

/**
 * All endpoint ids in output order: workloads by id, then external ranges in address
 * order (contract.md, `analyze --format json`).
 */
export function endpointIds(graph: Graph): EndpointId[] {
  const { compiled } = graphInternals(graph);
  return [...compiled.workloads.map((w) => w.id), ...graph.externals.map((e) => e.id)];
}

/** What an id (or a single IP address, for `explain`) stands for in the graph. */
export type ResolvedEndpoint =
  | { readonly kind: "workload"; readonly workload: Workload; readonly node: GraphNode }
  | { readonly kind: "external"; readonly id: EndpointId; readonly node: GraphNode };

/**
 * Resolves a workload id, an external range id, or an IP address (the range that
 * contains it); null when nothing matches.
 */
export function resolveEndpoint(graph: Graph, text: string): ResolvedEndpoint | null {
  const index = graph.classOf.get(text as WorkloadId);
  if (index !== undefined) {
    const workload = graph.classes[index]!.members.find((m) => m.id === text)!;
    return { kind: "workload", workload, node: { kind: "class", index } };
  }
  const byId = graph.externals.findIndex((e) => e.id === text);
  const address = byId >= 0 ? null : parseAddress(text);
  const x =
    byId >= 0
      ? byId
      : address === null
        ? -1
        : graph.externals.findIndex(
            (e) =>
              e.family === address.family && e.start <= address.value && address.value <= e.end,
          );
  if (x < 0) return null;
  return { kind: "external", id: graph.externals[x]!.id, node: { kind: "external", index: x } };
}

/**
 * Workload-level flows in a stable order: sources in endpoint order, then destinations
 * in endpoint order; every pair with a non-empty set and at least one workload side.
 * Two workloads of one class get the class's own class→class set; a workload's flow to
 * itself (its replicas) is listed for every kind except a bare Pod, whose traffic to
 * itself is loopback (contract.md; semantics.md Part 1). Streamed: nothing is held
 * beyond one source class's row.
 */
export function* expandFlows(graph: Graph): Generator<Flow> {
  const internals = graphInternals(graph);
  const { compiled } = internals;
  const position = new Map<WorkloadId, number>();
  compiled.workloads.forEach((w, i) => {
    position.set(w.id, i);
  });

  type Dest = { readonly pos: number; readonly id: EndpointId; readonly conns: ConnSet };
  let cachedKey: string | null = null;
  let cached: Dest[] = [];
  const destinations = (src: GraphNode): Dest[] => {
    const key = `${src.kind}:${src.index}`;
    if (key === cachedKey) return cached;
    const workloads: Dest[] = [];
    const externals: Dest[] = [];
    for (const f of internals.row(src)) {
      if (f.dst.kind === "class") {
        for (const m of graph.classes[f.dst.index]!.members) {
          workloads.push({ pos: position.get(m.id)!, id: m.id, conns: f.conns });
        }
      } else {
        externals.push({ pos: -1, id: graph.externals[f.dst.index]!.id, conns: f.conns });
      }
    }
    workloads.sort((a, b) => a.pos - b.pos);
    cachedKey = key;
    cached = [...workloads, ...externals];
    return cached;
  };

  for (const w of compiled.workloads) {
    const src: GraphNode = { kind: "class", index: graph.classOf.get(w.id)! };
    for (const d of destinations(src)) {
      if (d.id === w.id && w.kind === "Pod") continue;
      yield { src: w.id, dst: d.id, conns: d.conns };
    }
  }
  for (let x = 0; x < graph.externals.length; x++) {
    const src: GraphNode = { kind: "external", index: x };
    const id = graph.externals[x]!.id;
    for (const d of destinations(src)) yield { src: id, dst: d.id, conns: d.conns };
  }
}

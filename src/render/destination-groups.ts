import { compareText } from "../core/compare-text.js";
import type { EndpointId } from "../core/ids.js";
import { type ConnSet, connsKey, isAll } from "../engine/conn-set.js";
import { endpointIds } from "../engine/index.js";
import type { Graph, GraphNode } from "../engine/types.js";

/**
 * The analyze report's shape: per destination, who can reach it on what. Computed on
 * the class graph (never per workload pair), then destinations with the same incoming
 * picture are merged so a namespace reads as one entry (issue 2, "Output").
 */
export type DestinationStatus = "isolated" | "unrestricted" | "restricted";

export interface SourceGroup {
  readonly conns: ConnSet;
  /** Sorted in endpoint order (workloads, then ranges). */
  readonly srcs: readonly EndpointId[];
}

export interface DestinationGroup {
  readonly dsts: readonly EndpointId[];
  readonly status: DestinationStatus;
  /** Empty when isolated; one `all` group from everything when unrestricted. */
  readonly sources: readonly SourceGroup[];
}

export function nodeKey(n: GraphNode): string {
  return `${n.kind === "class" ? "c" : "x"}${n.index}`;
}

export function nodeMembers(graph: Graph, n: GraphNode): EndpointId[] {
  return n.kind === "class"
    ? graph.classes[n.index]!.members.map((m) => m.id)
    : [graph.externals[n.index]!.id];
}

/** Every node of the graph, classes first, in index order. */
export function allNodes(graph: Graph): GraphNode[] {
  return [
    ...graph.classes.map((c): GraphNode => ({ kind: "class", index: c.index })),
    ...graph.externals.map((_, index): GraphNode => ({ kind: "external", index })),
  ];
}

/** Flows (endpoint pairs) the class graph stands for, counted without listing them. */
export function countFlows(graph: Graph): number {
  let n = 0;
  for (const f of graph.nodeFlows()) {
    const size = (x: GraphNode): number =>
      x.kind === "class" ? graph.classes[x.index]!.members.length : 1;
    n += size(f.src) * size(f.dst);
    if (f.src.kind === "class" && f.dst.kind === "class" && f.src.index === f.dst.index) {
      // A bare Pod's traffic to itself is loopback, never listed (contract.md).
      n -= graph.classes[f.src.index]!.members.filter((m) => m.kind === "Pod").length;
    }
  }
  return n;
}

export function destinationGroups(graph: Graph): DestinationGroup[] {
  const byEndpointOrder = endpointOrder(graph);
  const nodes = allNodes(graph);
  const incoming = new Map<string, Map<string, { conns: ConnSet; srcs: GraphNode[] }>>();
  for (const f of graph.nodeFlows()) {
    const dk = nodeKey(f.dst);
    let byConns = incoming.get(dk);
    if (!byConns) {
      byConns = new Map();
      incoming.set(dk, byConns);
    }
    const ck = connsKey(f.conns);
    const entry = byConns.get(ck);
    if (entry) entry.srcs.push(f.src);
    else byConns.set(ck, { conns: f.conns, srcs: [f.src] });
  }
  const merged = new Map<
    string,
    {
      dsts: GraphNode[];
      status: DestinationStatus;
      sources: { conns: ConnSet; srcs: GraphNode[] }[];
    }
  >();
  for (const dst of nodes) {
    const byConns = incoming.get(nodeKey(dst));
    const sources = byConns
      ? [...byConns.entries()].sort(([a], [b]) => compareText(a, b)).map(([, v]) => v)
      : [];
    // A class reaches anything but an external range never reaches another one.
    const possible = dst.kind === "class" ? nodes.length : graph.classes.length;
    const only = sources[0];
    const status: DestinationStatus =
      sources.length === 0
        ? "isolated"
        : sources.length === 1 && only && isAll(only.conns) && only.srcs.length === possible
          ? "unrestricted"
          : "restricted";
    const signature = `${status}|${sources.map((s) => `${connsKey(s.conns)}:${s.srcs.map(nodeKey).join(",")}`).join("|")}|${dst.kind}`;
    const hit = merged.get(signature);
    if (hit) hit.dsts.push(dst);
    else merged.set(signature, { dsts: [dst], status, sources });
  }
  return [...merged.values()]
    .map((m) => ({
      dsts: m.dsts.flatMap((n) => nodeMembers(graph, n)).sort(byEndpointOrder),
      status: m.status,
      sources: m.sources.map((s) => ({
        conns: s.conns,
        srcs: s.srcs.flatMap((n) => nodeMembers(graph, n)).sort(byEndpointOrder),
      })),
    }))
    .sort((a, b) => byEndpointOrder(a.dsts[0]!, b.dsts[0]!));
}

/** Endpoint order (workloads by id, then ranges by address) as a comparator. */
export function endpointOrder(graph: Graph): (a: EndpointId, b: EndpointId) => number {
  const pos = new Map(endpointIds(graph).map((id, i) => [id, i]));
  return (a, b) => (pos.get(a) ?? -1) - (pos.get(b) ?? -1) || compareText(a, b);
}

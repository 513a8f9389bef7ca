import { connsEqual } from "../engine/conn-set.js";
import { type DirectionTable, tableExceptions, tableLookup } from "../engine/direction-table.js";
import { type GraphInternals, graphInternals } from "../engine/graph.js";
import type { Graph, GraphNode } from "../engine/types.js";
import type { Direction } from "../model/types.js";
import type { JointNode } from "./joint-nodes.js";
import type { PairTypes } from "./pair-types.js";

const SIDES = ["base", "head"] as const;
type Side = (typeof SIDES)[number];

/**
 * For each source type, the destination types whose pair with it may have changed
 * (ascending). Every other pair of types is unchanged, so the diff never compares it:
 * the diff stays linear in the changed rows, not quadratic in types, when every class
 * is its own type (one policy per workload).
 */
export type PairCandidates = (srcType: number, srcs: readonly number[]) => number[];

/** The joint nodes with a given node of one side, by the engine's table key. */
function nodesByKey(graph: Graph, nodes: readonly JointNode[], side: Side): number[][] {
  const n = graph.classes.length;
  const out = Array.from({ length: n + graph.externals.length }, (): number[] => []);
  nodes.forEach((node, i) => {
    const g = node[side];
    if (g) out[g.kind === "class" ? g.index : n + g.index]!.push(i);
  });
  return out;
}

/**
 * Whether `node` (kept) allows the same in `direction` in both revisions toward every
 * kept node: its egress as a source, its ingress as a destination. A pair's connections
 * are egress(src) ∩ ingress(dst) (semantics.md §1), so a pair of a source stable in
 * egress and a destination stable in ingress cannot change. Compares the engine's
 * tables (fallback plus the peers that differ from it), so the work is the size of those.
 */
function stableIn(
  direction: Direction,
  node: JointNode,
  nodes: readonly JointNode[],
  internals: Readonly<Record<Side, GraphInternals>>,
  byKey: Readonly<Record<Side, number[][]>>,
): boolean {
  if (node.status !== "kept") return false;
  // External endpoints are never restricted on their own side (§1).
  if (node.base?.kind !== "class" || node.head?.kind !== "class") return true;
  const tables: Record<Side, DirectionTable> = {
    base: internals.base[direction][node.base.index]!,
    head: internals.head[direction][node.head.index]!,
  };
  if (!connsEqual(tables.base.fallback, tables.head.fallback)) return false;
  const keyOf = (side: Side, g: GraphNode): number =>
    g.kind === "class" ? g.index : internals[side].compiled.classes.length + g.index;
  for (const side of SIDES) {
    const other: Side = side === "base" ? "head" : "base";
    const { compiled } = internals[side];
    for (const [key, conns] of tableExceptions(compiled, tables[side])) {
      for (const j of byKey[side][key]!) {
        const peer = nodes[j]!;
        if (peer.status !== "kept") continue; // compared anyway: it is unstable itself
        const there = tableLookup(
          internals[other].compiled,
          tables[other],
          keyOf(other, peer[other]!),
        );
        if (!connsEqual(conns, there)) return false;
      }
    }
  }
  return true;
}

/**
 * The candidate destination types of each source type (see {@link PairCandidates}).
 * A pair of types is compared through one sample pair; it is a candidate unless
 * (1) every source of the type is stable in egress and every destination stable in
 * ingress ({@link stableIn}), or (2) the sample's source reaches no node of the type in
 * either revision (a change needs a non-empty set on one side). The destination type
 * of the first source is always a candidate: its sample pair may use another source.
 * (2) reads the engine's rows when that is cheaper than walking the types.
 */
export function pairCandidates(
  base: Graph,
  head: Graph,
  nodes: readonly JointNode[],
  types: PairTypes,
): PairCandidates {
  const internals = { base: graphInternals(base), head: graphInternals(head) };
  const byKey = { base: nodesByKey(base, nodes, "base"), head: nodesByKey(head, nodes, "head") };
  const { srcType, srcTypes, dstType, dstTypes } = types;
  const srcStable = new Uint8Array(srcTypes).fill(1);
  const dstStable = new Uint8Array(dstTypes).fill(1);
  nodes.forEach((node, i) => {
    if (srcStable[srcType[i]!] && !stableIn("egress", node, nodes, internals, byKey)) {
      srcStable[srcType[i]!] = 0;
    }
    if (dstStable[dstType[i]!] && !stableIn("ingress", node, nodes, internals, byKey)) {
      dstStable[dstType[i]!] = 0;
    }
  });
  const allDst = Array.from({ length: dstTypes }, (_, t) => t);
  const unstableDst = allDst.filter((t) => !dstStable[t]);
  return (s, srcs) => {
    const first = srcs[0]!;
    const own = dstType[first]!;
    const walk = srcStable[s] ? unstableDst : allDst;
    const src = nodes[first]!;
    let cost = 0;
    for (const side of SIDES) {
      const g = src[side];
      if (g) cost += internals[side].rowCost(g);
    }
    if (cost >= walk.length) return walk.includes(own) ? walk : [...walk, own].sort(byNumber);
    const picked = new Set<number>([own]);
    for (const side of SIDES) {
      const g = src[side];
      if (!g) continue;
      const keys = byKey[side];
      const n = internals[side].compiled.classes.length;
      for (const flow of internals[side].row(g)) {
        const key = flow.dst.kind === "class" ? flow.dst.index : n + flow.dst.index;
        for (const j of keys[key]!) {
          const t = dstType[j]!;
          if (!srcStable[s] || !dstStable[t]) picked.add(t);
        }
      }
    }
    return [...picked].sort(byNumber);
  };
}

function byNumber(a: number, b: number): number {
  return a - b;
}

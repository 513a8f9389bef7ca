import type { CompiledPolicy } from "../engine/compile.js";
import { graphInternals } from "../engine/graph.js";
import type { Graph } from "../engine/types.js";
import type { Direction } from "../model/types.js";
import type { Attributor } from "./attribution.js";
import type { JointNode } from "./joint-nodes.js";
import type { ChangedPolicy } from "./policy-changes.js";
import { peerMatches } from "./policy-effect.js";

const SIDES = ["base", "head"] as const;
const DIRECTIONS: readonly Direction[] = ["ingress", "egress"];

/**
 * Every joint node gets a type as a source and a type as a destination, dense ids from
 * 0. Two pairs `s → d` and `s' → d'` with `srcType(s) = srcType(s')` and `dstType(d) =
 * dstType(d')` have the same base set, head set, cause, policies and rules, so the diff
 * compares and attributes once per pair of types instead of once per pair of nodes.
 */
export interface PairTypes {
  readonly srcType: Int32Array;
  readonly srcTypes: number;
  readonly dstType: Int32Array;
  readonly dstTypes: number;
}

/**
 * The rules that match a node as a peer and not every peer of its kind, as tokens:
 * every rule of both graphs (class and external peers, egress named-port targets) and
 * every rule of both versions of the changed policies (as the attribution matches them).
 * A rule matching no peer or every peer of a kind says nothing pair-specific.
 */
function peerTokens(
  graphs: Readonly<Record<"base" | "head", Graph>>,
  nodes: readonly JointNode[],
  changes: readonly ChangedPolicy[],
): string[][] {
  const tokens = nodes.map((): string[] => []);
  const mark = (tag: string, keys: Iterable<number>, size: number, all: readonly number[][]) => {
    if (size === 0 || size === all.length) return;
    for (const k of keys) for (const i of all[k]!) tokens[i]!.push(tag);
  };
  for (const side of SIDES) {
    const graph = graphs[side];
    const { compiled } = graphInternals(graph);
    const byClass: number[][] = compiled.classes.map(() => []);
    const byExternal: number[][] = graph.externals.map(() => []);
    nodes.forEach((node, i) => {
      const g = node[side];
      if (g) (g.kind === "class" ? byClass : byExternal)[g.index]!.push(i);
    });
    let id = 0;
    for (const cp of compiled.policies) {
      for (const direction of DIRECTIONS) {
        for (const r of cp[direction]?.rules ?? []) {
          const tag = `${side[0]}${id++}`;
          if (!r.anyPeer) {
            mark(`${tag}c`, r.classSet, r.classSet.size, byClass);
            mark(`${tag}x`, r.externalSet, r.externalSet.size, byExternal);
          }
          mark(`${tag}n`, r.namedTargets, r.namedTargets.length, byClass);
        }
      }
    }
  }
  changes.forEach((change, ci) => {
    for (const side of SIDES) {
      const policy = change[side];
      if (!policy) continue;
      for (const direction of DIRECTIONS) {
        policy[direction]?.rules.forEach((rule, ri) => {
          if (rule.peers === "any") return;
          const tag = `p${ci}${side[0]}${direction[0]}${ri}`;
          for (const kind of ["class", "external"] as const) {
            const candidates: number[] = [];
            const matched: number[] = [];
            nodes.forEach((node, i) => {
              const rep = side === "base" ? node.baseRep : node.headRep;
              if (node.kind !== kind || !rep) return;
              candidates.push(i);
              if (peerMatches(rule, rep)) matched.push(i);
            });
            if (matched.length === 0 || matched.length === candidates.length) continue;
            for (const i of matched) tokens[i]!.push(tag);
          }
        });
      }
    }
  });
  return tokens;
}

function intern(keys: readonly string[]): [Int32Array, number] {
  const ids = new Map<string, number>();
  const out = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    out[i] = id;
  });
  return [out, ids.size];
}

/**
 * The source and destination types of every joint node (see {@link PairTypes}). A
 * node's type is all a pair reads of it: kind and status; per side, the policies that
 * select its class in the direction where it is the subject (egress as a source,
 * ingress as a destination) and, as a destination, its ports (named ports resolve
 * there, §2.6); which changed policies select it and its isolation (for attribution);
 * and the rules that match it as a peer ({@link peerTokens}).
 */
export function pairTypes(
  base: Graph,
  head: Graph,
  nodes: readonly JointNode[],
  changes: readonly ChangedPolicy[],
  attributor: Attributor,
): PairTypes {
  const graphs = { base, head };
  const tokens = peerTokens(graphs, nodes, changes);
  const index = SIDES.map((side) => {
    const m = new Map<CompiledPolicy, number>();
    graphInternals(graphs[side]).compiled.policies.forEach((cp, i) => {
      m.set(cp, i);
    });
    return m;
  });
  const typeKey = (node: JointNode, i: number, direction: Direction): string => {
    const parts: string[] = [node.kind, node.status];
    SIDES.forEach((side, si) => {
      const g = node[side];
      if (!g || g.kind === "external") {
        parts.push(g ? "x" : "-");
        return;
      }
      const { compiled } = graphInternals(graphs[side]);
      const applicable = compiled.applicable[direction][g.index] ?? [];
      parts.push(applicable.map((cp) => index[si]!.get(cp)).join("."));
      if (direction === "ingress") {
        parts.push(JSON.stringify(compiled.classes[g.index]!.ports));
        const rep = side === "base" ? node.baseRep : node.headRep;
        parts.push(rep?.kind === "workload" ? JSON.stringify(rep.workload.ports) : "-");
      }
    });
    if (changes.length > 0) {
      // Sparse (index:bits of the changes that select it here): thousands of changed
      // policies do not make every key thousands of characters long.
      const mask = direction === "ingress" ? 3 : 12;
      const bits = attributor.selectionOf(node);
      const selected: string[] = [];
      for (const i of attributor.selectedChanges(node)) {
        if (bits[i]! & mask) selected.push(`${i}:${bits[i]! & mask}`);
      }
      parts.push(selected.join(","));
      if (selected.length > 0) {
        const iso = attributor.isolationOf(node)[direction];
        parts.push(`${Number(iso.before)}${Number(iso.after)}`);
      }
    }
    parts.push(tokens[i]!.join(","));
    return parts.join("|");
  };
  const [srcType, srcTypes] = intern(nodes.map((n, i) => typeKey(n, i, "egress")));
  const [dstType, dstTypes] = intern(nodes.map((n, i) => typeKey(n, i, "ingress")));
  return { srcType, srcTypes, dstType, dstTypes };
}

import type { PolicyId } from "../core/ids.js";
import { type ConnSet, EMPTY_CONNS, isEmpty, union } from "../engine/conn-set.js";
import { graphInternals } from "../engine/graph.js";
import { compileNamespaceMatch, type NamespacePredicate } from "../engine/selector.js";
import type { Graph, GraphNode } from "../engine/types.js";
import type { Model, Policy } from "../model/types.js";
import { PROTOCOLS } from "../model/types.js";
import type { JointNode } from "./joint-nodes.js";
import type { ChangedPolicy } from "./policy-changes.js";
import {
  type DirectionEffect,
  type EffectEndpoint,
  type ExplainedParts,
  explainedParts,
  explainsAll,
  NO_EFFECT,
  policyEffect,
  policySelects,
} from "./policy-effect.js";

function size(c: ConnSet): number {
  let n = c.other ? 1 : 0;
  for (const p of PROTOCOLS) for (const [a, b] of c[p]) n += b - a + 1;
  return n;
}

function effectOn(
  policy: Policy | null,
  direction: "ingress" | "egress",
  src: EffectEndpoint | null,
  dst: EffectEndpoint | null,
): DirectionEffect {
  if (!policy || !src || !dst) return NO_EFFECT;
  const [subject, peer] = direction === "ingress" ? [dst, src] : [src, dst];
  if (subject.kind !== "workload") return NO_EFFECT; // external sides are never restricted (§1)
  return policyEffect(policy, direction, subject, peer);
}

const namespaceMatchers = new WeakMap<Policy, NamespacePredicate>();

/**
 * Whether any policy of a revision isolates `subject` in `direction` (§2.1). Only the
 * policies that isolate there and whose subject's namespace part matches the subject's
 * namespace are tried, and those are found once per namespace: thousands of
 * per-workload policies are not all tried against every workload.
 */
function createIsolationCheck(
  policies: readonly Policy[],
): (direction: "ingress" | "egress", subject: EffectEndpoint | null) => boolean {
  const byNamespace = new Map<string, Policy[]>();
  return (direction, subject) => {
    if (subject?.kind !== "workload") return false;
    const ns = subject.workload.namespace;
    const key = `${direction}\u0000${ns}\u0000${JSON.stringify(subject.nsLabels)}`;
    let candidates = byNamespace.get(key);
    if (!candidates) {
      candidates = policies.filter((p) => {
        if (!p[direction]?.isolates) return false;
        let inNamespace = namespaceMatchers.get(p);
        if (!inNamespace) {
          inNamespace = compileNamespaceMatch(p.subject.namespaces);
          namespaceMatchers.set(p, inNamespace);
        }
        return inNamespace(ns, subject.nsLabels);
      });
      byNamespace.set(key, candidates);
    }
    // The peer does not matter for isolation; any endpoint will do.
    return candidates.some((p) => policyEffect(p, direction, subject, subject).isolates);
  };
}

/** Whether a node is isolated in each direction, before (base) and after (head). */
export type Isolation = Record<"ingress" | "egress", { before: boolean; after: boolean }>;

/**
 * The bits of {@link Attributor.selectionOf}: which version of a changed policy
 * (base, head) selects the node in which direction.
 */
export const SELECT_BITS = { ingress: { base: 1, head: 2 }, egress: { base: 4, head: 8 } } as const;

/** The changed policies that explain one change, and whether some rule is responsible. */
export interface Attribution {
  /** Best first (see {@link Attributor.explain}). */
  readonly policies: PolicyId[];
  /**
   * True when some of the change is explained by a rule that came, went or changed;
   * false when only isolation explains it (a new or removed default deny): then no
   * rule is responsible and there is nothing to look up rule by rule.
   */
  readonly byRules: boolean;
}

/** Explains changes of one diff: the changed policies and both revisions' policies. */
export interface Attributor {
  /**
   * The changed policies that explain a change of `conns` on `src → dst`, best first
   * (design.md, "Attribution"): a policy whose edit alone explains the whole change
   * first, then by how much of it the edit explains, then by id. Each policy's base
   * version is judged against the base revision (its labels and namespaces) and its
   * head version against the head.
   */
  explain(kind: "opened" | "closed", conns: ConnSet, src: JointNode, dst: JointNode): PolicyId[];
  /** {@link Attributor.explain} and whether a rule is responsible for some of it. */
  attribute(kind: "opened" | "closed", conns: ConnSet, src: JointNode, dst: JointNode): Attribution;
  /** Per changed policy (in order), the {@link SELECT_BITS} that select `node`. */
  selectionOf(node: JointNode): Uint8Array;
  /** The indices (ascending) of the changed policies with some bit in {@link Attributor.selectionOf}. */
  selectedChanges(node: JointNode): readonly number[];
  /** Whether `node` is isolated by some policy of each revision, per direction. */
  isolationOf(node: JointNode): Isolation;
}

/**
 * Whether the engine isolates a node's class in `direction`: some policy that selects
 * the class there isolates (§2.1). The same answer as {@link createIsolationCheck}
 * (a joint node's representative is a member of its class), read off the compiled
 * model instead of trying policies.
 */
function engineIsolationCheck(
  graph: Graph,
): (direction: "ingress" | "egress", node: GraphNode | null) => boolean {
  const { applicable } = graphInternals(graph).compiled;
  return (direction, node) =>
    node?.kind === "class" &&
    (applicable[direction][node.index] ?? []).some((cp) => cp[direction]!.isolates);
}

/** Per side, per class: the (changed policy index, {@link SELECT_BITS} bit) that select it. */
function engineSelection(
  graphs: { readonly base: Graph; readonly head: Graph },
  changes: readonly ChangedPolicy[],
): Record<"base" | "head", [number, number][][]> | null {
  const out = { base: [] as [number, number][][], head: [] as [number, number][][] };
  for (const side of ["base", "head"] as const) {
    const { compiled } = graphInternals(graphs[side]);
    const byPolicy = new Map(compiled.policies.map((cp) => [cp.policy, cp]));
    const classes = compiled.classes.map((): [number, number][] => []);
    for (const [i, change] of changes.entries()) {
      const policy = change[side];
      if (!policy) continue;
      const cp = byPolicy.get(policy);
      if (!cp) return null; // a graph of another model: try the policies instead
      for (const direction of ["ingress", "egress"] as const) {
        if (policy[direction] === null) continue;
        const bit = SELECT_BITS[direction][side];
        for (const c of cp.subjects) classes[c]!.push([i, bit]);
      }
    }
    out[side] = classes;
  }
  return out;
}

function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(Math.min(x, y));
  }
  return out;
}

/**
 * An {@link Attributor} for one diff. Give `graphs` (built from `base` and `head`) to
 * read isolation off the engine; without them every node's isolation is found by
 * trying the policies (the pair-by-pair reference in the tests does that).
 */
export function createAttributor(
  base: Model,
  head: Model,
  changes: readonly ChangedPolicy[],
  graphs?: { readonly base: Graph; readonly head: Graph },
): Attributor {
  const isolation = new Map<JointNode, Isolation>();
  let isolatedBefore: (direction: "ingress" | "egress", node: JointNode) => boolean;
  let isolatedAfter: typeof isolatedBefore;
  if (graphs) {
    const before = engineIsolationCheck(graphs.base);
    const after = engineIsolationCheck(graphs.head);
    isolatedBefore = (direction, node) => before(direction, node.base);
    isolatedAfter = (direction, node) => after(direction, node.head);
  } else {
    const before = createIsolationCheck(base.policies);
    const after = createIsolationCheck(head.policies);
    isolatedBefore = (direction, node) => before(direction, node.baseRep);
    isolatedAfter = (direction, node) => after(direction, node.headRep);
  }
  const isolationOf = (node: JointNode): Isolation => {
    let iso = isolation.get(node);
    if (!iso) {
      const side = (direction: "ingress" | "egress") => ({
        before: isolatedBefore(direction, node),
        after: isolatedAfter(direction, node),
      });
      iso = { ingress: side("ingress"), egress: side("egress") };
      isolation.set(node, iso);
    }
    return iso;
  };
  // Which changed policies could matter to a node at all, one bit per (side, direction):
  // most pairs are then explained without evaluating a single rule.
  const selection = new Map<JointNode, { bits: Uint8Array; selected: number[] }>();
  const selectedBy = graphs ? engineSelection(graphs, changes) : null;
  const selectionEntry = (node: JointNode) => {
    let entry = selection.get(node);
    if (!entry) {
      const bits = new Uint8Array(changes.length);
      if (selectedBy) {
        // The engine's subjects of each changed policy, by class (same answer, no matching).
        for (const side of ["base", "head"] as const) {
          const g = node[side];
          if (g?.kind !== "class") continue;
          for (const [i, bit] of selectedBy[side][g.index] ?? []) bits[i]! |= bit;
        }
      } else {
        changes.forEach((c, i) => {
          for (const direction of ["ingress", "egress"] as const) {
            const flags = SELECT_BITS[direction];
            if (c.base && node.baseRep && policySelects(c.base, direction, node.baseRep)) {
              bits[i]! |= flags.base;
            }
            if (c.head && node.headRep && policySelects(c.head, direction, node.headRep)) {
              bits[i]! |= flags.head;
            }
          }
        });
      }
      const selected: number[] = [];
      bits.forEach((b, i) => {
        if (b !== 0) selected.push(i);
      });
      entry = { bits, selected };
      selection.set(node, entry);
    }
    return entry;
  };
  const selectionOf = (node: JointNode): Uint8Array => selectionEntry(node).bits;
  const selectedChanges = (node: JointNode): readonly number[] => selectionEntry(node).selected;
  const explained = (
    kind: "opened" | "closed",
    conns: ConnSet,
    index: number,
    src: JointNode,
    dst: JointNode,
  ): ExplainedParts => {
    const change = changes[index]!;
    let byRules = EMPTY_CONNS;
    let byIsolation = EMPTY_CONNS;
    for (const direction of ["ingress", "egress"] as const) {
      const flags = SELECT_BITS[direction];
      const bits = selectionOf(direction === "ingress" ? dst : src)[index]!;
      if ((bits & (flags.base | flags.head)) === 0) continue;
      const before = effectOn(change.base, direction, src.baseRep, dst.baseRep);
      const after = effectOn(change.head, direction, src.headRep, dst.headRep);
      if (before === NO_EFFECT && after === NO_EFFECT) continue;
      const subject = direction === "ingress" ? dst : src;
      const parts = explainedParts(kind, conns, before, after, isolationOf(subject)[direction]);
      byRules = union(byRules, parts.byRules);
      byIsolation = union(byIsolation, parts.byIsolation);
    }
    return { byRules, byIsolation };
  };
  const attribute = (
    kind: "opened" | "closed",
    conns: ConnSet,
    src: JointNode,
    dst: JointNode,
  ): Attribution => {
    const scored: { id: PolicyId; exact: boolean; size: number }[] = [];
    let anyRule = false;
    // A change selecting neither side explains nothing (see `explained`): only the
    // changes that select the source or the destination are tried, in order.
    for (const i of mergeAscending(selectedChanges(src), selectedChanges(dst))) {
      const change = changes[i]!;
      const parts = explained(kind, conns, i, src, dst);
      const part = union(parts.byRules, parts.byIsolation);
      if (isEmpty(part)) continue;
      if (!isEmpty(parts.byRules)) anyRule = true;
      scored.push({ id: change.id, exact: explainsAll(part, conns), size: size(part) });
    }
    scored.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.size - a.size ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return { policies: [...new Set(scored.map((s) => s.id))], byRules: anyRule };
  };
  return {
    explain: (kind, conns, src, dst) => attribute(kind, conns, src, dst).policies,
    attribute,
    selectionOf,
    selectedChanges,
    isolationOf,
  };
}

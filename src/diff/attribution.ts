import type { PolicyId } from "../core/ids.js";
import { type ConnSet, EMPTY_CONNS, isEmpty, union } from "../engine/conn-set.js";
import type { Policy } from "../model/types.js";
import { PROTOCOLS } from "../model/types.js";
import type { JointNode } from "./joint-nodes.js";
import type { ChangedPolicy } from "./policy-changes.js";
import {
  type DirectionEffect,
  type EffectEndpoint,
  explainedBy,
  explainsAll,
  NO_EFFECT,
  policyEffect,
} from "./policy-effect.js";

function size(c: ConnSet): number {
  let n = 0;
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

/** What one changed policy explains of a change on the pair `src → dst`. */
function explained(
  kind: "opened" | "closed",
  conns: ConnSet,
  change: ChangedPolicy,
  src: JointNode,
  dst: JointNode,
): ConnSet {
  let out = EMPTY_CONNS;
  for (const direction of ["ingress", "egress"] as const) {
    const before = effectOn(change.base, direction, src.baseRep, dst.baseRep);
    const after = effectOn(change.head, direction, src.headRep, dst.headRep);
    out = union(out, explainedBy(kind, conns, before, after));
  }
  return out;
}

/**
 * The changed policies that explain a change of `conns` on `src → dst`, best first
 * (design.md, "Attribution"): a policy whose edit alone explains the whole change
 * first, then by how much of it the edit explains, then by id. Each policy's base
 * version is judged against the base revision (its labels and namespaces) and its
 * head version against the head.
 */
export function attributeChange(
  kind: "opened" | "closed",
  conns: ConnSet,
  src: JointNode,
  dst: JointNode,
  changes: readonly ChangedPolicy[],
): PolicyId[] {
  const scored: { id: PolicyId; exact: boolean; size: number }[] = [];
  for (const change of changes) {
    const part = explained(kind, conns, change, src, dst);
    if (isEmpty(part)) continue;
    scored.push({ id: change.id, exact: explainsAll(part, conns), size: size(part) });
  }
  scored.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.size - a.size ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return [...new Set(scored.map((s) => s.id))];
}

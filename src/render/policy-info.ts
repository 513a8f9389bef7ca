import type { PolicyId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { GraphDiff, PolicyChangeKind } from "../diff/types.js";

export interface PolicyInfo {
  readonly id: PolicyId;
  /** Null when the policy did not change itself (it only explains a flow). */
  readonly change: PolicyChangeKind | null;
  readonly origin: Origin | null;
}

/**
 * Where a policy named by a change lives: its change record first (head for added and
 * modified, base for removed), else the head model, else the base model.
 */
export function policyLookup(diff: GraphDiff): (id: PolicyId) => PolicyInfo {
  const changes = new Map(diff.policyChanges.map((c) => [c.id, c]));
  // Policies, not origins: an origin costs a YAML parse, so only the ones shown are read.
  const head = new Map(diff.head.model.policies.map((p) => [p.id, p]));
  const base = new Map(diff.base.model.policies.map((p) => [p.id, p]));
  return (id) => {
    const c = changes.get(id);
    if (c) return { id, change: c.change, origin: c.origin };
    return { id, change: null, origin: (head.get(id) ?? base.get(id))?.origin ?? null };
  };
}

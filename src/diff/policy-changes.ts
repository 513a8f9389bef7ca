import type { Model, Policy } from "../model/types.js";
import type { PolicyChange, PolicyChangeKind } from "./types.js";

/** A policy whose enforcement differs between the revisions, with both versions. */
export interface ChangedPolicy extends PolicyChange {
  readonly base: Policy | null;
  readonly head: Policy | null;
}

function byKey(model: Model): Map<string, Policy> {
  // Two kinds may share an id (`ns/name` of a NetworkPolicy and of a Calico policy):
  // the kind is part of the key so neither hides the other.
  const out = new Map<string, Policy>();
  for (const p of model.policies) out.set(`${p.kind}\u0000${p.id}`, p);
  return out;
}

/**
 * Policies added, removed or modified between `base` and `head`, compared by id and by
 * `fingerprint` (content), never by file: moving a policy to another file, or
 * reformatting it, is no change (issue 3, "Attribution"). Sorted by id, then kind.
 */
export function changedPolicies(base: Model, head: Model): ChangedPolicy[] {
  const before = byKey(base);
  const after = byKey(head);
  const out: ChangedPolicy[] = [];
  const push = (change: PolicyChangeKind, b: Policy | null, h: Policy | null) => {
    const shown = (h ?? b)!;
    out.push({ id: shown.id, change, origin: shown.origin, base: b, head: h });
  };
  for (const [key, h] of after) {
    const b = before.get(key);
    if (!b) push("added", null, h);
    else if (b.fingerprint !== h.fingerprint) push("modified", b, h);
  }
  for (const [key, b] of before) if (!after.has(key)) push("removed", b, null);
  const kindOf = (c: ChangedPolicy) => (c.head ?? c.base)!.kind;
  return out.sort((x, y) =>
    x.id !== y.id
      ? x.id < y.id
        ? -1
        : 1
      : kindOf(x) < kindOf(y)
        ? -1
        : kindOf(x) > kindOf(y)
          ? 1
          : 0,
  );
}

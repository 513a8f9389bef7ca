import type { Diagnostic } from "../core/diagnostics.js";
import type { PolicyId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { GraphDiff, PolicyChangeKind } from "../diff/types.js";

export interface PolicyInfo {
  readonly id: PolicyId;
  /** Null when the policy did not change itself (it only explains a flow). */
  readonly change: PolicyChangeKind | null;
  readonly origin: Origin | null;
  /** The revision `origin` is in: the base for a removed policy, or one only the base has. */
  readonly originSide: "base" | "head";
  /**
   * The side whose copy of the policy's file has errors, when that is why the policy
   * seems removed (its file is broken in the head) or added (broken in the base): it is
   * not known to be gone, only unreadable. Null otherwise.
   */
  readonly unreadableIn: "head" | "base" | null;
}

/** The change as a reviewer should read it: `removed`, or `unreadable in head` when it is not known to be. */
export function changeLabel(info: PolicyInfo): string | null {
  if (info.unreadableIn !== null) return `unreadable in ${info.unreadableIn}`;
  return info.change;
}

/** Files with an error on a side: what they held is missing there, not known to be removed. */
function filesWithErrors(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
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
  const brokenInHead = filesWithErrors(diff.head.model.diagnostics);
  const brokenInBase = filesWithErrors(diff.base.model.diagnostics);
  return (id) => {
    const c = changes.get(id);
    if (c) {
      const unreadableIn =
        c.change === "removed" && brokenInHead.has(c.origin.file)
          ? "head"
          : c.change === "added" && brokenInBase.has(c.origin.file)
            ? "base"
            : null;
      const originSide = c.change === "removed" ? "base" : "head";
      return { id, change: c.change, origin: c.origin, originSide, unreadableIn };
    }
    const inHead = head.get(id);
    const origin = (inHead ?? base.get(id))?.origin ?? null;
    return { id, change: null, origin, originSide: inHead ? "head" : "base", unreadableIn: null };
  };
}

import { assertNever } from "../core/assert-never.js";
import type { PolicyId } from "../core/ids.js";
import type { DiffCause } from "../diff/types.js";
import type { PolicyInfo } from "./policy-info.js";

/** A cause in words: what made the pair change. */
export function causeText(cause: DiffCause): string {
  switch (cause) {
    case "policy":
      return "policy change";
    case "endpoint-added":
      return "new workload";
    case "endpoint-removed":
      return "removed workload";
    default:
      return assertNever(cause, "cause");
  }
}

/**
 * A row's cause in words. A policy change whose every policy is only unreadable (its
 * file is broken on one side) is said to be that: a consequence of the broken file,
 * not of a policy being removed or added.
 */
export function rowCauseText(
  row: { readonly cause: DiffCause; readonly policies: readonly PolicyId[] },
  policy: (id: PolicyId) => PolicyInfo,
): string {
  if (row.cause === "policy" && row.policies.length > 0) {
    const sides = new Set(row.policies.map((id) => policy(id).unreadableIn));
    if (sides.size === 1 && !sides.has(null)) {
      return `${[...sides][0]} file unreadable`;
    }
  }
  return causeText(row.cause);
}

import { assertNever } from "../core/assert-never.js";
import type { DiffCause } from "../diff/types.js";

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

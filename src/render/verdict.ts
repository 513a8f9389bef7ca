import type { ResolvedSide } from "./diff-input.js";
import { formatCount, plural } from "./format.js";

/** `opens 3 flows, closes 1`, `opens 1 flow`, `closes 2 flows`; empty when neither. */
export function changePhrase(opened: number, closed: number): string {
  if (opened > 0 && closed > 0)
    return `opens ${plural(opened, "flow")}, closes ${formatCount(closed)}`;
  if (opened > 0) return `opens ${plural(opened, "flow")}`;
  if (closed > 0) return `closes ${plural(closed, "flow")}`;
  return "";
}

/**
 * The one-line verdict (issue 3). A head with errors or left-out input never reads as
 * "no change": what could be analyzed is not the whole picture.
 */
export function verdict(
  opened: number,
  closed: number,
  renamed: number,
  sides: { readonly base: ResolvedSide; readonly head: ResolvedSide },
): string {
  const change = changePhrase(opened, closed);
  const renames = renamed > 0 ? ` (${plural(renamed, "workload")} renamed)` : "";
  if (sides.head.incomplete) {
    const why =
      sides.head.errors > 0
        ? `the head has ${plural(sides.head.errors, "error")}`
        : "some head input could not be used";
    const seen =
      change === ""
        ? "nothing opened or closed among what could be analyzed"
        : `among what could be analyzed it ${change}`;
    return `result incomplete: ${why}; ${seen}${renames}`;
  }
  const main = change === "" ? `no reachability change${renames}` : `${change}${renames}`;
  if (sides.base.incomplete) {
    return `${main}; the base is incomplete, so some changes may only reflect its errors`;
  }
  return main;
}

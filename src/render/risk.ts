import { assertNever } from "../core/assert-never.js";

/**
 * How a reviewer should rank a change (issue 3, "Risk first"): new exposure to the
 * internet, then to any namespace, then new cross-namespace flows, then other opened
 * flows, then closed flows.
 */
export type Risk = "internet" | "any-namespace" | "cross-namespace" | "opened" | "closed";

export const RISKS: readonly Risk[] = [
  "internet",
  "any-namespace",
  "cross-namespace",
  "opened",
  "closed",
];

export function riskRank(risk: Risk): number {
  return RISKS.indexOf(risk);
}

/** A section title for the risk. */
export function riskTitle(risk: Risk): string {
  switch (risk) {
    case "internet":
      return "New exposure to the internet";
    case "any-namespace":
      return "Newly open to any namespace";
    case "cross-namespace":
      return "New cross-namespace flows";
    case "opened":
      return "Other opened flows";
    case "closed":
      return "Closed flows";
    default:
      return assertNever(risk, "risk");
  }
}

/** A short label for counts ("3 internet"). */
export function riskShort(risk: Risk): string {
  switch (risk) {
    case "internet":
      return "internet exposure";
    case "any-namespace":
      return "open to any namespace";
    case "cross-namespace":
      return "cross-namespace";
    case "opened":
      return "other opened";
    case "closed":
      return "closed";
    default:
      return assertNever(risk, "risk");
  }
}

import type { Diagnostic } from "../core/diagnostics.js";
import { hasErrors } from "../core/diagnostics.js";
import type { GraphDiff } from "../diff/types.js";

/**
 * One side of a diff as the reports name it. A `DiffRun`'s sides fit as they are:
 * diagnostics and completeness default to the side's model (`graph.model`).
 */
export interface DiffSideInfo {
  /** A short commit id, `working tree`, a directory: the JSON's `base` / `head`. */
  readonly label: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly incomplete?: boolean;
}

export interface DiffReportInput {
  readonly diff: GraphDiff;
  readonly base: DiffSideInfo;
  readonly head: DiffSideInfo;
}

export interface ResolvedSide {
  readonly label: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Incomplete input, or an error diagnostic: either way the result is not whole. */
  readonly incomplete: boolean;
  readonly errors: number;
}

export function resolveSides(input: DiffReportInput): { base: ResolvedSide; head: ResolvedSide } {
  const side = (info: DiffSideInfo, fallback: GraphDiff["base"]): ResolvedSide => {
    const diagnostics = info.diagnostics ?? fallback.model.diagnostics;
    const incomplete = (info.incomplete ?? fallback.model.incomplete) || hasErrors(diagnostics);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    return { label: info.label, diagnostics, incomplete, errors };
  };
  return { base: side(input.base, input.diff.base), head: side(input.head, input.diff.head) };
}

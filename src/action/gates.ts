import type { Diagnostic } from "../core/diagnostics.js";
import type { FailOn } from "./inputs.js";

/** What the run found, reduced to what `fail-on` can name. */
export interface RunFindings {
  readonly opened: number;
  readonly closed: number;
  /** Error diagnostics in the head (what the API server would reject). */
  readonly headErrors: number;
  /** Some of the head could not be read or parsed: the result is incomplete. */
  readonly headIncomplete: boolean;
  /** Guardrails with `fail` severity that the head breaks. */
  readonly brokenGuardrails: number;
}

/**
 * The reasons the job fails, one sentence each; empty when it passes. Only what `fail-on`
 * names counts (issue 4): `never` always passes, `error` is the default.
 */
export function failureReasons(failOn: ReadonlySet<FailOn>, f: RunFindings): string[] {
  if (failOn.has("never")) return [];
  const reasons: string[] = [];
  if (failOn.has("error") && f.headErrors > 0) {
    reasons.push(`${f.headErrors} error(s) in the head's manifests (see the annotations)`);
  } else if (failOn.has("error") && f.headIncomplete) {
    reasons.push("some manifests in the head could not be read, so the result is incomplete");
  }
  if (failOn.has("opened") && f.opened > 0) reasons.push(`${f.opened} flow(s) opened`);
  if (failOn.has("closed") && f.closed > 0) reasons.push(`${f.closed} flow(s) closed`);
  if (failOn.has("guardrail") && f.brokenGuardrails > 0) {
    reasons.push(`${f.brokenGuardrails} guardrail(s) broken`);
  }
  return reasons;
}

/**
 * The diagnostics worth an annotation: errors and warnings in the files the change touched
 * (`changed` null means every file, for runs with nothing to compare). At most `limit`, errors
 * first (GitHub shows only the first few per step anyway).
 */
export function annotationsFor(
  diagnostics: readonly Diagnostic[],
  changed: ReadonlySet<string> | null,
  limit = 50,
): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === "error" ? 0 : 1);
  return diagnostics
    .filter((d) => d.severity !== "info" && (changed === null || changed.has(d.file)))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit);
}

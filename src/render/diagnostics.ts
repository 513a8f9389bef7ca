import { compareDiagnostics, type Diagnostic, formatDiagnostic } from "../core/diagnostics.js";
import type { Origin } from "../core/source.js";
import { mdCode, mdText, mdUrl } from "./escape.js";
import { plural } from "./format.js";

/** `1 error, 2 warnings, 3 info` (only non-zero parts); `none` when empty. */
export function diagnosticCounts(diagnostics: readonly Diagnostic[]): string {
  const n = (s: Diagnostic["severity"]): number =>
    diagnostics.filter((d) => d.severity === s).length;
  const parts = [
    n("error") > 0 ? plural(n("error"), "error") : "",
    n("warning") > 0 ? plural(n("warning"), "warning") : "",
    n("info") > 0 ? `${n("info")} info` : "",
  ].filter((p) => p !== "");
  return parts.length === 0 ? "none" : parts.join(", ");
}

/** Errors first, then warnings, then info; each in file/line order. */
export function bySeverity(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...diagnostics].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || compareDiagnostics(a, b),
  );
}

/** The plain one-line forms, errors first. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return bySeverity(diagnostics).map(formatDiagnostic);
}

/** Which revision a place is in: a link must point at that revision's blob. */
export type OriginSide = "base" | "head";

/** Makes a link to a place at a revision (e.g. a blob on GitHub); null for none. */
export type FileLink = (origin: Origin, side: OriginSide) => string | null;

/** `file:line` as a code span, linked when the caller can make a link. */
export function mdLocation(
  at: Origin,
  fileLink: FileLink | undefined,
  withColumn = false,
  side: OriginSide = "head",
): string {
  const text = mdCode(`${at.file}:${at.line}${withColumn ? `:${at.column}` : ""}`);
  const url = fileLink?.(at, side) ?? null;
  return url === null ? text : `[${text}](${mdUrl(url)})`;
}

/** One markdown bullet per diagnostic: severity, link-able place, message, code. */
export function mdDiagnosticItems(
  diagnostics: readonly Diagnostic[],
  fileLink?: FileLink,
  side: OriginSide = "head",
): string[] {
  return diagnostics.map(
    (d) =>
      `- **${d.severity}** ${mdLocation(d, fileLink, true, side)} ${mdText(d.message)} ${mdCode(d.code)}`,
  );
}

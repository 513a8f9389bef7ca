import type { Origin } from "./source.js";

export type Severity = "error" | "warning" | "info";

/**
 * Every diagnostic code reachdiff emits. A closed union: tests assert codes and
 * positions, not message text. Add new codes here, grouped by the layer that emits them.
 */
export type DiagnosticCode =
  // parse
  | "yaml-syntax"
  | "json-syntax"
  | "yaml-alias-limit"
  | "helm-template"
  | "not-kubernetes"
  | "not-an-object"
  | "duplicate-key"
  | "unreadable-path"
  | "symlink-outside-root"
  | "no-manifests"
  // model: what the API server would reject (errors)
  | "missing-field"
  | "invalid-type"
  | "invalid-name"
  | "invalid-selector"
  | "invalid-peer"
  | "invalid-ipblock"
  | "invalid-protocol"
  | "invalid-port"
  | "invalid-endport"
  | "invalid-policy-types"
  | "unknown-field"
  | "invalid-label"
  | "duplicate-object"
  | "unknown-api-version"
  | "unknown-kind"
  | "removed-api-version"
  // model: accepted by the API server but probably wrong (warnings) or worth knowing (info)
  | "deprecated-api"
  | "namespace-synthesized"
  | "host-network"
  | "unsupported-kind"
  | "skipped-kind"
  | "kustomization"
  | "null-value"
  | "runtime-label"
  | "ipblock-leading-zeros"
  | "empty-selector-peer"
  | "or-instead-of-and"
  | "policy-types-egress-ignored"
  | "selects-nothing"
  | "peer-matches-nothing"
  | "ipblock-host-bits"
  | "ipblock-overlaps-cluster"
  | "named-port-unresolved"
  | "no-ports-declared"
  | "dns-blocked"
  | "ingress-in-egress-policy"
  | "owner-not-found"
  | "owner-labels-differ"
  // engine / diff / generate
  | "incomplete-input"
  | "path-not-on-side"
  | "generate-skipped"
  | "generate-broad"
  | "generate-overlap"
  | "proof-failed";

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** What is wrong and what to do about it, in one or two sentences. */
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  message: string,
  at: Origin,
): Diagnostic {
  return { severity, code, message, file: at.file, line: at.line, column: at.column };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, then severity (errors first), code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** `file:line:col: severity: message [code]`, the one-line form for stderr. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

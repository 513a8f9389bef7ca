import type { DiagnosticCode } from "../core/diagnostics.js";
import { compareDiagnostics, type Diagnostic, type Severity } from "../core/diagnostics.js";

/** A diagnostic as the contract's JSON lists it. */
export interface DiagnosticJson {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Sorted (file, line, column, severity…) and with the contract's key order. */
export function diagnosticsToJson(diagnostics: readonly Diagnostic[]): DiagnosticJson[] {
  return [...diagnostics].sort(compareDiagnostics).map((d) => ({
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
  }));
}

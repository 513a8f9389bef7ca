import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Analysis, analyzeSources } from "../../src/analysis.js";
import type { Diagnostic, DiagnosticCode } from "../../src/core/diagnostics.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The whole pipeline over fixture files (paths relative to `test/fixtures/`). */
export function analyzeFixtures(paths: readonly string[]): Analysis {
  return analyzeSources(
    paths.map((path) => ({ path, text: readFileSync(`${FIXTURES}${path}`, "utf8") })),
  );
}

/** `file:line:col severity` of one code, in the pipeline's order. */
export function positionsOf(diagnostics: readonly Diagnostic[], code: DiagnosticCode): string[] {
  return diagnostics
    .filter((d) => d.code === code)
    .map((d) => `${d.file.replace(/^.*\//, "")}:${d.line}:${d.column} ${d.severity}`);
}

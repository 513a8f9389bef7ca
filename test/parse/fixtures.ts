import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../../src/core/source.js";
import type { ParseResult, Resource } from "../../src/parse/index.js";

const DIR = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));

/** A fixture of test/fixtures/parse as the core sees it: its name and its exact text. */
export function fixture(name: string): SourceFile {
  return { path: name, text: readFileSync(DIR + name, "utf8") };
}

/** `Kind ns/name doc#[item] @line:col`, one readable line per resource. */
export function describeResource(r: Resource): string {
  const at = r.locate([]);
  const item = r.listIndex === null ? "" : `[${r.listIndex}]`;
  return `${r.kind} ${r.namespace ?? "-"}/${r.name} doc${r.docIndex}${item} @${at.line}:${at.column}`;
}

/** `severity code @line:col` for each diagnostic. */
export function describeDiagnostics(result: ParseResult): string[] {
  return result.diagnostics.map((d) => `${d.severity} ${d.code} @${d.line}:${d.column}`);
}

import {
  type Diagnostic,
  type DiagnosticCode,
  diagnostic,
  type Severity,
} from "../core/diagnostics.js";
import type { JsonObject, JsonPath, JsonValue, Resource } from "../parse/types.js";

/**
 * Collects the diagnostics about one resource, positioned with `locate`. The model
 * leaves an object out when `errors > 0` (semantics.md Part 1: "Object the API
 * server would reject").
 */
export class ObjectContext {
  readonly diagnostics: Diagnostic[] = [];
  errors = 0;

  constructor(readonly resource: Resource) {}

  report(severity: Severity, code: DiagnosticCode, message: string, path: JsonPath): void {
    if (severity === "error") this.errors++;
    this.diagnostics.push(diagnostic(severity, code, message, this.resource.locate(path)));
  }

  error(code: DiagnosticCode, message: string, path: JsonPath): void {
    this.report("error", code, message, path);
  }

  warn(code: DiagnosticCode, message: string, path: JsonPath): void {
    this.report("warning", code, message, path);
  }
}

/** A plain object (not an array, not null). */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined. JSON null counts as missing (the decoder's zero value). */
export function valueAt(root: JsonValue, path: JsonPath): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const key of path) {
    if (typeof key === "number") cur = Array.isArray(cur) ? cur[key] : undefined;
    else cur = isObject(cur) ? cur[key] : undefined;
    if (cur === undefined || cur === null) return undefined;
  }
  return cur;
}

/** `spec.ingress[0].from` for messages. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(object)" : out;
}

/**
 * A string-to-string map such as `metadata.labels`, sorted by key. null reads as ""
 * (the Go decoder's zero value); other non-string values are dropped: the model
 * validates labels first (`readLabels`) and leaves an object with such values out.
 */
export function stringMap(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (typeof v === "string") out[key] = v;
    else if (v === null) out[key] = "";
  }
  return out;
}

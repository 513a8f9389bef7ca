import { assertNever } from "../core/assert-never.js";
import { compareDiagnostics, type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Origin, SourceFile } from "../core/source.js";
import { expandedNodeLimit, findAliasProblem } from "./alias-expansion.js";
import { decodeFast, type SourceFormat } from "./fast-decode.js";
import { findHelmValue, templateOffset } from "./helm.js";
import { findJsonError } from "./json-error.js";
import { jsYamlNodeEvents } from "./node-events.js";
import { createLocator, type Locator } from "./positions.js";
import { makeResource } from "./resource.js";
import { type DocumentItem, splitDocument } from "./split-lists.js";
import {
  DEEP_VALUE_REASON,
  findDeepNesting,
  findTextProblem,
  MAX_FLOW_DEPTH,
  nestsDeeperThan,
} from "./text-guard.js";
import { offsetToOrigin } from "./text-position.js";
import type { ParseResult, Resource } from "./types.js";
import {
  aliasDiagnostic,
  type DecodedDocument,
  decodeYamlFile,
  parseYamlFile,
  type YamlFile,
} from "./yaml-documents.js";

export type { JsonObject, JsonPath, JsonValue, ParseResult, Resource } from "./types.js";

/**
 * Parses every file; results are concatenated in input order. A file that does
 * not parse yields an error diagnostic and `incomplete: true`; the other files
 * are still parsed (issue 2, "Parsing").
 */
export function parseFiles(files: readonly SourceFile[]): ParseResult {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  let incomplete = false;
  for (const file of files) {
    const result = parseFile(file);
    resources.push(...result.resources);
    diagnostics.push(...result.diagnostics);
    incomplete ||= result.incomplete;
  }
  return { resources, diagnostics, incomplete };
}

/**
 * Parses one file (YAML, or JSON when the path ends in `.json`). Decodes with
 * the fast decoder when it can; the `yaml` package parses the file only for
 * errors, anchors, or when some `Resource.locate` is first called.
 */
export function parseFile(file: SourceFile): ParseResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const format: SourceFormat = file.path.toLowerCase().endsWith(".json") ? "json" : "yaml";
  // Before any parser: binary or hostile text would be misread or crash it.
  const problem = findTextProblem(text);
  if (problem !== null)
    return unreadableText(file.path, text, format, problem.offset, problem.reason);

  let yamlFile: YamlFile | undefined;
  const getYamlFile = (): YamlFile => {
    yamlFile ??= parseYamlFile(text);
    return yamlFile;
  };
  const fast = decodeFast(text, format);
  let documents = fast?.length ?? 0;
  const locator = createLocator({
    file: file.path,
    text,
    yamlFile: getYamlFile,
    parsed: () => yamlFile !== undefined || format === "json",
    get documents() {
      return documents;
    },
  });

  let decoded: DecodedDocument[];
  if (fast !== null) {
    // Positions come from the `yaml` package later, which must not meet deep nesting.
    if (fast.some((value) => nestsDeeperThan(value, MAX_FLOW_DEPTH))) {
      const deep = findDeepNesting(text) ?? { offset: 0, reason: DEEP_VALUE_REASON };
      return unreadableText(file.path, text, format, deep.offset, deep.reason);
    }
    decoded = fast.map((value) => ({ value, diagnostics: [] }));
  } else if (format === "json" && !parsesAsJson(text)) {
    return text.includes("{{")
      ? helmTemplate(offsetToOrigin(file.path, text, templateOffset(text)))
      : jsonSyntaxError(file.path, text);
  } else {
    const bombs = everyDocumentABomb(file.path, text);
    if (bombs !== null) return bombs;
    const deep = findDeepNesting(text);
    if (deep !== null) return unreadableText(file.path, text, format, deep.offset, deep.reason);
    decoded = decodeYamlFile(file.path, getYamlFile());
    documents = decoded.length;
    // An unrendered template almost never parses: `{{ … }}` unquoted is a flow mapping.
    if (format === "yaml" && text.includes("{{") && decoded.some((d) => d.diagnostics.length > 0)) {
      return helmTemplate(offsetToOrigin(file.path, text, templateOffset(text)));
    }
  }
  // One that does parse holds Helm's references in its keys or values (looked for only
  // when the file has a `{{` at all: one scan of the text, not one per document).
  if (text.includes("{{")) {
    for (const [docIndex, doc] of decoded.entries()) {
      const path = findHelmValue(doc.value);
      if (path !== null) return helmTemplate(locator(docIndex, null, path));
    }
  }
  return collect(file.path, decoded, locator);
}

/**
 * A file whose every document is an alias bomb, found on js-yaml's events: the `yaml`
 * package would spend seconds just parsing a large one (half a megabyte of flow YAML
 * takes it 4 s), and the error is the same as the one {@link decodeYamlFile} reports.
 * Null otherwise, also when some document is fine: that package then parses the file.
 */
function everyDocumentABomb(file: string, text: string): ParseResult | null {
  if (!text.includes("*")) return null;
  const documents = jsYamlNodeEvents(text);
  if (documents === null || documents.length === 0) return null;
  const limit = expandedNodeLimit(text.length);
  const diagnostics: Diagnostic[] = [];
  for (const events of documents) {
    const problem = findAliasProblem(events, limit);
    if (problem === null) return null;
    diagnostics.push(aliasDiagnostic(problem, limit, (o) => offsetToOrigin(file, text, o)));
  }
  return { resources: [], diagnostics, incomplete: true };
}

/** Valid JSON that the fast path still declined: it repeats a key, which the `yaml` package reports. */
function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function collect(file: string, decoded: DecodedDocument[], locator: Locator): ParseResult {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  let incomplete = false;
  decoded.forEach((doc, docIndex) => {
    diagnostics.push(...doc.diagnostics);
    if (doc.diagnostics.length > 0) {
      incomplete = true;
      return;
    }
    for (const item of splitDocument(doc.value)) {
      if (item.kind === "manifest") {
        resources.push(makeResource(item.object, file, docIndex, item.listIndex, locator));
      } else if (item.kind === "bad-list-items" || item.kind === "nested-list") {
        // The objects of such a List are lost: the result cannot be trusted.
        incomplete = true;
        const at = locator(docIndex, item.listIndex, item.listIndex === null ? ["items"] : []);
        diagnostics.push(diagnostic("error", "invalid-type", skippedMessage(item), at));
      } else {
        const at = locator(docIndex, item.listIndex, []);
        diagnostics.push(diagnostic("info", item.kind, skippedMessage(item), at));
      }
    }
  });
  diagnostics.sort(compareDiagnostics);
  return { resources, diagnostics, incomplete };
}

function skippedMessage(item: Exclude<DocumentItem, { kind: "manifest" }>): string {
  const subject = item.listIndex === null ? "This document" : `Item ${item.listIndex} of this List`;
  switch (item.kind) {
    case "not-an-object":
      return `${subject} is ${item.what}, not a Kubernetes object; it was skipped.`;
    case "not-kubernetes":
      return `${subject} has no string apiVersion and kind, so it is not a Kubernetes manifest; it was skipped. Add apiVersion and kind if it should be analyzed.`;
    case "bad-list-items":
      return `items of this List must be a list of objects, not ${item.what}; the List was skipped. Make items a YAML list.`;
    case "nested-list":
      return `${subject} is itself a List; reachdiff does not read Lists inside Lists, so its objects were skipped. Move its items into the outer List.`;
    default:
      return assertNever(item, "document item");
  }
}

function helmTemplate(at: Origin): ParseResult {
  const message =
    "This is a Helm template, not rendered: run `helm template` and analyze its output. The file was skipped.";
  return {
    resources: [],
    diagnostics: [diagnostic("warning", "helm-template", message, at)],
    incomplete: true,
  };
}

function unreadableText(
  file: string,
  text: string,
  format: SourceFormat,
  offset: number,
  reason: string,
): ParseResult {
  const message = `Cannot read this file: ${reason}. The file was skipped.`;
  const code = format === "json" ? "json-syntax" : "yaml-syntax";
  return {
    resources: [],
    diagnostics: [diagnostic("error", code, message, offsetToOrigin(file, text, offset))],
    incomplete: true,
  };
}

function jsonSyntaxError(file: string, text: string): ParseResult {
  const error = findJsonError(text);
  const message = `JSON syntax error: ${error.reason}. Fix the JSON (a missing or trailing comma, an unquoted key, a missing quote); the file was skipped.`;
  const at = offsetToOrigin(file, text, error.offset);
  return {
    resources: [],
    diagnostics: [diagnostic("error", "json-syntax", message, at)],
    incomplete: true,
  };
}

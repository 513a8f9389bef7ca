import {
  type Document,
  isCollection,
  isPair,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from "yaml";
import { assertNever } from "../core/assert-never.js";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Origin } from "../core/source.js";
import {
  type AliasProblem,
  expandedNodeLimit,
  findAliasProblem,
  MAX_EXPANDED_DEPTH,
} from "./alias-expansion.js";
import { yamlNodeEvents } from "./node-events.js";

/** A file parsed by the `yaml` package: every document, with a line counter for positions. */
export interface YamlFile {
  readonly docs: readonly Document.Parsed[];
  readonly lineCounter: LineCounter;
  /** Characters in the parsed text: bounds how far aliases may expand. */
  readonly length: number;
}

/**
 * The slow, exact parse. YAML 1.2 core schema like the fast path; merge keys
 * (`<<`) on, as Kubernetes' YAML decoder applies them; warnings silenced (we
 * report what matters ourselves).
 */
export function parseYamlFile(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter,
    logLevel: "error",
    merge: true,
    uniqueKeys: true,
  });
  return { docs: Array.isArray(parsed) ? parsed : [], lineCounter, length: text.length };
}

/** One decoded document: its value, or `undefined` when it had errors. */
export interface DecodedDocument {
  readonly value: unknown;
  readonly diagnostics: Diagnostic[];
}

/** Decodes every document of a parsed file, turning its errors into diagnostics. */
export function decodeYamlFile(file: string, parsed: YamlFile): DecodedDocument[] {
  const limit = expandedNodeLimit(parsed.length);
  return parsed.docs.map((doc) => decodeDocument(file, doc, parsed.lineCounter, limit));
}

function decodeDocument(
  file: string,
  doc: Document.Parsed,
  lc: LineCounter,
  limit: number,
): DecodedDocument {
  const at = (offset: number): Origin => {
    const pos = lc.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      diagnostics: reportedErrors(doc.errors).map((e) => errorDiagnostic(e, at, doc)),
    };
  }
  const complexKey = findComplexKey(doc);
  if (complexKey !== null) {
    const message =
      "A mapping key here is itself a mapping or a list; Kubernetes manifests need plain string keys. Quote the key or fix the indentation; this document was skipped.";
    return {
      value: undefined,
      diagnostics: [diagnostic("error", "yaml-syntax", message, at(complexKey))],
    };
  }
  const bomb = findAliasProblem(yamlNodeEvents(doc), limit);
  if (bomb !== null) return { value: undefined, diagnostics: [aliasDiagnostic(bomb, limit, at)] };
  // Bounded above, so the package's own, coarser alias count is not needed.
  return { value: doc.toJS({ maxAliasCount: -1 }), diagnostics: [] };
}

/** The error for a document whose aliases may not be expanded, at the alias to blame. */
export function aliasDiagnostic(
  problem: AliasProblem,
  limit: number,
  at: (offset: number) => Origin,
): Diagnostic {
  return diagnostic("error", "yaml-alias-limit", aliasMessage(problem, limit), at(problem.offset));
}

function aliasMessage(problem: AliasProblem, limit: number): string {
  const fix = "the document was skipped. Replace the anchors and aliases with plain YAML.";
  switch (problem.reason) {
    case "size":
      return `Aliases expand this document past ${limit.toLocaleString("en-US")} nodes at this alias, which looks like a YAML bomb; ${fix}`;
    case "depth":
      return `Aliases nest this document more than ${MAX_EXPANDED_DEPTH} levels deep at this alias, which looks like a YAML bomb; ${fix}`;
    case "cycle":
      return `This alias refers to a node that contains it, so its value would be infinite; ${fix}`;
    default:
      return assertNever(problem.reason, "alias problem");
  }
}

interface YamlError {
  readonly code: string;
  readonly message: string;
  readonly pos: readonly [number, number];
}

/**
 * Every duplicate key (each is a real mistake), but only the first syntax error:
 * the ones after it are usually the parser losing its footing, and only noise.
 */
function reportedErrors(errors: readonly YamlError[]): YamlError[] {
  const duplicates = errors.filter((e) => e.code === "DUPLICATE_KEY");
  const syntax = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  const first = syntax.reduce<YamlError | null>(
    (a, e) => (a === null || e.pos[0] < a.pos[0] ? e : a),
    null,
  );
  return first === null ? duplicates : [...duplicates, first];
}

function errorDiagnostic(
  error: YamlError,
  at: (offset: number) => Origin,
  doc: Document.Parsed,
): Diagnostic {
  // The package appends " at line L, column C:" and a code excerpt; we report the position ourselves.
  const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  if (error.code === "DUPLICATE_KEY") {
    const message = `${reason}: this key appears twice in the same mapping, and kubectl rejects such an object. Remove one of the two entries; this document was skipped.`;
    return diagnostic("error", "duplicate-key", message, at(error.pos[0]));
  }
  const opened = error.code === "MISSING_CHAR" ? unclosedQuote(doc, error.pos[0]) : null;
  if (opened !== null) {
    // The string runs to the end of the file: the documents after this one are lost too.
    const message = `YAML syntax error: this ${opened.quote} quote is never closed, so the rest of the file reads as one string. Close the quote; this document and any after it were skipped.`;
    return diagnostic("error", "yaml-syntax", message, at(opened.offset));
  }
  const message = `YAML syntax error: ${reason}. Fix the YAML (indentation, a ':' after each key, matching quotes and brackets); this document was skipped.`;
  return diagnostic("error", "yaml-syntax", message, at(error.pos[0]));
}

/** The opening quote of the quoted scalar that a "missing closing quote" error at `end` ends. */
function unclosedQuote(
  doc: Document.Parsed,
  end: number,
): { offset: number; quote: "double" | "single" } | null {
  let found: { offset: number; quote: "double" | "single" } | null = null;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range !== undefined && node.range !== null && node.range[1] === end) {
        found = {
          offset: node.range[0],
          quote: node.type === "QUOTE_DOUBLE" ? "double" : "single",
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Offset of the first mapping key that is a collection (JSON objects cannot hold those). */
function findComplexKey(doc: Document.Parsed): number | null {
  let found: number | null = null;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isCollection(pair.key)) {
        found = (pair.key as Node).range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

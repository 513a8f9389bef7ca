import {
  type Document,
  isCollection,
  isPair,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from "yaml";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Origin } from "../core/source.js";

/** A file parsed by the `yaml` package: every document, with a line counter for positions. */
export interface YamlFile {
  readonly docs: readonly Document.Parsed[];
  readonly lineCounter: LineCounter;
}

/**
 * Alias expansions allowed per document (the `yaml` package counts expanded
 * nodes). Generous for real anchors, far below what a billion-laughs file needs.
 */
export const MAX_ALIAS_COUNT = 10_000;

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
  return { docs: Array.isArray(parsed) ? parsed : [], lineCounter };
}

/** One decoded document: its value, or `undefined` when it had errors. */
export interface DecodedDocument {
  readonly value: unknown;
  readonly diagnostics: Diagnostic[];
}

/** Decodes every document of a parsed file, turning its errors into diagnostics. */
export function decodeYamlFile(file: string, parsed: YamlFile): DecodedDocument[] {
  return parsed.docs.map((doc) => decodeDocument(file, doc, parsed.lineCounter));
}

function decodeDocument(file: string, doc: Document.Parsed, lc: LineCounter): DecodedDocument {
  const at = (offset: number): Origin => {
    const pos = lc.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      diagnostics: reportedErrors(doc.errors).map((e) => errorDiagnostic(e, at)),
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
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics: [] };
  } catch {
    const message = `Aliases here expand to more than ${MAX_ALIAS_COUNT} nodes, which looks like a YAML bomb; the document was skipped. Replace the anchors and aliases with plain YAML.`;
    const start = firstAlias(doc) ?? doc.contents?.range[0] ?? doc.range[0];
    return {
      value: undefined,
      diagnostics: [diagnostic("error", "yaml-alias-limit", message, at(start))],
    };
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

function errorDiagnostic(error: YamlError, at: (offset: number) => Origin): Diagnostic {
  // The package appends " at line L, column C:" and a code excerpt; we report the position ourselves.
  const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  if (error.code === "DUPLICATE_KEY") {
    const message = `${reason}: this key appears twice in the same mapping, and kubectl rejects such an object. Remove one of the two entries; this document was skipped.`;
    return diagnostic("error", "duplicate-key", message, at(error.pos[0]));
  }
  const message = `YAML syntax error: ${reason}. Fix the YAML (indentation, a ':' after each key, matching quotes and brackets); this document was skipped.`;
  return diagnostic("error", "yaml-syntax", message, at(error.pos[0]));
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

/** Offset of the first alias (`*name`) of a document: where a bomb starts to expand. */
function firstAlias(doc: Document.Parsed): number | null {
  let found: number | null = null;
  visit(doc, {
    Alias(_, alias) {
      found = alias.range?.[0] ?? null;
      return visit.BREAK;
    },
  });
  return found;
}

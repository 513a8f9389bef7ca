import { type Document, isAlias, isMap, isNode, isScalar, isSeq, type LineCounter } from "yaml";
import type { Origin } from "../core/source.js";
import { type DocumentSegment, documentSegments } from "./document-segments.js";
import type { JsonPath } from "./types.js";
import { parseYamlFile, type YamlFile } from "./yaml-documents.js";

/** Finds positions in one file; parses the file with the `yaml` package on first use only. */
export type Locator = (docIndex: number, listIndex: number | null, path: JsonPath) => Origin;

/** Documents of one file parsed one by one before the whole file is parsed instead. */
const MAX_SINGLE_DOCUMENTS = 8;

/** What a locator needs of its file. */
export interface LocatorSource {
  readonly file: string;
  readonly text: string;
  /** The whole file parsed by the `yaml` package (cached by the caller). */
  readonly yamlFile: () => YamlFile;
  /** Whether `yamlFile` has been parsed already (errors, anchors): then it is free. */
  readonly parsed: () => boolean;
  /** How many documents the decoder found. */
  readonly documents: number;
}

/**
 * A locator over a lazily parsed file. Positions cost a `yaml` parse, so a file whose
 * positions nobody asks for is parsed once, by the fast decoder (issue 2, "Positions on
 * everything"); and when they are asked for, only the document concerned is parsed,
 * unless the whole file was parsed anyway or its documents cannot be told apart by a
 * line scan.
 */
export function createLocator(source: LocatorSource): Locator {
  const { file } = source;
  let segments: DocumentSegment[] | null | undefined;
  const single = new Map<
    number,
    { doc: Document.Parsed; lineCounter: LineCounter; line: number }
  >();
  const oneDocument = (docIndex: number) => {
    const cached = single.get(docIndex);
    if (cached) return cached;
    if (segments === undefined) segments = documentSegments(source.text);
    const segment = segments?.length === source.documents ? segments[docIndex] : undefined;
    if (segment === undefined) return null;
    const parsed = parseYamlFile(source.text.slice(segment.start, segment.end));
    const doc = parsed.docs[0];
    if (doc === undefined || parsed.docs.length !== 1) return null;
    const entry = { doc, lineCounter: parsed.lineCounter, line: segment.line };
    single.set(docIndex, entry);
    return entry;
  };
  return (docIndex, listIndex, path) => {
    // Many documents of one file asked for (a report over a whole file): one parse of
    // the file is then cheaper than parsing its documents one by one.
    const one =
      source.parsed() || (single.size >= MAX_SINGLE_DOCUMENTS && !single.has(docIndex))
        ? null
        : oneDocument(docIndex);
    if (one !== null) {
      const pos = one.lineCounter.linePos(offsetOf(one.doc, listIndex, path));
      return { file, line: pos.line + one.line - 1, column: pos.col };
    }
    const parsed = source.yamlFile();
    const doc = parsed.docs[docIndex];
    if (doc === undefined) return { file, line: 1, column: 1 };
    const pos = parsed.lineCounter.linePos(offsetOf(doc, listIndex, path));
    return { file, line: pos.line, column: pos.col };
  };
}

/**
 * The offset of the node at `path` below the document root (or below `items[listIndex]`
 * of a List). For a map entry, the offset of its KEY, which is where an editor should
 * jump. Stops at the nearest ancestor that exists.
 */
function offsetOf(doc: Document.Parsed, listIndex: number | null, path: JsonPath): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? doc.range[0];
  const steps: JsonPath = listIndex === null ? path : ["items", listIndex, ...path];
  for (const step of steps) {
    node = isAlias(node) ? node.resolve(doc) : node;
    const next = childOf(node, step);
    if (next === null) break;
    offset = next.offset;
    node = next.node;
  }
  return offset;
}

function childOf(node: unknown, step: string | number): { node: unknown; offset: number } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === String(step)) {
        const offset = startOf(pair.key);
        return offset === null ? null : { node: pair.value, offset };
      }
    }
    return null;
  }
  if (isSeq(node) && typeof step === "number") {
    const item: unknown = node.items[step];
    const offset = startOf(item);
    return offset === null ? null : { node: item, offset };
  }
  return null;
}

function startOf(node: unknown): number | null {
  return isNode(node) && node.range ? node.range[0] : null;
}

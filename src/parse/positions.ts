import { type Document, isAlias, isMap, isNode, isScalar, isSeq } from "yaml";
import type { Origin } from "../core/source.js";
import type { JsonPath } from "./types.js";
import type { YamlFile } from "./yaml-documents.js";

/** Finds positions in one file; parses the file with the `yaml` package on first use only. */
export type Locator = (docIndex: number, listIndex: number | null, path: JsonPath) => Origin;

/**
 * A locator over a lazily parsed file. `getYamlFile` is called at most once (the
 * caller caches it), so a file whose positions nobody asks for is parsed once,
 * by the fast decoder (issue 2, "Positions on everything").
 */
export function createLocator(file: string, getYamlFile: () => YamlFile): Locator {
  return (docIndex, listIndex, path) => {
    const parsed = getYamlFile();
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

import { EVENT_ID, parseEvents } from "js-yaml";
import { type Document, isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import type { NodeEvent } from "./alias-expansion.js";
import { MAX_BLOCK_DEPTH, MAX_FLOW_DEPTH } from "./text-guard.js";

/** The nodes of a document parsed by the `yaml` package, in document order. */
export function* yamlNodeEvents(doc: Document.Parsed): Generator<NodeEvent> {
  yield* nodeEvents(doc.contents);
}

function* nodeEvents(node: unknown): Generator<NodeEvent> {
  if (isAlias(node)) {
    yield { kind: "alias", name: node.source, offset: node.range?.[0] ?? 0 };
  } else if (isMap(node) || isSeq(node)) {
    yield { kind: "open", anchor: node.anchor ?? null };
    for (const item of node.items) {
      if (isPair(item)) {
        yield* nodeEvents(item.key);
        yield* nodeEvents(item.value);
      } else {
        yield* nodeEvents(item);
      }
    }
    yield { kind: "close" };
  } else if (isScalar(node)) {
    yield { kind: "scalar", anchor: node.anchor ?? null };
  }
}

/**
 * The nodes of every document of `text`, read by js-yaml's event parser, which is
 * several times faster than the `yaml` package: a bomb is found before that package
 * spends seconds on a large file. Null when js-yaml cannot read the text.
 */
export function jsYamlNodeEvents(text: string): NodeEvent[][] | null {
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(text, { maxDepth: MAX_BLOCK_DEPTH + MAX_FLOW_DEPTH });
  } catch {
    return null;
  }
  const documents: NodeEvent[][] = [];
  let current: NodeEvent[] = [];
  let depth = 0;
  const anchor = (e: { anchorStart: number; anchorEnd: number }): string | null =>
    e.anchorStart < 0 ? null : text.slice(e.anchorStart, e.anchorEnd);
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        current = [];
        documents.push(current);
        depth = 0;
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        current.push({ kind: "open", anchor: anchor(event) });
        depth++;
        break;
      case EVENT_ID.SCALAR:
        current.push({ kind: "scalar", anchor: anchor(event) });
        break;
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        current.push({ kind: "alias", name, offset: event.anchorStart - 1 });
        break;
      }
      case EVENT_ID.POP:
        // The POP that ends the document closes no collection.
        if (depth > 0) {
          current.push({ kind: "close" });
          depth--;
        }
        break;
    }
  }
  return documents;
}

/**
 * One top-level field of a streamed JSON document: a plain value, or an array whose
 * items come one by one (never held together).
 */
export type JsonField =
  | { readonly key: string; readonly value: unknown }
  | { readonly key: string; readonly items: Iterable<unknown> }
  /** Items already as text, each as {@link indentedJson} writes it at `ITEM_INDENT`. */
  | { readonly key: string; readonly texts: Iterable<string> };

/** The indentation of a top-level array's items. */
export const ITEM_INDENT = "    ";

/** About 64 KiB per chunk: few writes, and never a string near V8's length limit. */
const CHUNK = 1 << 16;

/** `JSON.stringify(value, null, 2)` as it reads nested at `indent`. */
export function indentedJson(value: unknown, indent: string): string {
  // JSON strings never hold a raw newline, so every newline is layout.
  return JSON.stringify(value, null, 2).replaceAll("\n", `\n${indent}`);
}

/**
 * The text of `JSON.stringify(object, null, 2)` plus a final newline, byte for byte, as
 * chunks: the arrays given as `items` are written item by item, so a document with
 * millions of flows needs memory for one chunk, not for the whole text.
 */
export function* jsonObjectChunks(fields: readonly JsonField[]): Generator<string> {
  let buffer = "{";
  let first = true;
  for (const field of fields) {
    if ("value" in field && field.value === undefined) continue;
    buffer += `${first ? "" : ","}\n  ${JSON.stringify(field.key)}: `;
    first = false;
    if ("value" in field) {
      buffer += indentedJson(field.value, "  ");
      continue;
    }
    let empty = true;
    const texts = "texts" in field ? field.texts : itemTexts(field.items);
    for (const text of texts) {
      buffer += `${empty ? "[" : ","}\n${ITEM_INDENT}${text}`;
      empty = false;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += empty ? "[]" : "\n  ]";
  }
  buffer += first ? "}\n" : "\n}\n";
  yield buffer;
}

function* itemTexts(items: Iterable<unknown>): Generator<string> {
  for (const item of items) yield indentedJson(item, ITEM_INDENT);
}

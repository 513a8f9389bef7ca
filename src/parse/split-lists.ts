import type { JsonObject } from "./types.js";

/** One object found in a document: a manifest, or something to report and skip. */
export type DocumentItem =
  | { readonly kind: "manifest"; readonly object: JsonObject; readonly listIndex: number | null }
  | { readonly kind: "not-an-object"; readonly what: string; readonly listIndex: number | null }
  | { readonly kind: "not-kubernetes"; readonly listIndex: number | null }
  /** A `*List` whose `items` is not a list: what it holds instead. */
  | { readonly kind: "bad-list-items"; readonly what: string; readonly listIndex: null }
  /** An item that is itself a `*List`: its items are not read. */
  | { readonly kind: "nested-list"; readonly listIndex: number };

/**
 * Splits a decoded document into the objects it holds. A `kind: List`, or any
 * `*List` kind as `kubectl get -o yaml` prints (`PodList`, `NetworkPolicyList`),
 * holding an `items` array, yields one item per element; a List without items is
 * empty; one whose `items` is not a list, or an item that is itself a List, is
 * reported rather than read as an unknown kind (which would drop its objects
 * without a word). Empty documents (`null`) yield nothing.
 */
export function splitDocument(value: unknown): DocumentItem[] {
  if (value === null || value === undefined) return [];
  const top = classify(value, null);
  if (top.kind !== "manifest") return [top];
  const kind = top.object.kind;
  if (typeof kind !== "string" || !kind.endsWith("List")) return [top];
  const items = top.object.items;
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items))
    return [{ kind: "bad-list-items", what: describe(items), listIndex: null }];
  return items.map((item, index) => {
    const inner = classify(item, index);
    return inner.kind === "manifest" && isList(inner.object)
      ? { kind: "nested-list", listIndex: index }
      : inner;
  });
}

function isList(object: JsonObject): boolean {
  return typeof object.kind === "string" && object.kind.endsWith("List") && "items" in object;
}

function classify(value: unknown, listIndex: number | null): DocumentItem {
  if (!isJsonObject(value)) return { kind: "not-an-object", what: describe(value), listIndex };
  if (typeof value.apiVersion !== "string" || typeof value.kind !== "string") {
    return { kind: "not-kubernetes", listIndex };
  }
  return { kind: "manifest", object: value, listIndex };
}

/** A plain object, as both decoders produce for a mapping. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}

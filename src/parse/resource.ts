import type { Locator } from "./positions.js";
import type { JsonObject, Resource } from "./types.js";

/** Builds a Resource; positions are looked up only when `locate` is called. */
export function makeResource(
  object: JsonObject,
  file: string,
  docIndex: number,
  listIndex: number | null,
  locator: Locator,
): Resource {
  const metadata = object.metadata;
  const meta =
    typeof metadata === "object" && metadata !== null && !Array.isArray(metadata) ? metadata : {};
  return {
    apiVersion: String(object.apiVersion),
    kind: String(object.kind),
    name: typeof meta.name === "string" ? meta.name : "",
    namespace: typeof meta.namespace === "string" ? meta.namespace : null,
    object,
    file,
    docIndex,
    listIndex,
    locate: (path) => locator(docIndex, listIndex, path),
  };
}

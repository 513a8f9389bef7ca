import type { Diagnostic } from "../core/diagnostics.js";
import type { Origin } from "../core/source.js";

/** A plain JSON value as decoded from YAML or JSON. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A path into a resource's object tree, e.g. `["spec", "ingress", 0, "from"]`. */
export type JsonPath = readonly (string | number)[];

/**
 * One Kubernetes object found in a file (a YAML document, a JSON document, or an
 * item of a `kind: List`). Positions are computed lazily so that a file with
 * nothing wrong is never parsed twice (issue 2, "Positions on everything").
 */
export interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  /** `metadata.name`, or "" when missing (the model reports that). */
  readonly name: string;
  /** `metadata.namespace`, or null when the manifest does not say. */
  readonly namespace: string | null;
  /** The whole decoded object. */
  readonly object: JsonObject;
  readonly file: string;
  /** 0-based index of the YAML document in its file. */
  readonly docIndex: number;
  /** For an item of a `kind: List`, its index in `items`; else null. */
  readonly listIndex: number | null;
  /**
   * The position of the node at `path` (relative to this object), or of the
   * nearest ancestor that exists. `locate([])` is the object itself.
   */
  locate(path: JsonPath): Origin;
}

export interface ParseResult {
  readonly resources: Resource[];
  readonly diagnostics: Diagnostic[];
  /** True when some file or document could not be read: results are then incomplete. */
  readonly incomplete: boolean;
}

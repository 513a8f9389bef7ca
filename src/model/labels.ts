import type { JsonPath, JsonValue } from "../parse/types.js";
import { formatPath, isObject, type ObjectContext } from "./object-context.js";
import { labelKeyProblem, labelValueProblem } from "./validate-names.js";

/**
 * A JSON value that is not a string, for messages: `boolean true`, `number 2`.
 */
export function describeValue(value: JsonValue): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * The `null-value` warning: the Go decoder reads `key: null` in a string map as ""
 * on create, but a three-way merge (`kubectl apply` to an existing object) reads
 * null as "delete this key". Either way, not what the author wrote.
 */
export function warnNullValue(ctx: ObjectContext, path: JsonPath): void {
  const key = path[path.length - 1];
  const name = typeof key === "number" ? formatPath(path.slice(-2)) : String(key);
  ctx.warn(
    "null-value",
    `${name}: is empty (null); Kubernetes reads it as "" on create, but kubectl apply to an existing object deletes the key. Write the value in quotes, or remove the key.`,
    path,
  );
}

/**
 * Reads a `metadata.labels` map the way the API server does (`ValidateLabels`):
 * every value must be a string (an unquoted `true` or `2` is rejected by the
 * decoder), every key a qualified name with an optional DNS-subdomain prefix, every
 * value at most 63 characters of the label alphabet. Problems are `invalid-label`
 * errors at the entry; null reads as "" with a `null-value` warning. Returns the
 * labels (sorted by key), whatever the errors: the caller leaves the object out.
 */
export function readLabels(
  ctx: ObjectContext,
  value: JsonValue | undefined,
  path: JsonPath,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined || value === null) return out;
  if (!isObject(value)) {
    ctx.error(
      "invalid-label",
      `${formatPath(path)} must be a mapping of label keys to string values, not ${describeValue(value)}.`,
      path,
    );
    return out;
  }
  for (const key of Object.keys(value).sort()) {
    const v = value[key]!;
    const at = [...path, key];
    const keyProblem = labelKeyProblem(key);
    if (keyProblem !== null)
      ctx.error("invalid-label", `label key "${key}" ${keyProblem}; rename the label.`, at);
    if (v === null) {
      warnNullValue(ctx, at);
      out[key] = "";
      continue;
    }
    if (typeof v !== "string") {
      ctx.error(
        "invalid-label",
        `label ${key} must be a string, not ${describeValue(v)}, so the API server rejects the object; quote it: "${String(typeof v === "object" ? JSON.stringify(v) : v)}".`,
        at,
      );
      continue;
    }
    const valueProblem = labelValueProblem(v);
    if (valueProblem !== null) {
      ctx.error(
        "invalid-label",
        `label value "${v}" of "${key}" ${valueProblem}; change the value.`,
        at,
      );
    }
    out[key] = v;
  }
  return out;
}

import type { JsonPath, JsonValue } from "../parse/types.js";
import { didYouMean } from "./did-you-mean.js";
import { describeValue } from "./labels.js";
import { formatPath, isObject, type ObjectContext } from "./object-context.js";
import { type FieldSchema, fieldHomes } from "./schema.js";

/**
 * Strict field validation (kubectl `--validate=strict`, the API server's
 * `fieldValidation=Strict`): every unknown field is an `unknown-field` error with
 * a suggestion, every value of the wrong JSON type an `invalid-type` error.
 * JSON null is accepted anywhere: the decoder turns it into the zero value.
 */
export function validateFields(ctx: ObjectContext, root: FieldSchema): void {
  const homes = fieldHomes(root);
  walk(ctx, root, ctx.resource.object, [], homes);
}

function walk(
  ctx: ObjectContext,
  schema: FieldSchema,
  value: JsonValue,
  path: JsonPath,
  homes: Map<string, string[]>,
): void {
  if (value === null) return;
  const problem = typeProblem(schema, value);
  if (problem !== null) {
    ctx.error("invalid-type", `${formatPath(path)} ${problem}.`, path);
    return;
  }
  if (schema.type === "string-map" && isObject(value)) {
    // Labels and annotations map to strings: `version: 2` must be quoted.
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== "string" && v !== null) {
        ctx.error(
          "invalid-type",
          `${formatPath([...path, k])} must be a string, not ${describeValue(v)}; quote it: "${String(JSON.stringify(v))}".`,
          [...path, k],
        );
      }
    }
    return;
  }
  if (schema.type === "array" && Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(ctx, schema.items, item, [...path, i], homes);
    });
    return;
  }
  if (schema.type !== "object" || !isObject(value)) return;
  for (const key of Object.keys(value)) {
    const child = schema.fields[key];
    if (child === undefined) {
      ctx.error("unknown-field", unknownFieldMessage(key, path, schema, homes), [...path, key]);
      continue;
    }
    walk(ctx, child, value[key]!, [...path, key], homes);
  }
}

function typeProblem(schema: FieldSchema, value: JsonValue): string | null {
  switch (schema.type) {
    case "object":
      return isObject(value) ? null : `must be an object (a mapping), not ${describeValue(value)}`;
    case "array":
      return Array.isArray(value) ? null : `must be a list, not ${describeValue(value)}`;
    case "string":
      return typeof value === "string" ? null : `must be a string, not ${describeValue(value)}`;
    case "integer":
      return typeof value === "number" && Number.isInteger(value)
        ? null
        : `must be an integer, not ${describeValue(value)}`;
    case "boolean":
      return typeof value === "boolean"
        ? null
        : `must be true or false, not ${describeValue(value)}`;
    case "int-or-string":
      return typeof value === "string" || (typeof value === "number" && Number.isInteger(value))
        ? null
        : `must be an integer or a string, not ${describeValue(value)}`;
    case "string-map":
      return isObject(value) ? null : `must be a mapping of strings, not ${describeValue(value)}`;
    case "any":
      return null;
  }
}

function unknownFieldMessage(
  key: string,
  path: JsonPath,
  schema: Extract<FieldSchema, { type: "object" }>,
  homes: Map<string, string[]>,
): string {
  const where = path.length === 0 ? "the object" : formatPath(path);
  const head = `unknown field "${key}" in ${where}`;
  const siblings = Object.keys(schema.fields);
  const sameCase = siblings.find((s) => s.toLowerCase() === key.toLowerCase());
  if (sameCase !== undefined)
    return `${head}; did you mean "${sameCase}"? Field names are case-sensitive.`;
  const swapped = swappedDirection(key, path);
  if (swapped !== null) return `${head}; ${swapped}`;
  const elsewhere = [...homes.entries()].find(([name]) => name.toLowerCase() === key.toLowerCase());
  if (elsewhere !== undefined) {
    const [name, places] = elsewhere;
    const here = enclosingHome(path, places);
    if (here !== null)
      return `${head}: "${name}" belongs in ${here}.${name}; move it there (it is at the wrong level).`;
    const list = places.map((p) => `${p}.${name}`.replace(/^\(top level\)\./, "")).join(" or ");
    return `${head}: "${name}" belongs in ${list}; move it there (it is at the wrong level).`;
  }
  const guess = didYouMean(key, siblings);
  if (guess !== null) return `${head}; did you mean "${guess}"?`;
  return `${head}; the valid fields here are ${siblings.map((s) => `"${s}"`).join(", ")}.`;
}

/** `from` in an egress rule or `to` in an ingress rule. */
function swappedDirection(key: string, path: JsonPath): string | null {
  const section = path.length >= 3 && path[0] === "spec" ? path[1] : undefined;
  if (key === "from" && section === "egress") return 'egress rules name their peers in "to".';
  if (key === "to" && section === "ingress") return 'ingress rules name their peers in "from".';
  return null;
}

/** The concrete enclosing place where the field belongs, e.g. `spec.ingress[0]` for a field misplaced in its peer. */
function enclosingHome(path: JsonPath, places: readonly string[]): string | null {
  for (let n = path.length - 1; n >= 1; n--) {
    const prefix = path.slice(0, n);
    const pattern = formatPath(prefix.map((k) => (typeof k === "number" ? -1 : k))).replaceAll(
      "[-1]",
      "[]",
    );
    if (places.includes(pattern)) return formatPath(prefix);
  }
  return null;
}

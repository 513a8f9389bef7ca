import { assertNever } from "../core/assert-never.js";
import type { JsonPath, JsonValue } from "../parse/types.js";
import { warnNullValue } from "./labels.js";
import { isObject, type ObjectContext } from "./object-context.js";
import type { LabelSelector, Labels, SelectorOperator, SelectorRequirement } from "./types.js";
import { labelKeyProblem, labelValueProblem } from "./validate-names.js";

const OPERATORS: readonly SelectorOperator[] = ["In", "NotIn", "Exists", "DoesNotExist"];

/** The selector `{}`: matches everything (semantics.md §2.8). */
export const MATCH_ALL: LabelSelector = { matchLabels: {}, matchExpressions: [] };

/**
 * Reads a non-nil label selector, reporting what `ValidateLabelSelector` rejects
 * (semantics.md §2.7) as `invalid-selector` errors at the offending field.
 */
export function readSelector(ctx: ObjectContext, value: JsonValue, path: JsonPath): LabelSelector {
  if (!isObject(value)) return MATCH_ALL;
  const matchLabels: Record<string, string> = {};
  const labels = value.matchLabels;
  if (isObject(labels)) {
    for (const key of Object.keys(labels).sort()) {
      const v = labels[key];
      const at = [...path, "matchLabels", key];
      const keyProblem = labelKeyProblem(key);
      if (keyProblem !== null)
        ctx.error("invalid-selector", `label key "${key}" ${keyProblem}.`, at);
      if (v === null) {
        // Never widen: {role: null} is role="" (the decoder's zero value), not "any role".
        warnNullValue(ctx, at);
        matchLabels[key] = "";
        continue;
      }
      if (typeof v !== "string") continue; // reported as invalid-type
      const valueProblem = labelValueProblem(v);
      if (valueProblem !== null) {
        ctx.error("invalid-selector", `label value "${v}" of "${key}" ${valueProblem}.`, at);
      }
      matchLabels[key] = v;
    }
  }
  const matchExpressions: SelectorRequirement[] = [];
  const exprs = value.matchExpressions;
  if (Array.isArray(exprs)) {
    exprs.forEach((expr, i) => {
      const req = readRequirement(ctx, expr, [...path, "matchExpressions", i]);
      if (req !== null) matchExpressions.push(req);
    });
  }
  return { matchLabels, matchExpressions };
}

function readRequirement(
  ctx: ObjectContext,
  value: JsonValue,
  path: JsonPath,
): SelectorRequirement | null {
  if (!isObject(value)) return null;
  const key = typeof value.key === "string" ? value.key : "";
  const keyProblem = labelKeyProblem(key);
  if (keyProblem !== null) {
    const msg =
      key === "" ? "a selector requirement needs a key." : `label key "${key}" ${keyProblem}.`;
    ctx.error("invalid-selector", msg, value.key === undefined ? path : [...path, "key"]);
  }
  const op = value.operator;
  const operator = OPERATORS.find((o) => o === op);
  if (operator === undefined) {
    const near =
      typeof op === "string"
        ? OPERATORS.find((o) => o.toLowerCase() === op.toLowerCase())
        : undefined;
    const hint = near !== undefined ? ` Operators are case-sensitive: write "${near}".` : "";
    ctx.error(
      "invalid-selector",
      `operator ${JSON.stringify(op ?? null)} is not one of In, NotIn, Exists, DoesNotExist.${hint}`,
      op === undefined ? path : [...path, "operator"],
    );
  }
  const values: string[] = [];
  if (Array.isArray(value.values)) {
    value.values.forEach((v, i) => {
      if (v === null) {
        warnNullValue(ctx, [...path, "values", i]);
        values.push("");
      } else if (typeof v === "string") values.push(v);
    });
  }
  const valuesPath = value.values === undefined ? path : [...path, "values"];
  if ((operator === "In" || operator === "NotIn") && values.length === 0) {
    ctx.error(
      "invalid-selector",
      `operator ${operator} needs at least one value in "values".`,
      valuesPath,
    );
  }
  if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
    ctx.error(
      "invalid-selector",
      `operator ${operator} takes no "values"; remove them.`,
      valuesPath,
    );
  }
  values.forEach((v, i) => {
    const problem = labelValueProblem(v);
    if (problem !== null)
      ctx.error("invalid-selector", `value "${v}" ${problem}.`, [...path, "values", i]);
  });
  if (operator === undefined) return null;
  return { key, operator, values: [...new Set(values)].sort() };
}

/** apimachinery semantics: `NotIn` and `DoesNotExist` match when the key is absent (§2.8). */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels)) {
    if (labels[k] !== v) return false;
  }
  return selector.matchExpressions.every((req) => {
    const has = Object.hasOwn(labels, req.key);
    const value = labels[req.key];
    switch (req.operator) {
      case "In":
        return has && value !== undefined && req.values.includes(value);
      case "NotIn":
        return !has || value === undefined || !req.values.includes(value);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
      default:
        return assertNever(req.operator, "selector operator");
    }
  });
}

export function isMatchAll(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

import { assertNever } from "../core/assert-never.js";
import type { LabelSelector, Labels, NamespaceMatch, SelectorRequirement } from "../model/types.js";

/** A compiled label selector: a predicate over a label map. */
export type LabelPredicate = (labels: Labels) => boolean;

/** Own properties only: a label named `constructor` must not find Object.prototype. */
function labelValue(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

function compileRequirement(req: SelectorRequirement): LabelPredicate {
  const { key } = req;
  const values = new Set(req.values);
  switch (req.operator) {
    case "In":
      return (labels) => {
        const v = labelValue(labels, key);
        return v !== undefined && values.has(v);
      };
    // apimachinery: NotIn and DoesNotExist match when the key is absent (semantics.md §2.8).
    case "NotIn":
      return (labels) => {
        const v = labelValue(labels, key);
        return v === undefined || !values.has(v);
      };
    case "Exists":
      return (labels) => labelValue(labels, key) !== undefined;
    case "DoesNotExist":
      return (labels) => labelValue(labels, key) === undefined;
    default:
      return assertNever(req.operator, "selector operator");
  }
}

/**
 * Compiles a non-nil selector once (semantics.md §2.8): matchLabels and
 * matchExpressions are ANDed, and a selector with no terms matches everything.
 */
export function compileSelector(selector: LabelSelector): LabelPredicate {
  const terms: LabelPredicate[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    terms.push((labels) => labelValue(labels, key) === value);
  }
  for (const req of selector.matchExpressions) terms.push(compileRequirement(req));
  if (terms.length === 0) return () => true;
  if (terms.length === 1) return terms[0]!;
  return (labels) => terms.every((t) => t(labels));
}

/** A compiled namespace match: a predicate over a namespace's name and labels. */
export type NamespacePredicate = (name: string, labels: Labels) => boolean;

export function compileNamespaceMatch(match: NamespaceMatch): NamespacePredicate {
  switch (match.kind) {
    case "named":
      return (name) => name === match.name;
    case "selector": {
      const predicate = compileSelector(match.selector);
      return (_name, labels) => predicate(labels);
    }
    default:
      return assertNever(match, "namespace match");
  }
}

import { compareText } from "../core/compare-text.js";
import type { LabelSelector, Labels, Namespace, PodSet } from "../model/types.js";

/** The selector `{}`: every pod (semantics.md §2.8, a non-nil selector with no terms). */
export const ALL_PODS: LabelSelector = { matchLabels: {}, matchExpressions: [] };

/** True when `labels` satisfy every term of `selector` (semantics.md §2.8; NotIn matches an absent key). */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== v) return false;
  for (const r of selector.matchExpressions) {
    const has = Object.hasOwn(labels, r.key);
    const value = labels[r.key];
    switch (r.operator) {
      case "In":
        if (!has || value === undefined || !r.values.includes(value)) return false;
        break;
      case "NotIn":
        if (has && value !== undefined && r.values.includes(value)) return false;
        break;
      case "Exists":
        if (!has) return false;
        break;
      case "DoesNotExist":
        if (has) return false;
        break;
    }
  }
  return true;
}

export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

/** The same selector with sorted labels, expressions and values: equal meaning, equal value. */
export function canonicalSelector(selector: LabelSelector): LabelSelector {
  const matchLabels: Record<string, string> = {};
  for (const k of Object.keys(selector.matchLabels).sort())
    matchLabels[k] = selector.matchLabels[k]!;
  const matchExpressions = selector.matchExpressions
    .map((r) => ({ key: r.key, operator: r.operator, values: [...new Set(r.values)].sort() }))
    .sort((a, b) => compareText(selectorTermKey(a), selectorTermKey(b)));
  return { matchLabels, matchExpressions };
}

function selectorTermKey(r: { key: string; operator: string; values: readonly string[] }): string {
  return `${r.key}\u0000${r.operator}\u0000${r.values.join("\u0001")}`;
}

/** A stable key: two selectors with the same key select the same pods. */
export function selectorKey(selector: LabelSelector): string {
  return JSON.stringify(canonicalSelector(selector));
}

/**
 * True when `outer` selects every pod `inner` selects, judged on the text: every term
 * of `outer` also appears in `inner`. Sound (never true wrongly), not complete.
 */
export function selectorSubsumes(outer: LabelSelector, inner: LabelSelector): boolean {
  for (const [k, v] of Object.entries(outer.matchLabels))
    if (inner.matchLabels[k] !== v) return false;
  const innerTerms = new Set(canonicalSelector(inner).matchExpressions.map(selectorTermKey));
  return canonicalSelector(outer).matchExpressions.every((t) => innerTerms.has(selectorTermKey(t)));
}

/**
 * True when some labels satisfy both selectors (exact: label keys are independent, and
 * a key with only `Exists`/`NotIn` terms can take a value nobody names).
 */
export function selectorsCanOverlap(a: LabelSelector, b: LabelSelector): boolean {
  const keys = new Set<string>();
  for (const s of [a, b]) {
    for (const k of Object.keys(s.matchLabels)) keys.add(k);
    for (const r of s.matchExpressions) keys.add(r.key);
  }
  for (const key of keys) {
    /** Each a set of values the key must take one of (matchLabels, In). */
    const within: (readonly string[])[] = [];
    const banned = new Set<string>();
    let present = false;
    let absent = false;
    for (const s of [a, b]) {
      const v = s.matchLabels[key];
      if (v !== undefined) within.push([v]);
      for (const r of s.matchExpressions) {
        if (r.key !== key) continue;
        if (r.operator === "In") within.push(r.values);
        else if (r.operator === "NotIn") for (const x of r.values) banned.add(x);
        else if (r.operator === "Exists") present = true;
        else absent = true;
      }
    }
    if (absent && (present || within.length > 0)) return false;
    const [first, ...rest] = within;
    if (
      first !== undefined &&
      !first.some((v) => !banned.has(v) && rest.every((values) => values.includes(v)))
    )
      return false;
  }
  return true;
}

/** The namespaces of `namespaces` a pod set covers (semantics.md §2.4). */
export function podSetNamespaces(set: PodSet, namespaces: readonly Namespace[]): Namespace[] {
  const m = set.namespaces;
  return m.kind === "named"
    ? namespaces.filter((n) => n.name === m.name)
    : namespaces.filter((n) => selectorMatches(m.selector, n.labels));
}

/** True when the pod set holds a pod with these labels in namespace `ns`. */
export function podSetMatches(set: PodSet, ns: Namespace, labels: Labels): boolean {
  const m = set.namespaces;
  const nsOk = m.kind === "named" ? m.name === ns.name : selectorMatches(m.selector, ns.labels);
  return nsOk && selectorMatches(set.pods, labels);
}

/** A short human form: `app=frontend,tier in (a,b)`; `{}` is `all pods`. */
export function formatSelector(selector: LabelSelector): string {
  if (isEmptySelector(selector)) return "all pods";
  const c = canonicalSelector(selector);
  const parts = Object.entries(c.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const r of c.matchExpressions) {
    parts.push(
      r.operator === "Exists"
        ? r.key
        : r.operator === "DoesNotExist"
          ? `!${r.key}`
          : `${r.key} ${r.operator === "In" ? "in" : "notin"} (${r.values.join(",")})`,
    );
  }
  return parts.join(",");
}

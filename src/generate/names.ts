import type { LabelSelector } from "../model/types.js";
import { fnv1a32 } from "./hash.js";
import { canonicalSelector, isEmptySelector, selectorKey } from "./selectors.js";

/**
 * Names stay well under the 253 characters Kubernetes allows so that the file name
 * `<namespace>.<name>.yaml` (namespace ≤ 63) fits the usual 255-byte file-name limit.
 */
export const MAX_NAME_LENGTH = 180;
const HASH_LENGTH = 8;

/** Lower-case DNS-1123 pieces from arbitrary text: `App_Tier=Web` → `app-tier-web`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A readable slug for a pod selector: `app: frontend` → `app-frontend`; `{}` → `all-pods`. */
export function selectorSlug(selector: LabelSelector): string {
  if (isEmptySelector(selector)) return "all-pods";
  const c = canonicalSelector(selector);
  const parts = Object.entries(c.matchLabels).map(([k, v]) => `${k}-${v}`);
  for (const r of c.matchExpressions) parts.push([r.key, r.operator, ...r.values].join("-"));
  return slugify(parts.join("-")) || "pods";
}

/**
 * A valid DNS-1123 subdomain of at most MAX_NAME_LENGTH characters. When `withHash` is
 * set, or the text is too long, a short hash of `hashInput` keeps distinct inputs distinct.
 */
export function dnsName(base: string, hashInput: string, withHash: boolean): string {
  const slug = slugify(base) || "policy";
  if (!withHash && slug.length <= MAX_NAME_LENGTH) return slug;
  const hash = fnv1a32(hashInput).slice(0, HASH_LENGTH);
  const head = slug.slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1).replace(/-+$/, "");
  return `${head}-${hash}`;
}

/** The name of the complementary egress policy for the pods `selector` picks. */
export function complementName(selector: LabelSelector, withHash: boolean): string {
  return dnsName(`reachdiff-egress-${selectorSlug(selector)}`, selectorKey(selector), withHash);
}

export const DEFAULT_DENY_NAME = "reachdiff-default-deny-egress";

/** `<namespace>.<name>.yaml`: namespace names hold no dots, so the split is unambiguous. */
export function policyFileName(namespace: string, name: string): string {
  return `${namespace}.${name}.yaml`;
}

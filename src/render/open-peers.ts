import type { PolicyId } from "../core/ids.js";
import type { ChangeGroup } from "../diff/types.js";
import { selectorMatches } from "../model/selector.js";
import type { LabelSelector, Model, Namespace, Rule } from "../model/types.js";

/**
 * A namespace selector that admits any namespace: no term that needs a label
 * (`matchLabels`, `In`, `Exists`), so a new unlabeled namespace matches too, and it
 * matches every namespace there is. `{}` is one; so is `env NotIn [prod]` when no
 * namespace is labeled `env: prod`.
 */
function admitsAnyNamespace(selector: LabelSelector, namespaces: readonly Namespace[]): boolean {
  if (Object.keys(selector.matchLabels).length > 0) return false;
  if (selector.matchExpressions.some((e) => e.operator === "In" || e.operator === "Exists")) {
    return false;
  }
  return namespaces.every((ns) => selectorMatches(selector, ns.labels));
}

/** An ingress rule whose peers let in workloads of any namespace (or anything: no `from`). */
function ruleAdmitsAnyNamespace(rule: Rule, namespaces: readonly Namespace[]): boolean {
  if (rule.action !== "allow") return false;
  if (rule.peers === "any") return true;
  return rule.peers.some(
    (p) =>
      p.kind === "pods" &&
      p.namespaces.kind === "selector" &&
      admitsAnyNamespace(p.namespaces.selector, namespaces),
  );
}

/**
 * True when the opened group is explained by an ingress rule, of one of its changed
 * policies, that admits any namespace (`namespaceSelector: {}` and the like, or a rule
 * with no `from`): whatever namespaces its sources are in today, the destination is now
 * open to every namespace, including ones created later (issue 3, "Risk first").
 */
export function openedToAnyNamespace(group: ChangeGroup, head: Model): boolean {
  const rules = (group.rules ?? []).filter(
    (r) => r.direction === "ingress" && group.policies.includes(r.policy),
  );
  if (rules.length === 0) return false;
  const policies = new Map<PolicyId, Model["policies"][number]>(
    head.policies.map((p) => [p.id, p]),
  );
  return rules.some((ref) => {
    const rule = policies.get(ref.policy)?.ingress?.rules.find((r) => r.index === ref.index);
    return rule !== undefined && ruleAdmitsAnyNamespace(rule, head.namespaces);
  });
}

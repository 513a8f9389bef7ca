import { assertNever } from "../core/assert-never.js";
import {
  type ConnSet,
  EMPTY_CONNS,
  intersect,
  isEmpty,
  isSubset,
  subtract,
  union,
} from "../engine/conn-set.js";
import { rulePortsAt, splitRulePorts } from "../engine/rule-ports.js";
import {
  compileNamespaceMatch,
  compileSelector,
  type LabelPredicate,
  type NamespacePredicate,
} from "../engine/selector.js";
import type { ExternalRange } from "../engine/types.js";
import type { Direction, Labels, PodSet, Policy, Rule, Workload } from "../model/types.js";

/** One side of a pair, as one revision sees it (namespace labels differ between revisions). */
export type EffectEndpoint =
  | { readonly kind: "workload"; readonly workload: Workload; readonly nsLabels: Labels }
  | { readonly kind: "external"; readonly range: ExternalRange };

/** What one policy says about one pair in one direction. */
export interface DirectionEffect {
  /** The policy selects the subject and isolates it in this direction (§2.1). */
  readonly isolates: boolean;
  /** The union of its matching allow rules. */
  readonly allow: ConnSet;
  /** The union of its matching deny rules (admin tiers only). */
  readonly deny: ConnSet;
}

export const NO_EFFECT: DirectionEffect = {
  isolates: false,
  allow: EMPTY_CONNS,
  deny: EMPTY_CONNS,
};

type PodSetPredicate = (ep: EffectEndpoint) => boolean;
const compiledPodSets = new WeakMap<PodSet, PodSetPredicate>();

function podSetMatcher(set: PodSet): PodSetPredicate {
  let m = compiledPodSets.get(set);
  if (!m) {
    const ns: NamespacePredicate = compileNamespaceMatch(set.namespaces);
    const pods: LabelPredicate = compileSelector(set.pods);
    m = (ep) =>
      ep.kind === "workload" && ns(ep.workload.namespace, ep.nsLabels) && pods(ep.workload.labels);
    compiledPodSets.set(set, m);
  }
  return m;
}

/** Whether `rule`'s peers (`from`/`to`) match `peer`. */
export function peerMatches(rule: Rule, peer: EffectEndpoint): boolean {
  if (rule.peers === "any") return true; // §2.3: no `from`/`to` matches everything
  return rule.peers.some((p) => {
    switch (p.kind) {
      case "pods":
        return podSetMatcher(p)(peer);
      case "ipBlock":
        // Part 1: ipBlocks match external addresses only, never pods.
        return (
          peer.kind === "external" &&
          p.ranges.some(
            (r) =>
              r.family === peer.range.family &&
              r.start <= peer.range.start &&
              peer.range.end <= r.end,
          )
        );
      default:
        return assertNever(p, "peer");
    }
  });
}

/** True when `policy` applies to `subject` in `direction` (it selects it there). */
export function policySelects(
  policy: Policy,
  direction: Direction,
  subject: EffectEndpoint,
): boolean {
  return policy[direction] !== null && podSetMatcher(policy.subject)(subject);
}

const splitPorts = new WeakMap<Rule, ReturnType<typeof splitRulePorts>>();

function portsOf(rule: Rule): ReturnType<typeof splitRulePorts> {
  let rp = splitPorts.get(rule);
  if (!rp) {
    rp = splitRulePorts(rule);
    splitPorts.set(rule, rp);
  }
  return rp;
}

/**
 * The effect of `policy` on traffic between `subject` (the pod it may select) and
 * `peer`, in `direction`: `ingress` when the subject is the destination, `egress`
 * when it is the source. Named ports resolve on the destination (§2.6).
 */
export function policyEffect(
  policy: Policy,
  direction: Direction,
  subject: EffectEndpoint,
  peer: EffectEndpoint,
): DirectionEffect {
  const dir = policy[direction];
  if (dir === null || !podSetMatcher(policy.subject)(subject)) return NO_EFFECT;
  const dst = direction === "ingress" ? subject : peer;
  const dstPorts = dst.kind === "workload" ? dst.workload.ports : null;
  let allow = EMPTY_CONNS;
  let deny = EMPTY_CONNS;
  for (const rule of dir.rules) {
    if (!peerMatches(rule, peer)) continue;
    const conns = rulePortsAt(portsOf(rule), dstPorts);
    switch (rule.action) {
      case "allow":
        allow = union(allow, conns);
        break;
      case "deny":
        deny = union(deny, conns);
        break;
      case "pass":
        // A pass hands the decision to the next tier; it explains nothing by itself.
        break;
      default:
        assertNever(rule.action, "rule action");
    }
  }
  return { isolates: dir.isolates, allow, deny };
}

/** What one policy's edit explains of a change, by what it is: rules or isolation. */
export interface ExplainedParts {
  /** Explained by an allow or deny rule that came, went or changed (a rule is responsible). */
  readonly byRules: ConnSet;
  /** Explained by isolating or releasing the endpoint (the policy alone, no rule). */
  readonly byIsolation: ConnSet;
}

/**
 * The part of a change `conns` that one policy's edit explains, given what its base
 * version and its head version say about the pair (design.md, "Attribution"):
 * opened: it now allows it, no longer denies it, or releases the endpoint;
 * closed: it no longer allows it, now denies it, or newly isolates the endpoint.
 */
export function explainedParts(
  kind: "opened" | "closed",
  conns: ConnSet,
  before: DirectionEffect,
  after: DirectionEffect,
  isolated: { readonly before: boolean; readonly after: boolean },
): ExplainedParts {
  const [from, to] = kind === "opened" ? [before, after] : [after, before];
  // Symmetric: what opened from `before` to `after` is what closed from `after` to `before`.
  let byRules = intersect(subtract(to.allow, from.allow), conns);
  byRules = union(byRules, intersect(subtract(from.deny, to.deny), conns));
  // Isolating or releasing explains a change only when the endpoint's isolation itself
  // changed: under another policy's isolation, a new default deny explains nothing.
  const isolatedAtTo = kind === "opened" ? isolated.after : isolated.before;
  const byIsolation =
    from.isolates && !to.isolates && !isolatedAtTo ? subtract(conns, from.allow) : EMPTY_CONNS;
  return { byRules, byIsolation };
}

/** {@link explainedParts}, both parts together. */
export function explainedBy(
  kind: "opened" | "closed",
  conns: ConnSet,
  before: DirectionEffect,
  after: DirectionEffect,
  isolated: { readonly before: boolean; readonly after: boolean },
): ConnSet {
  const { byRules, byIsolation } = explainedParts(kind, conns, before, after, isolated);
  return union(byRules, byIsolation);
}

/** True when `explained` accounts for every connection of `conns`. */
export function explainsAll(explained: ConnSet, conns: ConnSet): boolean {
  return !isEmpty(explained) && isSubset(conns, explained);
}

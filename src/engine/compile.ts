import type { WorkloadId } from "../core/ids.js";
import {
  type Direction,
  type Labels,
  type Model,
  type PodSet,
  type Policy,
  type Rule,
  TIERS,
  type Workload,
} from "../model/types.js";
import { buildClasses, compareText } from "./classes.js";
import { externalsWithin } from "./partition.js";
import { type RulePorts, resolveNamedPort, splitRulePorts } from "./rule-ports.js";
import { compileNamespaceMatch, compileSelector } from "./selector.js";
import type { EndpointClass, ExternalRange } from "./types.js";

export const DIRECTIONS: readonly Direction[] = ["ingress", "egress"];

/** What one peer of a rule matches: classes (pod peers) or externals (ipBlock peers). */
export interface PeerMatch {
  readonly classes: readonly number[];
  readonly externals: readonly number[];
}

/** A rule with its peers resolved to classes and externals once (design.md). */
export interface CompiledRule {
  readonly rule: Rule;
  readonly policy: Policy;
  readonly direction: Direction;
  /** `from`/`to` missing or empty: every class and every external (§2.3). */
  readonly anyPeer: boolean;
  /** One entry per peer of `rule.peers` (empty when `anyPeer`). */
  readonly peers: readonly PeerMatch[];
  readonly classSet: ReadonlySet<number>;
  readonly externalSet: ReadonlySet<number>;
  readonly ports: RulePorts;
  /**
   * Egress rules with named ports: the matched classes where some named port
   * resolves. For `anyPeer` rules these are the classes whose result differs from
   * an unmatched peer's.
   */
  readonly namedTargets: readonly number[];
}

export interface CompiledDirection {
  readonly isolates: boolean;
  readonly rules: readonly CompiledRule[];
}

export interface CompiledPolicy {
  readonly policy: Policy;
  /** Classes the policy's subject selects, ascending. */
  readonly subjects: readonly number[];
  readonly ingress: CompiledDirection | null;
  readonly egress: CompiledDirection | null;
}

export interface CompiledModel {
  readonly classes: readonly EndpointClass[];
  readonly classOf: ReadonlyMap<WorkloadId, number>;
  readonly workloads: readonly Workload[];
  readonly externals: readonly ExternalRange[];
  /** In evaluation order: tier, then priority, then name, then id. */
  readonly policies: readonly CompiledPolicy[];
  /** Per direction, per class: the policies that select it with that direction, in order. */
  readonly applicable: Readonly<Record<Direction, readonly (readonly CompiledPolicy[])[]>>;
}

/** Evaluation order inside the tiers (design.md; ties broken by name, semantics.md Part 1). */
export function comparePolicies(a: Policy, b: Policy): number {
  return (
    TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
    a.priority - b.priority ||
    compareText(a.name, b.name) ||
    compareText(a.id, b.id)
  );
}

/** Matches pod sets against classes; namespace labels come from the model (§2.4). */
function podSetMatcher(model: Model, classes: readonly EndpointClass[]) {
  const nsLabels = new Map<string, Labels>();
  for (const ns of model.namespaces) nsLabels.set(ns.name, ns.labels);
  const labelsOf = (name: string): Labels =>
    nsLabels.get(name) ?? { "kubernetes.io/metadata.name": name };
  // A pod set of one named namespace (most policies) looks at that namespace's classes only.
  const byNamespace = new Map<string, EndpointClass[]>();
  for (const c of classes) {
    const list = byNamespace.get(c.namespace);
    if (list) list.push(c);
    else byNamespace.set(c.namespace, [c]);
  }
  return (set: PodSet): number[] => {
    const inNamespace = compileNamespaceMatch(set.namespaces);
    const pods = compileSelector(set.pods);
    const nsResult = new Map<string, boolean>();
    const out: number[] = [];
    const candidates =
      set.namespaces.kind === "named" ? (byNamespace.get(set.namespaces.name) ?? []) : classes;
    for (const c of candidates) {
      let nsOk = nsResult.get(c.namespace);
      if (nsOk === undefined) {
        nsOk = inNamespace(c.namespace, labelsOf(c.namespace));
        nsResult.set(c.namespace, nsOk);
      }
      if (nsOk && pods(c.labels)) out.push(c.index);
    }
    return out;
  };
}

/** Resolves every selector, peer and subject of the model against classes and externals once. */
export function compileModel(model: Model, externals: readonly ExternalRange[]): CompiledModel {
  const { classes, classOf, sorted } = buildClasses(model.workloads);
  const matchPods = podSetMatcher(model, classes);

  const compileRule = (policy: Policy, direction: Direction, rule: Rule): CompiledRule => {
    const anyPeer = rule.peers === "any";
    const peers: PeerMatch[] = [];
    for (const peer of rule.peers === "any" ? [] : rule.peers) {
      peers.push(
        peer.kind === "pods"
          ? { classes: matchPods(peer), externals: [] }
          : { classes: [], externals: externalsWithin(peer.ranges, externals) },
      );
    }
    const classSet = new Set(peers.flatMap((p) => p.classes));
    const externalSet = new Set(peers.flatMap((p) => p.externals));
    const ports = splitRulePorts(rule);
    let namedTargets: number[] = [];
    if (direction === "egress" && ports.named.length > 0) {
      const candidates = anyPeer
        ? classes.map((c) => c.index)
        : [...classSet].sort((a, b) => a - b);
      namedTargets = candidates.filter((i) =>
        ports.named.some((n) => resolveNamedPort(classes[i]!.ports, n).length > 0),
      );
    }
    return { rule, policy, direction, anyPeer, peers, classSet, externalSet, ports, namedTargets };
  };

  const policies = [...model.policies].sort(comparePolicies).map((policy): CompiledPolicy => {
    const dir = (direction: Direction): CompiledDirection | null => {
      const d = policy[direction];
      if (d === null) return null;
      return { isolates: d.isolates, rules: d.rules.map((r) => compileRule(policy, direction, r)) };
    };
    return {
      policy,
      subjects: matchPods(policy.subject),
      ingress: dir("ingress"),
      egress: dir("egress"),
    };
  });

  const applicable: Record<Direction, CompiledPolicy[][]> = {
    ingress: classes.map(() => []),
    egress: classes.map(() => []),
  };
  for (const cp of policies) {
    for (const direction of DIRECTIONS) {
      if (cp[direction] === null) continue;
      for (const c of cp.subjects) applicable[direction][c]!.push(cp);
    }
  }
  return { classes, classOf, workloads: sorted, externals, policies, applicable };
}

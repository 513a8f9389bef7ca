import type { WorkloadId } from "../core/ids.js";
import {
  type Direction,
  type LabelSelector,
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

/** Classes by label: key, then value, then the classes (ascending) that carry it. */
type LabelIndex = Map<string, Map<string, number[]>>;

function indexClasses(index: LabelIndex, c: EndpointClass): void {
  // Own properties only, as the selectors read them (selector.ts).
  for (const [key, value] of Object.entries(c.labels)) {
    let byValue = index.get(key);
    if (!byValue) {
      byValue = new Map();
      index.set(key, byValue);
    }
    const list = byValue.get(value);
    if (list) list.push(c.index);
    else byValue.set(value, [c.index]);
  }
}

/**
 * The classes a selector can match at most: those carrying its rarest matchLabels
 * pair, or every class when it has none (only expressions, or no terms: `NotIn` and
 * `DoesNotExist` match absent keys, §2.8, so they narrow nothing). The full selector
 * still decides; this only spares the classes that cannot match.
 */
function candidateClasses(
  selector: LabelSelector,
  index: LabelIndex,
  all: readonly number[],
): readonly number[] {
  let best = all;
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    const list = index.get(key)?.get(value);
    if (!list) return [];
    if (list.length < best.length) best = list;
  }
  return best;
}

/** Matches pod sets against classes; namespace labels come from the model (§2.4). */
function podSetMatcher(model: Model, classes: readonly EndpointClass[]) {
  const nsLabels = new Map<string, Labels>();
  for (const ns of model.namespaces) nsLabels.set(ns.name, ns.labels);
  const labelsOf = (name: string): Labels =>
    nsLabels.get(name) ?? { "kubernetes.io/metadata.name": name };
  // A pod set of one named namespace (most policies) looks at that namespace's classes
  // only, and a selector with matchLabels at the classes with its rarest label only:
  // thousands of one-app policies do not each scan every class.
  const byNamespace = new Map<string, { all: number[]; index: LabelIndex }>();
  for (const c of classes) {
    let entry = byNamespace.get(c.namespace);
    if (!entry) {
      entry = { all: [], index: new Map() };
      byNamespace.set(c.namespace, entry);
    }
    entry.all.push(c.index);
    indexClasses(entry.index, c);
  }
  return (set: PodSet): number[] => {
    const pods = compileSelector(set.pods);
    const matchIn = (scope: { all: number[]; index: LabelIndex } | undefined, out: number[]) => {
      if (!scope) return;
      for (const i of candidateClasses(set.pods, scope.index, scope.all)) {
        if (pods(classes[i]!.labels)) out.push(i);
      }
    };
    const out: number[] = [];
    if (set.namespaces.kind === "named") {
      matchIn(byNamespace.get(set.namespaces.name), out);
      return out;
    }
    // A namespaceSelector: the matching namespaces first, then their classes only.
    const inNamespace = compileNamespaceMatch(set.namespaces);
    let parts = 0;
    for (const [name, scope] of byNamespace) {
      if (!inNamespace(name, labelsOf(name))) continue;
      matchIn(scope, out);
      parts++;
    }
    return parts > 1 ? out.sort((a, b) => a - b) : out;
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

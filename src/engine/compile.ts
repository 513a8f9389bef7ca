import { compareText } from "../core/compare-text.js";
import type { WorkloadId } from "../core/ids.js";
import {
  type Direction,
  type LabelSelector,
  type Labels,
  type Model,
  type Peer,
  type PodSet,
  type Policy,
  type Rule,
  TIERS,
  type Workload,
} from "../model/types.js";
import { buildClasses } from "./classes.js";
import type { ConnSet } from "./conn-set.js";
import { externalsWithin } from "./partition.js";
import { namedPortResolver, type RulePorts, splitRulePorts } from "./rule-ports.js";
import { compileNamespaceMatch, compileSelector } from "./selector.js";
import type { EndpointClass, ExternalRange } from "./types.js";

export const DIRECTIONS: readonly Direction[] = ["ingress", "egress"];

/** What one peer of a rule matches: classes (pod peers) or externals (ipBlock peers). */
export interface PeerMatch {
  readonly classes: readonly number[];
  readonly externals: readonly number[];
}

/**
 * The peers a rule names, resolved once and shared by every rule that names the same
 * peers (design.md: "for each rule, find the classes its peers match (once)"): a
 * thousand policies with `to: [{namespaceSelector: {}}]` hold one set, not a thousand.
 */
export interface PeerSet {
  /** Dense per compiled model; equal ids are the same set. */
  readonly id: number;
  /** Ascending. */
  readonly classes: readonly number[];
  readonly classSet: ReadonlySet<number>;
  /** Ascending. */
  readonly externals: readonly number[];
  readonly externalSet: ReadonlySet<number>;
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
  /** The same peers, shared (for `anyPeer`: every class and every external). */
  readonly peerSet: PeerSet;
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
  /** Every class and no external: the classes an `anyPeer` rule's named ports resolve on. */
  readonly everyClass: PeerSet;
  /** What a rule's ports allow on a destination class (its named ports resolved there, §2.6). */
  portsAt(ports: RulePorts, cls: number): ConnSet;
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
  // Equal pod sets (every `namespaceSelector: {}` of a thousand policies) match once.
  const memo = new Map<string, readonly number[]>();
  return (set: PodSet): readonly number[] => {
    const key = JSON.stringify([set.namespaces, set.pods]);
    let hit = memo.get(key);
    if (!hit) {
      hit = matchPodSet(set);
      memo.set(key, hit);
    }
    return hit;
  };

  function matchPodSet(set: PodSet): number[] {
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
  }
}

function sortedUnique(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...lists[0]!];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Resolves every selector, peer and subject of the model against classes and externals once. */
export function compileModel(model: Model, externals: readonly ExternalRange[]): CompiledModel {
  const { classes, classOf, sorted } = buildClasses(model.workloads);
  const matchPods = podSetMatcher(model, classes);

  const resolver = namedPortResolver(classes);
  const peerSets = new Map<string, PeerSet>();
  const internPeers = (key: string, make: () => [number[], number[]]): PeerSet => {
    let set = peerSets.get(key);
    if (!set) {
      const [cs, xs] = make();
      set = {
        id: peerSets.size,
        classes: cs,
        classSet: new Set(cs),
        externals: xs,
        externalSet: new Set(xs),
      };
      peerSets.set(key, set);
    }
    return set;
  };
  const allClasses = classes.map((c) => c.index);
  const everyClass = internPeers("classes", () => [allClasses, []]);
  const everyPeer = internPeers("any", () => [allClasses, externals.map((_, i) => i)]);
  const peerKey = (peer: Peer): string =>
    peer.kind === "pods"
      ? JSON.stringify(["pods", peer.namespaces, peer.pods])
      : JSON.stringify(["ip", peer.cidr, peer.except]);
  const EMPTY_SET: ReadonlySet<number> = new Set();
  // Named ports resolve once per (peers, names): the same egress rule in a thousand
  // policies does not look at every class a thousand times.
  const namedTargetsMemo = new Map<string, readonly number[]>();

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
    const peerSet =
      rule.peers === "any"
        ? everyPeer
        : internPeers(JSON.stringify(rule.peers.map(peerKey)), () => [
            sortedUnique(peers.map((p) => p.classes)),
            sortedUnique(peers.map((p) => p.externals)),
          ]);
    const ports = splitRulePorts(rule);
    let namedTargets: readonly number[] = [];
    if (direction === "egress" && ports.named.length > 0) {
      const candidates = anyPeer ? everyClass : peerSet;
      const key = `${candidates.id}|${ports.namedKey}`;
      let hit = namedTargetsMemo.get(key);
      if (!hit) {
        hit = candidates.classes.filter((i) => resolver.resolves(ports, i));
        namedTargetsMemo.set(key, hit);
      }
      namedTargets = hit;
    }
    return {
      rule,
      policy,
      direction,
      anyPeer,
      peers,
      classSet: anyPeer ? EMPTY_SET : peerSet.classSet,
      externalSet: anyPeer ? EMPTY_SET : peerSet.externalSet,
      peerSet,
      ports,
      namedTargets,
    };
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
  return {
    classes,
    classOf,
    workloads: sorted,
    externals,
    policies,
    applicable,
    everyClass,
    portsAt: resolver.portsAt,
  };
}

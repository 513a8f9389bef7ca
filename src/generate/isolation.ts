import type { PolicyId, WorkloadId } from "../core/ids.js";
import { policyId } from "../core/ids.js";
import type { LabelSelector, Model, Namespace, Workload } from "../model/types.js";
import {
  podSetMatches,
  selectorMatches,
  selectorSubsumes,
  selectorsCanOverlap,
} from "./selectors.js";

/** A candidate source: the pods `pods` selects in `namespace`. */
export interface SourceKey {
  readonly key: string;
  readonly namespace: string;
  readonly pods: LabelSelector;
}

/** Why one source is left alone, pod by pod where the repository shows the pods. */
export interface LeftAlone {
  /** Every existing egress policy behind the decision. */
  readonly by: readonly PolicyId[];
  /** Its workloads that existing egress policies already isolate for egress. */
  readonly isolated: readonly { readonly workload: WorkloadId; readonly by: readonly PolicyId[] }[];
  /** Its workloads that another left-alone source selects too (they must get no policy either). */
  readonly heldBack: readonly { readonly workload: WorkloadId; readonly by: LabelSelector }[];
  /** Selectors it contains or is contained in: pods the repository may not show. */
  readonly overlaps: readonly {
    readonly pods: LabelSelector;
    /** The existing egress policies with that selector; empty for a left-alone source's. */
    readonly by: readonly PolicyId[];
  }[];
  /** Its workloads that no existing egress policy isolates: they keep all their egress. */
  readonly unisolated: readonly WorkloadId[];
}

/**
 * A generated source whose selector and an existing egress-isolating selector can both
 * match one pod although neither contains the other and no workload shows such a pod.
 */
export interface PartialOverlap {
  readonly source: SourceKey;
  readonly pods: LabelSelector;
  readonly by: PolicyId;
}

export interface IsolationVerdict {
  /** Sources left alone, and why. */
  readonly leftAlone: ReadonlyMap<string, LeftAlone>;
  /** Namespaces where some pod is (or may be) kept out of the generated set. */
  readonly blockedNamespaces: ReadonlyMap<string, readonly PolicyId[]>;
  /** Generated sources that may share pods with existing egress policies (a warning). */
  readonly partialOverlaps: readonly PartialOverlap[];
}

interface Blocked {
  readonly pods: LabelSelector;
  readonly by: readonly PolicyId[];
  /** Set when the selector is a left-alone source's, not an existing policy's. */
  readonly source: boolean;
}

function mergeIds(a: readonly PolicyId[], b: readonly PolicyId[]): PolicyId[] {
  return [...new Set([...a, ...b])].sort();
}

/**
 * Which sources to leave alone. A pod that existing egress policies isolate keeps its
 * authors' intent: a generated policy selecting it would open flows they closed. And a
 * pod that one left-alone source selects must get no generated policy at all, or it
 * would be isolated without all its complements. So: a source is left alone when it
 * selects a workload that is isolated or blocked, or when its selector and a blocked
 * selector of the same namespace contain one another (pods the repository does not
 * show yet); repeat until nothing changes. A generated source whose selector merely
 * can share pods with an existing egress policy's is reported as a partial overlap.
 */
export function decideIsolation(model: Model, sources: readonly SourceKey[]): IsolationVerdict {
  const nsByName = new Map<string, Namespace>(model.namespaces.map((n) => [n.name, n]));
  const workloadsByNs = new Map<string, Workload[]>();
  for (const w of model.workloads) {
    const list = workloadsByNs.get(w.namespace) ?? [];
    list.push(w);
    workloadsByNs.set(w.namespace, list);
  }
  const blockedSel = new Map<string, Blocked[]>();
  /** Workloads existing egress policies isolate. */
  const isolatedWl = new Map<WorkloadId, readonly PolicyId[]>();
  /** Workloads a left-alone source selects: its selector and the policies behind it. */
  const heldWl = new Map<WorkloadId, { by: readonly PolicyId[]; pods: LabelSelector }>();
  const blockedNs = new Map<string, readonly PolicyId[]>();
  const markNs = (ns: string, by: readonly PolicyId[]) =>
    blockedNs.set(ns, mergeIds(blockedNs.get(ns) ?? [], by));

  for (const p of model.policies) {
    if (p.egress === null || !p.egress.isolates) continue;
    const id = policyId(p.namespace, p.name);
    const m = p.subject.namespaces;
    if (m.kind === "named") {
      blockedSel.set(m.name, [
        ...(blockedSel.get(m.name) ?? []),
        { pods: p.subject.pods, by: [id], source: false },
      ]);
      markNs(m.name, [id]);
    }
    for (const w of model.workloads) {
      const ns = nsByName.get(w.namespace);
      if (ns && podSetMatches(p.subject, ns, w.labels)) {
        isolatedWl.set(w.id, mergeIds(isolatedWl.get(w.id) ?? [], [id]));
        markNs(w.namespace, [id]);
      }
    }
  }

  const leftAlone = new Map<string, LeftAlone>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of sources) {
      if (leftAlone.has(s.key)) continue;
      const overlaps = (blockedSel.get(s.namespace) ?? []).filter(
        (b) => selectorSubsumes(b.pods, s.pods) || selectorSubsumes(s.pods, b.pods),
      );
      const matched = (workloadsByNs.get(s.namespace) ?? []).filter((w) =>
        selectorMatches(s.pods, w.labels),
      );
      const isolated = matched.flatMap((w) => {
        const by = isolatedWl.get(w.id);
        return by ? [{ workload: w.id, by }] : [];
      });
      const heldBack = matched.flatMap((w) => {
        const held = heldWl.get(w.id);
        return held && !isolatedWl.has(w.id) ? [{ workload: w.id, by: held.pods }] : [];
      });
      let by: PolicyId[] = [];
      for (const b of overlaps) by = mergeIds(by, b.by);
      for (const w of matched)
        by = mergeIds(by, [...(isolatedWl.get(w.id) ?? []), ...(heldWl.get(w.id)?.by ?? [])]);
      if (by.length === 0) continue;
      leftAlone.set(s.key, {
        by,
        isolated,
        heldBack,
        overlaps: overlaps.map((b) => ({ pods: b.pods, by: b.source ? [] : b.by })),
        unisolated: matched.filter((w) => !isolatedWl.has(w.id)).map((w) => w.id),
      });
      blockedSel.set(s.namespace, [
        ...(blockedSel.get(s.namespace) ?? []),
        { pods: s.pods, by, source: true },
      ]);
      for (const w of matched) {
        const held = heldWl.get(w.id);
        heldWl.set(w.id, { by: mergeIds(held?.by ?? [], by), pods: held?.pods ?? s.pods });
      }
      markNs(s.namespace, by);
      changed = true;
    }
  }

  const partialOverlaps: PartialOverlap[] = [];
  for (const s of sources) {
    if (leftAlone.has(s.key)) continue;
    for (const b of blockedSel.get(s.namespace) ?? []) {
      if (b.source || !selectorsCanOverlap(b.pods, s.pods)) continue;
      for (const id of b.by) partialOverlaps.push({ source: s, pods: b.pods, by: id });
    }
  }
  return { leftAlone, blockedNamespaces: blockedNs, partialOverlaps };
}

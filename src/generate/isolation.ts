import type { PolicyId, WorkloadId } from "../core/ids.js";
import { policyId } from "../core/ids.js";
import type { LabelSelector, Model, Namespace, Workload } from "../model/types.js";
import { podSetMatches, selectorMatches, selectorSubsumes } from "./selectors.js";

/** A candidate source: the pods `pods` selects in `namespace`. */
export interface SourceKey {
  readonly key: string;
  readonly namespace: string;
  readonly pods: LabelSelector;
}

export interface IsolationVerdict {
  /** Sources left alone, with the existing egress policies behind the decision. */
  readonly leftAlone: ReadonlyMap<string, readonly PolicyId[]>;
  /** Namespaces where some pod is (or may be) kept out of the generated set. */
  readonly blockedNamespaces: ReadonlyMap<string, readonly PolicyId[]>;
}

interface Blocked {
  readonly pods: LabelSelector;
  readonly by: readonly PolicyId[];
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
 * show yet); repeat until nothing changes.
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
  const blockedWl = new Map<WorkloadId, readonly PolicyId[]>();
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
        { pods: p.subject.pods, by: [id] },
      ]);
      markNs(m.name, [id]);
    }
    for (const w of model.workloads) {
      const ns = nsByName.get(w.namespace);
      if (ns && podSetMatches(p.subject, ns, w.labels)) {
        blockedWl.set(w.id, mergeIds(blockedWl.get(w.id) ?? [], [id]));
        markNs(w.namespace, [id]);
      }
    }
  }

  const leftAlone = new Map<string, readonly PolicyId[]>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of sources) {
      if (leftAlone.has(s.key)) continue;
      let by: PolicyId[] = [];
      for (const b of blockedSel.get(s.namespace) ?? []) {
        if (selectorSubsumes(b.pods, s.pods) || selectorSubsumes(s.pods, b.pods))
          by = mergeIds(by, b.by);
      }
      const matched = (workloadsByNs.get(s.namespace) ?? []).filter((w) =>
        selectorMatches(s.pods, w.labels),
      );
      for (const w of matched) by = mergeIds(by, blockedWl.get(w.id) ?? []);
      if (by.length === 0) continue;
      leftAlone.set(s.key, by);
      blockedSel.set(s.namespace, [...(blockedSel.get(s.namespace) ?? []), { pods: s.pods, by }]);
      for (const w of matched) blockedWl.set(w.id, mergeIds(blockedWl.get(w.id) ?? [], by));
      markNs(s.namespace, by);
      changed = true;
    }
  }
  return { leftAlone, blockedNamespaces: blockedNs };
}

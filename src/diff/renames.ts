import type { WorkloadId } from "../core/ids.js";
import type { Model, Workload } from "../model/types.js";
import type { Rename } from "./types.js";

/**
 * What a rename must keep: namespace, kind, pod labels and container ports. Two
 * workloads with the same key are indistinguishable to every policy, so the flows of
 * one are exactly the flows the other would have in the same revision.
 */
function renameKey(w: Workload): string {
  const labels = Object.keys(w.labels)
    .sort()
    .map((k) => [k, w.labels[k]]);
  const ports = w.ports
    .map((p) => JSON.stringify([p.name, p.port, p.protocol]))
    .sort()
    .filter((p, i, all) => i === 0 || all[i - 1] !== p);
  return JSON.stringify([w.namespace, w.kind, labels, ports]);
}

function compareIds(a: Workload, b: Workload): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Workloads removed from `base` and added to `head` with the same namespace, kind,
 * labels and ports (issue 3, "Renames"). When several share a key they are paired in
 * id order: any pairing gives the same flows, and this one is deterministic. Sorted
 * by `from`.
 */
export function detectRenames(base: Model, head: Model): Rename[] {
  const headIds = new Set<WorkloadId>(head.workloads.map((w) => w.id));
  const baseIds = new Set<WorkloadId>(base.workloads.map((w) => w.id));
  const removed = new Map<string, Workload[]>();
  for (const w of [...base.workloads].sort(compareIds)) {
    if (headIds.has(w.id)) continue;
    const key = renameKey(w);
    const list = removed.get(key);
    if (list) list.push(w);
    else removed.set(key, [w]);
  }
  const out: Rename[] = [];
  for (const w of [...head.workloads].sort(compareIds)) {
    if (baseIds.has(w.id)) continue;
    const from = removed.get(renameKey(w))?.shift();
    if (from) out.push({ from: from.id, to: w.id });
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

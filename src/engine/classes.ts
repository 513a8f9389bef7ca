import { compareText } from "../core/compare-text.js";
import type { WorkloadId } from "../core/ids.js";
import type { ContainerPort, Labels, Workload } from "../model/types.js";
import type { EndpointClass } from "./types.js";

function canonicalLabels(labels: Labels): Labels {
  const out: Record<string, string> = {};
  for (const key of Object.keys(labels).sort(compareText)) out[key] = labels[key]!;
  return out;
}

function canonicalPorts(ports: readonly ContainerPort[]): ContainerPort[] {
  const seen = new Map<string, ContainerPort>();
  for (const p of ports) seen.set(JSON.stringify([p.name, p.port, p.protocol]), p);
  return [...seen.entries()].sort(([a], [b]) => compareText(a, b)).map(([, p]) => p);
}

/**
 * Groups workloads that no policy can tell apart: same namespace, same labels, same
 * container ports (design.md). Classes are numbered in the order of their first member
 * by id, so the numbering does not depend on input order.
 */
export function buildClasses(workloads: readonly Workload[]): {
  classes: EndpointClass[];
  classOf: Map<WorkloadId, number>;
  /** The workloads sorted by id. */
  sorted: Workload[];
} {
  const sorted = [...workloads].sort((a, b) => compareText(a.id, b.id));
  const byKey = new Map<string, { labels: Labels; ports: ContainerPort[]; members: Workload[] }>();
  const order: string[] = [];
  for (const w of sorted) {
    const labels = canonicalLabels(w.labels);
    const ports = canonicalPorts(w.ports);
    const key = JSON.stringify([
      w.namespace,
      Object.entries(labels),
      ports.map((p) => [p.name, p.port, p.protocol]),
    ]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { labels, ports, members: [] };
      byKey.set(key, entry);
      order.push(key);
    }
    entry.members.push(w);
  }
  const classes: EndpointClass[] = [];
  const classOf = new Map<WorkloadId, number>();
  order.forEach((key, index) => {
    const entry = byKey.get(key)!;
    const first = entry.members[0]!;
    classes.push({
      index,
      namespace: first.namespace,
      labels: entry.labels,
      ports: entry.ports,
      members: entry.members,
    });
    for (const m of entry.members) classOf.set(m.id, index);
  });
  return { classes, classOf, sorted };
}

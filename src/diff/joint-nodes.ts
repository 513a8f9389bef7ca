import { compareText } from "../core/compare-text.js";
import type { EndpointId, WorkloadId } from "../core/ids.js";
import type { Graph, GraphNode } from "../engine/types.js";
import type { Labels, Model, Workload } from "../model/types.js";
import type { EffectEndpoint } from "./policy-effect.js";
import type { Rename } from "./types.js";

/** Whether a node's endpoints exist on both sides, or only in the head or the base. */
export type NodeStatus = "kept" | "added" | "removed";

/**
 * A set of endpoints that both revisions treat alike: workloads with the same base
 * class AND the same head class (a "joint class"), or one external range (the ranges
 * are the same on both sides). Every pair of members of two joint nodes has the same
 * base set and the same head set, so the diff is computed once per node pair.
 */
export interface JointNode {
  readonly kind: "class" | "external";
  readonly base: GraphNode | null;
  readonly head: GraphNode | null;
  readonly status: NodeStatus;
  /** The ids reported in the diff: the head id (a renamed workload's new id), sorted. */
  readonly members: readonly EndpointId[];
  /** A member as each side sees it, for attribution; null where it does not exist. */
  readonly baseRep: EffectEndpoint | null;
  readonly headRep: EffectEndpoint | null;
  /** A single bare Pod: its flow to itself is loopback, never listed (contract.md). */
  readonly singlePod: boolean;
}

function nsLabelsOf(model: Model): (ns: string) => Labels {
  const map = new Map(model.namespaces.map((n) => [n.name, n.labels]));
  return (ns) => map.get(ns) ?? { "kubernetes.io/metadata.name": ns };
}

interface Draft {
  base: GraphNode | null;
  head: GraphNode | null;
  members: WorkloadId[];
  baseRep: Workload | null;
  headRep: Workload | null;
}

/**
 * Joint nodes of two graphs built over the same external ranges: joint classes (sorted
 * by first member id) then externals (in range order). A renamed workload joins its
 * base class to its head class under its new id, so its flows compare through the rename.
 */
export function jointNodes(base: Graph, head: Graph, renames: readonly Rename[]): JointNode[] {
  if (base.externals.length !== head.externals.length) {
    throw new Error("jointNodes: the graphs were built over different external ranges");
  }
  const baseById = new Map(base.model.workloads.map((w) => [w.id, w]));
  const headById = new Map(head.model.workloads.map((w) => [w.id, w]));
  const renamedFrom = new Map<WorkloadId, WorkloadId>(renames.map((r) => [r.to, r.from]));
  const renamedAway = new Set<WorkloadId>(renames.map((r) => r.from));
  const drafts = new Map<string, Draft>();
  const add = (b: Workload | null, h: Workload | null) => {
    const bc = b ? base.classOf.get(b.id) : undefined;
    const hc = h ? head.classOf.get(h.id) : undefined;
    if (bc === undefined && hc === undefined) return;
    const key = `${bc ?? "-"}/${hc ?? "-"}`;
    let d = drafts.get(key);
    if (!d) {
      d = {
        base: bc === undefined ? null : { kind: "class", index: bc },
        head: hc === undefined ? null : { kind: "class", index: hc },
        members: [],
        baseRep: bc === undefined ? null : b,
        headRep: hc === undefined ? null : h,
      };
      drafts.set(key, d);
    }
    d.members.push((h ?? b)!.id);
  };
  for (const h of head.model.workloads) {
    const from = renamedFrom.get(h.id) ?? h.id;
    add(baseById.get(from) ?? null, h);
  }
  for (const b of base.model.workloads) {
    if (!headById.has(b.id) && !renamedAway.has(b.id)) add(b, null);
  }
  const baseNs = nsLabelsOf(base.model);
  const headNs = nsLabelsOf(head.model);
  const rep = (w: Workload | null, ns: (n: string) => Labels): EffectEndpoint | null =>
    w ? { kind: "workload", workload: w, nsLabels: ns(w.namespace) } : null;
  const classes: JointNode[] = [...drafts.values()]
    .map((d) => {
      const members = [...d.members].sort(compareText);
      const only = d.headRep ?? d.baseRep;
      return {
        kind: "class" as const,
        base: d.base,
        head: d.head,
        status: d.base === null ? "added" : d.head === null ? "removed" : "kept",
        members,
        baseRep: rep(d.baseRep, baseNs),
        headRep: rep(d.headRep, headNs),
        singlePod: members.length === 1 && only?.kind === "Pod",
      } satisfies JointNode;
    })
    .sort((a, b) => (a.members[0]! < b.members[0]! ? -1 : 1));
  const externals: JointNode[] = head.externals.map((range, index) => ({
    kind: "external",
    base: { kind: "external", index },
    head: { kind: "external", index },
    status: "kept",
    members: [range.id],
    baseRep: { kind: "external", range: base.externals[index]! },
    headRep: { kind: "external", range },
    singlePod: false,
  }));
  return [...classes, ...externals];
}

import type { EndpointId, PolicyId } from "../core/ids.js";
import { type ConnSet, connsKey } from "../engine/conn-set.js";
import { compareEndpoints } from "./endpoint-order.js";
import type { JointNode } from "./joint-nodes.js";
import { rulesKey } from "./rule-attribution.js";
import type { ChangeGroup, DiffCause, RuleRef } from "./types.js";

/** One changed pair of joint nodes (indices into the node list). */
export interface NodeChange {
  readonly src: number;
  readonly dst: number;
  readonly conns: ConnSet;
  readonly cause: DiffCause;
  readonly policies: readonly PolicyId[];
  readonly rules: readonly RuleRef[];
}

function changeKey(c: NodeChange): string {
  // The rules are part of the change: a group names exactly the rules of every pair in it.
  return `${connsKey(c.conns)}|${c.cause}|${c.policies.join(",")}|${rulesKey(c.rules)}`;
}

function flatten(nodes: readonly JointNode[], indices: readonly number[]): EndpointId[] {
  return indices.flatMap((i) => nodes[i]!.members).sort(compareEndpoints);
}

/**
 * Merges node-pair changes into rectangles `srcs × dsts` that share one change: first
 * every destination of one source with the same change, then every source with the
 * same change and the same destination set. A default deny over a namespace becomes
 * one group instead of one row per pair. Sorted by first src, then first dst.
 */
export function groupChanges(
  nodes: readonly JointNode[],
  changes: readonly NodeChange[],
): ChangeGroup[] {
  const rows = new Map<string, { src: number; sample: NodeChange; dsts: number[] }>();
  for (const c of changes) {
    const key = `${c.src}#${changeKey(c)}`;
    const row = rows.get(key);
    if (row) row.dsts.push(c.dst);
    else rows.set(key, { src: c.src, sample: c, dsts: [c.dst] });
  }
  const rects = new Map<string, { sample: NodeChange; srcs: number[]; dsts: number[] }>();
  for (const row of rows.values()) {
    const dsts = [...row.dsts].sort((a, b) => a - b);
    const key = `${changeKey(row.sample)}#${dsts.join(",")}`;
    const rect = rects.get(key);
    if (rect) rect.srcs.push(row.src);
    else rects.set(key, { sample: row.sample, srcs: [row.src], dsts });
  }
  const groups: ChangeGroup[] = [...rects.values()].map(({ sample, srcs, dsts }) => ({
    srcs: flatten(nodes, srcs),
    dsts: flatten(nodes, dsts),
    conns: sample.conns,
    cause: sample.cause,
    policies: sample.policies,
    rules: sample.rules,
  }));
  // Groups of one list never share a pair, so (first src, first dst) is a total order.
  return groups.sort(
    (a, b) => compareEndpoints(a.srcs[0]!, b.srcs[0]!) || compareEndpoints(a.dsts[0]!, b.dsts[0]!),
  );
}

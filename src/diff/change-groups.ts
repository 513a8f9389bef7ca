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

const keys = new WeakMap<NodeChange, string>();

/** What pairs must share to be in one group; the rules are part of it (issue 3). */
export function changeKey(c: NodeChange): string {
  let key = keys.get(c);
  if (key === undefined) {
    key = `${connsKey(c.conns)}|${c.cause}|${c.policies.join(",")}|${rulesKey(c.rules)}`;
    keys.set(c, key);
  }
  return key;
}

interface Rect {
  sample: NodeChange;
  firstSrc: number;
  readonly srcs: number[];
  readonly dsts: readonly number[];
}

/** Collects rows (one source, one change, its destinations) into rectangles. */
export interface RectCollector {
  /**
   * One source's destinations (ascending, never empty) that share one change;
   * `sample` is the change of the pair with the first destination. A source gives
   * at most one row per change.
   */
  add(src: number, sample: NodeChange, dsts: readonly number[]): void;
  /** The rectangles as change groups, sorted by first src, then first dst. */
  groups(): ChangeGroup[];
}

/**
 * Merges rows into rectangles `srcs × dsts` that share one change: every source with
 * the same change and the same destination set. A default deny over a namespace
 * becomes one group instead of one row per pair. A rectangle's sample is its first
 * source's, as if the pairs had come in node order.
 */
export function createRectCollector(nodes: readonly JointNode[]): RectCollector {
  const rects = new Map<string, Map<string, Rect>>();
  // A row's destination list is often shared by many sources: name it once.
  const listIds = new WeakMap<readonly number[], string>();
  return {
    add(src, sample, dsts) {
      const key = changeKey(sample);
      let listId = listIds.get(dsts);
      if (listId === undefined) {
        listId = dsts.join(",");
        listIds.set(dsts, listId);
      }
      let byList = rects.get(key);
      if (!byList) {
        byList = new Map();
        rects.set(key, byList);
      }
      const rect = byList.get(listId);
      if (!rect) byList.set(listId, { sample, firstSrc: src, srcs: [src], dsts });
      else {
        rect.srcs.push(src);
        if (src < rect.firstSrc) {
          rect.firstSrc = src;
          rect.sample = sample;
        }
      }
    },
    groups() {
      const flatten = endpointFlattener(nodes);
      const groups: ChangeGroup[] = [];
      for (const byList of rects.values()) {
        for (const { sample, srcs, dsts } of byList.values()) {
          groups.push({
            srcs: flatten(srcs),
            dsts: flatten(dsts),
            conns: sample.conns,
            cause: sample.cause,
            policies: sample.policies,
            rules: sample.rules,
          });
        }
      }
      // Groups of one list never share a pair, so (first src, first dst) is a total order.
      return groups.sort(
        (a, b) =>
          compareEndpoints(a.srcs[0]!, b.srcs[0]!) || compareEndpoints(a.dsts[0]!, b.dsts[0]!),
      );
    },
  };
}

/**
 * The members of some nodes in endpoint order. Every member id is ranked once, so a
 * list of thousands of nodes sorts numbers, not ids.
 */
function endpointFlattener(
  nodes: readonly JointNode[],
): (indices: readonly number[]) => EndpointId[] {
  let ranked: { ids: EndpointId[]; ranks: number[][] } | null = null;
  const rank = () => {
    if (!ranked) {
      const all = nodes.flatMap((n, i) => n.members.map((id) => ({ id, i })));
      all.sort((a, b) => compareEndpoints(a.id, b.id));
      const ranks = nodes.map((): number[] => []);
      all.forEach(({ i }, r) => {
        ranks[i]!.push(r);
      });
      ranked = { ids: all.map((m) => m.id), ranks };
    }
    return ranked;
  };
  return (indices) => {
    if (indices.length === 1) return [...nodes[indices[0]!]!.members].sort(compareEndpoints);
    const { ids, ranks } = rank();
    const out: number[] = [];
    for (const i of indices) for (const r of ranks[i]!) out.push(r);
    return Array.from(Int32Array.from(out).sort(), (r) => ids[r]!);
  };
}

/**
 * Merges node-pair changes into rectangles `srcs × dsts` that share one change: first
 * every destination of one source with the same change, then every source with the
 * same change and the same destination set. Sorted by first src, then first dst.
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
  const collector = createRectCollector(nodes);
  for (const row of rows.values()) {
    const dsts = [...row.dsts].sort((a, b) => a - b);
    collector.add(row.src, row.sample, dsts);
  }
  return collector.groups();
}

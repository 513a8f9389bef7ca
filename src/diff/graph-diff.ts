import { buildGraph, partitionAddressSpace } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import type { Model } from "../model/types.js";
import { createAttributor } from "./attribution.js";
import {
  changeKey,
  createRectCollector,
  type NodeChange,
  type RectCollector,
} from "./change-groups.js";
import { jointNodes } from "./joint-nodes.js";
import { pairCandidates } from "./pair-candidates.js";
import { createPairDiffer, NO_CHANGES, type PairChanges } from "./pair-diff.js";
import { pairTypes } from "./pair-types.js";
import { changedPolicies } from "./policy-changes.js";
import { detectRenames } from "./renames.js";
import { createRuleAttributor } from "./rule-attribution.js";
import type { GraphDiff } from "./types.js";

/**
 * What changed between two models: both graphs are built over one partition of the
 * address space (so they compare range for range), then every pair of joint nodes
 * (see {@link jointNodes}) is compared: `opened` = head − base, `closed` = base − head
 * (contract.md, `diff --format json`). Never quadratic in workloads (design.md, "Diff
 * without drowning the reviewer"), and not in classes either when they fall into few
 * types (see {@link pairTypes}).
 */
export function diffModels(base: Model, head: Model): GraphDiff {
  const externals = partitionAddressSpace([base, head]);
  return diffGraphs(buildGraph(base, { externals }), buildGraph(head, { externals }));
}

function byType(types: Int32Array, count: number): number[][] {
  const out = Array.from({ length: count }, (): number[] => []);
  types.forEach((t, i) => {
    out[t]!.push(i);
  });
  return out;
}

/** `sorted` without `x`, or with it, keeping the order. */
function without(sorted: readonly number[], x: number): number[] {
  return sorted.filter((v) => v !== x);
}
function withOne(sorted: readonly number[], x: number): number[] {
  const at = sorted.findIndex((v) => v > x);
  return at < 0 ? [...sorted, x] : [...sorted.slice(0, at), x, ...sorted.slice(at)];
}

/** {@link diffModels} for graphs already built over the same external ranges. */
export function diffGraphs(base: Graph, head: Graph): GraphDiff {
  const renames = detectRenames(base.model, head.model);
  const changes = changedPolicies(base.model, head.model);
  const nodes = jointNodes(base, head, renames);
  const attributor = createAttributor(base.model, head.model, changes, { base, head });
  const pairDiff = createPairDiffer(
    base,
    head,
    nodes,
    attributor,
    createRuleAttributor(base, head),
    new Set(changes.map((c) => c.id)),
  );
  const types = pairTypes(base, head, nodes, changes, attributor);
  const { srcType, srcTypes, dstType, dstTypes } = types;
  const candidates = pairCandidates(base, head, nodes, types);
  const srcsOf = byType(srcType, srcTypes);
  const dstsOf = byType(dstType, dstTypes);
  const collectors = { opened: createRectCollector(nodes), closed: createRectCollector(nodes) };
  srcsOf.forEach((srcs, s) => {
    // One pair per destination type stands for all pairs of these two types; a node's
    // pair with itself is compared on its own (a bare Pod to itself is loopback). Only
    // the candidate types can have changed (see pairCandidates); the rest are NO_CHANGES.
    const results = new Map<number, PairChanges>();
    for (const t of candidates(s, srcs)) {
      const dsts = dstsOf[t]!;
      const first = srcs[0]!;
      const d = dsts.find((x) => x !== first);
      let r: PairChanges;
      if (d !== undefined) r = pairDiff(first, d);
      else {
        const other = srcs.find((x) => x !== dsts[0]!);
        r = other === undefined ? NO_CHANGES : pairDiff(other, dsts[0]!);
      }
      if (r !== NO_CHANGES) results.set(t, r);
    }
    const selves = srcs.map((x) => pairDiff(x, x));
    for (const kind of ["opened", "closed"] as const) {
      addRows(collectors[kind], kind, srcs, selves, results, dstsOf, dstType);
    }
  });
  return {
    base,
    head,
    opened: collectors.opened.groups(),
    closed: collectors.closed.groups(),
    policyChanges: changes.map(({ id, change, origin }) => ({ id, change, origin })),
    renames,
  };
}

/** The rows of every source of one type: the shared rows, each fixed for its own pair. */
function addRows(
  collector: RectCollector,
  kind: "opened" | "closed",
  srcs: readonly number[],
  selves: readonly PairChanges[],
  results: ReadonlyMap<number, PairChanges>,
  dstsOf: readonly (readonly number[])[],
  dstType: Int32Array,
): void {
  const shared = new Map<string, number[]>();
  // Ascending destination types, as the candidates came.
  results.forEach((r, t) => {
    const c = r[kind];
    if (!c) return;
    const key = changeKey(c);
    let list = shared.get(key);
    if (!list) {
      list = [];
      shared.set(key, list);
    }
    for (const d of dstsOf[t]!) list.push(d);
  });
  for (const list of shared.values()) list.sort((a, b) => a - b);
  srcs.forEach((s, i) => {
    const self = selves[i]![kind];
    const sampleOf = (dsts: readonly number[]): NodeChange =>
      dsts[0] === s ? self! : results.get(dstType[dsts[0]!]!)![kind]!;
    const assumed = results.get(dstType[s]!)?.[kind] ?? null;
    const assumedKey = assumed ? changeKey(assumed) : null;
    const selfKey = self ? changeKey(self) : null;
    let selfPlaced = selfKey === null || selfKey === assumedKey;
    for (const [key, list] of shared) {
      let dsts: readonly number[] = list;
      if (assumedKey !== selfKey) {
        if (key === assumedKey) dsts = without(dsts, s);
        if (key === selfKey) {
          dsts = withOne(dsts, s);
          selfPlaced = true;
        }
      }
      if (dsts.length > 0) collector.add(s, sampleOf(dsts), dsts);
    }
    if (!selfPlaced) collector.add(s, self!, [s]);
  });
}

import type { EndpointId, ExternalId, PolicyId } from "../core/ids.js";
import { parseWorkloadId } from "../core/ids.js";
import { rulesKey } from "../diff/index.js";
import type { ChangeGroup, DiffCause, GraphDiff, RuleRef } from "../diff/types.js";
import { type ConnSet, connsKey } from "../engine/conn-set.js";
import type { Model } from "../model/types.js";
import { namespaceOf, type Universe, universeOf } from "./grouping.js";
import { openedToAnyNamespace } from "./open-peers.js";
import { RISKS, type Risk, riskRank } from "./risk.js";

/**
 * A rectangle of changed pairs that share a risk, connections, cause and policies:
 * every `src × dst` pair in it changed (except a bare Pod to itself, which is never a
 * flow, contract.md). The human renderers show one row per rectangle.
 */
export interface ChangeRow {
  readonly risk: Risk;
  /** Sorted. */
  readonly srcs: readonly EndpointId[];
  /** Sorted. */
  readonly dsts: readonly EndpointId[];
  readonly conns: ConnSet;
  readonly cause: DiffCause;
  readonly policies: readonly PolicyId[];
  /** The rules responsible (diff `ChangeGroup.rules`); empty when the policy alone is. */
  readonly rules: readonly RuleRef[];
  /** How many flows (endpoint pairs) the row stands for. */
  readonly pairs: number;
}

export interface ChangeRows {
  readonly rows: readonly ChangeRow[];
  /** Flows per risk. */
  readonly counts: Readonly<Record<Risk, number>>;
  readonly opened: number;
  readonly closed: number;
  /** Opened rows are described against the head, closed rows against the base. */
  readonly head: Universe;
  readonly base: Universe;
}

function isBarePod(id: EndpointId): boolean {
  return parseWorkloadId(id)?.kind === "Pod";
}

/** Pairs in `srcs × dsts`, minus bare-Pod self pairs and external-to-external pairs. */
export function countPairs(srcs: readonly EndpointId[], dsts: readonly EndpointId[]): number {
  const srcExt = srcs.filter((s) => namespaceOf(s) === null).length;
  const dstExt = dsts.filter((d) => namespaceOf(d) === null).length;
  const dstSet = new Set(dsts);
  const selfPods = srcs.filter((s) => dstSet.has(s) && isBarePod(s)).length;
  return srcs.length * dsts.length - srcExt * dstExt - selfPods;
}

/** Where an endpoint sits for risk: a namespace, a public range or a private range. */
function placeOf(id: EndpointId, universe: Universe): string {
  const ns = namespaceOf(id);
  if (ns !== null) return `ns:${ns}`;
  return universe.publicExternals.has(id as ExternalId) ? "public" : "private";
}

function partition(ids: readonly EndpointId[], universe: Universe): Map<string, EndpointId[]> {
  const out = new Map<string, EndpointId[]>();
  for (const id of [...ids].sort()) {
    const key = placeOf(id, universe);
    const list = out.get(key);
    if (list) list.push(id);
    else out.set(key, [id]);
  }
  return out;
}

/** Sources that span every namespace holding workloads (two or more) are "any namespace". */
function spansEveryNamespace(srcParts: Map<string, EndpointId[]>, universe: Universe): boolean {
  if (universe.byNamespace.size < 2) return false;
  return [...universe.byNamespace.keys()].every((ns) => srcParts.has(`ns:${ns}`));
}

function openedRisk(srcKey: string, dstKey: string, anyNamespace: boolean): Risk {
  if (srcKey === "public" || dstKey === "public") return "internet";
  if (srcKey === "private" || dstKey === "private") return "opened";
  if (anyNamespace) return "any-namespace";
  return srcKey === dstKey ? "opened" : "cross-namespace";
}

interface Rect {
  risk: Risk;
  srcs: EndpointId[];
  dsts: EndpointId[];
  group: ChangeGroup;
}

function splitOpened(group: ChangeGroup, universe: Universe, head: Model): Rect[] {
  const srcParts = partition(group.srcs, universe);
  const dstParts = partition(group.dsts, universe);
  const anyNs = openedToAnyNamespace(group, head) || spansEveryNamespace(srcParts, universe);
  const out: Rect[] = [];
  for (const [dstKey, dsts] of dstParts) {
    const byRisk = new Map<Risk, EndpointId[]>();
    for (const [srcKey, srcs] of srcParts) {
      const external = (k: string): boolean => !k.startsWith("ns:");
      if (external(srcKey) && external(dstKey)) continue;
      const risk = openedRisk(srcKey, dstKey, anyNs);
      const list = byRisk.get(risk);
      if (list) list.push(...srcs);
      else byRisk.set(risk, [...srcs]);
    }
    for (const [risk, srcs] of byRisk) out.push({ risk, srcs: srcs.sort(), dsts, group });
  }
  return out;
}

function splitClosed(group: ChangeGroup): Rect[] {
  const wl = (id: EndpointId): boolean => namespaceOf(id) !== null;
  const srcs = [...group.srcs].sort();
  const dsts = [...group.dsts].sort();
  const wlDsts = dsts.filter(wl);
  const extDsts = dsts.filter((d) => !wl(d));
  const out: Rect[] = [];
  if (wlDsts.length > 0) out.push({ risk: "closed", srcs, dsts: wlDsts, group });
  const wlSrcs = srcs.filter(wl);
  if (extDsts.length > 0 && wlSrcs.length > 0)
    out.push({ risk: "closed", srcs: wlSrcs, dsts: extDsts, group });
  return out;
}

function sameChange(r: Rect): string {
  const g = r.group;
  return `${r.risk}\u0000${g.cause}\u0000${connsKey(g.conns)}\u0000${g.policies.join(",")}\u0000${rulesKey(g.rules)}`;
}

/** Merges rectangles that share one side exactly: `(S1 ∪ S2) × D`, then `S × (D1 ∪ D2)`. */
function mergeBy(rects: readonly Rect[], side: "srcs" | "dsts"): Rect[] {
  const other = side === "srcs" ? "dsts" : "srcs";
  const merged = new Map<string, { rect: Rect; set: Set<EndpointId> }>();
  for (const r of rects) {
    const key = `${sameChange(r)}\u0000${r[other].join("\n")}`;
    const hit = merged.get(key);
    if (hit) for (const id of r[side]) hit.set.add(id);
    else merged.set(key, { rect: r, set: new Set(r[side]) });
  }
  return [...merged.values()].map(({ rect, set }) => ({ ...rect, [side]: [...set].sort() }));
}

function compareRows(a: ChangeRow, b: ChangeRow): number {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    riskRank(a.risk) - riskRank(b.risk) ||
    b.pairs - a.pairs ||
    cmp(a.dsts[0] ?? "", b.dsts[0] ?? "") ||
    a.dsts.length - b.dsts.length ||
    cmp(a.srcs[0] ?? "", b.srcs[0] ?? "") ||
    a.srcs.length - b.srcs.length ||
    cmp(connsKey(a.conns), connsKey(b.conns)) ||
    cmp(a.cause, b.cause) ||
    cmp(a.policies.join(","), b.policies.join(",")) ||
    cmp(rulesKey(a.rules), rulesKey(b.rules))
  );
}

/**
 * Turns a diff's change groups into risk-ranked rows, grouped as far as exactness
 * allows, with exact flow counts (computed on sets, never by listing pairs).
 */
export function changeRows(diff: GraphDiff): ChangeRows {
  const head = universeOf(diff.head);
  const base = universeOf(diff.base);
  const rects: Rect[] = [];
  for (const g of diff.opened) rects.push(...splitOpened(g, head, diff.head.model));
  for (const g of diff.closed) rects.push(...splitClosed(g));
  const merged = mergeBy(mergeBy(rects, "srcs"), "dsts");
  const rows: ChangeRow[] = merged
    .map((r) => ({
      risk: r.risk,
      srcs: r.srcs,
      dsts: r.dsts,
      conns: r.group.conns,
      cause: r.group.cause,
      policies: r.group.policies,
      rules: r.group.rules ?? [],
      pairs: countPairs(r.srcs, r.dsts),
    }))
    .filter((r) => r.pairs > 0)
    .sort(compareRows);
  const counts = Object.fromEntries(RISKS.map((k) => [k, 0])) as Record<Risk, number>;
  for (const r of rows) counts[r.risk] += r.pairs;
  const closed = counts.closed;
  const opened = RISKS.reduce((n, k) => n + (k === "closed" ? 0 : counts[k]), 0);
  return { rows, counts, opened, closed, head, base };
}

/** One reason a row names: a responsible rule, or a policy alone (isolation, no rule). */
export interface RowReason {
  readonly policy: PolicyId;
  readonly rule: RuleRef | null;
}

/**
 * What a row's "policy" column lists, best first: each explaining policy's responsible
 * rules (or the policy alone when no rule is, e.g. a default deny), then rules of other
 * policies (those that admit a new or removed workload's flows).
 */
export function rowReasons(row: Pick<ChangeRow, "policies" | "rules">): RowReason[] {
  const out: RowReason[] = [];
  for (const policy of row.policies) {
    const rules = row.rules.filter((r) => r.policy === policy);
    if (rules.length === 0) out.push({ policy, rule: null });
    for (const rule of rules) out.push({ policy, rule });
  }
  const named = new Set(row.policies);
  for (const rule of row.rules)
    if (!named.has(rule.policy)) out.push({ policy: rule.policy, rule });
  return out;
}

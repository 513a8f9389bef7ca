import type { EndpointId, ExternalId, PolicyId } from "../core/ids.js";
import type { DiffCause } from "../diff/types.js";
import { type ConnSet, EMPTY_CONNS, union } from "../engine/conn-set.js";
import { type ChangeRows, countPairs } from "./change-rows.js";
import { mdCode } from "./escape.js";
import { namespaceOf, type Style, type Universe } from "./grouping.js";
import { type Risk, riskRank } from "./risk.js";

/**
 * The "grouped" rung of the comment's budget ladder: one row per risk and destination
 * namespace (or "the internet", "private addresses"), naming only source namespaces.
 * At most risks × (namespaces + 2) rows, whatever the number of workloads.
 */
export interface NamespaceRow {
  readonly risk: Risk;
  /** `ns:NAME`, `public` or `private`. */
  readonly dst: string;
  /** Sorted places, as for `dst`. */
  readonly srcs: readonly string[];
  readonly pairs: number;
  /** The union of the rows' connections (the JSON has each pair's exact set). */
  readonly conns: ConnSet;
  readonly causes: readonly DiffCause[];
  readonly policies: readonly PolicyId[];
}

function place(id: EndpointId, universe: Universe): string {
  const ns = namespaceOf(id);
  if (ns !== null) return `ns:${ns}`;
  return universe.publicExternals.has(id as ExternalId) ? "public" : "private";
}

export function namespaceRows(change: ChangeRows): NamespaceRow[] {
  const acc = new Map<
    string,
    {
      risk: Risk;
      dst: string;
      srcs: Set<string>;
      pairs: number;
      conns: ConnSet;
      causes: Set<DiffCause>;
      policies: Map<PolicyId, number>;
    }
  >();
  for (const row of change.rows) {
    const universe = row.risk === "closed" ? change.base : change.head;
    const dstsByPlace = new Map<string, EndpointId[]>();
    for (const d of row.dsts) {
      const key = place(d, universe);
      const list = dstsByPlace.get(key);
      if (list) list.push(d);
      else dstsByPlace.set(key, [d]);
    }
    const srcPlaces = new Set(row.srcs.map((s) => place(s, universe)));
    for (const [dst, dsts] of dstsByPlace) {
      const pairs = countPairs(row.srcs, dsts);
      if (pairs === 0) continue;
      const key = `${row.risk}\u0000${dst}`;
      let a = acc.get(key);
      if (!a) {
        a = {
          risk: row.risk,
          dst,
          srcs: new Set(),
          pairs: 0,
          conns: EMPTY_CONNS,
          causes: new Set(),
          policies: new Map(),
        };
        acc.set(key, a);
      }
      // External to external is never a flow (contract.md), so it names no source.
      const dstExternal = !dst.startsWith("ns:");
      for (const p of srcPlaces) if (!(dstExternal && !p.startsWith("ns:"))) a.srcs.add(p);
      a.pairs += pairs;
      a.conns = union(a.conns, row.conns);
      a.causes.add(row.cause);
      for (const p of row.policies) a.policies.set(p, (a.policies.get(p) ?? 0) + pairs);
    }
  }
  return [...acc.values()]
    .map((a) => ({
      risk: a.risk,
      dst: a.dst,
      srcs: [...a.srcs].sort(),
      pairs: a.pairs,
      conns: a.conns,
      causes: [...a.causes].sort(),
      // The policies that explain the most flows first (a default deny before one allow).
      policies: [...a.policies.entries()]
        .sort(([x, m], [y, n]) => n - m || (x < y ? -1 : x > y ? 1 : 0))
        .map(([id]) => id),
    }))
    .sort(
      (a, b) =>
        riskRank(a.risk) - riskRank(b.risk) ||
        b.pairs - a.pairs ||
        (a.dst < b.dst ? -1 : a.dst > b.dst ? 1 : 0),
    );
}

/** A place key as words. */
export function formatPlace(key: string, style: Style): string {
  if (key === "public") return "the internet";
  if (key === "private") return "private addresses";
  const ns = key.slice(3);
  return style === "markdown" ? `workloads in ${mdCode(ns)}` : `workloads in ns ${ns}`;
}

/** Source places as words: "any namespace" when every namespace is there. */
export function formatPlaces(
  keys: readonly string[],
  universe: Universe,
  style: Style,
  max = 6,
): string {
  const nsKeys = keys.filter((k) => k.startsWith("ns:"));
  const others = keys.filter((k) => !k.startsWith("ns:"));
  const parts: string[] = [];
  if (universe.byNamespace.size >= 2 && nsKeys.length === universe.byNamespace.size) {
    parts.push("any namespace");
  } else if (nsKeys.length > max) {
    parts.push(`workloads in ${nsKeys.length} namespaces`);
  } else {
    parts.push(...nsKeys.map((k) => formatPlace(k, style)));
  }
  parts.push(...others.map((k) => formatPlace(k, style)));
  return parts.join(", ");
}

import { PROTOCOLS, type Protocol } from "../model/types.js";

/** An inclusive port range `[from, to]`. */
export type PortRange = readonly [number, number];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/**
 * A set of connections: per protocol, sorted, disjoint, non-adjacent inclusive port
 * ranges, plus `other`: every protocol that is not TCP, UDP or SCTP (ICMP, …), as one
 * point. Ports can only name TCP, UDP and SCTP, so `other` is set only where nothing
 * restricts the protocol (a rule without `ports`, an endpoint no policy isolates;
 * semantics.md, Part 1), and the contract's `"all"` is the three protocols in full AND
 * `other`. Values are immutable; every operation is linear in the number of ranges.
 */
export interface ConnSet {
  readonly TCP: readonly PortRange[];
  readonly UDP: readonly PortRange[];
  readonly SCTP: readonly PortRange[];
  readonly other: boolean;
}

const FULL: readonly PortRange[] = [[MIN_PORT, MAX_PORT]];
const NONE: readonly PortRange[] = [];

export const EMPTY_CONNS: ConnSet = { TCP: NONE, UDP: NONE, SCTP: NONE, other: false };
export const ALL_CONNS: ConnSet = { TCP: FULL, UDP: FULL, SCTP: FULL, other: true };
/** The protocols other than TCP, UDP and SCTP, and nothing else. */
export const OTHER_CONNS: ConnSet = { TCP: NONE, UDP: NONE, SCTP: NONE, other: true };

/** Sorts and merges overlapping or adjacent ranges; drops empty ones. */
export function normalizeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function connsOf(protocol: Protocol, ranges: readonly PortRange[]): ConnSet {
  return { ...EMPTY_CONNS, [protocol]: normalizeRanges(ranges) };
}

export function portRangeConns(protocol: Protocol, from: number, to: number): ConnSet {
  return connsOf(protocol, [[from, to]]);
}

function unionRanges(a: readonly PortRange[], b: readonly PortRange[]): readonly PortRange[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return normalizeRanges([...a, ...b]);
}

function intersectRanges(a: readonly PortRange[], b: readonly PortRange[]): readonly PortRange[] {
  if (a.length === 0 || b.length === 0) return NONE;
  const out: PortRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i]!;
    const [b0, b1] = b[j]!;
    const lo = Math.max(a0, b0);
    const hi = Math.min(a1, b1);
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}

function subtractRanges(a: readonly PortRange[], b: readonly PortRange[]): readonly PortRange[] {
  if (a.length === 0 || b.length === 0) return a;
  const out: PortRange[] = [];
  let j = 0;
  for (const [a0, a1] of a) {
    let lo = a0;
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    while (k < b.length && b[k]![0] <= a1) {
      const [b0, b1] = b[k]!;
      if (b0 > lo) out.push([lo, b0 - 1]);
      lo = Math.max(lo, b1 + 1);
      if (lo > a1) break;
      k++;
    }
    if (lo <= a1) out.push([lo, a1]);
  }
  return out;
}

function combine(
  a: ConnSet,
  b: ConnSet,
  op: (x: readonly PortRange[], y: readonly PortRange[]) => readonly PortRange[],
  other: boolean,
): ConnSet {
  return { TCP: op(a.TCP, b.TCP), UDP: op(a.UDP, b.UDP), SCTP: op(a.SCTP, b.SCTP), other };
}

export function union(a: ConnSet, b: ConnSet): ConnSet {
  if (a === b || isEmpty(b) || isAll(a)) return a;
  if (isEmpty(a) || isAll(b)) return b;
  return combine(a, b, unionRanges, a.other || b.other);
}

export function intersect(a: ConnSet, b: ConnSet): ConnSet {
  if (a === b || isAll(b) || isEmpty(a)) return a;
  if (isAll(a) || isEmpty(b)) return b;
  return combine(a, b, intersectRanges, a.other && b.other);
}

export function subtract(a: ConnSet, b: ConnSet): ConnSet {
  if (isEmpty(a) || isEmpty(b)) return a;
  if (isAll(b) || a === b) return EMPTY_CONNS;
  return combine(a, b, subtractRanges, a.other && !b.other);
}

export function isEmpty(c: ConnSet): boolean {
  return !c.other && c.TCP.length === 0 && c.UDP.length === 0 && c.SCTP.length === 0;
}

function isFull(r: readonly PortRange[]): boolean {
  return r.length === 1 && r[0]![0] === MIN_PORT && r[0]![1] === MAX_PORT;
}

export function isAll(c: ConnSet): boolean {
  return c === ALL_CONNS || (c.other && isFull(c.TCP) && isFull(c.UDP) && isFull(c.SCTP));
}

export function connsEqual(a: ConnSet, b: ConnSet): boolean {
  if (a === b) return true;
  if (a.other !== b.other) return false;
  return PROTOCOLS.every((p) => {
    const x = a[p];
    const y = b[p];
    return x.length === y.length && x.every((r, i) => r[0] === y[i]![0] && r[1] === y[i]![1]);
  });
}

export function containsConn(c: ConnSet, protocol: Protocol, port: number): boolean {
  return c[protocol].some(([a, b]) => a <= port && port <= b);
}

/** True when every connection of `b` is in `a`. */
export function isSubset(b: ConnSet, a: ConnSet): boolean {
  return isEmpty(subtract(b, a));
}

/**
 * The contract's JSON form: `"all"` or a list sorted by protocol (TCP, UDP, SCTP). The
 * list cannot say `other`: see {@link otherProtocols}.
 */
export type ConnsJson = "all" | { protocol: Protocol; ports: [number, number][] }[];

/**
 * Whether a set that is not `"all"` holds the protocols other than TCP/UDP/SCTP: the
 * JSON documents then add `"otherProtocols": true` next to `conns` (README).
 */
export function otherProtocols(c: ConnSet): boolean {
  return c.other && !isAll(c);
}

export function connsToJson(c: ConnSet): ConnsJson {
  if (isAll(c)) return "all";
  return PROTOCOLS.filter((p) => c[p].length > 0).map((p) => ({
    protocol: p,
    ports: c[p].map(([a, b]) => [a, b] as [number, number]),
  }));
}

export function connsFromJson(j: ConnsJson, other = false): ConnSet {
  if (j === "all") return ALL_CONNS;
  let out = other ? OTHER_CONNS : EMPTY_CONNS;
  for (const e of j) out = union(out, connsOf(e.protocol, e.ports));
  return out;
}

/** How the protocols other than TCP/UDP/SCTP read in text and markdown. */
export const OTHER_PROTOCOLS_TEXT = "other protocols (ICMP, …)";

/** A short human form: `all`, `TCP 80,8000-8080; UDP 53`, `other protocols (ICMP, …)`, `none`. */
export function formatConns(c: ConnSet): string {
  if (isAll(c)) return "all";
  if (isEmpty(c)) return "none";
  const parts = PROTOCOLS.filter((p) => c[p].length > 0).map((p) => {
    const r = c[p];
    if (isFull(r)) return `${p} any port`;
    return `${p} ${r.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(",")}`;
  });
  if (c.other) parts.push(OTHER_PROTOCOLS_TEXT);
  return parts.join("; ");
}

/** A stable key for grouping equal sets. */
export function connsKey(c: ConnSet): string {
  return isAll(c) ? "all" : formatConns(c);
}

import type { IpRange, Model, Peer, Policy } from "../model/types.js";
import { MAX_ADDRESS, rangeId } from "./address.js";
import type { ExternalRange } from "./types.js";

/** Every ipBlock peer of a policy, in both directions. */
export function ipBlocksOf(policy: Policy): Extract<Peer, { kind: "ipBlock" }>[] {
  const out: Extract<Peer, { kind: "ipBlock" }>[] = [];
  for (const dir of [policy.ingress, policy.egress]) {
    for (const rule of dir?.rules ?? []) {
      if (rule.peers === "any") continue;
      for (const peer of rule.peers) if (peer.kind === "ipBlock") out.push(peer);
    }
  }
  return out;
}

/** Sorts and merges overlapping or adjacent ranges of one family. */
function mergeRanges(ranges: readonly IpRange[]): IpRange[] {
  const sorted = [...ranges].sort(
    (a, b) => a.family - b.family || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
  );
  const out: IpRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === r.family && r.start <= last.end + 1n) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end };
    } else out.push(r);
  }
  return out;
}

function isIpv6(peer: Extract<Peer, { kind: "ipBlock" }>): boolean {
  return peer.cidr.includes(":") || peer.ranges.some((r) => r.family === 6);
}

/**
 * The fewest disjoint address ranges such that every ipBlock (cidr minus excepts) of
 * every model is a union of ranges (contract.md, "Endpoint ids"). All of IPv4 is
 * always covered; IPv6 only when some ipBlock is IPv6. Each ipBlock's ranges are
 * merged first, so every cut point is a place where some ipBlock starts or stops
 * matching: no cut can be dropped, which makes the partition the coarsest one.
 */
export function partitionAddressSpace(models: readonly Model[]): ExternalRange[] {
  const cuts: Record<4 | 6, Set<bigint>> = { 4: new Set([0n]), 6: new Set([0n]) };
  let ipv6 = false;
  for (const model of models) {
    for (const policy of model.policies) {
      for (const peer of ipBlocksOf(policy)) {
        if (isIpv6(peer)) ipv6 = true;
        for (const r of mergeRanges(peer.ranges)) {
          cuts[r.family].add(r.start);
          if (r.end < MAX_ADDRESS[r.family]) cuts[r.family].add(r.end + 1n);
        }
      }
    }
  }
  const out: ExternalRange[] = [];
  for (const family of ipv6 ? ([4, 6] as const) : ([4] as const)) {
    const points = [...cuts[family]].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    points.forEach((start, i) => {
      const next = points[i + 1];
      const end = next === undefined ? MAX_ADDRESS[family] : next - 1n;
      out.push({ id: rangeId(family, start, end), family, start, end });
    });
  }
  return out;
}

/**
 * Indices of the externals (sorted by family, then start) that lie inside `ranges`.
 * With a partition that refines the ipBlock, each external is wholly in or out; a
 * range only partly covered (a partition made for other models) counts as out.
 */
export function externalsWithin(
  ranges: readonly IpRange[],
  externals: readonly ExternalRange[],
): number[] {
  const out = new Set<number>();
  for (const r of mergeRanges(ranges)) {
    // Binary search for the first external of the family starting at or after r.start.
    let lo = 0;
    let hi = externals.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = externals[mid]!;
      if (e.family < r.family || (e.family === r.family && e.start < r.start)) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < externals.length; i++) {
      const e = externals[i]!;
      if (e.family !== r.family || e.start > r.end) break;
      if (e.end <= r.end) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

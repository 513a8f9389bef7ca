import type { EndpointId } from "../core/ids.js";
import { compareEndpoints, isPodId } from "./endpoint-order.js";
import type { ChangeGroup, FlowChange } from "./types.js";

/**
 * The pairs of change groups one by one, as the contract's JSON lists them: sorted by
 * src, then dst, in endpoint order. A bare Pod's pair with itself is loopback and is
 * left out (contract.md, "flows"). Endpoints are ranked once, so ordering millions of
 * pairs compares numbers, not ids.
 */
export function expandChanges(groups: readonly ChangeGroup[]): FlowChange[] {
  const ids = new Set<EndpointId>();
  for (const g of groups) {
    for (const id of g.srcs) ids.add(id);
    for (const id of g.dsts) ids.add(id);
  }
  const sorted = [...ids].sort(compareEndpoints);
  const rank = new Map<EndpointId, number>(sorted.map((id, i) => [id, i]));
  // Per source rank: (dst rank, group index) pairs, flattened.
  const buckets: number[][] = sorted.map(() => []);
  groups.forEach((g, gi) => {
    const dstRanks = g.dsts.map((d) => rank.get(d)!);
    for (const src of g.srcs) {
      const bucket = buckets[rank.get(src)!]!;
      for (const d of dstRanks) bucket.push(d, gi);
    }
  });
  const out: FlowChange[] = [];
  buckets.forEach((bucket, s) => {
    const src = sorted[s]!;
    const order: number[] = [];
    for (let k = 0; k < bucket.length; k += 2) order.push(k);
    order.sort((x, y) => bucket[x]! - bucket[y]!);
    for (const k of order) {
      const dst = sorted[bucket[k]!]!;
      if (src === dst && isPodId(src)) continue;
      const g = groups[bucket[k + 1]!]!;
      const change: FlowChange = { src, dst, conns: g.conns, cause: g.cause, policies: g.policies };
      out.push(g.rules ? { ...change, rules: g.rules } : change);
    }
  });
  return out;
}

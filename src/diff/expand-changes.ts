import type { EndpointId } from "../core/ids.js";
import { compareEndpoints, isPodId } from "./endpoint-order.js";
import type { ChangeGroup, FlowChange } from "./types.js";

/**
 * The pairs of change groups one by one, as the contract's JSON lists them: sorted by
 * src, then dst, in endpoint order. A bare Pod's pair with itself is loopback and is
 * left out (contract.md, "flows"). Streamed (design.md, "expand to workload pairs only
 * when writing output, and stream the expansion"): nothing is held beyond one source's
 * row, so a default deny over thousands of workloads never builds millions of objects.
 * Endpoints are ranked once, so ordering a row compares numbers, not ids.
 */
export function* iterateChangePairs(groups: readonly ChangeGroup[]): Generator<ChangePair> {
  const ids = new Set<EndpointId>();
  for (const g of groups) {
    for (const id of g.srcs) ids.add(id);
    for (const id of g.dsts) ids.add(id);
  }
  const sorted = [...ids].sort(compareEndpoints);
  const rank = new Map<EndpointId, number>(sorted.map((id, i) => [id, i]));
  const dstRanks = groups.map((g) => g.dsts.map((d) => rank.get(d)!));
  // Per source rank: the groups it is a source of, in group order.
  const groupsOf: number[][] = sorted.map(() => []);
  groups.forEach((g, gi) => {
    for (const src of g.srcs) groupsOf[rank.get(src)!]!.push(gi);
  });
  for (let s = 0; s < sorted.length; s++) {
    const src = sorted[s]!;
    // (dst rank, group index) pairs of this source, ordered by dst rank (stable).
    const row: number[] = [];
    for (const gi of groupsOf[s]!) for (const d of dstRanks[gi]!) row.push(d, gi);
    const order: number[] = [];
    for (let k = 0; k < row.length; k += 2) order.push(k);
    order.sort((x, y) => row[x]! - row[y]!);
    for (const k of order) {
      const dst = sorted[row[k]!]!;
      if (src === dst && isPodId(src)) continue;
      yield { src, dst, group: groups[row[k + 1]!]! };
    }
  }
}

/** One listed pair and the change group it belongs to. */
export interface ChangePair {
  readonly src: EndpointId;
  readonly dst: EndpointId;
  readonly group: ChangeGroup;
}

/** {@link iterateChangePairs} as the contract's flow changes. */
export function* iterateChanges(groups: readonly ChangeGroup[]): Generator<FlowChange> {
  for (const { src, dst, group: g } of iterateChangePairs(groups)) {
    const change: FlowChange = { src, dst, conns: g.conns, cause: g.cause, policies: g.policies };
    yield g.rules ? { ...change, rules: g.rules } : change;
  }
}

/** Every pair of the change groups, in the contract's order (see {@link iterateChanges}). */
export function expandChanges(groups: readonly ChangeGroup[]): FlowChange[] {
  return [...iterateChanges(groups)];
}

/** How many pairs {@link iterateChanges} lists, counted on the groups without listing them. */
export function countChanges(groups: readonly ChangeGroup[]): number {
  let n = 0;
  for (const g of groups) {
    n += g.srcs.length * g.dsts.length;
    const dsts = new Set(g.dsts);
    for (const s of g.srcs) if (isPodId(s) && dsts.has(s)) n--;
  }
  return n;
}

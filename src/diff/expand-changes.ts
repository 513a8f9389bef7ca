import { compareEndpoints, isPodId } from "./endpoint-order.js";
import type { ChangeGroup, FlowChange } from "./types.js";

/**
 * The pairs of change groups one by one, as the contract's JSON lists them: sorted by
 * src, then dst, in endpoint order. A bare Pod's pair with itself is loopback and is
 * left out (contract.md, "flows").
 */
export function expandChanges(groups: readonly ChangeGroup[]): FlowChange[] {
  const out: FlowChange[] = [];
  for (const g of groups) {
    for (const src of g.srcs) {
      for (const dst of g.dsts) {
        if (src === dst && isPodId(src)) continue;
        out.push({ src, dst, conns: g.conns, cause: g.cause, policies: g.policies });
      }
    }
  }
  return out.sort((a, b) => compareEndpoints(a.src, b.src) || compareEndpoints(a.dst, b.dst));
}

import type { EndpointId } from "../core/ids.js";
import { parseAddress } from "../engine/address.js";

/** Workloads end with `[KIND]`; external range ids (`START-END`) never do. */
export function isWorkloadId(id: EndpointId): boolean {
  return id.endsWith("]");
}

/** True for a bare Pod's id, whose flow to itself is never listed (contract.md). */
export function isPodId(id: EndpointId): boolean {
  return id.endsWith("[Pod]");
}

function rangeKey(id: EndpointId): readonly [number, bigint] {
  // Addresses contain no dash, so the first one separates START from END.
  const a = parseAddress(id.slice(0, id.indexOf("-")));
  return a ? [a.family, a.value] : [7, 0n];
}

/**
 * The contract's endpoint order: workloads by id (code-unit order), then external
 * ranges by family and start address.
 */
export function compareEndpoints(a: EndpointId, b: EndpointId): number {
  if (a === b) return 0;
  const wa = isWorkloadId(a);
  const wb = isWorkloadId(b);
  if (wa !== wb) return wa ? -1 : 1;
  if (wa) return a < b ? -1 : 1;
  const [fa, sa] = rangeKey(a);
  const [fb, sb] = rangeKey(b);
  return fa - fb || (sa < sb ? -1 : sa > sb ? 1 : a < b ? -1 : 1);
}

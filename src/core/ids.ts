/**
 * Ids that are easy to mix up are branded: each is made by one constructor here,
 * never by string concatenation elsewhere (style.md, habit 3).
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** `NAMESPACE/NAME[KIND]`, e.g. `shop/frontend[Deployment]` (contract.md, "Endpoint ids"). */
export type WorkloadId = Brand<string, "WorkloadId">;
/** `START-END` of an address range, e.g. `10.0.0.0-10.0.0.255`. */
export type ExternalId = Brand<string, "ExternalId">;
/** `ns/name` for namespaced policies, `name` for cluster-scoped kinds. */
export type PolicyId = Brand<string, "PolicyId">;
/** Any endpoint of the reachability graph. */
export type EndpointId = WorkloadId | ExternalId;

export function workloadId(namespace: string, kind: string, name: string): WorkloadId {
  return `${namespace}/${name}[${kind}]` as WorkloadId;
}

export function externalId(start: string, end: string): ExternalId {
  return `${start}-${end}` as ExternalId;
}

export function policyId(namespace: string | null, name: string): PolicyId {
  return (namespace === null ? name : `${namespace}/${name}`) as PolicyId;
}

/** Splits a workload id back into its parts; null when the text is not a workload id. */
export function parseWorkloadId(
  text: string,
): { namespace: string; name: string; kind: string } | null {
  const m = /^([^/\s]+)\/([^[\s]+)\[([A-Za-z]+)\]$/.exec(text);
  if (!m) return null;
  return { namespace: m[1]!, name: m[2]!, kind: m[3]! };
}

import type { Resource } from "../parse/types.js";
import { didYouMean } from "./did-you-mean.js";
import { apiGroup, isWorkloadKind } from "./workloads.js";

/** What the model does with a resource. */
export type ResourceClass =
  | { readonly kind: "skip" }
  | { readonly kind: "unsupported" }
  | { readonly kind: "unknown-version"; readonly message: string }
  | { readonly kind: "namespace"; readonly namespaced: false; readonly identity: string }
  | { readonly kind: "workload"; readonly namespaced: true; readonly identity: string }
  | {
      readonly kind: "network-policy";
      readonly namespaced: true;
      readonly identity: string;
      readonly deprecated: boolean;
    };

/** Policy kinds of other engines: reported, not evaluated yet (design.md, tiers). */
const UNSUPPORTED_KINDS = new Set([
  "GlobalNetworkPolicy",
  "StagedNetworkPolicy",
  "StagedGlobalNetworkPolicy",
  "StagedKubernetesNetworkPolicy",
  "CiliumNetworkPolicy",
  "CiliumClusterwideNetworkPolicy",
  "AdminNetworkPolicy",
  "BaselineAdminNetworkPolicy",
  "ClusterNetworkPolicy",
]);

const NETWORK_POLICY_VERSIONS = ["networking.k8s.io/v1", "extensions/v1beta1"];

/** Sorts a resource into the model's buckets; other Kubernetes kinds are skipped silently. */
export function classifyResource(resource: Resource): ResourceClass {
  const group = apiGroup(resource.apiVersion);
  if (resource.kind === "NetworkPolicy") {
    if (resource.apiVersion === "networking.k8s.io/v1") {
      return {
        kind: "network-policy",
        namespaced: true,
        identity: "NetworkPolicy",
        deprecated: false,
      };
    }
    if (resource.apiVersion === "extensions/v1beta1") {
      return {
        kind: "network-policy",
        namespaced: true,
        identity: "NetworkPolicy",
        deprecated: true,
      };
    }
    if (group.endsWith("projectcalico.org")) return { kind: "unsupported" };
    const guess =
      didYouMean(resource.apiVersion, NETWORK_POLICY_VERSIONS) ?? "networking.k8s.io/v1";
    return {
      kind: "unknown-version",
      message: `apiVersion "${resource.apiVersion}" has no NetworkPolicy kind, so the API server would reject it; did you mean "${guess}"?`,
    };
  }
  if (UNSUPPORTED_KINDS.has(resource.kind)) return { kind: "unsupported" };
  if (resource.kind === "Namespace" && resource.apiVersion === "v1") {
    return { kind: "namespace", namespaced: false, identity: "Namespace" };
  }
  if (isWorkloadKind(resource))
    return { kind: "workload", namespaced: true, identity: resource.kind };
  return { kind: "skip" };
}

import type { DiagnosticCode } from "../core/diagnostics.js";
import type { Resource } from "../parse/types.js";
import { API_GROUPS, apiVersionOf } from "./api-kinds.js";
import { didYouMean } from "./did-you-mean.js";
import { apiGroup, isWorkloadKind } from "./workloads.js";

/** What the model does with a resource. */
export type ResourceClass =
  /** A kind reachdiff does not use (Service, ConfigMap, a CRD): counted in a `skipped-kind` info. */
  | { readonly kind: "skip" }
  /** A kustomization: its output, not the file, is what the cluster gets. */
  | { readonly kind: "kustomization" }
  | { readonly kind: "unsupported" }
  /** The API server rejects it for its apiVersion or kind. */
  | {
      readonly kind: "reject";
      readonly code: Extract<
        DiagnosticCode,
        "unknown-api-version" | "unknown-kind" | "removed-api-version"
      >;
      readonly field: "apiVersion" | "kind";
      readonly message: string;
    }
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

/**
 * Sorts a resource into the model's buckets. In the API groups reachdiff knows
 * (api-kinds.ts) an unknown kind, an unknown version and a version the API server
 * no longer serves are rejections; kinds of other groups are skipped.
 */
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
    // Kept from the first release: analyzed as networking.k8s.io/v1, with a warning.
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
      kind: "reject",
      code: "unknown-api-version",
      field: "apiVersion",
      message: `apiVersion "${resource.apiVersion}" has no NetworkPolicy kind, so the API server would reject it; did you mean "${guess}"?`,
    };
  }
  if (UNSUPPORTED_KINDS.has(resource.kind)) return { kind: "unsupported" };
  if (group === "kustomize.config.k8s.io") return { kind: "kustomization" };
  const problem = apiProblem(resource, group);
  if (problem !== null) return problem;
  if (resource.kind === "Namespace" && resource.apiVersion === "v1") {
    return { kind: "namespace", namespaced: false, identity: "Namespace" };
  }
  if (isWorkloadKind(resource))
    return { kind: "workload", namespaced: true, identity: resource.kind };
  return { kind: "skip" };
}

/** Where a kind is served today, e.g. `apps/v1` for Deployment; null when nowhere. */
function servedAt(kind: string): string | null {
  for (const [group, { kinds }] of Object.entries(API_GROUPS)) {
    const version = kinds[kind]?.served[0];
    if (version !== undefined) return apiVersionOf(group, version);
  }
  return null;
}

function apiProblem(resource: Resource, group: string): ResourceClass | null {
  const known = API_GROUPS[group];
  if (known === undefined) return null;
  const { apiVersion, kind } = resource;
  const version = apiVersion.slice(apiVersion.indexOf("/") + 1);
  const versions = known.kinds[kind];
  if (versions !== undefined) {
    if (versions.served.includes(version)) return null;
    const removedIn = versions.removed?.[version];
    const use = servedAt(kind);
    const fix =
      use === null
        ? `${kind} is no longer part of Kubernetes; remove it`
        : `change apiVersion to ${use}`;
    if (removedIn !== undefined) {
      return {
        kind: "reject",
        code: "removed-api-version",
        field: "apiVersion",
        message: `${apiVersion} ${kind} is no longer served (removed in Kubernetes ${removedIn}), so the API server rejects it; ${fix}.`,
      };
    }
    return {
      kind: "reject",
      code: "unknown-api-version",
      field: "apiVersion",
      message: `apiVersion "${apiVersion}" has no ${kind} kind, so the API server rejects it; ${fix}.`,
    };
  }
  if (kind.endsWith("List") && known.kinds[kind.slice(0, -4)] !== undefined) return null;
  const elsewhere = servedAt(kind);
  if (elsewhere !== null) {
    return {
      kind: "reject",
      code: "unknown-kind",
      field: "apiVersion",
      message: `${kind} is not in ${apiVersion} but in ${elsewhere}, so the API server rejects it; change apiVersion to ${elsewhere}.`,
    };
  }
  const guess = didYouMean(kind, Object.keys(known.kinds));
  if (guess === null && !known.complete) return null;
  const hint =
    guess !== null
      ? `did you mean "${guess}"? Kinds are case-sensitive.`
      : "check the spelling (kinds are case-sensitive, singular and CamelCase).";
  return {
    kind: "reject",
    code: "unknown-kind",
    field: "kind",
    message: `${apiVersion} has no kind "${kind}", so the API server rejects it and reachdiff leaves it out; ${hint}`,
  };
}

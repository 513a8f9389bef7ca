/**
 * The kinds of the API groups reachdiff knows, with the versions the API server
 * serves and the ones it no longer serves. A kind these groups do not have is a
 * typo the API server rejects (`no matches for kind`); a kind of another group is
 * somebody else's (a CRD) and is skipped.
 */

export interface KindVersions {
  /** Versions served today; the first is the one to use. */
  readonly served: readonly string[];
  /** Versions no longer served, with the Kubernetes release that removed them. */
  readonly removed?: Readonly<Record<string, string>>;
}

export interface ApiGroupKinds {
  /**
   * True when `kinds` lists every kind of the group, so anything else is a typo.
   * False for groups shared by many projects (argoproj.io): only a kind close to
   * one reachdiff uses is reported there.
   */
  readonly complete: boolean;
  readonly kinds: Readonly<Record<string, KindVersions>>;
}

const v1: KindVersions = { served: ["v1"] };

export const API_GROUPS: Readonly<Record<string, ApiGroupKinds>> = {
  "": {
    complete: true,
    kinds: Object.fromEntries(
      [
        "Binding",
        "ComponentStatus",
        "ConfigMap",
        "Endpoints",
        "Event",
        "LimitRange",
        "List",
        "Namespace",
        "Node",
        "PersistentVolume",
        "PersistentVolumeClaim",
        "Pod",
        "PodTemplate",
        "ReplicationController",
        "ResourceQuota",
        "Secret",
        "Service",
        "ServiceAccount",
      ].map((k) => [k, v1]),
    ),
  },
  apps: {
    complete: true,
    kinds: {
      Deployment: { served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } },
      StatefulSet: { served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } },
      DaemonSet: { served: ["v1"], removed: { v1beta2: "1.16" } },
      ReplicaSet: { served: ["v1"], removed: { v1beta2: "1.16" } },
      ControllerRevision: { served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } },
    },
  },
  // Nothing in extensions is served since Kubernetes 1.22.
  extensions: {
    complete: true,
    kinds: {
      Deployment: { served: [], removed: { v1beta1: "1.16" } },
      DaemonSet: { served: [], removed: { v1beta1: "1.16" } },
      ReplicaSet: { served: [], removed: { v1beta1: "1.16" } },
      NetworkPolicy: { served: [], removed: { v1beta1: "1.16" } },
      PodSecurityPolicy: { served: [], removed: { v1beta1: "1.16" } },
      Ingress: { served: [], removed: { v1beta1: "1.22" } },
    },
  },
  batch: {
    complete: true,
    kinds: {
      Job: v1,
      CronJob: { served: ["v1"], removed: { v1beta1: "1.25", v2alpha1: "1.21" } },
    },
  },
  "networking.k8s.io": {
    complete: true,
    kinds: {
      NetworkPolicy: v1,
      Ingress: { served: ["v1"], removed: { v1beta1: "1.22" } },
      IngressClass: { served: ["v1"], removed: { v1beta1: "1.22" } },
      IPAddress: { served: ["v1", "v1beta1"] },
      ServiceCIDR: { served: ["v1", "v1beta1"] },
    },
  },
  "policy.networking.k8s.io": {
    complete: true,
    kinds: {
      AdminNetworkPolicy: { served: ["v1alpha1"] },
      BaselineAdminNetworkPolicy: { served: ["v1alpha1"] },
      ClusterNetworkPolicy: { served: ["v1alpha2"] },
    },
  },
  "argoproj.io": {
    complete: false,
    kinds: { Rollout: { served: ["v1alpha1"] } },
  },
};

/** `group/version` for messages; the core group is written `v1`. */
export function apiVersionOf(group: string, version: string): string {
  return group === "" ? version : `${group}/${version}`;
}

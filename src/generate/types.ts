import type { Diagnostic } from "../core/diagnostics.js";
import type { PolicyId, WorkloadId } from "../core/ids.js";
import type { LabelSelector, Labels, Protocol } from "../model/types.js";

/** The label every generated policy carries; `syncEgressDir` removes stale files by it. */
export const MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
export const MANAGED_BY_VALUE = "reachdiff";
/** The annotation naming the ingress policies and rules a generated policy complements. */
export const GENERATED_FROM_ANNOTATION = "reachdiff.io/generated-from";

/** The cluster DNS that `--default-deny` keeps reachable. */
export interface DnsTarget {
  readonly namespace: string;
  readonly podLabels: Labels;
  readonly ports: readonly { readonly protocol: Protocol; readonly port: number }[];
}

/** kube-dns / CoreDNS as most distributions label it (seed 004, seed 001). */
export const DEFAULT_DNS: DnsTarget = {
  namespace: "kube-system",
  podLabels: { "k8s-app": "kube-dns" },
  ports: [
    { protocol: "UDP", port: 53 },
    { protocol: "TCP", port: 53 },
  ],
};

export interface GenerateOptions {
  /** Per namespace, a default-deny egress policy that still allows DNS. */
  readonly defaultDeny: boolean;
  readonly dns: DnsTarget;
  /** Keep egress toward destinations that no ingress policy isolates. */
  readonly keepUnisolated: boolean;
}

/**
 * One `to` peer of a generated rule: pods matching `pods` in the namespace named
 * `namespace`, or in the policy's own namespace when `namespace` is null (the
 * namespaceSelector is then omitted, as the recipe does for intra-namespace policies).
 */
export interface EgressPeer {
  readonly namespace: string | null;
  readonly pods: LabelSelector;
}

/** A `ports` entry, written back as the source wrote it (named ports stay named). */
export type EgressPort =
  | { readonly kind: "protocol"; readonly protocol: Protocol }
  | {
      readonly kind: "number";
      readonly protocol: Protocol;
      readonly port: number;
      readonly endPort: number | null;
    }
  | { readonly kind: "named"; readonly protocol: Protocol; readonly name: string };

export interface EgressRule {
  readonly to: readonly EgressPeer[];
  /** `all` when the rule has no `ports`. */
  readonly ports: readonly EgressPort[] | "all";
}

export type GeneratedPurpose = "complement" | "default-deny";

/** One generated NetworkPolicy (egress only). */
export interface GeneratedPolicy {
  readonly namespace: string;
  readonly name: string;
  readonly purpose: GeneratedPurpose;
  readonly podSelector: LabelSelector;
  readonly rules: readonly EgressRule[];
  /** Annotation lines: `ns/policy ingress[i]`, sorted. */
  readonly generatedFrom: readonly string[];
  /** File name under the output folder: `<namespace>.<name>.yaml`. */
  readonly fileName: string;
}

/** What the generator chose not to do, and why (the report lists these plainly). */
export type GenerateNote =
  | {
      readonly kind: "ipblock-skipped";
      readonly policy: PolicyId;
      readonly rule: number;
      readonly cidr: string;
    }
  | {
      readonly kind: "left-alone";
      readonly namespace: string;
      readonly pods: LabelSelector;
      /** Existing egress policies that isolate (some of) these pods. */
      readonly isolatedBy: readonly PolicyId[];
      /** Its workloads that existing egress policies already isolate, and by which. */
      readonly isolated: readonly {
        readonly workload: WorkloadId;
        readonly by: readonly PolicyId[];
      }[];
      /** Its workloads that a left-alone source (`by`) selects too. */
      readonly heldBack: readonly { readonly workload: WorkloadId; readonly by: LabelSelector }[];
      /** Selectors it contains or is contained in (existing policies', or left-alone sources' when `by` is empty). */
      readonly overlaps: readonly {
        readonly pods: LabelSelector;
        readonly by: readonly PolicyId[];
      }[];
      /** Its workloads no existing egress policy isolates: they stay unisolated for egress. */
      readonly unisolated: readonly WorkloadId[];
    }
  | {
      readonly kind: "broad";
      readonly policy: PolicyId;
      readonly rule: number;
      /** The namespaces whose pods got egress toward it. */
      readonly namespaces: readonly string[];
      /** The source namespaces that did not (left alone, or system namespaces): see their notes. */
      readonly without: readonly string[];
    }
  /** A namespaceSelector peer that matches no namespace the repository declares. */
  | {
      readonly kind: "namespaces-unmatched";
      readonly policy: PolicyId;
      readonly rule: number;
      readonly namespaces: LabelSelector;
      readonly pods: LabelSelector;
    }
  /**
   * A generated source whose selector can share pods with an existing egress policy's
   * although neither contains the other and no workload in the repository shows it.
   */
  | {
      readonly kind: "partial-overlap";
      readonly namespace: string;
      readonly pods: LabelSelector;
      readonly other: LabelSelector;
      readonly by: PolicyId;
    }
  | { readonly kind: "default-deny-skipped"; readonly namespace: string; readonly reason: string }
  /** A system namespace (kube-system, the DNS namespace): its pods are never egress-isolated. */
  | { readonly kind: "system-namespace-skipped"; readonly namespace: string };

export interface GenerateResult {
  /** Sorted by namespace, then name. */
  readonly policies: readonly GeneratedPolicy[];
  readonly notes: readonly GenerateNote[];
  /** `generate-skipped` (info), `generate-broad` and `generate-overlap` (warnings). */
  readonly diagnostics: readonly Diagnostic[];
}

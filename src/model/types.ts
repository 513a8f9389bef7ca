import type { Diagnostic } from "../core/diagnostics.js";
import type { PolicyId, WorkloadId } from "../core/ids.js";
import type { Origin } from "../core/source.js";

export type Labels = Readonly<Record<string, string>>;

export type SelectorOperator = "In" | "NotIn" | "Exists" | "DoesNotExist";

export interface SelectorRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

/**
 * A non-nil Kubernetes label selector. All terms are ANDed; a selector with no
 * terms matches everything (semantics.md §2.8). A nil selector never reaches the
 * model: the model turns it into the right peer form (§2.4).
 */
export interface LabelSelector {
  readonly matchLabels: Labels;
  readonly matchExpressions: readonly SelectorRequirement[];
}

export type Protocol = "TCP" | "UDP" | "SCTP";
export const PROTOCOLS: readonly Protocol[] = ["TCP", "UDP", "SCTP"];

export interface Namespace {
  readonly name: string;
  /** Includes the automatic `kubernetes.io/metadata.name` (§2.9). */
  readonly labels: Labels;
  /** False when synthesized because something used it without declaring it. */
  readonly declared: boolean;
  readonly origin: Origin | null;
}

export interface ContainerPort {
  readonly name: string | null;
  readonly port: number;
  readonly protocol: Protocol;
}

/** A pod-producing object (Deployment, StatefulSet, bare Pod, …) seen as one endpoint. */
export interface Workload {
  readonly id: WorkloadId;
  readonly namespace: string;
  readonly name: string;
  /** `Deployment`, `Pod`, `Rollout`, … (the owner's kind for grouped pods). */
  readonly kind: string;
  /** The labels of the pods it runs (the pod template's labels). */
  readonly labels: Labels;
  /** Container ports (regular containers and restartable init containers). */
  readonly ports: readonly ContainerPort[];
  readonly origin: Origin;
}

// ---------------------------------------------------------------------------
// The internal policy form (design.md, "One internal policy form, ready for tiers")

/** Evaluation tiers, in order. Kubernetes NetworkPolicy lives in `networkpolicy`. */
export type Tier = "admin" | "networkpolicy" | "baseline";
export const TIERS: readonly Tier[] = ["admin", "networkpolicy", "baseline"];

export type Direction = "ingress" | "egress";

/**
 * `allow` and `deny` decide; `pass` skips the rest of the tier. NetworkPolicy rules
 * are always `allow`; the other actions exist for AdminNetworkPolicy and friends.
 */
export type RuleAction = "allow" | "deny" | "pass";

/** Which namespaces a selector applies in. */
export type NamespaceMatch =
  /** Exactly one namespace, by name (a NetworkPolicy's own namespace). */
  | { readonly kind: "named"; readonly name: string }
  /** Namespaces whose labels match. `{}` is every namespace. */
  | { readonly kind: "selector"; readonly selector: LabelSelector };

/** Pods: the pods whose labels match `pods` in the namespaces `namespaces` matches. */
export interface PodSet {
  readonly namespaces: NamespaceMatch;
  readonly pods: LabelSelector;
}

/** An inclusive range of addresses of one family. IPv6 as bigint too. */
export interface IpRange {
  readonly family: 4 | 6;
  readonly start: bigint;
  readonly end: bigint;
}

export type Peer =
  | ({ readonly kind: "pods" } & PodSet)
  | {
      readonly kind: "ipBlock";
      readonly cidr: string;
      readonly except: readonly string[];
      /** cidr minus excepts, as sorted disjoint ranges (host bits masked). */
      readonly ranges: readonly IpRange[];
    };

/** Destination ports a rule matches (semantics.md §2.6). */
export type PortMatch =
  /** `from..to` inclusive; a protocol-only entry is 1..65535. */
  | {
      readonly kind: "range";
      readonly protocol: Protocol;
      readonly from: number;
      readonly to: number;
    }
  /** Resolved on the destination workload's container ports; protocol must match. */
  | {
      readonly kind: "named";
      readonly protocol: Protocol;
      readonly name: string;
      /** Where the name is written, when read from a file (for warnings). */
      readonly origin?: Origin;
    };

export interface Rule {
  /** 0-based index in the policy's `ingress` or `egress` list. */
  readonly index: number;
  readonly action: RuleAction;
  /** `any` when `from`/`to` is missing or empty: every source or destination, external included. */
  readonly peers: readonly Peer[] | "any";
  /** `all` when `ports` is missing or empty: every protocol and port. */
  readonly ports: readonly PortMatch[] | "all";
  readonly origin: Origin;
  /** ANP rule name; null for NetworkPolicy. */
  readonly name: string | null;
}

export interface PolicyDirection {
  /**
   * True when the policy isolates its subjects in this direction (NetworkPolicy: the
   * direction is in the defaulted `policyTypes`). Admin tiers never isolate.
   */
  readonly isolates: boolean;
  readonly rules: readonly Rule[];
}

export interface Policy {
  readonly id: PolicyId;
  /** The source kind, e.g. `NetworkPolicy`. */
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly tier: Tier;
  /** Lower first inside a tier; ties broken by name. 0 for NetworkPolicy. */
  readonly priority: number;
  /** The pods the policy applies to. */
  readonly subject: PodSet;
  /** null when the policy does not apply in that direction. */
  readonly ingress: PolicyDirection | null;
  readonly egress: PolicyDirection | null;
  readonly origin: Origin;
  /** Where the subject selector (`spec.podSelector`) is written, when read from a file. */
  readonly subjectOrigin?: Origin;
  /**
   * A canonical text of everything that affects enforcement (not the file, not
   * comments): two revisions of a policy are "modified" when these differ.
   */
  readonly fingerprint: string;
}

/** A workload in the input that is not an endpoint of the analysis, and why. */
export interface ExcludedWorkload {
  readonly id: WorkloadId;
  /** A sentence for `explain`, e.g. "it uses hostNetwork: true …". */
  readonly reason: string;
}

export interface Model {
  /** Sorted by name. */
  readonly namespaces: readonly Namespace[];
  /** Sorted by id. */
  readonly workloads: readonly Workload[];
  /** Sorted by id. */
  readonly policies: readonly Policy[];
  readonly diagnostics: readonly Diagnostic[];
  /** True when some input was left out (unparseable file, rejected object). */
  readonly incomplete: boolean;
  /** Workloads left out (hostNetwork, rejected by the API server), sorted by id. */
  readonly excluded?: readonly ExcludedWorkload[];
}

export interface ModelOptions {
  /** Namespace for manifests that do not name one (default `default`). */
  readonly defaultNamespace?: string;
  /** Cluster pod/service CIDRs from `.reachdiff.yaml`, for the ipBlock overlap warning. */
  readonly clusterCidrs?: readonly string[];
}

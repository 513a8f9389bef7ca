import type { EndpointId, PolicyId, WorkloadId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { ConnSet } from "../engine/conn-set.js";
import type { Graph } from "../engine/types.js";
import type { Direction, Model } from "../model/types.js";

export type DiffCause = "policy" | "endpoint-added" | "endpoint-removed";

/**
 * One rule responsible for a change (issue 3, "Attribution"): `index` is the 0-based
 * position in the policy's rule list for `direction`; `origin` is where the rule is,
 * in the head for a rule that allows an opened flow (or denied a closed one), in the
 * base for a rule whose removal or narrowing explains a closed flow.
 */
export interface RuleRef {
  readonly policy: PolicyId;
  readonly direction: Direction;
  readonly index: number;
  readonly origin: Origin;
  /** The revision `origin` is in: links to a base-side rule must point at the base. */
  readonly side: "base" | "head";
}

/** One pair whose connection set changed (contract.md, `reachdiff diff --format json`). */
export interface FlowChange {
  readonly src: EndpointId;
  readonly dst: EndpointId;
  /** Opened: head minus base. Closed: base minus head. Never empty. */
  readonly conns: ConnSet;
  readonly cause: DiffCause;
  /** The changed policies that explain it, best first; may be empty. */
  readonly policies: readonly PolicyId[];
  /** See {@link ChangeGroup.rules}. */
  readonly rules?: readonly RuleRef[];
}

/**
 * Many pairs that share one change: every `src × dst` pair in it changed by exactly
 * `conns`, for the same cause and policies. The diff works at this level so that a
 * default deny over thousands of workloads stays small; renderers group further.
 */
export interface ChangeGroup {
  readonly srcs: readonly EndpointId[];
  readonly dsts: readonly EndpointId[];
  readonly conns: ConnSet;
  readonly cause: DiffCause;
  readonly policies: readonly PolicyId[];
  /**
   * The rules responsible, ordered like `policies` (then egress before ingress, then
   * index); absent or empty when none is: a change explained by isolation alone (a
   * default deny) names the policy only. For `cause: "policy"`, rules of the changed
   * policies; for `endpoint-added` / `endpoint-removed`, the rules of any policy that
   * allow the flow on the side where the endpoint exists (what admits a new workload).
   * Every pair of the group has exactly these rules.
   */
  readonly rules?: readonly RuleRef[];
}

export type PolicyChangeKind = "added" | "removed" | "modified";

export interface PolicyChange {
  readonly id: PolicyId;
  readonly change: PolicyChangeKind;
  /** Where it is in the head (added, modified) or the base (removed). */
  readonly origin: Origin;
}

/** A workload removed and one added with the same namespace, kind, labels and ports. */
export interface Rename {
  readonly from: WorkloadId;
  readonly to: WorkloadId;
}

export interface GraphDiff {
  readonly base: Graph;
  readonly head: Graph;
  /** Sorted: by src, then dst (endpoint order of the graphs). */
  readonly opened: readonly ChangeGroup[];
  readonly closed: readonly ChangeGroup[];
  readonly policyChanges: readonly PolicyChange[];
  readonly renames: readonly Rename[];
}

/** One side of a diff run: what was read and the model built from it. */
export interface DiffSide {
  /** A short commit id, `working tree`, or the directory given (the JSON's `base`/`head`). */
  readonly label: string;
  /** The full commit id; null for the working tree or a directory. */
  readonly sha: string | null;
  readonly model: Model;
}

/** Everything `reachdiff diff` computed, ready for the renderers. */
export interface DiffRun {
  readonly base: DiffSide;
  readonly head: DiffSide;
  readonly diff: GraphDiff;
}

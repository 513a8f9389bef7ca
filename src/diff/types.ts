import type { EndpointId, PolicyId, WorkloadId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { ConnSet } from "../engine/conn-set.js";
import type { Graph } from "../engine/types.js";
import type { Model } from "../model/types.js";

export type DiffCause = "policy" | "endpoint-added" | "endpoint-removed";

/** One pair whose connection set changed (contract.md, `reachdiff diff --format json`). */
export interface FlowChange {
  readonly src: EndpointId;
  readonly dst: EndpointId;
  /** Opened: head minus base. Closed: base minus head. Never empty. */
  readonly conns: ConnSet;
  readonly cause: DiffCause;
  /** The changed policies that explain it, best first; may be empty. */
  readonly policies: readonly PolicyId[];
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

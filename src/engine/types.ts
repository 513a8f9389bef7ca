import type { EndpointId, ExternalId, WorkloadId } from "../core/ids.js";
import type { ContainerPort, Labels, Model, Workload } from "../model/types.js";
import type { ConnSet } from "./conn-set.js";

/**
 * Workloads that no policy can tell apart: same namespace, same pod labels, same
 * container ports (design.md, "The engine must not be quadratic in workloads").
 */
export interface EndpointClass {
  readonly index: number;
  readonly namespace: string;
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  /** Sorted by id. */
  readonly members: readonly Workload[];
}

/** One of the fewest disjoint address ranges that every ipBlock is a union of. */
export interface ExternalRange {
  readonly id: ExternalId;
  readonly family: 4 | 6;
  readonly start: bigint;
  readonly end: bigint;
}

/** A vertex of the class graph. */
export type GraphNode =
  | { readonly kind: "class"; readonly index: number }
  | { readonly kind: "external"; readonly index: number };

export interface NodeFlow {
  readonly src: GraphNode;
  readonly dst: GraphNode;
  readonly conns: ConnSet;
}

/** A flow between two endpoints, as the contract lists it. */
export interface Flow {
  readonly src: EndpointId;
  readonly dst: EndpointId;
  readonly conns: ConnSet;
}

export interface Graph {
  readonly model: Model;
  readonly classes: readonly EndpointClass[];
  readonly classOf: ReadonlyMap<WorkloadId, number>;
  /** Sorted by family, then start; always covers all of IPv4, and IPv6 when mentioned. */
  readonly externals: readonly ExternalRange[];
  /** What `src` may open to `dst` (egress at src ∩ ingress at dst); EMPTY when nothing. */
  conns(src: GraphNode, dst: GraphNode): ConnSet;
  /**
   * Every pair of nodes with a non-empty set, at least one side a class, in a stable
   * order (src node order, then dst). Classes come before externals.
   */
  nodeFlows(): Iterable<NodeFlow>;
}

export interface GraphOptions {
  /**
   * The external ranges to use. Give the same partition to both sides of a diff
   * (see `partitionAddressSpace`) so they compare range for range.
   */
  readonly externals?: readonly ExternalRange[];
}

/**
 * The reachability engine (design.md, "engine"): endpoint classes, external address
 * ranges, connection sets, the class graph, workload-level flows, explanations, lints.
 */
export { formatAddress, parseAddress, rangeId } from "./address.js";
export type {
  DirectionExplanation,
  Explanation,
  PolicyExplanation,
  Probe,
  RuleExplanation,
} from "./explain.js";
export { explainFlow } from "./explain.js";
export type { ResolvedEndpoint } from "./flows.js";
export { endpointIds, expandFlows, resolveEndpoint } from "./flows.js";
export { buildGraph } from "./graph.js";
export { lintGraph } from "./lint.js";
export { partitionAddressSpace } from "./partition.js";
export { compileSelector } from "./selector.js";
export type {
  EndpointClass,
  ExternalRange,
  Flow,
  Graph,
  GraphNode,
  GraphOptions,
  NodeFlow,
} from "./types.js";

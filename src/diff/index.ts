export { compareEndpoints } from "./endpoint-order.js";
export { expandChanges } from "./expand-changes.js";
export { diffGraphs, diffModels } from "./graph-diff.js";
export { type ChangedPolicy, changedPolicies } from "./policy-changes.js";
export { detectRenames } from "./renames.js";
export type {
  ChangeGroup,
  DiffCause,
  DiffRun,
  DiffSide,
  FlowChange,
  GraphDiff,
  PolicyChange,
  PolicyChangeKind,
  Rename,
} from "./types.js";

export { compareEndpoints } from "./endpoint-order.js";
export {
  type ChangePair,
  countChanges,
  expandChanges,
  iterateChangePairs,
  iterateChanges,
} from "./expand-changes.js";
export { diffGraphs, diffModels } from "./graph-diff.js";
export { type ChangedPolicy, changedPolicies } from "./policy-changes.js";
export { detectRenames } from "./renames.js";
export { rulesKey } from "./rule-attribution.js";
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
  RuleRef,
} from "./types.js";

import { connsEqual, EMPTY_CONNS, isEmpty, subtract } from "../engine/conn-set.js";
import { buildGraph, partitionAddressSpace } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import type { Model } from "../model/types.js";
import { createAttributor } from "./attribution.js";
import { groupChanges, type NodeChange } from "./change-groups.js";
import { type JointNode, jointNodes } from "./joint-nodes.js";
import { changedPolicies } from "./policy-changes.js";
import { detectRenames } from "./renames.js";
import { createRuleAttributor } from "./rule-attribution.js";
import type { DiffCause, GraphDiff } from "./types.js";

function causeOf(src: JointNode, dst: JointNode): DiffCause {
  if (src.status === "added" || dst.status === "added") return "endpoint-added";
  if (src.status === "removed" || dst.status === "removed") return "endpoint-removed";
  return "policy";
}

/**
 * What changed between two models: both graphs are built over one partition of the
 * address space (so they compare range for range), then every pair of joint nodes
 * (see {@link jointNodes}) is compared once: `opened` = head − base, `closed` =
 * base − head (contract.md, `diff --format json`). The work is quadratic in classes,
 * never in workloads (design.md, "Diff without drowning the reviewer").
 */
export function diffModels(base: Model, head: Model): GraphDiff {
  const externals = partitionAddressSpace([base, head]);
  return diffGraphs(buildGraph(base, { externals }), buildGraph(head, { externals }));
}

/** {@link diffModels} for graphs already built over the same external ranges. */
export function diffGraphs(base: Graph, head: Graph): GraphDiff {
  const renames = detectRenames(base.model, head.model);
  const changes = changedPolicies(base.model, head.model);
  const nodes = jointNodes(base, head, renames);
  const attributor = createAttributor(base.model, head.model, changes);
  const ruleAttributor = createRuleAttributor(base, head);
  const opened: NodeChange[] = [];
  const closed: NodeChange[] = [];
  nodes.forEach((src, s) => {
    nodes.forEach((dst, d) => {
      if (src.kind === "external" && dst.kind === "external") return;
      if (s === d && src.singlePod) return; // a bare Pod to itself is loopback
      const before = src.base && dst.base ? base.conns(src.base, dst.base) : EMPTY_CONNS;
      const after = src.head && dst.head ? head.conns(src.head, dst.head) : EMPTY_CONNS;
      if (connsEqual(before, after)) return;
      const cause = causeOf(src, dst);
      const more = subtract(after, before);
      const less = subtract(before, after);
      // Only a policy edit is explained by policies; a new or deleted workload is its own
      // cause, and the rules that admit its flows say what lets it talk (issue 3).
      const change = (kind: "opened" | "closed", conns: typeof more): NodeChange => {
        const attribution =
          cause === "policy"
            ? attributor.attribute(kind, conns, src, dst)
            : { policies: [], byRules: false };
        const rules = ruleAttributor.rules(kind, conns, cause, attribution, src, dst);
        return { src: s, dst: d, conns, cause, policies: attribution.policies, rules };
      };
      if (!isEmpty(more)) opened.push(change("opened", more));
      if (!isEmpty(less)) closed.push(change("closed", less));
    });
  });
  return {
    base,
    head,
    opened: groupChanges(nodes, opened),
    closed: groupChanges(nodes, closed),
    policyChanges: changes.map(({ id, change, origin }) => ({ id, change, origin })),
    renames,
  };
}

/**
 * The diff the slow way, as a reference: every pair of joint nodes compared and
 * attributed on its own, then grouped. `diffGraphs` compares once per pair of node
 * types (src/diff/pair-types.ts) and must give exactly the same groups.
 */
import { createAttributor } from "../../src/diff/attribution.js";
import { groupChanges, type NodeChange } from "../../src/diff/change-groups.js";
import { jointNodes } from "../../src/diff/joint-nodes.js";
import { createPairDiffer } from "../../src/diff/pair-diff.js";
import { changedPolicies } from "../../src/diff/policy-changes.js";
import { detectRenames } from "../../src/diff/renames.js";
import { createRuleAttributor } from "../../src/diff/rule-attribution.js";
import type { ChangeGroup } from "../../src/diff/types.js";
import type { Graph } from "../../src/engine/types.js";

export function pairwiseDiff(
  base: Graph,
  head: Graph,
): { opened: ChangeGroup[]; closed: ChangeGroup[] } {
  const renames = detectRenames(base.model, head.model);
  const changes = changedPolicies(base.model, head.model);
  const nodes = jointNodes(base, head, renames);
  const attributor = createAttributor(base.model, head.model, changes);
  const pair = createPairDiffer(
    base,
    head,
    nodes,
    attributor,
    createRuleAttributor(base, head),
    new Set(changes.map((c) => c.id)),
  );
  const opened: NodeChange[] = [];
  const closed: NodeChange[] = [];
  nodes.forEach((_s, s) => {
    nodes.forEach((_d, d) => {
      const r = pair(s, d);
      if (r.opened) opened.push(r.opened);
      if (r.closed) closed.push(r.closed);
    });
  });
  return { opened: groupChanges(nodes, opened), closed: groupChanges(nodes, closed) };
}

import type { PolicyId } from "../core/ids.js";
import { type ConnSet, connsEqual, EMPTY_CONNS, isEmpty, subtract } from "../engine/conn-set.js";
import type { Graph } from "../engine/types.js";
import type { Attributor } from "./attribution.js";
import type { NodeChange } from "./change-groups.js";
import type { JointNode } from "./joint-nodes.js";
import type { RuleAttributor } from "./rule-attribution.js";
import type { DiffCause } from "./types.js";

function causeOf(src: JointNode, dst: JointNode): DiffCause {
  if (src.status === "added" || dst.status === "added") return "endpoint-added";
  if (src.status === "removed" || dst.status === "removed") return "endpoint-removed";
  return "policy";
}

/** What one pair of joint nodes opened and closed; null where nothing did. */
export interface PairChanges {
  readonly opened: NodeChange | null;
  readonly closed: NodeChange | null;
}

export const NO_CHANGES: PairChanges = { opened: null, closed: null };

/**
 * Compares one pair of joint nodes (indices into `nodes`): `opened` = head − base,
 * `closed` = base − head, each with its attribution. External → external pairs and a
 * bare Pod to itself (loopback) never change.
 */
export function createPairDiffer(
  base: Graph,
  head: Graph,
  nodes: readonly JointNode[],
  attributor: Attributor,
  ruleAttributor: RuleAttributor,
  changed: ReadonlySet<PolicyId>,
): (s: number, d: number) => PairChanges {
  return (s, d) => {
    const src = nodes[s]!;
    const dst = nodes[d]!;
    if (src.kind === "external" && dst.kind === "external") return NO_CHANGES;
    if (s === d && src.singlePod) return NO_CHANGES; // a bare Pod to itself is loopback
    const before = src.base && dst.base ? base.conns(src.base, dst.base) : EMPTY_CONNS;
    const after = src.head && dst.head ? head.conns(src.head, dst.head) : EMPTY_CONNS;
    if (connsEqual(before, after)) return NO_CHANGES;
    const cause = causeOf(src, dst);
    const more = subtract(after, before);
    const less = subtract(before, after);
    // A new or deleted workload is its own cause; the rules that admit its flows say what
    // lets it talk (issue 3), and those of changed policies name them, as the comment does.
    const change = (kind: "opened" | "closed", conns: ConnSet): NodeChange => {
      const attribution =
        cause === "policy"
          ? attributor.attribute(kind, conns, src, dst)
          : { policies: [], byRules: false };
      const rules = ruleAttributor.rules(kind, conns, cause, attribution, src, dst);
      const policies =
        cause === "policy"
          ? attribution.policies
          : [...new Set(rules.filter((r) => changed.has(r.policy)).map((r) => r.policy))];
      return { src: s, dst: d, conns, cause, policies, rules };
    };
    return {
      opened: isEmpty(more) ? null : change("opened", more),
      closed: isEmpty(less) ? null : change("closed", less),
    };
  };
}

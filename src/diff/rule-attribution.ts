import type { PolicyId } from "../core/ids.js";
import { compareOrigins } from "../core/source.js";
import { ALL_CONNS, type ConnSet, intersect, isEmpty, subtract } from "../engine/conn-set.js";
import { type DirectionExplanation, type Explanation, explainFlow } from "../engine/index.js";
import type { Graph, GraphNode } from "../engine/types.js";
import type { Direction, RuleAction } from "../model/types.js";
import type { JointNode } from "./joint-nodes.js";
import type { EffectEndpoint } from "./policy-effect.js";
import type { DiffCause, RuleRef } from "./types.js";

type Side = "base" | "head";
type Flow = Extract<Explanation, { kind: "flow" }>;

const DIRECTIONS: readonly Direction[] = ["egress", "ingress"];

/** Finds the rules responsible for changes of one diff (issue 3, "Attribution"). */
export interface RuleAttributor {
  /**
   * The rules responsible for a change of `conns` on the joint-node pair `src → dst`
   * (all pairs of two joint nodes are alike, so one representative pair is explained):
   * - `policy` cause: rules of `policies` (the changed policies that explain it) on a
   *   side whose verdict changed, that allow the opened conns in the head or no longer
   *   allow the closed ones in the base (or deny: the other way round). Empty when the
   *   change is explained by isolation alone (`byRules` false): the policy is enough.
   *   When no changed policy explains it (labels changed), any policy's rules whose
   *   verdict on the pair changed.
   * - `endpoint-added` / `endpoint-removed`: the allow rules of any policy that admit
   *   the flow on the side where the endpoint exists (head, base).
   */
  rules(
    kind: "opened" | "closed",
    conns: ConnSet,
    cause: DiffCause,
    attribution: { readonly policies: readonly PolicyId[]; readonly byRules: boolean },
    src: JointNode,
    dst: JointNode,
  ): RuleRef[];
}

function repId(rep: EffectEndpoint): string {
  return rep.kind === "workload" ? rep.workload.id : rep.range.id;
}

/**
 * The endpoint ids to explain for a pair on one side. A bare Pod to itself is loopback
 * (never a flow), so for a node paired with itself another member of its class stands in.
 */
function pairIds(
  graph: Graph,
  side: Side,
  src: JointNode,
  dst: JointNode,
): [string, string] | null {
  const s = side === "base" ? src.baseRep : src.headRep;
  const d = side === "base" ? dst.baseRep : dst.headRep;
  if (!s || !d) return null;
  const sId = repId(s);
  let dId = repId(d);
  const node: GraphNode | null = side === "base" ? dst.base : dst.head;
  if (sId === dId && d.kind === "workload" && d.workload.kind === "Pod" && node?.kind === "class") {
    const other = graph.classes[node.index]?.members.find((m) => m.id !== sId);
    if (!other) return null;
    dId = other.id;
  }
  return [sId, dId];
}

function sideOf(flow: Flow | null, direction: Direction): DirectionExplanation | null {
  if (!flow) return null;
  return direction === "egress" ? flow.egress : flow.ingress;
}

/** Rules of one side's verdict with `action` whose peers match and that decided part of `part`. */
function decidingRules(
  at: Side,
  side: DirectionExplanation | null,
  action: RuleAction,
  part: ConnSet,
  policies: ReadonlySet<PolicyId> | null,
): RuleRef[] {
  if (!side) return [];
  const out: RuleRef[] = [];
  for (const p of side.policies) {
    if (policies && !policies.has(p.id)) continue;
    for (const r of p.rules) {
      if (r.action !== action || !r.peerMatches || isEmpty(intersect(r.decided, part))) continue;
      out.push({
        policy: r.policy,
        direction: side.direction,
        index: r.index,
        origin: r.origin,
        side: at,
      });
    }
  }
  return out;
}

/** Policies in `policies` order (best first), then id, then egress first, index, origin. */
function sortRules(rules: readonly RuleRef[], policies: readonly PolicyId[]): RuleRef[] {
  const rank = new Map(policies.map((p, i) => [p, i]));
  const key = (r: RuleRef) =>
    `${r.policy}\u0000${r.direction}\u0000${r.index}\u0000${r.origin.file}:${r.origin.line}`;
  const unique = new Map(rules.map((r) => [key(r), r]));
  return [...unique.values()].sort(
    (a, b) =>
      (rank.get(a.policy) ?? policies.length) - (rank.get(b.policy) ?? policies.length) ||
      (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0) ||
      DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
      a.index - b.index ||
      compareOrigins(a.origin, b.origin),
  );
}

/** A key that tells rule lists apart (for grouping changes that share them). */
export function rulesKey(rules: readonly RuleRef[] | undefined): string {
  return (rules ?? [])
    .map((r) => `${r.policy}:${r.direction}:${r.index}@${r.origin.file}:${r.origin.line}`)
    .join(",");
}

export function createRuleAttributor(base: Graph, head: Graph): RuleAttributor {
  const graphs: Record<Side, Graph> = { base, head };
  const explain = (side: Side, src: JointNode, dst: JointNode): Flow | null => {
    const ids = pairIds(graphs[side], side, src, dst);
    if (!ids) return null;
    const e = explainFlow(graphs[side], ids[0], ids[1]);
    return e.kind === "flow" ? e : null;
  };
  return {
    rules(kind, conns, cause, attribution, src, dst) {
      if (cause !== "policy") {
        // What admits the flow where the endpoint exists: any policy's allow rules.
        const side: Side = cause === "endpoint-added" ? "head" : "base";
        const flow = explain(side, src, dst);
        const found = DIRECTIONS.flatMap((d) =>
          decidingRules(side, sideOf(flow, d), "allow", conns, null),
        );
        return sortRules(found, []);
      }
      // Isolation alone (a default deny): the policy is the reason, no rule is.
      if (attribution.policies.length > 0 && !attribution.byRules) return [];
      const before = explain("base", src, dst);
      const after = explain("head", src, dst);
      // No changed policy explains it (a relabeled namespace or workload): the rules
      // whose peers now match, or no longer do, are what changed; any policy's.
      const changed = attribution.policies.length > 0 ? new Set(attribution.policies) : null;
      // Opened: allowed by the head and not the base (or denied by the base only).
      const [allowSide, denySide] = kind === "opened" ? [after, before] : [before, after];
      const [allowAt, denyAt]: [Side, Side] =
        kind === "opened" ? ["head", "base"] : ["base", "head"];
      const found: RuleRef[] = [];
      for (const d of DIRECTIONS) {
        const allowing = sideOf(allowSide, d)?.conns ?? ALL_CONNS;
        const denying = sideOf(denySide, d)?.conns ?? ALL_CONNS;
        // Only a direction whose own verdict changed can hold the responsible rule.
        const part = intersect(subtract(allowing, denying), conns);
        if (isEmpty(part)) continue;
        found.push(...decidingRules(allowAt, sideOf(allowSide, d), "allow", part, changed));
        found.push(...decidingRules(denyAt, sideOf(denySide, d), "deny", part, changed));
      }
      return sortRules(found, attribution.policies);
    },
  };
}

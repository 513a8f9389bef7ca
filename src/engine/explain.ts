import type { EndpointId, PolicyId, WorkloadId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { Direction, Protocol, RuleAction, Tier, Workload } from "../model/types.js";
import { ALL_CONNS, type ConnSet, containsConn, EMPTY_CONNS, intersect } from "./conn-set.js";
import { destinationPorts, evaluateDirection, type RuleStep } from "./evaluate.js";
import { type ResolvedEndpoint, resolveEndpoint } from "./flows.js";
import { graphInternals } from "./graph.js";
import { resolveNamedPort } from "./rule-ports.js";
import type { Graph } from "./types.js";

/** One (protocol, destination port) to check, e.g. from `explain SRC DST 443/TCP`. */
export interface Probe {
  readonly protocol: Protocol;
  readonly port: number;
}

export interface RuleExplanation {
  readonly policy: PolicyId;
  /** 0-based index in the policy's rule list for the direction. */
  readonly index: number;
  readonly name: string | null;
  readonly action: RuleAction;
  readonly origin: Origin;
  /** Whether the rule's peers (`from`/`to`) match the other endpoint. */
  readonly peerMatches: boolean;
  /** The rule's ports resolved at the destination, whatever its peers say. */
  readonly ruleConns: ConnSet;
  /** What this rule decided (allowed, denied or passed on) of what was still undecided. */
  readonly decided: ConnSet;
  /** Named ports (`name/PROTOCOL`) the destination does not declare: they match nothing. */
  readonly unresolvedNamedPorts: readonly string[];
  /** With a probe: whether this rule matches it (peers and ports); else null. */
  readonly probeMatches: boolean | null;
}

export interface PolicyExplanation {
  readonly id: PolicyId;
  readonly kind: string;
  readonly tier: Tier;
  readonly priority: number;
  readonly origin: Origin;
  readonly isolates: boolean;
  readonly rules: readonly RuleExplanation[];
}

/** One side's verdict: egress at the source or ingress at the destination (§1). */
export interface DirectionExplanation {
  readonly direction: Direction;
  readonly subject: WorkloadId;
  readonly peer: EndpointId;
  /** True when some policy selecting the subject isolates it in this direction (§2.1). */
  readonly isolated: boolean;
  readonly isolatedBy: readonly PolicyId[];
  /** Every policy that selects the subject in this direction, in evaluation order. */
  readonly policies: readonly PolicyExplanation[];
  /** What this side allows. */
  readonly conns: ConnSet;
  readonly probeAllowed: boolean | null;
}

export type Explanation =
  | {
      readonly kind: "flow";
      readonly src: EndpointId;
      readonly dst: EndpointId;
      readonly probe: Probe | null;
      /** null when the source is external: it is not restricted on its side. */
      readonly egress: DirectionExplanation | null;
      /** null when the destination is external. */
      readonly ingress: DirectionExplanation | null;
      /** egress ∩ ingress: what the flow allows. */
      readonly conns: ConnSet;
      readonly probeAllowed: boolean | null;
    }
  /** A bare Pod to itself: loopback, always allowed (semantics.md Part 1). */
  | { readonly kind: "loopback"; readonly src: EndpointId; readonly dst: EndpointId }
  /** Both sides external: not analysed (contract.md). */
  | { readonly kind: "external-pair"; readonly src: EndpointId; readonly dst: EndpointId }
  | {
      readonly kind: "unknown-endpoint";
      readonly role: "src" | "dst";
      readonly text: string;
      /** Set when `text` names a workload of the input that the analysis leaves out. */
      readonly reason?: string;
    };

function unknownEndpoint(graph: Graph, role: "src" | "dst", text: string): Explanation {
  const reason = graph.model.excluded?.find((e) => e.id === text)?.reason;
  return reason === undefined
    ? { kind: "unknown-endpoint", role, text }
    : { kind: "unknown-endpoint", role, text, reason };
}

function endpointId(e: ResolvedEndpoint): EndpointId {
  return e.kind === "workload" ? e.workload.id : e.id;
}

function explainSide(
  graph: Graph,
  direction: Direction,
  subject: Workload,
  subjectClass: number,
  peer: ResolvedEndpoint,
  probe: Probe | null,
): DirectionExplanation {
  const { compiled } = graphInternals(graph);
  const steps: RuleStep[] = [];
  const conns = evaluateDirection(compiled, direction, subjectClass, peer.node, steps);
  const destPorts = destinationPorts(compiled, direction, subjectClass, peer.node);
  const has = (c: ConnSet) => (probe ? containsConn(c, probe.protocol, probe.port) : null);
  const policies = (compiled.applicable[direction][subjectClass] ?? []).map(
    (cp): PolicyExplanation => ({
      id: cp.policy.id,
      kind: cp.policy.kind,
      tier: cp.policy.tier,
      priority: cp.policy.priority,
      origin: cp.policy.origin,
      isolates: cp[direction]!.isolates,
      rules: steps
        .filter((s) => s.rule.policy === cp.policy)
        .map((s) => ({
          policy: cp.policy.id,
          index: s.rule.rule.index,
          name: s.rule.rule.name,
          action: s.rule.rule.action,
          origin: s.rule.rule.origin,
          peerMatches: s.peerMatches,
          ruleConns: s.ruleConns,
          decided: s.decided,
          unresolvedNamedPorts: s.rule.ports.named
            .filter((n) => destPorts === null || resolveNamedPort(destPorts, n).length === 0)
            .map((n) => `${n.name}/${n.protocol}`),
          probeMatches: probe ? s.peerMatches && has(s.ruleConns) === true : null,
        })),
    }),
  );
  const isolatedBy = policies.filter((p) => p.isolates).map((p) => p.id);
  return {
    direction,
    subject: subject.id,
    peer: endpointId(peer),
    isolated: isolatedBy.length > 0,
    isolatedBy,
    policies,
    conns,
    probeAllowed: has(conns),
  };
}

/**
 * Why `src` may or may not open connections to `dst`, rule by rule: egress at the
 * source and ingress at the destination, each with the policies that select that
 * side, every rule's peer match and ports, and the resulting sets (semantics.md §1).
 * `src` and `dst` are endpoint ids or IP addresses.
 */
export function explainFlow(graph: Graph, src: string, dst: string, probe?: Probe): Explanation {
  const s = resolveEndpoint(graph, src);
  if (!s) return unknownEndpoint(graph, "src", src);
  const d = resolveEndpoint(graph, dst);
  if (!d) return unknownEndpoint(graph, "dst", dst);
  const srcId = endpointId(s);
  const dstId = endpointId(d);
  if (s.kind === "external" && d.kind === "external") {
    return { kind: "external-pair", src: srcId, dst: dstId };
  }
  if (s.kind === "workload" && srcId === dstId && s.workload.kind === "Pod") {
    return { kind: "loopback", src: srcId, dst: dstId };
  }
  const p = probe ?? null;
  const egress =
    s.kind === "workload" ? explainSide(graph, "egress", s.workload, s.node.index, d, p) : null;
  const ingress =
    d.kind === "workload" ? explainSide(graph, "ingress", d.workload, d.node.index, s, p) : null;
  const conns = intersect(egress?.conns ?? ALL_CONNS, ingress?.conns ?? ALL_CONNS);
  return {
    kind: "flow",
    src: srcId,
    dst: dstId,
    probe: p,
    egress,
    ingress,
    conns: egress || ingress ? conns : EMPTY_CONNS,
    probeAllowed: p ? containsConn(conns, p.protocol, p.port) : null,
  };
}

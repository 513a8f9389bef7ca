import { assertNever } from "../core/assert-never.js";
import { type ContainerPort, type Direction, TIERS } from "../model/types.js";
import type { CompiledModel, CompiledRule } from "./compile.js";
import {
  ALL_CONNS,
  type ConnSet,
  EMPTY_CONNS,
  intersect,
  isEmpty,
  subtract,
  union,
} from "./conn-set.js";
import { rulePortsAt } from "./rule-ports.js";
import type { GraphNode } from "./types.js";

export function nodeKey(compiled: CompiledModel, node: GraphNode): number {
  switch (node.kind) {
    case "class":
      return node.index;
    case "external":
      return compiled.classes.length + node.index;
    default:
      return assertNever(node, "graph node");
  }
}

export function keyNode(compiled: CompiledModel, key: number): GraphNode {
  const n = compiled.classes.length;
  return key < n ? { kind: "class", index: key } : { kind: "external", index: key - n };
}

/** `null` stands for a peer no rule names: it matches only rules with `any` peers. */
export function ruleMatchesPeer(r: CompiledRule, peer: GraphNode | null): boolean {
  if (r.anyPeer) return true;
  if (peer === null) return false;
  return peer.kind === "class" ? r.classSet.has(peer.index) : r.externalSet.has(peer.index);
}

/** Ports are destination ports: the subject's for ingress, the peer's for egress (§2.6). */
export function destinationPorts(
  compiled: CompiledModel,
  direction: Direction,
  subject: number,
  peer: GraphNode | null,
): readonly ContainerPort[] | null {
  if (direction === "ingress") return compiled.classes[subject]!.ports;
  return peer?.kind === "class" ? compiled.classes[peer.index]!.ports : null;
}

/** One rule as the evaluation met it (for `explain`). */
export interface RuleStep {
  readonly rule: CompiledRule;
  readonly peerMatches: boolean;
  /** The rule's ports resolved at the destination, whether or not its peers match. */
  readonly ruleConns: ConnSet;
  /** The part of the still-undecided set that this rule decided (allowed, denied or passed). */
  readonly decided: ConnSet;
}

/**
 * The generic tiered evaluation (semantics.md §1; design.md): tiers in order; inside a
 * tier the first matching rule decides, `pass` sends its connections to the next tier;
 * at the end of a tier where some policy isolates the subject, what is left is denied;
 * what no tier decided is allowed. Works on connection sets, keeping an "undecided" set.
 */
export function evaluateDirection(
  compiled: CompiledModel,
  direction: Direction,
  subject: number,
  peer: GraphNode | null,
  trace?: RuleStep[],
): ConnSet {
  const policies = compiled.applicable[direction][subject] ?? [];
  const ports = destinationPorts(compiled, direction, subject, peer);
  let allowed = EMPTY_CONNS;
  let remaining = ALL_CONNS;
  for (const tier of TIERS) {
    const inTier = policies.filter((p) => p.policy.tier === tier);
    if (inTier.length === 0) continue;
    let pending = remaining;
    let passed = EMPTY_CONNS;
    for (const cp of inTier) {
      for (const r of cp[direction]!.rules) {
        if (isEmpty(pending) && !trace) break;
        const peerMatches = ruleMatchesPeer(r, peer);
        const ruleConns = peerMatches || trace ? rulePortsAt(r.ports, ports) : EMPTY_CONNS;
        const decided = peerMatches ? intersect(ruleConns, pending) : EMPTY_CONNS;
        trace?.push({ rule: r, peerMatches, ruleConns, decided });
        if (isEmpty(decided)) continue;
        switch (r.rule.action) {
          case "allow":
            allowed = union(allowed, decided);
            break;
          case "deny":
            break;
          case "pass":
            passed = union(passed, decided);
            break;
          default:
            assertNever(r.rule.action, "rule action");
        }
        pending = subtract(pending, decided);
      }
    }
    const isolated = inTier.some((cp) => cp[direction]!.isolates);
    remaining = isolated ? passed : union(pending, passed);
  }
  return union(allowed, remaining);
}

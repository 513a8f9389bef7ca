/**
 * A plain, obviously-correct evaluator, written straight from semantics.md §1–§2 and
 * Part 1 with no classes, no tables and no code shared with src/engine except the
 * ConnSet type: for each pair of endpoints and each (protocol, port) point it walks
 * the policies as the pseudocode in §1 does. Ports are enumerated by interval
 * boundaries: between two consecutive boundaries every decision is the same. The
 * protocols other than TCP/UDP/SCTP (ICMP, …) are one more point, `OTHER`: only a rule
 * without ports matches it (ports always name TCP, UDP or SCTP).
 */
import type { ConnSet, PortRange } from "../../src/engine/conn-set.js";
import type { ExternalRange } from "../../src/engine/types.js";
import type {
  Direction,
  LabelSelector,
  Labels,
  Model,
  NamespaceMatch,
  Policy,
  Protocol,
  Rule,
  Workload,
} from "../../src/model/types.js";

export type BruteEndpoint =
  | { readonly kind: "workload"; readonly workload: Workload }
  | { readonly kind: "external"; readonly range: ExternalRange };

const PROTOCOLS: readonly Protocol[] = ["TCP", "UDP", "SCTP"];
/** Every protocol that is not TCP, UDP or SCTP, as one point with no port. */
type PointProtocol = Protocol | "OTHER";
const TIER_ORDER = ["admin", "networkpolicy", "baseline"];

function has(labels: Labels, key: string): boolean {
  return Object.hasOwn(labels, key);
}

export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const key of Object.keys(selector.matchLabels)) {
    if (!has(labels, key) || labels[key] !== selector.matchLabels[key]) return false;
  }
  for (const e of selector.matchExpressions) {
    const present = has(labels, e.key);
    const inValues = present && e.values.includes(labels[e.key]!);
    if (e.operator === "In" && !inValues) return false;
    if (e.operator === "NotIn" && inValues) return false;
    if (e.operator === "Exists" && !present) return false;
    if (e.operator === "DoesNotExist" && present) return false;
  }
  return true;
}

function namespaceLabels(model: Model, name: string): Labels {
  const ns = model.namespaces.find((n) => n.name === name);
  return ns ? ns.labels : { "kubernetes.io/metadata.name": name };
}

function namespaceMatches(model: Model, match: NamespaceMatch, name: string): boolean {
  if (match.kind === "named") return match.name === name;
  return selectorMatches(match.selector, namespaceLabels(model, name));
}

/** Whether a policy's subject selects a workload. */
export function policySelects(model: Model, policy: Policy, w: Workload): boolean {
  return (
    namespaceMatches(model, policy.subject.namespaces, w.namespace) &&
    selectorMatches(policy.subject.pods, w.labels)
  );
}

function peerMatches(model: Model, rule: Rule, peer: BruteEndpoint): boolean {
  if (rule.peers === "any") return true;
  return rule.peers.some((p) => {
    if (p.kind === "pods") {
      // Pod peers never match addresses; ipBlocks never match pods (Part 1).
      if (peer.kind !== "workload") return false;
      const w = peer.workload;
      return (
        namespaceMatches(model, p.namespaces, w.namespace) && selectorMatches(p.pods, w.labels)
      );
    }
    if (peer.kind !== "external") return false;
    const { family, start, end } = peer.range;
    const inStart = p.ranges.some((r) => r.family === family && r.start <= start && start <= r.end);
    const inEnd = p.ranges.some((r) => r.family === family && r.start <= end && end <= r.end);
    if (inStart !== inEnd) throw new Error(`external ${peer.range.id} straddles ipBlock ${p.cidr}`);
    return inStart;
  });
}

function portMatches(
  rule: Rule,
  dest: BruteEndpoint,
  protocol: PointProtocol,
  port: number,
): boolean {
  if (rule.ports === "all") return true;
  return rule.ports.some((m) => {
    if (m.protocol !== protocol) return false;
    if (m.kind === "range") return m.from <= port && port <= m.to;
    // Named: resolved on the destination workload, same protocol; never on an address.
    if (dest.kind !== "workload") return false;
    return dest.workload.ports.some(
      (c) => c.name === m.name && c.protocol === protocol && c.port === port,
    );
  });
}

function tierIndex(p: Policy): number {
  return TIER_ORDER.indexOf(p.tier);
}

/** The §1 pseudocode, for one point. */
export function directionAllows(
  model: Model,
  direction: Direction,
  subject: Workload,
  peer: BruteEndpoint,
  protocol: PointProtocol,
  port: number,
): boolean {
  const dest: BruteEndpoint =
    direction === "ingress" ? { kind: "workload", workload: subject } : peer;
  const policies = model.policies
    .filter((p) => p[direction] !== null && policySelects(model, p, subject))
    .sort(
      (a, b) =>
        tierIndex(a) - tierIndex(b) ||
        a.priority - b.priority ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1),
    );
  for (const tier of TIER_ORDER) {
    const inTier = policies.filter((p) => p.tier === tier);
    if (inTier.length === 0) continue;
    let decision: string | null = null;
    search: for (const p of inTier) {
      for (const r of p[direction]!.rules) {
        if (peerMatches(model, r, peer) && portMatches(r, dest, protocol, port)) {
          decision = r.action;
          break search;
        }
      }
    }
    if (decision === "allow") return true;
    if (decision === "deny") return false;
    if (decision === "pass") continue;
    if (inTier.some((p) => p[direction]!.isolates)) return false;
  }
  return true;
}

function boundaries(model: Model, protocol: Protocol): number[] {
  const points = new Set<number>([1, 65536]);
  for (const p of model.policies) {
    for (const d of [p.ingress, p.egress]) {
      for (const r of d?.rules ?? []) {
        if (r.ports === "all") continue;
        for (const m of r.ports) {
          if (m.kind === "range" && m.protocol === protocol) {
            points.add(m.from);
            points.add(m.to + 1);
          }
        }
      }
    }
  }
  for (const w of model.workloads) {
    for (const c of w.ports) {
      points.add(c.port);
      points.add(c.port + 1);
    }
  }
  return [...points].filter((x) => x >= 1 && x <= 65536).sort((a, b) => a - b);
}

/** Every connection `src` may open to `dst`, point by point. */
export function bruteForceConns(model: Model, src: BruteEndpoint, dst: BruteEndpoint): ConnSet {
  const allows = (protocol: PointProtocol, port: number): boolean =>
    (src.kind !== "workload" ||
      directionAllows(model, "egress", src.workload, dst, protocol, port)) &&
    (dst.kind !== "workload" ||
      directionAllows(model, "ingress", dst.workload, src, protocol, port));
  const out: Record<Protocol, PortRange[]> = { TCP: [], UDP: [], SCTP: [] };
  for (const protocol of PROTOCOLS) {
    const points = boundaries(model, protocol);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]! - 1;
      if (!allows(protocol, from)) continue;
      const ranges = out[protocol];
      const last = ranges[ranges.length - 1];
      if (last && last[1] + 1 === from) ranges[ranges.length - 1] = [last[0], to];
      else ranges.push([from, to]);
    }
  }
  return { ...out, other: allows("OTHER", 0) };
}

/** All endpoints in contract order: workloads by id, then the given externals. */
export function bruteEndpoints(model: Model, externals: readonly ExternalRange[]): BruteEndpoint[] {
  const workloads = [...model.workloads].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    ...workloads.map((workload): BruteEndpoint => ({ kind: "workload", workload })),
    ...externals.map((range): BruteEndpoint => ({ kind: "external", range })),
  ];
}

export function endpointName(e: BruteEndpoint): string {
  return e.kind === "workload" ? e.workload.id : e.range.id;
}

/** The contract's flow list, computed pair by pair. */
export function bruteForceFlows(
  model: Model,
  externals: readonly ExternalRange[],
): { src: string; dst: string; conns: ConnSet }[] {
  const endpoints = bruteEndpoints(model, externals);
  const flows: { src: string; dst: string; conns: ConnSet }[] = [];
  for (const src of endpoints) {
    for (const dst of endpoints) {
      if (src.kind === "external" && dst.kind === "external") continue;
      if (src.kind === "workload" && src === dst && src.workload.kind === "Pod") continue;
      const conns = bruteForceConns(model, src, dst);
      if (conns.other || conns.TCP.length + conns.UDP.length + conns.SCTP.length > 0) {
        flows.push({ src: endpointName(src), dst: endpointName(dst), conns });
      }
    }
  }
  return flows;
}

/**
 * Small builders for Model values, so engine tests state clusters directly in
 * TypeScript without depending on the YAML layers.
 */
import { policyId, workloadId } from "../../src/core/ids.js";
import type { Origin } from "../../src/core/source.js";
import { parseAddress } from "../../src/engine/address.js";
import type {
  ContainerPort,
  IpRange,
  LabelSelector,
  Labels,
  Model,
  Namespace,
  Peer,
  Policy,
  PolicyDirection,
  PortMatch,
  Protocol,
  Rule,
  RuleAction,
  SelectorOperator,
  SelectorRequirement,
  Tier,
  Workload,
} from "../../src/model/types.js";

export const at = (line = 1, file = "test.yaml"): Origin => ({ file, line, column: 1 });

export function sel(
  matchLabels: Labels = {},
  matchExpressions: readonly SelectorRequirement[] = [],
): LabelSelector {
  return { matchLabels, matchExpressions };
}

export function expr(
  key: string,
  operator: SelectorOperator,
  values: readonly string[] = [],
): SelectorRequirement {
  return { key, operator, values };
}

export function namespace(name: string, labels: Labels = {}): Namespace {
  return {
    name,
    labels: { ...labels, "kubernetes.io/metadata.name": name },
    declared: true,
    origin: at(),
  };
}

export function cport(
  port: number,
  name: string | null = null,
  protocol: Protocol = "TCP",
): ContainerPort {
  return { name, port, protocol };
}

export function workload(
  ns: string,
  name: string,
  opts: { kind?: string; labels?: Labels; ports?: readonly ContainerPort[] } = {},
): Workload {
  const kind = opts.kind ?? "Deployment";
  return {
    id: workloadId(ns, kind, name),
    namespace: ns,
    name,
    kind,
    labels: opts.labels ?? {},
    ports: opts.ports ?? [],
    origin: at(),
  };
}

/** A peer with only a podSelector: pods in the policy's own namespace (§2.4). */
export const podsIn = (ns: string, pods: LabelSelector = sel()): Peer => ({
  kind: "pods",
  namespaces: { kind: "named", name: ns },
  pods,
});

/** A peer with a namespaceSelector (and optionally a podSelector) (§2.4). */
export const podsWhere = (namespaces: LabelSelector, pods: LabelSelector = sel()): Peer => ({
  kind: "pods",
  namespaces: { kind: "selector", selector: namespaces },
  pods,
});

function cidrRange(cidr: string): IpRange {
  const [addr, len] = cidr.split("/");
  const parsed = parseAddress(addr!);
  if (!parsed) throw new Error(`bad cidr ${cidr}`);
  const bits = parsed.family === 4 ? 32n : 128n;
  const host = bits - BigInt(len!);
  const start = (parsed.value >> host) << host;
  return { family: parsed.family, start, end: start + (1n << host) - 1n };
}

/** An ipBlock peer; ranges are cidr minus excepts (excepts must not overlap each other). */
export function ipBlock(cidr: string, except: readonly string[] = []): Peer {
  const whole = cidrRange(cidr);
  const holes = except.map(cidrRange).sort((a, b) => (a.start < b.start ? -1 : 1));
  const ranges: IpRange[] = [];
  let next = whole.start;
  for (const h of holes) {
    if (h.start > next) ranges.push({ family: whole.family, start: next, end: h.start - 1n });
    next = h.end + 1n;
  }
  if (next <= whole.end) ranges.push({ family: whole.family, start: next, end: whole.end });
  return { kind: "ipBlock", cidr, except, ranges };
}

export const tcp = (from: number, to = from): PortMatch => ({
  kind: "range",
  protocol: "TCP",
  from,
  to,
});
export const udp = (from: number, to = from): PortMatch => ({
  kind: "range",
  protocol: "UDP",
  from,
  to,
});
export const sctp = (from: number, to = from): PortMatch => ({
  kind: "range",
  protocol: "SCTP",
  from,
  to,
});
/** A protocol-only port entry: every port of that protocol. */
export const proto = (protocol: Protocol): PortMatch => ({
  kind: "range",
  protocol,
  from: 1,
  to: 65535,
});
export const named = (name: string, protocol: Protocol = "TCP"): PortMatch => ({
  kind: "named",
  protocol,
  name,
});

export function rule(
  peers: readonly Peer[] | "any" = "any",
  ports: readonly PortMatch[] | "all" = "all",
  action: RuleAction = "allow",
): Rule {
  return { index: 0, action, peers, ports, origin: at(), name: null };
}

function direction(
  rules: readonly Rule[] | null | undefined,
  isolates: boolean,
): PolicyDirection | null {
  if (rules === null || rules === undefined) return null;
  return { isolates, rules: rules.map((r, index) => ({ ...r, index, origin: at(10 + index) })) };
}

/** A NetworkPolicy: `ingress`/`egress` given means the direction is in policyTypes. */
export function netpol(
  ns: string,
  name: string,
  opts: {
    subject?: LabelSelector;
    ingress?: readonly Rule[] | null;
    egress?: readonly Rule[] | null;
  } = {},
): Policy {
  return {
    id: policyId(ns, name),
    kind: "NetworkPolicy",
    namespace: ns,
    name,
    tier: "networkpolicy",
    priority: 0,
    subject: { namespaces: { kind: "named", name: ns }, pods: opts.subject ?? sel() },
    ingress: direction(opts.ingress, true),
    egress: direction(opts.egress, true),
    origin: at(),
    fingerprint: `${ns}/${name}`,
  };
}

/** A cluster-scoped tiered policy (AdminNetworkPolicy-like); never isolates. */
export function tiered(
  tier: Exclude<Tier, "networkpolicy">,
  name: string,
  priority: number,
  opts: {
    namespaces?: LabelSelector;
    pods?: LabelSelector;
    ingress?: readonly Rule[] | null;
    egress?: readonly Rule[] | null;
  } = {},
): Policy {
  return {
    id: policyId(null, name),
    kind: tier === "admin" ? "AdminNetworkPolicy" : "BaselineAdminNetworkPolicy",
    namespace: null,
    name,
    tier,
    priority,
    subject: {
      namespaces: { kind: "selector", selector: opts.namespaces ?? sel() },
      pods: opts.pods ?? sel(),
    },
    ingress: direction(opts.ingress, false),
    egress: direction(opts.egress, false),
    origin: at(),
    fingerprint: name,
  };
}

/** A Model; namespaces used by workloads but not given are synthesized. */
export function model(parts: {
  namespaces?: readonly Namespace[];
  workloads?: readonly Workload[];
  policies?: readonly Policy[];
}): Model {
  const namespaces = new Map((parts.namespaces ?? []).map((n) => [n.name, n]));
  for (const w of parts.workloads ?? []) {
    if (!namespaces.has(w.namespace)) namespaces.set(w.namespace, namespace(w.namespace));
  }
  const byText =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    namespaces: [...namespaces.values()].sort(byText((n) => n.name)),
    workloads: [...(parts.workloads ?? [])].sort(byText((w) => w.id)),
    policies: [...(parts.policies ?? [])].sort(byText((p) => p.id)),
    diagnostics: [],
    incomplete: false,
  };
}

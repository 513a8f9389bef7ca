import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { type EndpointId, parseWorkloadId, type WorkloadId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { ChangeGroup, GraphDiff } from "../diff/types.js";
import {
  type ConnSet,
  connsOf,
  EMPTY_CONNS,
  formatConns,
  intersect,
  isEmpty,
  subtract,
  union,
} from "../engine/conn-set.js";
import type { Model, Namespace, Workload } from "../model/types.js";
import { podSetMatches, selectorMatches } from "./selectors.js";
import type { DnsTarget } from "./types.js";

/** Why a flow closes although nothing was wrong: the price of isolating its source for egress. */
export type PriceKind =
  /** Egress to addresses outside the cluster (the internet, external ranges). */
  | "external"
  /** Egress to workloads that no ingress policy isolates. */
  | "unisolated"
  /** Egress to the cluster DNS on its DNS ports. */
  | "dns";

export interface PriceItem {
  readonly kind: PriceKind;
  readonly srcs: readonly EndpointId[];
  readonly dsts: readonly EndpointId[];
  readonly conns: ConnSet;
}

export type CounterExampleKind = "opened" | "closed-into-isolated" | "unexpected";

/** A change the generated set must never make: a bug in reachdiff, never the user's fault. */
export interface CounterExample {
  readonly kind: CounterExampleKind;
  readonly srcs: readonly EndpointId[];
  readonly dsts: readonly EndpointId[];
  readonly conns: ConnSet;
}

/** An object of a policy kind reachdiff does not evaluate: the proof says nothing about it. */
export interface IgnoredObject {
  readonly kind: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly file: string;
}

/** What the proof is judged with, besides the diff. */
export interface ProofContext {
  /** The id of the DNS stand-in both sides of the diff hold, when the repository has no pod of the DNS target. */
  readonly dnsStandIn?: WorkloadId | null;
  /** Policy objects of kinds reachdiff does not evaluate (they qualify the proof). */
  readonly ignored?: readonly IgnoredObject[];
}

export interface EgressProof {
  readonly holds: boolean;
  readonly counterExamples: readonly CounterExample[];
  readonly price: readonly PriceItem[];
  /**
   * The pod that stood in for the DNS target because the repository declares none
   * (see `dnsStandIn`); its DNS ports are judged like a real pod's. Null when the
   * repository has a pod of the DNS target.
   */
  readonly dnsStandIn: WorkloadId | null;
  /** The DNS target the price was judged against. */
  readonly dns: DnsTarget;
  /**
   * Policy objects of kinds reachdiff does not evaluate (CiliumNetworkPolicy, …): the
   * proof holds for the NetworkPolicies it evaluates, and these were ignored.
   */
  readonly ignored: readonly IgnoredObject[];
  /** One `proof-failed` error per counter-example. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The DNS ports as a connection set, for splitting DNS from other closed traffic. */
export function dnsConns(dns: DnsTarget): ConnSet {
  let out = EMPTY_CONNS;
  for (const p of dns.ports) out = union(out, connsOf(p.protocol, [[p.port, p.port]]));
  return out;
}

interface Classifier {
  workload(id: EndpointId): Workload | null;
  /** The DNS stand-in: only its DNS ports mean something, it runs nothing else. */
  standIn(w: Workload): boolean;
  isolated(w: Workload): boolean;
  isDns(w: Workload): boolean;
}

function classifier(model: Model, dns: DnsTarget, standIn: WorkloadId | null): Classifier {
  const workloads = new Map<string, Workload>(model.workloads.map((w) => [w.id, w]));
  const namespaces = new Map<string, Namespace>(model.namespaces.map((n) => [n.name, n]));
  const ingress = model.policies.filter((p) => p.ingress?.isolates);
  const dnsPods = { matchLabels: dns.podLabels, matchExpressions: [] };
  return {
    workload: (id) => (parseWorkloadId(id) ? (workloads.get(id) ?? null) : null),
    standIn: (w) => w.id === standIn,
    isolated: (w) => {
      const ns = namespaces.get(w.namespace);
      return ns !== undefined && ingress.some((p) => podSetMatches(p.subject, ns, w.labels));
    },
    isDns: (w) => w.namespace === dns.namespace && selectorMatches(dnsPods, w.labels),
  };
}

/**
 * The proof that the generated egress breaks nothing (issue 5, "Proof"): in the diff
 * from the repository to the repository plus the generated policies, nothing opens and
 * no flow into an ingress-isolated workload closes. Every other closed flow is the
 * price of egress isolation, sorted into external, unisolated and DNS.
 */
export function proveEgress(
  diff: GraphDiff,
  dns: DnsTarget,
  context: ProofContext = {},
): EgressProof {
  const standIn = context.dnsStandIn ?? null;
  const c = classifier(diff.base.model, dns, standIn);
  const dnsSet = dnsConns(dns);
  const counterExamples: CounterExample[] = diff.opened.map((g) => ({
    kind: "opened",
    srcs: g.srcs,
    dsts: g.dsts,
    conns: g.conns,
  }));
  const price: PriceItem[] = [];
  for (const g of diff.closed) classifyClosed(g, c, dnsSet, counterExamples, price);
  const diagnostics = counterExamples.map((x) =>
    diagnostic("error", "proof-failed", counterExampleMessage(x), originOf(diff, x)),
  );
  return {
    holds: counterExamples.length === 0,
    counterExamples,
    price,
    dnsStandIn: standIn,
    dns,
    ignored: context.ignored ?? [],
    diagnostics,
  };
}

function classifyClosed(
  g: ChangeGroup,
  c: Classifier,
  dnsSet: ConnSet,
  counterExamples: CounterExample[],
  price: PriceItem[],
): void {
  const srcsAreWorkloads = g.srcs.every((s) => c.workload(s) !== null);
  if (g.cause !== "policy" || !srcsAreWorkloads) {
    counterExamples.push({ kind: "unexpected", srcs: g.srcs, dsts: g.dsts, conns: g.conns });
    return;
  }
  const buckets: Record<"external" | "unisolated" | "isolated" | "dns", EndpointId[]> = {
    external: [],
    unisolated: [],
    isolated: [],
    dns: [],
  };
  for (const d of g.dsts) {
    const w = c.workload(d);
    if (w === null) buckets.external.push(d);
    else if (c.isolated(w)) buckets.isolated.push(d);
    else if (c.isDns(w)) buckets.dns.push(d);
    else buckets.unisolated.push(d);
  }
  const push = (kind: PriceKind, dsts: EndpointId[], conns: ConnSet) => {
    if (dsts.length > 0 && !isEmpty(conns)) price.push({ kind, srcs: g.srcs, dsts, conns });
  };
  if (buckets.isolated.length > 0) {
    counterExamples.push({
      kind: "closed-into-isolated",
      srcs: g.srcs,
      dsts: buckets.isolated,
      conns: g.conns,
    });
  }
  push("external", buckets.external, g.conns);
  push("unisolated", buckets.unisolated, g.conns);
  push("dns", buckets.dns, intersect(g.conns, dnsSet));
  push(
    "unisolated",
    buckets.dns.filter((d) => !c.standIn(c.workload(d)!)),
    subtract(g.conns, dnsSet),
  );
}

function counterExampleMessage(x: CounterExample): string {
  const what =
    x.kind === "opened"
      ? "would OPEN"
      : x.kind === "closed-into-isolated"
        ? "would close, into an ingress-isolated destination,"
        : "would unexpectedly close";
  return `reachdiff bug: the generated egress policies ${what} ${x.srcs.join(", ")} → ${x.dsts.join(", ")} (${formatConns(x.conns)}). Nothing was written; please report this with your manifests.`;
}

const NOWHERE: Origin = { file: "", line: 1, column: 1 };

function originOf(diff: GraphDiff, x: CounterExample): Origin {
  const w = x.srcs.map((s) => diff.head.model.workloads.find((v) => v.id === s)).find((v) => v);
  return w?.origin ?? NOWHERE;
}

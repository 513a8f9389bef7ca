import { compareText } from "../core/compare-text.js";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Policy, Workload } from "../model/types.js";
import { type ConnSet, containsConn } from "./conn-set.js";
import { buildGraph, graphInternals } from "./graph.js";
import {
  ASSUMED_KUBE_DNS,
  DNS_PORT,
  formatLabels,
  isDnsServer,
  probeModel,
  probeSubject,
} from "./lint-dns-probe.js";
import { splitRulePorts } from "./rule-ports.js";
import type { Graph, GraphNode } from "./types.js";

/** How many workloads a message names before "and N more". */
const SHOWN = 3;

function allowsDns(c: ConnSet): boolean {
  return containsConn(c, "UDP", DNS_PORT) || containsConn(c, "TCP", DNS_PORT);
}

/** One endpoint to ask about: a class representative or a stand-in for unseen pods. */
interface Subject {
  readonly probe: Workload;
  /** The repository's workloads it stands for; empty for a stand-in. */
  readonly members: readonly Workload[];
  /** For a stand-in: the policy whose pods it stands for. */
  readonly standInFor: Policy | null;
}

interface Verdict {
  readonly subject: Subject;
  /** Egress-isolating policies that select it, in evaluation order. */
  readonly isolatedBy: readonly Policy[];
  /** Some egress rule selecting it allows port 53, just not toward a DNS server. */
  readonly rulesMention53: boolean;
}

/**
 * `dns-blocked` (cyclonus' "DNS blocked" check, semantics.md §7): workloads isolated
 * for egress that can open neither UDP nor TCP 53 to any DNS server — the
 * repository's (kube-dns in kube-system, or anything serving port 53), the assumed
 * kube-dns when the repository has none, or any address outside the cluster. The
 * answer comes from the engine itself, on a model cut down to the endpoints asked
 * about. Namespaces without workloads here are judged by stand-ins for the pods each
 * egress-isolating policy selects, and only reported when none of them reaches DNS.
 * One warning per isolating policy, at its origin.
 */
export function lintDns(graph: Graph): Diagnostic[] {
  const { compiled } = graphInternals(graph);
  const model = graph.model;
  const isolating = compiled.policies.filter((cp) => cp.egress?.isolates === true);
  if (isolating.length === 0) return [];
  const populated = new Set(model.workloads.map((w) => w.namespace));

  const subjects: Subject[] = [];
  compiled.classes.forEach((cls, c) => {
    if (!compiled.applicable.egress[c]!.some((cp) => cp.egress?.isolates === true)) return;
    subjects.push({ probe: cls.members[0]!, members: cls.members, standInFor: null });
  });
  for (const cp of isolating) {
    const ns = cp.policy.subject.namespaces;
    if (ns.kind !== "named" || populated.has(ns.name)) continue;
    const probe = probeSubject(cp.policy);
    if (probe !== null) subjects.push({ probe, members: [], standInFor: cp.policy });
  }
  if (subjects.length === 0) return [];

  const servers = model.workloads.filter(isDnsServer);
  const assumed = servers.length === 0;
  const dns = assumed ? [ASSUMED_KUBE_DNS] : servers;
  const probeGraph = buildGraph(probeModel(model, [...subjects.map((s) => s.probe), ...dns]), {
    externals: graph.externals,
  });
  const probeCompiled = graphInternals(probeGraph).compiled;
  const dnsNodes: GraphNode[] = [
    ...[...new Set(dns.map((w) => probeGraph.classOf.get(w.id)!))].map(
      (index): GraphNode => ({ kind: "class", index }),
    ),
    ...graph.externals.map((_, index): GraphNode => ({ kind: "external", index })),
  ];

  const blocked: Verdict[] = [];
  for (const subject of subjects) {
    const index = probeGraph.classOf.get(subject.probe.id)!;
    const src: GraphNode = { kind: "class", index };
    if (dnsNodes.some((dst) => allowsDns(probeGraph.conns(src, dst)))) continue;
    const applicable = probeCompiled.applicable.egress[index]!;
    blocked.push({
      subject,
      isolatedBy: applicable.filter((cp) => cp.egress?.isolates === true).map((cp) => cp.policy),
      rulesMention53: applicable.some((cp) =>
        cp.egress!.rules.some((r) => allowsDns(r.ports.numeric)),
      ),
    });
  }
  const dnsText = assumed
    ? "kube-dns (assumed: pods labelled k8s-app=kube-dns in kube-system, which this repository does not show)"
    : `the DNS server${servers.length === 1 ? "" : "s"} here (${shortList(servers.map((w) => w.id))})`;
  return [
    ...workloadWarnings(
      blocked.filter((v) => v.subject.standInFor === null),
      dnsText,
    ),
    ...standInWarnings(
      blocked.filter((v) => v.subject.standInFor !== null),
      subjects.filter((s) => s.standInFor !== null),
      dnsText,
    ),
  ];
}

/** Each blocked class goes to the isolating policy that isolates most blocked classes. */
function workloadWarnings(blocked: readonly Verdict[], dnsText: string): Diagnostic[] {
  const count = new Map<string, number>();
  for (const v of blocked)
    for (const p of v.isolatedBy) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  const groups = new Map<string, { policy: Policy; verdicts: Verdict[] }>();
  for (const v of blocked) {
    // The broadest isolating policy; among equals, the one with a DNS rule that
    // misses, since that rule is what to fix.
    const policy = [...v.isolatedBy].sort(
      (a, b) =>
        (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) ||
        Number(mentions53(b)) - Number(mentions53(a)) ||
        compareText(a.id, b.id),
    )[0];
    if (policy === undefined) continue;
    const g = groups.get(policy.id) ?? { policy, verdicts: [] };
    g.verdicts.push(v);
    groups.set(policy.id, g);
  }
  return [...groups.values()].map(({ policy, verdicts }) => {
    const ids = verdicts.flatMap((v) => v.subject.members.map((w) => w.id)).sort(compareText);
    const who = `${ids.length === 1 ? "Workload" : `${ids.length} workloads`} ${shortList(ids)}`;
    return diagnostic(
      "warning",
      "dns-blocked",
      `${who}, isolated for egress by policy ${policy.id}, cannot reach DNS (UDP or TCP ${DNS_PORT}) on ${dnsText} nor on any address outside the cluster, so name lookups fail. ${advice(verdicts.some((v) => v.rulesMention53))}`,
      policy.origin,
    );
  });
}

/**
 * Stand-ins are reported per namespace, and only when none of them reaches DNS: a
 * namespace whose policies show some way to DNS may well hold only pods that use it.
 */
function standInWarnings(
  blocked: readonly Verdict[],
  all: readonly Subject[],
  dnsText: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const blockedIds = new Set(blocked.map((v) => v.subject.probe.id));
  const namespaces = new Set(all.map((s) => s.probe.namespace));
  for (const ns of [...namespaces].sort(compareText)) {
    const inNs = all.filter((s) => s.probe.namespace === ns);
    if (!inNs.every((s) => blockedIds.has(s.probe.id))) continue;
    for (const v of blocked) {
      const policy = v.subject.standInFor!;
      if (v.subject.probe.namespace !== ns) continue;
      out.push(
        diagnostic(
          "warning",
          "dns-blocked",
          `Pods that policy ${policy.id} selects (${formatLabels(v.subject.probe.labels)} in namespace ${ns}) are isolated for egress and cannot reach DNS (UDP or TCP ${DNS_PORT}) on ${dnsText} nor on any address outside the cluster, and no policy in ${ns} opens it, so name lookups fail. ${advice(v.rulesMention53)}`,
          policy.origin,
        ),
      );
    }
  }
  return out;
}

function advice(mentions53: boolean): string {
  const rule =
    "an egress rule to namespaceSelector kubernetes.io/metadata.name=kube-system with podSelector k8s-app=kube-dns on UDP and TCP 53";
  return mentions53
    ? `Their egress rules allow port ${DNS_PORT}, but only toward peers that match no DNS server: check the peer's selectors (kube-system is labelled kubernetes.io/metadata.name=kube-system; any other label must be declared on its Namespace here), or use ${rule}.`
    : `Add ${rule} to a policy that selects them.`;
}

/** Some egress rule of the policy allows UDP or TCP 53 to some peer. */
function mentions53(policy: Policy): boolean {
  return (policy.egress?.rules ?? []).some((r) => allowsDns(splitRulePorts(r).numeric));
}

function shortList(ids: readonly string[]): string {
  const more = ids.length - SHOWN;
  return ids.slice(0, SHOWN).join(", ") + (more > 0 ? ` and ${more} more` : "");
}

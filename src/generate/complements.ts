import { assertNever } from "../core/assert-never.js";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { policyId } from "../core/ids.js";
import { MAX_PORT, MIN_PORT } from "../engine/conn-set.js";
import type { LabelSelector, Model, Namespace, Policy, PortMatch, Rule } from "../model/types.js";
import { ALL_PODS, formatSelector, podSetNamespaces } from "./selectors.js";
import type { EgressPeer, EgressPort, GenerateNote } from "./types.js";

/**
 * One complement (seed 004, "Constructing the complementary egress policy"): the pods
 * `pods` in `namespace` may open `ports` to `to`, because ingress rule `from` lets them in.
 */
export interface Complement {
  readonly namespace: string;
  readonly pods: LabelSelector;
  readonly to: EgressPeer;
  readonly ports: readonly EgressPort[] | "all";
  /** `ns/policy ingress[i]`: the annotation line. */
  readonly from: string;
}

export interface CollectedComplements {
  readonly complements: Complement[];
  readonly notes: GenerateNote[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The namespaces sources can live in: every declared namespace, and every synthesized
 * one that holds a workload or a policy. Leaving the latter out would isolate a pod
 * there without all its complements, and the proof would (rightly) fail.
 */
export function sourceNamespaces(model: Model): Namespace[] {
  const used = new Set<string>();
  for (const w of model.workloads) used.add(w.namespace);
  for (const p of model.policies) if (p.namespace !== null) used.add(p.namespace);
  return model.namespaces.filter((n) => n.declared || used.has(n.name));
}

/** Ports as the source wrote them (semantics.md §2.6): named ports resolve on the destination. */
export function egressPorts(ports: Rule["ports"]): readonly EgressPort[] | "all" {
  if (ports === "all") return "all";
  return ports.map((p: PortMatch): EgressPort => {
    if (p.kind === "named") return { kind: "named", protocol: p.protocol, name: p.name };
    if (p.from === MIN_PORT && p.to === MAX_PORT) return { kind: "protocol", protocol: p.protocol };
    return {
      kind: "number",
      protocol: p.protocol,
      port: p.from,
      endPort: p.to === p.from ? null : p.to,
    };
  });
}

/** Only Kubernetes NetworkPolicies with an ingress direction have complements. */
function ingressPolicies(model: Model): Policy[] {
  return model.policies.filter(
    (p) =>
      p.kind === "NetworkPolicy" &&
      p.namespace !== null &&
      p.subject.namespaces.kind === "named" &&
      p.ingress?.isolates,
  );
}

/** Every complement of every ingress rule peer that selects pods (issue 5, "The generator"). */
export function collectComplements(
  model: Model,
  universe: readonly Namespace[],
): CollectedComplements {
  const complements: Complement[] = [];
  const notes: GenerateNote[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const policy of ingressPolicies(model)) {
    const dstNs = policy.namespace!;
    const id = policyId(dstNs, policy.name);
    for (const rule of policy.ingress!.rules) {
      if (rule.action !== "allow") continue;
      const from = `${id} ingress[${rule.index}]`;
      const ports = egressPorts(rule.ports);
      const add = (srcNs: string, pods: LabelSelector) =>
        complements.push({
          namespace: srcNs,
          pods,
          to: { namespace: srcNs === dstNs ? null : dstNs, pods: policy.subject.pods },
          ports,
          from,
        });
      if (rule.peers === "any") {
        // A rule with no `from` admits every source: each namespace's pods need egress to it.
        // The namespaces that really get it are filled in once sources are decided.
        notes.push({ kind: "broad", policy: id, rule: rule.index, namespaces: [], without: [] });
        diagnostics.push(
          diagnostic(
            "warning",
            "generate-broad",
            `${from} allows every source, so each source namespace's pods get egress toward ${id}'s pods (the report lists which namespaces); add a 'from' to narrow it.`,
            rule.origin,
          ),
        );
        for (const ns of universe) add(ns.name, ALL_PODS);
        continue;
      }
      for (const peer of rule.peers) {
        switch (peer.kind) {
          case "ipBlock":
            // Part 1: ipBlocks match external addresses only; the source is outside the cluster.
            notes.push({ kind: "ipblock-skipped", policy: id, rule: rule.index, cidr: peer.cidr });
            diagnostics.push(
              diagnostic(
                "info",
                "generate-skipped",
                `${from}: the ipBlock ${peer.cidr} peer needs no egress policy, its sources are outside the cluster.`,
                rule.origin,
              ),
            );
            break;
          case "pods": {
            const matched = podSetNamespaces(peer, universe);
            for (const ns of matched) add(ns.name, peer.pods);
            if (matched.length === 0 && peer.namespaces.kind === "selector") {
              notes.push({
                kind: "namespaces-unmatched",
                policy: id,
                rule: rule.index,
                namespaces: peer.namespaces.selector,
                pods: peer.pods,
              });
              diagnostics.push(
                diagnostic(
                  "info",
                  "generate-skipped",
                  `${from}: the namespaceSelector ${formatSelector(peer.namespaces.selector)} matches no namespace the repository declares, so this peer got no egress policy. If its sources exist, add their Namespace manifests with their labels to the analyzed paths and run again.`,
                  rule.origin,
                ),
              );
            }
            break;
          }
          default:
            assertNever(peer, "peer");
        }
      }
    }
  }
  return { complements, notes, diagnostics };
}

import { compareDiagnostics, type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { runtimeKeysOf } from "../model/runtime-labels.js";
import type { Direction, Model, NamespaceMatch, Peer } from "../model/types.js";
import { type CompiledModel, type CompiledRule, DIRECTIONS } from "./compile.js";
import { graphInternals } from "./graph.js";
import { lintDns } from "./lint-dns.js";
import { type NamedPort, resolveNamedPort } from "./rule-ports.js";
import { compileSelector } from "./selector.js";
import type { Graph } from "./types.js";

function ruleName(r: CompiledRule): string {
  const label =
    r.rule.name === null
      ? `${r.direction} rule ${r.rule.index}`
      : `${r.direction} rule "${r.rule.name}"`;
  return `${label} of policy ${r.policy.id}`;
}

/**
 * A named port that a destination the rule applies to does not declare (with the
 * rule's protocol) matches nothing there (semantics.md Part 1, §2.6). Destinations:
 * the policy's subjects for ingress, the matched peer workloads for egress. An egress
 * rule to any destination is only reported when no workload at all declares the name.
 */
/**
 * The workloads of a set of classes that do not declare a named port, by class set and
 * port. Rules with the same peers share one class set (compile.ts), so a cluster of
 * per-workload policies toward `namespaceSelector: {}` looks at every class once per
 * port, not once per rule (that was N rules × N classes).
 */
type MissingMemo = WeakMap<object, Map<string, readonly string[]>>;

function missingOn(
  compiled: CompiledModel,
  memo: MissingMemo,
  classes: ReadonlySet<number> | readonly number[],
  n: NamedPort,
): readonly string[] {
  let byPort = memo.get(classes);
  if (byPort === undefined) {
    byPort = new Map();
    memo.set(classes, byPort);
  }
  const key = `${n.protocol}/${n.name}`;
  const known = byPort.get(key);
  if (known !== undefined) return known;
  const missing: string[] = [];
  for (const c of classes) {
    const cls = compiled.classes[c]!;
    if (resolveNamedPort(cls.ports, n).length > 0) continue;
    for (const w of cls.members) missing.push(w.id);
  }
  missing.sort();
  byPort.set(key, missing);
  return missing;
}

function namedPortLints(
  compiled: CompiledModel,
  memo: MissingMemo,
  r: CompiledRule,
  subjects: readonly number[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const portOrigin = (n: NamedPort) => {
    const written =
      r.rule.ports === "all"
        ? undefined
        : r.rule.ports.find(
            (p) => p.kind === "named" && p.name === n.name && p.protocol === n.protocol,
          );
    return (written?.kind === "named" ? written.origin : undefined) ?? r.rule.origin;
  };
  // One warning per rule port, however many workloads miss it: a rule to every
  // namespace would otherwise give one line per workload of the cluster.
  const unresolvedOn = (n: NamedPort, classes: ReadonlySet<number> | readonly number[]) => {
    const missing = missingOn(compiled, memo, classes, n);
    if (missing.length === 0) return;
    const shown = missing.slice(0, 3).join(", ");
    const who =
      missing.length === 1
        ? shown
        : `${missing.length} workloads (${shown}${missing.length > 3 ? `, and ${missing.length - 3} more` : ""})`;
    out.push(
      diagnostic(
        "warning",
        "named-port-unresolved",
        `Named port "${n.name}" (${n.protocol}) in ${ruleName(r)} is not declared by ${who}, so the rule allows nothing there; declare the port on the ${missing.length === 1 ? "workload's" : "workloads'"} containers or use a number.`,
        portOrigin(n),
      ),
    );
  };
  for (const n of r.ports.named) {
    if (r.direction === "ingress") unresolvedOn(n, subjects);
    else if (!r.anyPeer) unresolvedOn(n, r.classSet);
    else if (!compiled.classes.some((c) => resolveNamedPort(c.ports, n).length > 0)) {
      out.push(
        diagnostic(
          "warning",
          "named-port-unresolved",
          `Named port "${n.name}" (${n.protocol}) in ${ruleName(r)} is not declared by any workload, so the rule allows nothing; check the port name and protocol.`,
          portOrigin(n),
        ),
      );
    }
    if (r.direction === "egress" && r.externalSet.size > 0) {
      out.push(
        diagnostic(
          "warning",
          "named-port-unresolved",
          `Named port "${n.name}" in ${ruleName(r)} never matches its ipBlock destinations (a name has no meaning for an address); use a port number.`,
          portOrigin(n),
        ),
      );
    }
  }
  return out;
}

/** Why a selector on runtime labels cannot be judged from manifests. */
function runtimeLabelText(keys: readonly string[]): string {
  const list = keys.join(", ");
  const jobs = keys.some((k) => k.endsWith("job-name"))
    ? " (a Job's are known, but a CronJob names its jobs at each run)"
    : "";
  return `selects on ${keys.length === 1 ? "a label" : "labels"} the cluster sets per pod, per revision or per run (${list})${jobs}; reachdiff cannot model ${keys.length === 1 ? "it" : "them"}`;
}

/** The namespaces a match covers, among those the model knows. */
function namespacesMatching(model: Model, m: NamespaceMatch): string[] {
  if (m.kind === "named") return [m.name];
  const matches = compileSelector(m.selector);
  return model.namespaces.filter((ns) => matches(ns.labels)).map((ns) => ns.name);
}

function peerPath(r: CompiledRule, i: number): string {
  return `spec.${r.direction}[${r.rule.index}].${r.direction === "ingress" ? "from" : "to"}[${i}]`;
}

/**
 * Why a pod peer matches nothing — or null when the repository cannot tell: a
 * repository that keeps policies apart from workloads (Helm charts elsewhere) would
 * otherwise drown in warnings, so a peer is only reported when the namespaces it
 * covers do hold workloads here, or when its namespaceSelector matches none of the
 * namespaces the repository declares.
 */
function emptyPeerReason(
  model: Model,
  populated: ReadonlySet<string>,
  peer: Extract<Peer, { kind: "pods" }>,
): string | null {
  const namespaces = namespacesMatching(model, peer.namespaces);
  if (namespaces.length === 0) {
    if (!model.namespaces.some((ns) => ns.declared)) return null;
    return "its namespaceSelector matches none of the namespaces declared here (select a namespace by name with the label kubernetes.io/metadata.name)";
  }
  const withWorkloads = namespaces.filter((ns) => populated.has(ns));
  if (withWorkloads.length === 0) return null;
  const shown = withWorkloads.slice(0, 3).join(", ") + (withWorkloads.length > 3 ? ", …" : "");
  return `no workload in ${withWorkloads.length === 1 ? "namespace" : "namespaces"} ${shown} has the labels its podSelector asks for`;
}

/**
 * The engine's semantic warnings: policies that select no workload, pod peers that
 * match no workload, named ports that do not resolve. Sorted by position. Selectors
 * are only judged where the repository holds workloads to judge them by.
 */
export function lintGraph(graph: Graph): Diagnostic[] {
  const { compiled } = graphInternals(graph);
  const model = graph.model;
  const populated = new Set(model.workloads.map((w) => w.namespace));
  const out: Diagnostic[] = [];
  const memo: MissingMemo = new WeakMap();
  for (const cp of compiled.policies) {
    const { policy } = cp;
    const home = namespacesMatching(model, policy.subject.namespaces);
    if (cp.subjects.length === 0 && home.some((ns) => populated.has(ns))) {
      const runtime = runtimeKeysOf(policy.subject.pods);
      out.push(
        runtime.length > 0
          ? diagnostic(
              "warning",
              "runtime-label",
              `Policy ${policy.id} ${runtimeLabelText(runtime)}, so it selects no workload here. Check the policy against the cluster, or select on a label of the pod template.`,
              policy.subjectOrigin ?? policy.origin,
            )
          : diagnostic(
              "warning",
              "selects-nothing",
              `Policy ${policy.id} selects no workload: namespace ${home.join(", ")} has workloads here, but none with the labels its spec.podSelector asks for; check the selector (a typo in a label key or value is the usual cause).`,
              policy.subjectOrigin ?? policy.origin,
            ),
      );
    }
    for (const direction of DIRECTIONS as Direction[]) {
      for (const r of cp[direction]?.rules ?? []) {
        if (r.rule.peers !== "any") {
          r.rule.peers.forEach((peer, i) => {
            if (peer.kind !== "pods" || (r.peers[i]?.classes.length ?? 0) > 0) return;
            const reason = emptyPeerReason(model, populated, peer);
            if (reason === null) return;
            const runtime = runtimeKeysOf(peer.pods);
            if (runtime.length > 0) {
              out.push(
                diagnostic(
                  "warning",
                  "runtime-label",
                  `${peerPath(r, i)} of policy ${policy.id} ${runtimeLabelText(runtime)}, so it matches no workload here. Check the rule against the cluster, or select on a label of the pod template.`,
                  r.rule.origin,
                ),
              );
              return;
            }
            out.push(
              diagnostic(
                "warning",
                "peer-matches-nothing",
                `${peerPath(r, i)} of policy ${policy.id} matches no workload: ${reason}.`,
                r.rule.origin,
              ),
            );
          });
        }
        out.push(...namedPortLints(compiled, memo, r, cp.subjects));
      }
    }
  }
  out.push(...lintDns(graph));
  return out.sort(compareDiagnostics);
}

import { compareDiagnostics, type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Direction } from "../model/types.js";
import { type CompiledModel, type CompiledRule, DIRECTIONS } from "./compile.js";
import { graphInternals } from "./graph.js";
import { type NamedPort, resolveNamedPort } from "./rule-ports.js";
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
function namedPortLints(
  compiled: CompiledModel,
  r: CompiledRule,
  subjects: readonly number[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unresolvedOn = (n: NamedPort, classIndices: Iterable<number>) => {
    for (const c of classIndices) {
      const cls = compiled.classes[c]!;
      if (resolveNamedPort(cls.ports, n).length > 0) continue;
      for (const w of cls.members) {
        out.push(
          diagnostic(
            "warning",
            "named-port-unresolved",
            `Named port "${n.name}" (${n.protocol}) in ${ruleName(r)} is not declared by ${w.id}, so the rule allows nothing there; declare the port on the workload's container or use a number.`,
            r.rule.origin,
          ),
        );
      }
    }
  };
  for (const n of r.ports.named) {
    if (r.direction === "ingress") unresolvedOn(n, subjects);
    else if (!r.anyPeer)
      unresolvedOn(
        n,
        [...r.classSet].sort((a, b) => a - b),
      );
    else if (!compiled.classes.some((c) => resolveNamedPort(c.ports, n).length > 0)) {
      out.push(
        diagnostic(
          "warning",
          "named-port-unresolved",
          `Named port "${n.name}" (${n.protocol}) in ${ruleName(r)} is not declared by any workload, so the rule allows nothing; check the port name and protocol.`,
          r.rule.origin,
        ),
      );
    }
    if (r.direction === "egress" && r.externalSet.size > 0) {
      out.push(
        diagnostic(
          "warning",
          "named-port-unresolved",
          `Named port "${n.name}" in ${ruleName(r)} never matches its ipBlock destinations (a name has no meaning for an address); use a port number.`,
          r.rule.origin,
        ),
      );
    }
  }
  return out;
}

/**
 * The engine's semantic warnings: policies that select no workload, pod peers that
 * match no workload, named ports that do not resolve. Sorted by position.
 */
export function lintGraph(graph: Graph): Diagnostic[] {
  const { compiled } = graphInternals(graph);
  const out: Diagnostic[] = [];
  for (const cp of compiled.policies) {
    const { policy } = cp;
    if (cp.subjects.length === 0) {
      out.push(
        diagnostic(
          "warning",
          "selects-nothing",
          `Policy ${policy.id} selects no workload in the repository, so it has no effect here; check its pod selector and namespace.`,
          policy.origin,
        ),
      );
    }
    for (const direction of DIRECTIONS as Direction[]) {
      for (const r of cp[direction]?.rules ?? []) {
        if (r.rule.peers !== "any") {
          r.rule.peers.forEach((peer, i) => {
            if (peer.kind === "pods" && (r.peers[i]?.classes.length ?? 0) === 0) {
              out.push(
                diagnostic(
                  "warning",
                  "peer-matches-nothing",
                  `Peer ${i} of ${ruleName(r)} matches no workload in the repository; check its selectors and namespace labels.`,
                  r.rule.origin,
                ),
              );
            }
          });
        }
        out.push(...namedPortLints(compiled, r, cp.subjects));
      }
    }
  }
  return out.sort(compareDiagnostics);
}

import { compareText } from "../core/compare-text.js";
import type { LabelSelector } from "../model/types.js";
import type { Complement } from "./complements.js";
import { selectorKey } from "./selectors.js";
import type { EgressPeer, EgressPort, EgressRule } from "./types.js";

export function peerKey(p: EgressPeer): string {
  // Same-namespace peers first, then by namespace name, then by selector.
  return `${p.namespace === null ? "0" : `1${p.namespace}`}\u0000${selectorKey(p.pods)}`;
}

function portKey(p: EgressPort): string {
  const proto = ["TCP", "UDP", "SCTP"].indexOf(p.protocol);
  switch (p.kind) {
    case "protocol":
      return `${proto}0`;
    case "number":
      return `${proto}1${String(p.port).padStart(5, "0")}-${String(p.endPort ?? p.port).padStart(5, "0")}`;
    case "named":
      return `${proto}2${p.name}`;
  }
}

/** Union of port lists as written: `all` absorbs everything, entries deduplicated and sorted. */
function unionPorts(
  a: readonly EgressPort[] | "all",
  b: readonly EgressPort[] | "all",
): readonly EgressPort[] | "all" {
  if (a === "all" || b === "all") return "all";
  const byKey = new Map<string, EgressPort>();
  for (const p of [...a, ...b]) byKey.set(portKey(p), p);
  return [...byKey.keys()].sort(compareText).map((k) => byKey.get(k)!);
}

function portsKey(ports: readonly EgressPort[] | "all"): string {
  return ports === "all" ? "all" : ports.map(portKey).join(",");
}

/**
 * The fewest rules that are exact for one source. `to` peers and `ports` of a rule are
 * ANDed while entries in each list are ORed (semantics.md §2.3), so: first each
 * destination gets the union of its complements' ports, then destinations with the
 * same ports share one rule. Merging further would allow pairs nobody allowed.
 */
export function mergeRules(complements: readonly Complement[]): EgressRule[] {
  const byPeer = new Map<string, { to: EgressPeer; ports: readonly EgressPort[] | "all" }>();
  for (const c of complements) {
    const k = peerKey(c.to);
    const prev = byPeer.get(k);
    byPeer.set(k, { to: c.to, ports: prev ? unionPorts(prev.ports, c.ports) : c.ports });
  }
  const byPorts = new Map<string, { to: EgressPeer[]; ports: readonly EgressPort[] | "all" }>();
  for (const k of [...byPeer.keys()].sort(compareText)) {
    const d = byPeer.get(k)!;
    const pk = portsKey(d.ports);
    const rule = byPorts.get(pk) ?? { to: [], ports: d.ports };
    rule.to.push(d.to);
    byPorts.set(pk, rule);
  }
  // Rules keep the order of their first destination: stable and readable.
  return [...byPorts.values()];
}

/** The peer for pods `pods` in namespace `target`, seen from a policy in `home`. */
export function peerFrom(home: string, target: string, pods: LabelSelector): EgressPeer {
  return { namespace: home === target ? null : target, pods };
}

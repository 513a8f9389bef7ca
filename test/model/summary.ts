import type {
  LabelSelector,
  Peer,
  Policy,
  PolicyDirection,
  PortMatch,
  Rule,
} from "../../src/model/types.js";

/** A policy as short readable facts, so expected internal forms fit in a table. */
export interface PolicyFacts {
  readonly id: string;
  readonly subject: string;
  /** null: the policy does not isolate this direction; else one line per rule. */
  readonly ingress: readonly string[] | null;
  readonly egress: readonly string[] | null;
}

export function policyFacts(p: Policy): PolicyFacts {
  return {
    id: p.id,
    subject: selector(p.subject.pods),
    ingress: direction(p.ingress),
    egress: direction(p.egress),
  };
}

function direction(d: PolicyDirection | null): string[] | null {
  return d === null ? null : d.rules.map(rule);
}

function rule(r: Rule): string {
  const peers = r.peers === "any" ? "any" : r.peers.map(peer).join(" | ");
  const ports = r.ports === "all" ? "all" : r.ports.map(port).join(", ");
  return `${peers} on ${ports}`;
}

function peer(p: Peer): string {
  switch (p.kind) {
    case "pods": {
      const ns =
        p.namespaces.kind === "named"
          ? `ns ${p.namespaces.name}`
          : `ns${selector(p.namespaces.selector)}`;
      return `pods${selector(p.pods)} in ${ns}`;
    }
    case "ipBlock":
      return `ipBlock ${p.cidr}${p.except.length > 0 ? ` except ${p.except.join(",")}` : ""}`;
  }
}

function port(p: PortMatch): string {
  switch (p.kind) {
    case "range":
      return p.from === p.to ? `${p.protocol}/${p.from}` : `${p.protocol}/${p.from}-${p.to}`;
    case "named":
      return `${p.protocol}/${p.name}`;
  }
}

function selector(s: LabelSelector): string {
  const terms = [
    ...Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`),
    ...s.matchExpressions.map((e) => `${e.key} ${e.operator} (${e.values.join(",")})`),
  ];
  return `{${terms.join(", ")}}`;
}

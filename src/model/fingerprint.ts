import type {
  LabelSelector,
  NamespaceMatch,
  Peer,
  Policy,
  PolicyDirection,
  PortMatch,
  Rule,
} from "./types.js";

type Canonical = null | boolean | number | string | Canonical[] | { [key: string]: Canonical };

/**
 * The canonical text of everything that decides enforcement (design.md, "Diff":
 * policies are compared by content, not by file). Leaves out origins, names, file
 * and rule indexes. In an allow-only tier, the order of rules, peers and ports does
 * not matter, so those lists are sorted; in ordered tiers rule order is kept.
 */
export function policyFingerprint(policy: Omit<Policy, "fingerprint" | "origin">): string {
  const ordered = policy.tier !== "networkpolicy";
  const value: Canonical = {
    kind: policy.kind,
    namespace: policy.namespace,
    tier: policy.tier,
    priority: policy.priority,
    subject: {
      namespaces: namespaceMatch(policy.subject.namespaces),
      pods: selector(policy.subject.pods),
    },
    ingress: direction(policy.ingress, ordered),
    egress: direction(policy.egress, ordered),
  };
  return stringify(value);
}

function direction(d: PolicyDirection | null, ordered: boolean): Canonical {
  if (d === null) return null;
  const rules = d.rules.map(rule);
  return { isolates: d.isolates, rules: ordered ? rules : sortCanonical(rules) };
}

function rule(r: Rule): Canonical {
  return {
    action: r.action,
    name: r.name,
    peers: r.peers === "any" ? "any" : sortCanonical(r.peers.map(peer)),
    ports: r.ports === "all" ? "all" : sortCanonical(r.ports.map(port)),
  };
}

function peer(p: Peer): Canonical {
  switch (p.kind) {
    case "pods":
      return { kind: "pods", namespaces: namespaceMatch(p.namespaces), pods: selector(p.pods) };
    case "ipBlock":
      return {
        kind: "ipBlock",
        ranges: p.ranges.map((r) => [r.family, r.start.toString(), r.end.toString()]),
      };
  }
}

function port(p: PortMatch): Canonical {
  switch (p.kind) {
    case "range":
      return { kind: "range", protocol: p.protocol, from: p.from, to: p.to };
    case "named":
      return { kind: "named", protocol: p.protocol, name: p.name };
  }
}

function namespaceMatch(m: NamespaceMatch): Canonical {
  return m.kind === "named"
    ? { kind: "named", name: m.name }
    : { kind: "selector", selector: selector(m.selector) };
}

function selector(s: LabelSelector): Canonical {
  const exprs = s.matchExpressions.map((e) => ({
    key: e.key,
    operator: e.operator,
    values: [...e.values].sort(),
  }));
  return { matchLabels: { ...s.matchLabels }, matchExpressions: sortCanonical(exprs) };
}

function sortCanonical(items: Canonical[]): Canonical[] {
  const keyed = items.map((item) => [stringify(item), item] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Canonical[] = [];
  let last: string | null = null;
  for (const [k, item] of keyed) {
    if (k !== last) out.push(item);
    last = k;
  }
  return out;
}

/** JSON with object keys sorted, so equal content gives equal text. */
export function stringify(value: Canonical): string {
  if (Array.isArray(value)) return `[${value.map(stringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stringify(value[k]!)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

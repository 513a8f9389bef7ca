import { assertNever } from "../core/assert-never.js";
import { type ConnSet, connsToJson, formatConns, isEmpty } from "../engine/conn-set.js";
import type { DirectionExplanation, Explanation, RuleExplanation } from "../engine/index.js";

/**
 * `reachdiff explain` as text: each side (egress at the source, ingress at the
 * destination), whether it is isolated and by which policies, every rule with whether
 * its peers match and what it contributes, then the verdict.
 */
export function renderExplainText(e: Explanation): string {
  switch (e.kind) {
    case "unknown-endpoint":
      return `unknown ${e.role === "src" ? "source" : "destination"} "${e.text}": give an endpoint id like ns/name[Deployment] (see "reachdiff analyze"), an IP address or a START-END range\n`;
    case "loopback":
      return `${e.src} → ${e.dst}: a pod's traffic to itself is loopback, always allowed (Kubernetes cannot block it)\n`;
    case "external-pair":
      return `${e.src} → ${e.dst}: both ends are outside the cluster; NetworkPolicies do not apply\n`;
    case "flow":
      return flowText(e);
    default:
      return assertNever(e, "explanation");
  }
}

function flowText(e: Extract<Explanation, { kind: "flow" }>): string {
  const lines: string[] = [];
  const probe = e.probe ? ` on ${e.probe.protocol}/${e.probe.port}` : "";
  lines.push(`${e.src} → ${e.dst}${probe}`);
  lines.push("");
  lines.push(...sideText("egress at the source", e.egress, e.src));
  lines.push("");
  lines.push(...sideText("ingress at the destination", e.ingress, e.dst));
  lines.push("");
  if (e.probe) {
    lines.push(
      `verdict: ${e.probeAllowed ? "ALLOWED" : "DENIED"} (${e.probe.protocol}/${e.probe.port}); the flow allows ${describe(e.conns)}`,
    );
  } else {
    lines.push(
      `verdict: ${isEmpty(e.conns) ? "DENIED: nothing is allowed" : `allows ${describe(e.conns)}`}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function describe(c: ConnSet): string {
  if (isEmpty(c)) return "nothing";
  const f = formatConns(c);
  return f === "all" ? "every protocol and port" : f;
}

function sideText(title: string, side: DirectionExplanation | null, who: string): string[] {
  if (side === null) return [`${title}: ${who} is outside the cluster, not restricted on its side`];
  const out: string[] = [];
  if (!side.isolated) {
    out.push(
      `${title}: not isolated (no policy selects ${side.subject} for ${side.direction}) → all allowed`,
    );
  } else {
    out.push(`${title}: isolated by ${side.isolatedBy.join(", ")} → ${describe(side.conns)}`);
  }
  for (const p of side.policies) {
    out.push(
      `  policy ${p.id} (${p.origin.file}:${p.origin.line})${p.isolates ? "" : " [does not isolate]"}`,
    );
    if (p.rules.length === 0 && p.isolates)
      out.push(`    no ${side.direction} rules: allows nothing`);
    for (const r of p.rules) out.push(`    ${ruleText(side, r)}`);
  }
  if (side.probeAllowed !== null)
    out.push(`  → ${side.probeAllowed ? "allowed" : "denied"} on this side`);
  return out;
}

function ruleText(side: DirectionExplanation, r: RuleExplanation): string {
  const name = r.name ? ` "${r.name}"` : "";
  const where = `${r.origin.file}:${r.origin.line}`;
  const peer = r.peerMatches
    ? `${side.direction === "ingress" ? "from" : "to"} matches`
    : `${side.direction === "ingress" ? "from" : "to"} does not match ${side.peer}`;
  const ports = `ports: ${describe(r.ruleConns)}`;
  const unresolved =
    r.unresolvedNamedPorts.length > 0
      ? `; named port ${r.unresolvedNamedPorts.join(", ")} not declared by the destination (matches nothing)`
      : "";
  const probe = r.probeMatches === null ? "" : r.probeMatches ? " ✓ matches the probe" : "";
  return `rule ${r.index}${name} (${r.action}, ${where}): ${peer}; ${ports}${unresolved}${probe}`;
}

/** `reachdiff explain --format json`: the explanation with connection sets in contract form. */
export function explainToJson(e: Explanation): unknown {
  return JSON.parse(
    JSON.stringify(e, (_key, value: unknown) => {
      if (isConnSet(value)) return connsToJson(value);
      return value;
    }),
  );
}

function isConnSet(v: unknown): v is ConnSet {
  return (
    typeof v === "object" &&
    v !== null &&
    "TCP" in v &&
    "UDP" in v &&
    "SCTP" in v &&
    "other" in v &&
    Object.keys(v).length === 4
  );
}

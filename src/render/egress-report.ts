import { assertNever } from "../core/assert-never.js";
import type { EndpointId } from "../core/ids.js";
import { formatConns } from "../engine/conn-set.js";
import type { EgressProof, PriceItem, PriceKind } from "../generate/proof.js";
import { formatSelector } from "../generate/selectors.js";
import type { GenerateResult } from "../generate/types.js";

export interface EgressReportInput {
  readonly generated: GenerateResult;
  readonly proof: EgressProof;
  /** The output folder as the user named it. */
  readonly out: string;
  readonly defaultDeny: boolean;
  readonly keepUnisolated: boolean;
  /** What the sync did; null when nothing was synced (proof failed). */
  readonly sync: {
    readonly written: readonly string[];
    readonly removed: readonly string[];
    readonly unchanged: readonly string[];
    readonly check: boolean;
  } | null;
}

const MAX_ITEMS = 20;
const MAX_ENDPOINTS = 4;

/** Seed 004, "Explicitly allow Internet egress for pods that need it". */
const INTERNET_EGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: internet-egress
  namespace: NAMESPACE
spec:
  podSelector:
    matchLabels:
      networking/allow-internet-egress: "true"
  policyTypes:
    - Egress
  egress:
    - {}`;

const PRICE_TITLE: Record<PriceKind, string> = {
  external: "Egress to the internet and other addresses outside the cluster",
  unisolated: "Egress to workloads that no ingress policy isolates",
  dns: "DNS",
};

function endpoints(ids: readonly EndpointId[]): string {
  const shown = ids.slice(0, MAX_ENDPOINTS).join(", ");
  return ids.length > MAX_ENDPOINTS ? `${shown} and ${ids.length - MAX_ENDPOINTS} more` : shown;
}

function howToKeep(kind: PriceKind, input: EgressReportInput): string {
  switch (kind) {
    case "external":
      return `To keep it for pods that need the internet, label them networking/allow-internet-egress: "true" and add, per namespace, this policy (seed 004):\n\n${INTERNET_EGRESS}`;
    case "unisolated":
      return input.keepUnisolated
        ? "These destinations match no --keep-unisolated peer."
        : "To keep it, run with --keep-unisolated (egress toward destinations without ingress policies, selected by their namespace and labels), or give those destinations ingress policies.";
    case "dns":
      return input.defaultDeny
        ? "The DNS target given does not match these pods; check --dns-namespace and --dns-label."
        : "To keep it, run with --default-deny: each namespace then gets a default deny that still allows DNS.";
    default:
      return assertNever(kind, "price kind");
  }
}

/** The report of `generate-egress` in text or markdown: policies, proof, notes, price. */
export function renderEgressReport(input: EgressReportInput, format: "text" | "markdown"): string {
  const md = format === "markdown";
  const h = (t: string) => (md ? `### ${t}` : `${t}:`);
  const li = (t: string) => (md ? `- ${t}` : `  ${t}`);
  const code = (t: string) => (md ? `\`\`\`yaml\n${t}\n\`\`\`` : t.replace(/^/gm, "      "));
  const { generated, proof, sync } = input;
  const lines: string[] = [];
  const n = generated.policies.length;
  lines.push(
    `${md ? "## " : ""}generate-egress: ${n} polic${n === 1 ? "y" : "ies"} for ${input.out}`,
  );
  if (sync) {
    const verb = sync.check ? "would be " : "";
    lines.push(
      `${sync.written.length} ${verb}written, ${sync.removed.length} ${verb}removed, ${sync.unchanged.length} unchanged.`,
    );
  }
  lines.push(
    proof.holds
      ? "Proof: holds. No flow that ingress policies allow between pods closes, and nothing opens."
      : `Proof: FAILED with ${proof.counterExamples.length} counter-example(s). This is a bug in reachdiff; nothing was written.`,
  );
  for (const d of proof.diagnostics) lines.push(li(d.message));
  if (n > 0) {
    lines.push("", h("Policies"));
    for (const p of generated.policies) {
      const from =
        p.purpose === "default-deny" ? "default deny, DNS allowed" : p.generatedFrom.join("; ");
      lines.push(li(`${p.namespace}/${p.name} (${from})`));
    }
  }
  const notes = noteLines(input);
  if (notes.length > 0) lines.push("", h("Not generated"), ...notes.map(li));
  if (proof.price.length > 0) {
    lines.push("", h("The price of egress isolation (flows that close)"));
    for (const kind of ["external", "unisolated", "dns"] as const) {
      const items = proof.price.filter((p) => p.kind === kind);
      if (items.length === 0) continue;
      lines.push(md ? `\n**${PRICE_TITLE[kind]}**\n` : `  ${PRICE_TITLE[kind]}:`);
      lines.push(...priceLines(items).map((t) => (md ? `- ${t}` : `    ${t}`)));
      const keep = howToKeep(kind, input);
      const [first, ...rest] = keep.split("\n\n");
      lines.push(md ? `\n${first}` : `    ${first}`);
      if (rest.length > 0) lines.push(md ? "" : "", code(rest.join("\n\n")));
    }
  }
  return `${lines.join("\n")}\n`;
}

function priceLines(items: readonly PriceItem[]): string[] {
  const out = items
    .slice(0, MAX_ITEMS)
    .map((p) => `${endpoints(p.srcs)} → ${endpoints(p.dsts)}: ${formatConns(p.conns)}`);
  if (items.length > MAX_ITEMS)
    out.push(`… and ${items.length - MAX_ITEMS} more groups (see --format json)`);
  return out;
}

function noteLines(input: EgressReportInput): string[] {
  return input.generated.notes.map((note) => {
    switch (note.kind) {
      case "left-alone":
        return `${note.namespace}, pods ${formatSelector(note.pods)}: left alone, ${note.isolatedBy.join(", ")} already decide(s) their egress.`;
      case "ipblock-skipped":
        return `${note.policy} ingress[${note.rule}] ipBlock ${note.cidr}: no egress needed, the sources are outside the cluster.`;
      case "broad":
        return `${note.policy} ingress[${note.rule}] has no 'from': every namespace got egress toward it (broad).`;
      case "default-deny-skipped":
        return `${note.namespace}: no default deny, ${note.reason}.`;
      case "system-namespace-skipped":
        return `${note.namespace}: no egress policies, it runs the cluster's DNS and system pods (isolating them breaks the cluster); its pods keep all egress.`;
      default:
        return assertNever(note, "note");
    }
  });
}

import { assertNever } from "../core/assert-never.js";
import { compareText } from "../core/compare-text.js";
import { type EndpointId, parseWorkloadId } from "../core/ids.js";
import { formatConns } from "../engine/conn-set.js";
import { describeLeftAlone } from "../generate/left-alone.js";
import type { EgressProof, IgnoredObject, PriceItem, PriceKind } from "../generate/proof.js";
import { formatSelector } from "../generate/selectors.js";
import type { DnsTarget, GenerateNote, GenerateResult } from "../generate/types.js";

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
  /** With `--commit`: the commit made, `id` null when DIR was up to date. Absent otherwise. */
  readonly commit?: { readonly id: string | null } | null;
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

const MAX_IGNORED = 5;

function endpoints(ids: readonly EndpointId[], proof: EgressProof): string {
  const name = (id: EndpointId) =>
    id === proof.dnsStandIn ? `the cluster DNS (assumed, ${id})` : id;
  const shown = ids.slice(0, MAX_ENDPOINTS).map(name).join(", ");
  return ids.length > MAX_ENDPOINTS ? `${shown} and ${ids.length - MAX_ENDPOINTS} more` : shown;
}

/** `pods k8s-app=kube-dns in namespace kube-system on UDP 53, TCP 53`. */
export function formatDnsTarget(dns: DnsTarget): string {
  const pods = formatSelector({ matchLabels: dns.podLabels, matchExpressions: [] });
  const ports = dns.ports.map((p) => `${p.protocol} ${p.port}`).join(", ");
  return `pods ${pods} in namespace ${dns.namespace} on ${ports}`;
}

/** `db/pg-from-frontend (CiliumNetworkPolicy, np.yaml)`, the first few, then how many more. */
function ignoredList(ignored: readonly IgnoredObject[]): string {
  const one = (o: IgnoredObject) =>
    `${o.namespace === null ? "" : `${o.namespace}/`}${o.name || "(no name)"} (${o.kind}, ${o.file})`;
  const shown = ignored.slice(0, MAX_IGNORED).map(one).join("; ");
  return ignored.length > MAX_IGNORED
    ? `${shown}; and ${ignored.length - MAX_IGNORED} more`
    : shown;
}

/** The proof's verdict, qualified by the policy objects it could not take into account. */
export function proofLine(proof: EgressProof): string {
  if (!proof.holds) {
    return `Proof: FAILED with ${proof.counterExamples.length} counter-example(s). This is a bug in reachdiff; nothing was written.`;
  }
  const n = proof.ignored.length;
  if (n === 0)
    return "Proof: holds. No flow that ingress policies allow between pods closes, and nothing opens.";
  return `Proof: holds for the NetworkPolicies reachdiff evaluates: no flow they allow between pods closes, and nothing opens. ${n} object${n === 1 ? "" : "s"} of kinds it does not evaluate ${n === 1 ? "was" : "were"} ignored (${ignoredList(proof.ignored)}): what ${n === 1 ? "it allows or denies" : "they allow or deny"} is not part of the proof.`;
}

interface Keep {
  /** Paragraphs, in order. */
  readonly text: readonly string[];
  /** A YAML example after them. */
  readonly code?: string;
}

/** The source namespace of a workload id; null for an address range. */
function namespaceOf(id: EndpointId): string | null {
  return parseWorkloadId(id)?.namespace ?? null;
}

function dnsKeep(input: EgressReportInput, items: readonly PriceItem[]): Keep {
  const { proof } = input;
  const target = formatDnsTarget(proof.dns);
  const text: string[] = [];
  if (proof.dnsStandIn !== null) {
    text.push(
      `The repository declares no DNS pod (${target}; change it with --dns-namespace, --dns-label, --dns-port), so reachdiff assumes the cluster runs one there, as most do: the sources above lose DNS toward it.`,
    );
  }
  if (!input.defaultDeny) {
    text.push(
      "To keep it, run with --default-deny: each namespace then gets a default deny that still allows DNS.",
    );
    return { text };
  }
  // --default-deny allows DNS wherever it was generated: these sources are in namespaces it skipped.
  const skipped = new Map<string, string>();
  for (const n of input.generated.notes)
    if (n.kind === "default-deny-skipped") skipped.set(n.namespace, n.reason);
  const byNs = new Map<string, EndpointId[]>();
  for (const src of items.flatMap((p) => p.srcs)) {
    const ns = namespaceOf(src) ?? "";
    const list = byNs.get(ns) ?? [];
    if (!list.includes(src)) list.push(src);
    byNs.set(ns, list);
  }
  for (const [ns, srcs] of [...byNs].sort(([a], [b]) => compareText(a, b))) {
    const reason = skipped.get(ns);
    const why =
      reason === undefined
        ? `nothing generated allows DNS for ${srcs.join(", ")}`
        : `the default deny of ${ns} was not generated because ${reason}, so nothing generated allows DNS for ${srcs.join(", ")}`;
    text.push(
      `${why[0]!.toUpperCase()}${why.slice(1)}. To keep it, give these pods an egress policy of your own that allows egress to ${target}.`,
    );
  }
  return { text };
}

function howToKeep(kind: PriceKind, input: EgressReportInput, items: readonly PriceItem[]): Keep {
  switch (kind) {
    case "external":
      return {
        text: [
          'To keep it for pods that need the internet, label them networking/allow-internet-egress: "true" and add, per namespace, this policy (seed 004):',
        ],
        code: INTERNET_EGRESS,
      };
    case "unisolated":
      return {
        text: [
          input.keepUnisolated
            ? "--keep-unisolated keeps egress toward every workload of the repository that no ingress policy isolates, yet these flows close: this is not expected, please report it with your manifests. To keep them meanwhile, give those destinations ingress policies."
            : "To keep it, run with --keep-unisolated (egress toward destinations without ingress policies, selected by their namespace and labels), or give those destinations ingress policies.",
        ],
      };
    case "dns":
      return dnsKeep(input, items);
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
  if (input.commit) {
    lines.push(
      input.commit.id === null
        ? `Nothing committed: ${input.out} was up to date.`
        : `Committed ${input.commit.id}.`,
    );
  }
  lines.push(proofLine(proof));
  for (const d of proof.diagnostics) lines.push(li(d.message));
  if (n > 0) {
    lines.push("", h("Policies"));
    for (const p of generated.policies) {
      const from =
        p.purpose === "default-deny" ? "default deny, DNS allowed" : p.generatedFrom.join("; ");
      lines.push(li(`${p.namespace}/${p.name} (${from})`));
    }
  }
  const notes = noteLines(generated.notes.filter((n) => n.kind !== "partial-overlap"));
  if (notes.length > 0) lines.push("", h("Not generated"), ...notes.map(li));
  const checks = noteLines(generated.notes.filter((n) => n.kind === "partial-overlap"));
  if (checks.length > 0) lines.push("", h("Check"), ...checks.map(li));
  if (proof.price.length > 0) {
    lines.push("", h("The price of egress isolation (flows that close)"));
    for (const kind of ["external", "unisolated", "dns"] as const) {
      const items = proof.price.filter((p) => p.kind === kind);
      if (items.length === 0) continue;
      lines.push(md ? `\n**${PRICE_TITLE[kind]}**\n` : `  ${PRICE_TITLE[kind]}:`);
      lines.push(...priceLines(items, proof).map((t) => (md ? `- ${t}` : `    ${t}`)));
      const keep = howToKeep(kind, input, items);
      for (const t of keep.text) lines.push(md ? `\n${t}` : `    ${t}`);
      if (keep.code !== undefined) lines.push("", code(keep.code));
    }
  }
  return `${lines.join("\n")}\n`;
}

function priceLines(items: readonly PriceItem[], proof: EgressProof): string[] {
  const out = items
    .slice(0, MAX_ITEMS)
    .map(
      (p) => `${endpoints(p.srcs, proof)} → ${endpoints(p.dsts, proof)}: ${formatConns(p.conns)}`,
    );
  if (items.length > MAX_ITEMS)
    out.push(`… and ${items.length - MAX_ITEMS} more groups (see --format json)`);
  return out;
}

function names(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}

function noteLines(notes: readonly GenerateNote[]): string[] {
  return notes.map((note) => {
    switch (note.kind) {
      case "left-alone":
        return `${note.namespace}, pods ${formatSelector(note.pods)}: left alone. ${describeLeftAlone(note)}`;
      case "ipblock-skipped":
        return `${note.policy} ingress[${note.rule}] ipBlock ${note.cidr}: no egress needed, the sources are outside the cluster.`;
      case "broad":
        return `${note.policy} ingress[${note.rule}] has no 'from' (broad): every source may reach it, so all pods of ${names(note.namespaces)} got egress toward it${note.without.length > 0 ? `; ${note.without.join(", ")} did not (see ${note.without.length === 1 ? "its note" : "their notes"})` : ""}.`;
      case "namespaces-unmatched":
        return `${note.policy} ingress[${note.rule}], peer ${formatSelector(note.pods)} in namespaces ${formatSelector(note.namespaces)}: not complemented, its namespaceSelector matches no namespace the repository declares. If those sources exist, add their Namespace manifests, with their labels, to the analyzed paths.`;
      case "default-deny-skipped":
        return `${note.namespace}: no default deny, ${note.reason}.`;
      case "system-namespace-skipped":
        return `${note.namespace}: no egress policies, it runs the cluster's DNS and system pods (isolating them breaks the cluster); its pods keep all egress.`;
      case "partial-overlap":
        return `${note.namespace}: pods matching both ${formatSelector(note.pods)} (a generated policy's source) and ${formatSelector(note.other)} (isolated for egress by ${note.by}) would have their egress changed; the repository shows no such pod. If they exist, add their workloads to the analyzed paths, or narrow a selector so they cannot meet.`;
      default:
        return assertNever(note, "note");
    }
  });
}

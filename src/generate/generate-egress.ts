import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { policyId } from "../core/ids.js";
import type { Model, Namespace } from "../model/types.js";
import { type Complement, collectComplements, sourceNamespaces } from "./complements.js";
import { decideIsolation, type SourceKey } from "./isolation.js";
import { mergeRules, peerFrom, peerKey } from "./merge.js";
import { complementName, DEFAULT_DENY_NAME, dnsName, policyFileName } from "./names.js";
import { ALL_PODS, compareText, formatSelector, podSetMatches, selectorKey } from "./selectors.js";
import type {
  EgressPeer,
  EgressPort,
  EgressRule,
  GeneratedPolicy,
  GenerateNote,
  GenerateOptions,
  GenerateResult,
} from "./types.js";

/**
 * The complementary egress policies of a repository's ingress policies (issue 5, the
 * StackRox recipe of seed 004): one policy per source (namespace + pod selector) with
 * the fewest exact rules, plus a DNS-keeping default deny per namespace on request.
 * Pure and deterministic: same model and options, same policies in the same order.
 */
export function generateEgress(model: Model, options: GenerateOptions): GenerateResult {
  const universe = sourceNamespaces(model);
  const collected = collectComplements(model, universe);
  // Seed 004: "Do not apply this on the kube-system namespace unless you know what you're
  // doing". Its pods (and the DNS namespace's) get no complements either: isolating
  // CoreDNS for egress would cut it off from its upstream resolvers. Leaving a source
  // unisolated keeps every flow it had, so the proof is unaffected.
  const system = new Set(
    universe.map((ns) => ns.name).filter((n) => isSystemNamespace(n, options)),
  );
  const notes: GenerateNote[] = [
    ...collected.notes,
    ...[...system]
      .filter((n) => collected.complements.some((c) => c.namespace === n))
      .map((namespace): GenerateNote => ({ kind: "system-namespace-skipped", namespace })),
  ];
  const diagnostics: Diagnostic[] = [...collected.diagnostics];

  const bySource = new Map<string, { key: SourceKey; complements: Complement[] }>();
  for (const c of collected.complements) {
    if (system.has(c.namespace)) continue;
    const key = `${c.namespace}\u0000${selectorKey(c.pods)}`;
    const entry = bySource.get(key) ?? {
      key: { key, namespace: c.namespace, pods: c.pods },
      complements: [],
    };
    entry.complements.push(c);
    bySource.set(key, entry);
  }
  const verdict = decideIsolation(
    model,
    [...bySource.values()].map((s) => s.key),
  );
  const unisolated = options.keepUnisolated ? unisolatedTargets(model) : [];

  const drafts: Omit<GeneratedPolicy, "name" | "fileName">[] = [];
  for (const k of [...bySource.keys()].sort(compareText)) {
    const { key, complements } = bySource.get(k)!;
    const by = verdict.leftAlone.get(k);
    if (by) {
      notes.push({ kind: "left-alone", namespace: key.namespace, pods: key.pods, isolatedBy: by });
      const origin = model.policies.find((p) => policyId(p.namespace, p.name) === by[0])?.origin;
      if (origin) {
        diagnostics.push(
          diagnostic(
            "info",
            "generate-skipped",
            `No egress policy generated for ${formatSelector(key.pods)} in ${key.namespace}: ${by.join(", ")} already isolate(s) these pods for egress, and their authors' intent is kept.`,
            origin,
          ),
        );
      }
      continue;
    }
    const rules: EgressRule[] = mergeRules(complements);
    const keep = unisolated
      .map((t) => peerFrom(key.namespace, t.namespace, t.pods))
      .sort((a, b) => compareText(peerKey(a), peerKey(b)));
    if (keep.length > 0) rules.push({ to: keep, ports: "all" });
    drafts.push({
      namespace: key.namespace,
      purpose: "complement",
      podSelector: key.pods,
      rules,
      generatedFrom: [...new Set(complements.map((c) => c.from))].sort(compareText),
    });
  }
  if (options.defaultDeny)
    drafts.push(...defaultDenies(universe, options, verdict.blockedNamespaces, notes));

  const policies = nameDrafts(model, drafts);
  return { policies, notes, diagnostics };
}

function defaultDenies(
  universe: readonly Namespace[],
  options: GenerateOptions,
  blocked: ReadonlyMap<string, readonly string[]>,
  notes: GenerateNote[],
): Omit<GeneratedPolicy, "name" | "fileName">[] {
  const out: Omit<GeneratedPolicy, "name" | "fileName">[] = [];
  const dnsPods = { matchLabels: options.dns.podLabels, matchExpressions: [] };
  for (const ns of universe) {
    // Seed 004: "Do not apply this on the kube-system namespace unless you know what you're doing".
    if (isSystemNamespace(ns.name, options)) {
      notes.push({
        kind: "default-deny-skipped",
        namespace: ns.name,
        reason: "it runs the cluster's DNS and system pods",
      });
      continue;
    }
    const by = blocked.get(ns.name);
    if (by) {
      notes.push({
        kind: "default-deny-skipped",
        namespace: ns.name,
        reason: `existing egress policies (${by.join(", ")}) already decide egress for some of its pods`,
      });
      continue;
    }
    out.push({
      namespace: ns.name,
      purpose: "default-deny",
      podSelector: ALL_PODS,
      rules: [
        {
          to: [peerFrom(ns.name, options.dns.namespace, dnsPods)],
          ports: options.dns.ports.map(
            (p): EgressPort => ({
              kind: "number",
              protocol: p.protocol,
              port: p.port,
              endPort: null,
            }),
          ),
        },
      ],
      generatedFrom: [],
    });
  }
  return out;
}

/** Destinations no ingress policy isolates, as (namespace, their labels), deduplicated. */
function unisolatedTargets(model: Model): { namespace: string; pods: EgressPeer["pods"] }[] {
  const nsByName = new Map(model.namespaces.map((n) => [n.name, n]));
  const isolating = model.policies.filter((p) => p.ingress?.isolates);
  const seen = new Map<string, { namespace: string; pods: EgressPeer["pods"] }>();
  for (const w of model.workloads) {
    const ns = nsByName.get(w.namespace);
    if (!ns || isolating.some((p) => podSetMatches(p.subject, ns, w.labels))) continue;
    const pods = { matchLabels: w.labels, matchExpressions: [] };
    seen.set(`${w.namespace}\u0000${selectorKey(pods)}`, { namespace: w.namespace, pods });
  }
  return [...seen.keys()].sort(compareText).map((k) => seen.get(k)!);
}

/**
 * Readable names, with a short hash only when two policies of a namespace would share
 * one or a name is taken by a policy the repository already has.
 */
function nameDrafts(
  model: Model,
  drafts: readonly Omit<GeneratedPolicy, "name" | "fileName">[],
): GeneratedPolicy[] {
  const taken = new Set(model.policies.map((p) => `${p.namespace ?? ""}/${p.name}`));
  const plain = (d: Omit<GeneratedPolicy, "name" | "fileName">) =>
    d.purpose === "default-deny" ? DEFAULT_DENY_NAME : complementName(d.podSelector, false);
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const k = `${d.namespace}/${plain(d)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const named = drafts.map((d) => {
    const base = plain(d);
    const k = `${d.namespace}/${base}`;
    const clash = (counts.get(k) ?? 0) > 1 || taken.has(k);
    const name = !clash
      ? base
      : d.purpose === "default-deny"
        ? dnsName(base, `${d.namespace}/default-deny`, true)
        : complementName(d.podSelector, true);
    return { ...d, name, fileName: policyFileName(d.namespace, name) };
  });
  return named.sort((a, b) => compareText(a.namespace, b.namespace) || compareText(a.name, b.name));
}

function isSystemNamespace(name: string, options: GenerateOptions): boolean {
  return name === "kube-system" || name === options.dns.namespace;
}

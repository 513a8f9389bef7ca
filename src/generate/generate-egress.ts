import { compareText } from "../core/compare-text.js";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { policyId } from "../core/ids.js";
import type { Origin } from "../core/source.js";
import type { Model, Namespace } from "../model/types.js";
import { type Complement, collectComplements, sourceNamespaces } from "./complements.js";
import { decideIsolation, type PartialOverlap, type SourceKey } from "./isolation.js";
import { describeLeftAlone } from "./left-alone.js";
import { mergeRules, peerFrom, peerKey } from "./merge.js";
import {
  complementName,
  DEFAULT_DENY_NAME,
  dnsName,
  policyFileName,
  selectorSlug,
} from "./names.js";
import { ALL_PODS, formatSelector, podSetMatches, selectorKey } from "./selectors.js";
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

  const drafts: Draft[] = [];
  for (const k of [...bySource.keys()].sort(compareText)) {
    const { key, complements } = bySource.get(k)!;
    const alone = verdict.leftAlone.get(k);
    if (alone) {
      const note: GenerateNote = {
        kind: "left-alone",
        namespace: key.namespace,
        pods: key.pods,
        isolatedBy: alone.by,
        isolated: alone.isolated,
        heldBack: alone.heldBack,
        overlaps: alone.overlaps,
        unisolated: alone.unisolated,
      };
      notes.push(note);
      const origin = model.policies.find(
        (p) => policyId(p.namespace, p.name) === alone.by[0],
      )?.origin;
      if (origin) {
        diagnostics.push(
          diagnostic(
            "info",
            "generate-skipped",
            `No egress policy generated for ${formatSelector(key.pods)} in ${key.namespace}: ${describeLeftAlone(note)}`,
            origin,
          ),
        );
      }
      continue;
    }
    const rules: EgressRule[] = [
      ...mergeRules(complements),
      ...keepRules(key.namespace, unisolated),
    ];
    drafts.push({
      namespace: key.namespace,
      purpose: "complement",
      podSelector: key.pods,
      rules,
      generatedFrom: [...new Set(complements.map((c) => c.from))].sort(compareText),
    });
  }
  if (options.defaultDeny)
    drafts.push(...defaultDenies(universe, options, verdict.blockedNamespaces, unisolated, notes));

  for (const o of verdict.partialOverlaps) {
    notes.push({
      kind: "partial-overlap",
      namespace: o.source.namespace,
      pods: o.source.pods,
      other: o.pods,
      by: o.by,
    });
    const origin = model.policies.find((p) => policyId(p.namespace, p.name) === o.by)?.origin;
    if (origin) diagnostics.push(overlapWarning(o, origin));
  }

  const policies = nameDrafts(model, drafts);
  return { policies, notes: withBroadNamespaces(notes, drafts, universe), diagnostics };
}

function overlapWarning(o: PartialOverlap, origin: Origin): Diagnostic {
  const mine = formatSelector(o.source.pods);
  const theirs = formatSelector(o.pods);
  return diagnostic(
    "warning",
    "generate-overlap",
    `In ${o.source.namespace}, pods matching both ${mine} (the source of a generated egress policy) and ${theirs} (isolated for egress by ${o.by}) would have their egress changed: the generated policy adds to the egress ${o.by} allows them. The repository shows no such pod, so reachdiff could not leave them alone; if they exist, add their workloads to the analyzed paths, or narrow one of the selectors so they cannot meet.`,
    origin,
  );
}

/** A broad rule's note names the namespaces that really got egress toward it, and the others. */
function withBroadNamespaces(
  notes: readonly GenerateNote[],
  drafts: readonly Draft[],
  universe: readonly Namespace[],
): GenerateNote[] {
  return notes.map((n) => {
    if (n.kind !== "broad") return n;
    const from = `${n.policy} ingress[${n.rule}]`;
    const got = new Set(
      drafts.filter((d) => d.generatedFrom.includes(from)).map((d) => d.namespace),
    );
    const names = universe.map((ns) => ns.name).sort(compareText);
    return {
      ...n,
      namespaces: names.filter((x) => got.has(x)),
      without: names.filter((x) => !got.has(x)),
    };
  });
}

function defaultDenies(
  universe: readonly Namespace[],
  options: GenerateOptions,
  blocked: ReadonlyMap<string, readonly string[]>,
  unisolated: readonly UnisolatedTarget[],
  notes: GenerateNote[],
): Draft[] {
  const out: Draft[] = [];
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
        // --keep-unisolated holds for pods that only the default deny isolates, too.
        ...keepRules(ns.name, unisolated),
      ],
      generatedFrom: [],
    });
  }
  return out;
}

interface UnisolatedTarget {
  readonly namespace: string;
  readonly pods: EgressPeer["pods"];
}

/** `--keep-unisolated`: one rule, every port, toward every destination no ingress policy isolates. */
function keepRules(home: string, unisolated: readonly UnisolatedTarget[]): EgressRule[] {
  const keep = unisolated
    .map((t) => peerFrom(home, t.namespace, t.pods))
    .sort((a, b) => compareText(peerKey(a), peerKey(b)));
  return keep.length > 0 ? [{ to: keep, ports: "all" }] : [];
}

/** Destinations no ingress policy isolates, as (namespace, their labels), deduplicated. */
function unisolatedTargets(model: Model): UnisolatedTarget[] {
  const nsByName = new Map(model.namespaces.map((n) => [n.name, n]));
  const isolating = model.policies.filter((p) => p.ingress?.isolates);
  const seen = new Map<string, UnisolatedTarget>();
  for (const w of model.workloads) {
    const ns = nsByName.get(w.namespace);
    if (!ns || isolating.some((p) => podSetMatches(p.subject, ns, w.labels))) continue;
    const pods = { matchLabels: w.labels, matchExpressions: [] };
    seen.set(`${w.namespace}\u0000${selectorKey(pods)}`, { namespace: w.namespace, pods });
  }
  return [...seen.keys()].sort(compareText).map((k) => seen.get(k)!);
}

type Draft = Omit<GeneratedPolicy, "name" | "fileName">;

/**
 * Readable names, with a short hash only when two policies of a namespace would share
 * one or a name is taken by a policy the repository already has. A hashed name is
 * checked again, against the repository's policies and every other name given, and
 * salted with a counter until it is free: a generated policy never shares a name
 * (it would be ignored as a duplicate, or hide the repository's own).
 */
function nameDrafts(model: Model, drafts: readonly Draft[]): GeneratedPolicy[] {
  const used = new Set(model.policies.map((p) => `${p.namespace ?? ""}/${p.name}`));
  const plain = (d: Draft) =>
    d.purpose === "default-deny" ? DEFAULT_DENY_NAME : complementName(d.podSelector, false);
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const k = `${d.namespace}/${plain(d)}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const clashes = drafts.map((d) => {
    const k = `${d.namespace}/${plain(d)}`;
    return (counts.get(k) ?? 0) > 1 || used.has(k);
  });
  // Plain names first, so that no hashed name can take one of them.
  drafts.forEach((d, i) => {
    if (!clashes[i]) used.add(`${d.namespace}/${plain(d)}`);
  });
  const named = drafts.map((d, i) => {
    let name = plain(d);
    for (let salt = 0; clashes[i]; salt++) {
      name = hashedName(d, salt);
      if (!used.has(`${d.namespace}/${name}`)) break;
    }
    if (clashes[i]) used.add(`${d.namespace}/${name}`);
    return { ...d, name, fileName: policyFileName(d.namespace, name) };
  });
  return named.sort((a, b) => compareText(a.namespace, b.namespace) || compareText(a.name, b.name));
}

/** The plain name with a short hash of what the policy is for (and `salt`, when not 0). */
function hashedName(d: Draft, salt: number): string {
  const input =
    d.purpose === "default-deny" ? `${d.namespace}/default-deny` : selectorKey(d.podSelector);
  const salted = salt === 0 ? input : `${input}\u0000${salt}`;
  return d.purpose === "default-deny"
    ? dnsName(DEFAULT_DENY_NAME, salted, true)
    : dnsName(`reachdiff-egress-${selectorSlug(d.podSelector)}`, salted, true);
}

function isSystemNamespace(name: string, options: GenerateOptions): boolean {
  return name === "kube-system" || name === options.dns.namespace;
}

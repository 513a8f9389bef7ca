import { describe, expect, it } from "vitest";
import { expandChanges } from "../../src/diff/index.js";
import type { GraphDiff } from "../../src/diff/types.js";
import { formatConns } from "../../src/engine/conn-set.js";
import {
  allowFromYaml,
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  namespaceYaml,
} from "../git/manifests.js";
import { diffYaml } from "./helpers.js";

const APPS = {
  "ns.yaml": namespaceYaml("shop"),
  "web.yaml": deploymentYaml("shop", "web", { app: "web" }, [8080]),
  "api.yaml": deploymentYaml("shop", "api", { app: "api" }, [8080]),
  "db.yaml": deploymentYaml("shop", "db", { app: "db" }, [5432, 9187]),
};
const DENY = { "deny.yaml": DEFAULT_DENY_INGRESS("shop") };

/** An ingress policy on `app: db` with one rule per entry: from `app: FROM` on PORTS. */
function dbIngress(name: string, rules: readonly (readonly [string, readonly number[]])[]) {
  return [
    // A leading document, so that rule lines are not policy lines by accident.
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    "  name: unrelated",
    "  namespace: shop",
    "---",
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    `  name: ${name}`,
    "  namespace: shop",
    "spec:",
    "  podSelector:",
    "    matchLabels:",
    "      app: db",
    "  ingress:",
    ...rules.flatMap(([from, ports]) => [
      "    - from:",
      "        - podSelector:",
      "            matchLabels:",
      `              app: ${from}`,
      "      ports:",
      ...ports.map((p) => `        - port: ${p}`),
    ]),
    "",
  ].join("\n");
}

/** One policy over every pod of shop: ingress from web and egress to db, both on PORTS. */
function bothWays(ingressPorts: readonly number[], egressPorts: readonly number[]) {
  return [
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    "  name: both-ways",
    "  namespace: shop",
    "spec:",
    "  podSelector: {}",
    "  policyTypes: [Ingress, Egress]",
    "  ingress:",
    "    - from:",
    "        - podSelector: {matchLabels: {app: web}}",
    "      ports:",
    ...ingressPorts.map((p) => `        - port: ${p}`),
    "  egress:",
    "    - to:",
    "        - podSelector: {matchLabels: {app: db}}",
    "      ports:",
    ...egressPorts.map((p) => `        - port: ${p}`),
    "",
  ].join("\n");
}

/** 1-based line of the `nth` (0-based) line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, nth = 0): number {
  const hits = text
    .split("\n")
    .map((l, i) => (l.includes(needle) ? i + 1 : 0))
    .filter((n) => n > 0);
  const line = hits[nth];
  if (line === undefined) throw new Error(`no line ${nth} with ${needle}`);
  return line;
}

/** `src -> dst conns cause [policies] {policy direction#index@file:line, ...}` per pair. */
function lines(diff: GraphDiff, kind: "opened" | "closed"): string[] {
  return expandChanges(diff[kind]).map((c) => {
    const rules = (c.rules ?? []).map(
      (r) => `${r.policy} ${r.direction}#${r.index}@${r.origin.file}:${r.origin.line}`,
    );
    const why = `[${c.policies.join(",")}] {${rules.join(", ")}}`;
    return `${c.src} -> ${c.dst} ${formatConns(c.conns)} ${c.cause} ${why}`;
  });
}

const NARROWED_BASE = bothWays([5432, 9187], [5432, 9187]);
const TWO_RULES = dbIngress("db-in", [
  ["web", [5432]],
  ["api", [5432]],
]);
const RULE_REMOVED_BASE = dbIngress("db-in", [
  ["web", [5432]],
  ["web", [9187]],
]);
const ALLOW = allowFromYaml("shop", "web-to-db", "db", "web", [5432]);

describe("rule-level attribution", () => {
  it.each([
    {
      what: "an added allow names its rule, at the rule's line in the head",
      base: { ...APPS, ...DENY },
      head: { ...APPS, ...DENY, "allow.yaml": ALLOW },
      kind: "opened" as const,
      want: `shop/web[Deployment] -> shop/db[Deployment] TCP 5432 policy [shop/web-to-db] {shop/web-to-db ingress#0@allow.yaml:${lineOf(ALLOW, "- from:")}}`,
    },
    {
      what: "a narrowed port names the base rule, and only the direction that changed",
      base: { ...APPS, "p.yaml": NARROWED_BASE },
      head: { ...APPS, "p.yaml": bothWays([5432], [5432, 9187]) },
      kind: "closed" as const,
      want: `shop/web[Deployment] -> shop/db[Deployment] TCP 9187 policy [shop/both-ways] {shop/both-ways ingress#0@p.yaml:${lineOf(NARROWED_BASE, "- from:")}}`,
    },
    {
      what: "a removed rule is named by its index and line in the base",
      base: { ...APPS, "p.yaml": RULE_REMOVED_BASE },
      head: { ...APPS, "p.yaml": dbIngress("db-in", [["web", [5432]]]) },
      kind: "closed" as const,
      want: `shop/web[Deployment] -> shop/db[Deployment] TCP 9187 policy [shop/db-in] {shop/db-in ingress#1@p.yaml:${lineOf(RULE_REMOVED_BASE, "- from:", 1)}}`,
    },
    {
      what: "a new default deny names the policy alone, no rule",
      base: APPS,
      head: { ...APPS, ...DENY },
      kind: "closed" as const,
      want: "shop/web[Deployment] -> shop/db[Deployment] all policy [shop/default-deny] {}",
    },
    {
      what: "a new workload names the unchanged rule that admits it (cause kept)",
      base: { ...APPS, ...DENY, "allow.yaml": ALLOW, "db.yaml": "" },
      head: { ...APPS, ...DENY, "allow.yaml": ALLOW },
      kind: "opened" as const,
      want: `shop/web[Deployment] -> shop/db[Deployment] TCP 5432 endpoint-added [] {shop/web-to-db ingress#0@allow.yaml:${lineOf(ALLOW, "- from:")}}`,
    },
    {
      what: "a removed workload names the base rule that admitted it",
      base: { ...APPS, ...DENY, "allow.yaml": ALLOW },
      head: { ...APPS, ...DENY, "allow.yaml": ALLOW, "web.yaml": "" },
      kind: "closed" as const,
      want: `shop/web[Deployment] -> shop/db[Deployment] TCP 5432 endpoint-removed [] {shop/web-to-db ingress#0@allow.yaml:${lineOf(ALLOW, "- from:")}}`,
    },
    {
      what: "each source of one new policy names its own rule (groups split by rule)",
      base: { ...APPS, ...DENY },
      head: { ...APPS, ...DENY, "p.yaml": TWO_RULES },
      kind: "opened" as const,
      want: `shop/api[Deployment] -> shop/db[Deployment] TCP 5432 policy [shop/db-in] {shop/db-in ingress#1@p.yaml:${lineOf(TWO_RULES, "- from:", 1)}}`,
    },
  ])("$what", ({ base, head, kind, want }) => {
    expect(lines(diffYaml(base, head), kind)).toContain(want);
  });

  it("a new workload with unrestricted egress names no rule for it", () => {
    const diff = diffYaml(
      { ...APPS, ...DENY, "allow.yaml": ALLOW, "db.yaml": "" },
      { ...APPS, ...DENY, "allow.yaml": ALLOW },
    );
    expect(lines(diff, "opened")).toContain(
      "shop/db[Deployment] -> 0.0.0.0-255.255.255.255 all endpoint-added [] {}",
    );
  });

  it("a relabeled namespace names the rule whose peers now match it", () => {
    const scrape = [
      "apiVersion: networking.k8s.io/v1",
      "kind: NetworkPolicy",
      "metadata:",
      "  name: scrape",
      "  namespace: shop",
      "spec:",
      "  podSelector: {matchLabels: {app: web}}",
      "  ingress:",
      "    - from:",
      "        - namespaceSelector: {matchLabels: {team: obs}}",
      "",
    ].join("\n");
    const mon = deploymentYaml("monitoring", "prom", { app: "prom" }, [9090]);
    const diff = diffYaml(
      { ...APPS, "s.yaml": scrape, "mon.yaml": `${namespaceYaml("monitoring")}---\n${mon}` },
      {
        ...APPS,
        "s.yaml": scrape,
        "mon.yaml": `${namespaceYaml("monitoring", { team: "obs" })}---\n${mon}`,
      },
    );
    expect(lines(diff, "opened")).toContain(
      `monitoring/prom[Deployment] -> shop/web[Deployment] all policy [] {shop/scrape ingress#0@s.yaml:${lineOf(scrape, "- from:")}}`,
    );
  });

  it("is deterministic: same trees, files in another order, same groups and rules", () => {
    const base = { ...APPS, ...DENY, "p.yaml": RULE_REMOVED_BASE };
    const head = { ...APPS, "p.yaml": TWO_RULES, "allow.yaml": ALLOW };
    const reversed = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).reverse());
    const json = (d: GraphDiff) => JSON.stringify([d.opened, d.closed]);
    const first = diffYaml(base, head);
    expect(json(diffYaml(base, head))).toBe(json(first));
    expect(json(diffYaml(reversed(base), reversed(head)))).toBe(json(first));
    expect(first.opened.some((g) => (g.rules ?? []).length > 0)).toBe(true);
  });
});

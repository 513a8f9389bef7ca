import { describe, expect, it } from "vitest";
import { changeRows } from "../../src/render/change-rows.js";
import type { Risk } from "../../src/render/risk.js";
import { deploymentYaml, diffOf, namespaceYaml, policyYaml } from "./helpers.js";

/** `db` in `shop` behind a policy whose ingress is `from`; clients in `namespaces`. */
function tree(from: string, namespaces: Record<string, Record<string, string>>) {
  const docs = [namespaceYaml("shop"), deploymentYaml("shop", "db", { app: "db" }, [5432])];
  for (const [ns, labels] of Object.entries(namespaces)) {
    docs.push(namespaceYaml(ns, labels), deploymentYaml(ns, "client", { app: "client" }));
  }
  return {
    "apps.yaml": docs.join("---\n"),
    "db.yaml": policyYaml("shop", "db", `podSelector: {matchLabels: {app: db}}\n${from}`),
  };
}

const ISOLATED = "policyTypes: [Ingress]";

/** The risks of the opened rows when the db's ingress goes from `before` to `after`. */
function risks(
  before: string,
  after: string,
  namespaces: Record<string, Record<string, string>> = { other: {}, third: {} },
): Risk[] {
  const rows = changeRows(diffOf(tree(before, namespaces), tree(after, namespaces))).rows;
  return [...new Set(rows.map((r) => r.risk))];
}

describe("'any namespace' exposure comes from the responsible rule's peer", () => {
  it.each<[string, string, string, Record<string, Record<string, string>>, Risk[]]>([
    [
      "podSelector {} widened to namespaceSelector {} (its own namespace already let in)",
      "ingress:\n- from: [{podSelector: {}}]",
      "ingress:\n- from: [{namespaceSelector: {}}]",
      { other: {}, third: {} },
      ["any-namespace"],
    ],
    [
      "namespaceSelector {} in a repository with one namespace",
      ISOLATED,
      "ingress:\n- from: [{namespaceSelector: {}}]",
      {},
      ["any-namespace"],
    ],
    [
      "a NotIn selector that every namespace passes",
      ISOLATED,
      "ingress:\n- from: [{namespaceSelector: {matchExpressions: [{key: env, operator: NotIn, values: [prod]}]}}]",
      { other: {}, third: {} },
      ["any-namespace"],
    ],
    [
      "a rule with no from (the internet too)",
      ISOLATED,
      "ingress:\n- {}",
      { other: {} },
      ["internet", "any-namespace"],
    ],
  ])("%s ranks as open to any namespace", (_name, before, after, namespaces, expected) => {
    expect(risks(before, after, namespaces)).toEqual(expected);
  });

  it.each<[string, string, Record<string, Record<string, string>>, Risk[]]>([
    [
      "a namespaceSelector that picks one namespace by label",
      "ingress:\n- from: [{namespaceSelector: {matchLabels: {team: a}}}]",
      { other: { team: "a" }, third: {} },
      ["cross-namespace"],
    ],
    [
      "a NotIn selector that leaves one namespace out",
      "ingress:\n- from: [{namespaceSelector: {matchExpressions: [{key: env, operator: NotIn, values: [prod]}]}}]",
      { other: {}, third: { env: "prod" } },
      ["cross-namespace", "opened"],
    ],
  ])("%s is not open to any namespace", (_name, after, namespaces, expected) => {
    expect(risks(ISOLATED, after, namespaces)).toEqual(expected);
  });
});

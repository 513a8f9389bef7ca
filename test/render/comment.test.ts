import { describe, expect, it } from "vitest";
import type { Origin } from "../../src/core/source.js";
import type { GraphDiff } from "../../src/diff/types.js";
import { renderComment } from "../../src/render/comment.js";
import { diffToJson, renderDiffJson } from "../../src/render/diff-json.js";
import { renderDiffMermaid } from "../../src/render/diff-mermaid.js";
import { renderDiffText } from "../../src/render/diff-text.js";
import { commentMarker } from "../../src/render/marker.js";
import { checkDiffJson } from "../support/contract-schema.js";
import {
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  diffOf,
  namespaceYaml,
  policyYaml,
  unbalanced,
} from "./helpers.js";

const NS = `${namespaceYaml("shop")}---\n${namespaceYaml("db")}---\n${namespaceYaml("ops")}`;
const WORKLOADS = [
  deploymentYaml("shop", "web", { app: "web" }),
  deploymentYaml("shop", "api", { app: "api" }, [9090]),
  deploymentYaml("db", "pg", { app: "pg" }, [5432]),
  deploymentYaml("ops", "bot", { app: "bot" }),
].join("---\n");
const DENY_ALL = ["shop", "db", "ops"]
  .map((ns) => policyYaml(ns, "default-deny", DEFAULT_DENY_INGRESS))
  .join("---\n");
const BASE = { "ns.yaml": NS, "apps.yaml": WORKLOADS, "deny.yaml": DENY_ALL };

const allow = (ns: string, name: string, spec: string) => ({
  [`${name}.yaml`]: policyYaml(ns, name, spec),
});
const FROM_INTERNET = allow(
  "shop",
  "web-public",
  "podSelector:\n  matchLabels: {app: web}\ningress:\n  - from: [{ipBlock: {cidr: 0.0.0.0/0}}]\n    ports: [{port: 8080}]",
);
const FROM_ANY_NS = allow(
  "db",
  "pg-from-all",
  "podSelector: {}\ningress:\n  - from: [{namespaceSelector: {}}]\n    ports: [{port: 5432}]",
);
const CROSS_NS = allow(
  "shop",
  "api-from-ops",
  "podSelector:\n  matchLabels: {app: api}\ningress:\n  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ops}}}]",
);
const SAME_NS = allow(
  "shop",
  "api-from-web",
  "podSelector:\n  matchLabels: {app: api}\ningress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: 9090}]",
);

const side = (label: string) => ({ label });
const input = (diff: GraphDiff, extra: Partial<Parameters<typeof renderComment>[0]> = {}) => ({
  diff,
  base: side("abc1234"),
  head: side("def5678"),
  marker: "reachdiff:test",
  ...extra,
});

describe("the PR comment, risk first", () => {
  const diff = diffOf(
    { ...BASE, "old.yaml": policyYaml("ops", "bot-open", "podSelector: {}\ningress: [{}]") },
    { ...BASE, ...FROM_INTERNET, ...FROM_ANY_NS, ...CROSS_NS, ...SAME_NS },
  );
  const { body, truncated } = renderComment(input(diff));

  it("starts with the marker, then the verdict", () => {
    const lines = body.split("\n");
    expect(lines[0]).toBe("<!-- reachdiff:test -->");
    expect(lines[1]).toMatch(/^### reachdiff: opens \d+ flows, closes \d+$/);
    expect(truncated).toBe(false);
  });

  it("orders sections internet, any namespace, cross-namespace, other opened, closed", () => {
    const order = [
      "#### New exposure to the internet",
      "#### Newly open to any namespace",
      "#### New cross-namespace flows",
      "#### Other opened flows",
      "#### Closed flows",
    ].map((h) => body.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("names groups instead of listing them, with policy file:line links", () => {
    expect(body).toContain(
      "| any address outside the cluster | `shop/web[Deployment]` | TCP 8080 | 1 | policy change |",
    );
    expect(body).toContain("| any workload | every workload in `db` | TCP 5432 | 4 |");
    expect(body).toContain("every workload in `ops`");
    const linked = renderComment(
      input(diff, { fileLink: (o: Origin) => `https://example.test/blob/${o.file}#L${o.line}` }),
    ).body;
    expect(linked).toContain("[`web-public.yaml:1`](https://example.test/blob/web-public.yaml#L1)");
  });

  it("draws the changed edges, opened green and closed red", () => {
    expect(body).toContain("```mermaid\nflowchart LR\n");
    expect(body).toMatch(/linkStyle [\d,]+ stroke:#1a7f37/);
    expect(body).toMatch(/linkStyle [\d,]+ stroke:#cf222e/);
    expect(unbalanced(body)).toEqual([]);
  });

  it("is byte-identical for identical input", () => {
    expect(renderComment(input(diff)).body).toBe(body);
    const again = diffOf(
      { ...BASE, "old.yaml": policyYaml("ops", "bot-open", "podSelector: {}\ningress: [{}]") },
      { ...BASE, ...FROM_INTERNET, ...FROM_ANY_NS, ...CROSS_NS, ...SAME_NS },
    );
    expect(renderComment(input(again)).body).toBe(body);
  });

  it("accepts a marker that is already an HTML comment", () => {
    const marker = commentMarker(["policies/"]);
    expect(marker).toMatch(/^<!-- reachdiff:[0-9a-f]{12} -->$/);
    expect(commentMarker(["./policies"])).toBe(marker);
    expect(renderComment(input(diff, { marker })).body.split("\n")[0]).toBe(marker);
  });

  it("appends the caller's sections", () => {
    const { body: withExtra } = renderComment(
      input(diff, {
        extraSections: [{ title: "Suggested egress", body: "```yaml\nkind: NetworkPolicy\n```" }],
      }),
    );
    expect(withExtra).toContain("#### Suggested egress\n\n```yaml\nkind: NetworkPolicy\n```");
    expect(unbalanced(withExtra)).toEqual([]);
  });
});

describe("verdicts", () => {
  it("says 'no reachability change' when nothing changed", () => {
    expect(renderComment(input(diffOf(BASE, BASE))).body.split("\n")[1]).toBe(
      "### reachdiff: no reachability change",
    );
  });

  it.each([
    ["with changes", { ...BASE, ...SAME_NS, "broken.yaml": "kind: [\n" }],
    ["without changes", { ...BASE, "broken.yaml": "kind: [\n" }],
  ])("a broken head says the result is incomplete, never 'no change' (%s)", (_name, head) => {
    const { body } = renderComment(input(diffOf(BASE, head)));
    expect(body.split("\n")[1]).toMatch(
      /^### reachdiff: result incomplete: the head has 1 error; /,
    );
    expect(body).not.toMatch(/no (reachability )?change/i);
    // Head errors come first in the diagnostics section.
    expect(body).toContain("Head:\n\n- **error** `broken.yaml:");
  });

  it("lists a rename as renamed", () => {
    const renamed = WORKLOADS.replace("name: pg\n", "name: postgres\n");
    const { body } = renderComment(input(diffOf(BASE, { ...BASE, "apps.yaml": renamed })));
    expect(body).toContain("`db/pg[Deployment]` renamed to `db/postgres[Deployment]`");
  });
});

describe("diff --format json, text, mermaid", () => {
  const diff = diffOf(BASE, { ...BASE, ...FROM_INTERNET, ...SAME_NS });

  it("json validates against the contract and lists every pair", () => {
    const doc = diffToJson(input(diff));
    expect(checkDiffJson(JSON.parse(renderDiffJson(input(diff))))).toEqual([]);
    expect(doc.base).toBe("abc1234");
    expect(
      doc.opened.map(
        (c) => `${c.src} -> ${c.dst} ${JSON.stringify(c.conns)} ${c.cause} ${c.policies}`,
      ),
    ).toContain(
      'shop/web[Deployment] -> shop/api[Deployment] [{"protocol":"TCP","ports":[[9090,9090]]}] policy shop/api-from-web',
    );
    expect(doc.diagnostics).toEqual({ base: [], head: [] });
  });

  it("text is colored only when asked", () => {
    const plain = renderDiffText(input(diff), { color: false });
    expect(plain).not.toContain("\u001b[");
    expect(plain).toContain("+ any address outside the cluster → shop/web[Deployment]  TCP 8080");
    expect(renderDiffText(input(diff), { color: true })).toContain("\u001b[32m+\u001b[39m");
  });

  it("mermaid draws only the changed edges", () => {
    const m = renderDiffMermaid(input(diff));
    expect(m.startsWith("flowchart LR\n")).toBe(true);
    expect(m.match(/-->/g)).toHaveLength(2);
  });
});

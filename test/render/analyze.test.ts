import { describe, expect, it } from "vitest";
import { analyzeToJson, renderAnalyzeJson } from "../../src/render/analyze-json.js";
import { renderAnalyzeMarkdown } from "../../src/render/analyze-markdown.js";
import { renderAnalyzeText } from "../../src/render/analyze-text.js";
import { renderAnalyzeDot } from "../../src/render/dot.js";
import { renderAnalyzeMermaid } from "../../src/render/mermaid.js";
import { checkAnalyzeJson } from "../support/contract-schema.js";
import {
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  graphOf,
  namespaceYaml,
  policyYaml,
  unbalanced,
} from "./helpers.js";

/** shop (web, api) behind a default deny; web open to the internet on 8080; db untouched. */
const TREE = {
  "ns.yaml": `${namespaceYaml("shop")}---\n${namespaceYaml("db")}`,
  "shop.yaml": [
    deploymentYaml("shop", "web", { app: "web" }),
    deploymentYaml("shop", "api", { app: "api" }, [9090]),
  ].join("---\n"),
  "db.yaml": deploymentYaml("db", "pg", { app: "pg" }, [5432]),
  "policies.yaml": [
    policyYaml("shop", "default-deny", DEFAULT_DENY_INGRESS),
    policyYaml(
      "shop",
      "web-from-anywhere",
      `podSelector:\n  matchLabels: {app: web}\ningress:\n  - from:\n      - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}\n    ports:\n      - {protocol: TCP, port: 8080}`,
    ),
  ].join("---\n"),
};

describe("analyze --format json", () => {
  it("validates against the contract", () => {
    const doc = JSON.parse(renderAnalyzeJson(graphOf(TREE)));
    expect(checkAnalyzeJson(doc)).toEqual([]);
  });

  it("lists workloads then external ranges, with sorted conns", () => {
    const doc = analyzeToJson(graphOf(TREE));
    expect(doc.endpoints.map((e) => e.id)).toEqual([
      "db/pg[Deployment]",
      "shop/api[Deployment]",
      "shop/web[Deployment]",
      "0.0.0.0-9.255.255.255",
      "10.0.0.0-10.255.255.255",
      "11.0.0.0-255.255.255.255",
    ]);
    const toWeb = doc.flows
      .filter((f) => f.dst === "shop/web[Deployment]")
      .map((f) => [f.src, f.conns]);
    expect(toWeb).toEqual([
      ["0.0.0.0-9.255.255.255", [{ protocol: "TCP", ports: [[8080, 8080]] }]],
      ["11.0.0.0-255.255.255.255", [{ protocol: "TCP", ports: [[8080, 8080]] }]],
    ]);
    expect(doc.flows.find((f) => f.dst === "db/pg[Deployment]")?.conns).toBe("all");
    expect(doc.incomplete).toBe(false);
  });

  it("carries diagnostics with file, line and column", () => {
    const doc = analyzeToJson(graphOf({ ...TREE, "broken.yaml": "kind: [\n" }));
    const d = doc.diagnostics.find((x) => x.file === "broken.yaml");
    expect(d).toMatchObject({ severity: "error", file: "broken.yaml" });
    expect(d!.line).toBeGreaterThanOrEqual(1);
    expect(d!.column).toBeGreaterThanOrEqual(1);
    expect(doc.incomplete).toBe(true);
    expect(checkAnalyzeJson(doc)).toEqual([]);
  });
});

describe("analyze --format text", () => {
  const text = renderAnalyzeText(graphOf(TREE), { color: false });

  it.each([
    ["names the internet as one source", "  ← the internet: TCP 8080"],
    ["marks the isolated destination", "shop/api[Deployment]  [isolated]"],
    ["groups an open namespace as a whole", "any workload in ns db  [unrestricted]"],
    ["ends with a diagnostics summary", "diagnostics: "],
  ])("%s", (_name, line) => {
    expect(text).toContain(line);
  });

  it("does not call an address range that nothing reaches isolated: policies isolate pods", () => {
    const lines = renderAnalyzeText(graphOf({}), { color: false }).split("\n");
    const at = lines.indexOf("any address outside the cluster");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe("  nothing can reach it");
    expect(lines.join("\n")).not.toContain("[isolated]");
  });

  it("has no ANSI codes unless asked, and has them when asked", () => {
    expect(text).not.toContain("\u001b[");
    expect(renderAnalyzeText(graphOf(TREE), { color: true })).toContain("\u001b[");
  });

  it("says the result is incomplete when input was left out", () => {
    expect(
      renderAnalyzeText(graphOf({ ...TREE, "broken.yaml": "kind: [\n" }), { color: false }),
    ).toContain("result incomplete");
  });
});

describe("analyze --format markdown, mermaid, dot", () => {
  it("markdown keeps its tables and blocks whole", () => {
    const md = renderAnalyzeMarkdown(graphOf(TREE));
    expect(md).toContain("| the internet | TCP 8080 |");
    expect(unbalanced(md)).toEqual([]);
  });

  it("mermaid is a flowchart with one subgraph per namespace", () => {
    const m = renderAnalyzeMermaid(graphOf(TREE));
    expect(m.startsWith("flowchart LR\n")).toBe(true);
    expect(m.match(/subgraph /g)).toHaveLength(2);
    expect(m).toContain('["web#91;Deployment#93;"]');
    expect(m).not.toMatch(/\[Deployment\]/);
  });

  it("mermaid past its edge limit draws one edge per namespace pair and says so", () => {
    const m = renderAnalyzeMermaid(graphOf(TREE), 1);
    expect(m.startsWith("flowchart LR\n")).toBe(true);
    expect(m).toMatch(
      /^ {2}%% \d+ flows between workloads, more than 1 edges: drawn per namespace/m,
    );
    expect(m).not.toContain("subgraph ");
    expect(m).toContain('["namespace shop"]');
    // Every edge joins two distinct node pairs once, and carries its flow count.
    const edges = m.split("\n").filter((l) => l.includes("-->"));
    const pairs = edges.map((l) => l.replace(/\|.*\|/, ""));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const e of edges) expect(e).toMatch(/\(\d+ flows?\)"\|/);
    expect(renderAnalyzeMermaid(graphOf(TREE))).toContain("subgraph ");
  });

  it("dot is a digraph with one cluster per namespace and quoted labels", () => {
    const d = renderAnalyzeDot(graphOf(TREE));
    expect(d.startsWith("digraph reachability {")).toBe(true);
    expect(d.match(/subgraph cluster_/g)).toHaveLength(2);
    expect(d).toContain('[label="TCP 8080"]');
  });
});

describe("determinism", () => {
  it("the same tree in another file order renders byte for byte the same", () => {
    const reversed = Object.fromEntries(Object.entries(TREE).reverse());
    for (const render of [
      (f: Record<string, string>) => renderAnalyzeJson(graphOf(f)),
      (f: Record<string, string>) => renderAnalyzeText(graphOf(f), { color: false }),
      (f: Record<string, string>) => renderAnalyzeMarkdown(graphOf(f)),
      (f: Record<string, string>) => renderAnalyzeMermaid(graphOf(f)),
      (f: Record<string, string>) => renderAnalyzeDot(graphOf(f)),
    ]) {
      expect(render(reversed)).toBe(render(TREE));
    }
  });
});

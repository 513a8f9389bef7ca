import { describe, expect, it } from "vitest";
import { expandFlows, explainFlow } from "../../src/engine/index.js";
import { analyzeFixtures } from "./helpers.js";

const at = (file: string) => {
  const { model, graph } = analyzeFixtures([`lint/workloads/${file}.yaml`]);
  return {
    model,
    graph,
    found: model.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
    message: (line: number) => model.diagnostics.find((d) => d.line === line)?.message ?? "",
  };
};

describe("labels and names the API server rejects on workloads and namespaces", () => {
  const { model, graph, found, message } = at("labels");

  it.each<[string, string, string]>([
    [
      "a Namespace label that is a number is an error at the label",
      "6:5 error invalid-label",
      'quote it: "1"',
    ],
    ["a Namespace name with capitals and _ is an error", "11:3 error invalid-name", '"bad-ns"'],
    [
      "a Pod label that is a boolean is an error at the label",
      "19:5 error invalid-label",
      'quote it: "true"',
    ],
    ["a label value with a space is an error", "31:5 error invalid-label", '"has space"'],
    ["a label key with a space and ! is an error", "32:5 error invalid-label", '"bad key!"'],
    ["a Pod name with capitals and _ is an error", "41:3 error invalid-name", '"bad-p"'],
    [
      "a pod template label that is a number is an error",
      "61:9 error invalid-label",
      'quote it: "2"',
    ],
  ])("%s", (_sentence, expected, text) => {
    expect(found).toContain(expected);
    expect(message(Number(expected.split(":")[0]))).toContain(text);
  });

  it("leaves every rejected object out and says the result is incomplete", () => {
    expect(model.workloads.map((w) => w.id)).toEqual(["ops/good[Pod]"]);
    expect(model.namespaces.map((n) => n.name)).toEqual(["ops"]);
    expect(found.filter((f) => f.includes("error"))).toHaveLength(7);
    expect(model.incomplete).toBe(true);
  });

  it("explain says a rejected workload was left out, instead of calling it unknown", () => {
    const e = explainFlow(graph, "ops/flags[Pod]", "ops/good[Pod]");
    expect(e).toMatchObject({ kind: "unknown-endpoint", role: "src" });
    expect(e.kind === "unknown-endpoint" ? e.reason : "").toContain(
      "the API server would reject it",
    );
  });
});

describe("null label and selector values read as empty strings, with a warning", () => {
  const { model, graph, found, message } = at("null-values");

  it.each<[string, string]>([
    ["a null pod label", "25:5 warning null-value"],
    ["a null matchLabels value in a peer", "44:15 warning null-value"],
    ["a null in matchExpressions values", "49:26 warning null-value"],
    ["a null matchLabels value in spec.podSelector", "59:7 warning null-value"],
  ])("%s is a null-value warning at the value", (_sentence, expected) => {
    expect(found).toContain(expected);
    expect(message(Number(expected.split(":")[0]))).toContain('reads it as ""');
  });

  it("a null value never widens a selector: {role: null} matches no pod, and {app: null} selects none", () => {
    expect(found).toContain("41:7 warning peer-matches-nothing");
    expect(found).toContain("57:3 warning selects-nothing");
  });

  it('a null pod label is the value "", so In [null] matches it and the values list is not reported empty', () => {
    expect(model.workloads.find((w) => w.name === "job")?.labels).toEqual({ app: "job", env: "" });
    expect(found.filter((f) => f.includes("error"))).toEqual([]);
    const flows = [...expandFlows(graph)].filter((f) => f.dst === "x/db[Pod]").map((f) => f.src);
    expect(flows).toEqual(["x/job[Pod]"]);
  });
});

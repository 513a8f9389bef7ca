import { describe, expect, it } from "vitest";
import { analyzeFixtures } from "./helpers.js";

describe("labels the cluster sets on pods at run time (semantics.md §6)", () => {
  const { model } = analyzeFixtures(["lint/workloads/runtime-labels.yaml"]);
  const found = model.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  const message = (line: number) => model.diagnostics.find((d) => d.line === line)?.message ?? "";

  it("a Job's pods carry job-name and batch.kubernetes.io/job-name, so a policy on them selects the Job", () => {
    expect(model.workloads.find((w) => w.kind === "Job")?.labels).toEqual({
      "batch.kubernetes.io/job-name": "migrate",
      "job-name": "migrate",
    });
    expect(found.filter((f) => f.startsWith("56:"))).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      "a policy on a CronJob's job name gets runtime-label, not the typo warning",
      "75:3 warning runtime-label",
      "a CronJob names its jobs at each run",
    ],
    [
      "a policy on a StatefulSet's per-pod name gets runtime-label",
      "88:3 warning runtime-label",
      "statefulset.kubernetes.io/pod-name",
    ],
    [
      "a peer on a Deployment's pod-template-hash gets runtime-label",
      "92:7 warning runtime-label",
      "pod-template-hash",
    ],
  ])("%s", (_sentence, expected, text) => {
    expect(found).toContain(expected);
    expect(message(Number(expected.split(":")[0]))).toContain(text);
  });

  it("none of them is reported as selecting nothing", () => {
    expect(
      found.filter((f) => f.includes("selects-nothing") || f.includes("peer-matches")),
    ).toEqual([]);
  });
});

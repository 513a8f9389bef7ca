import { describe, expect, it } from "vitest";
import { modelFromFixtures } from "./helpers.js";

const found = (file: string) => {
  const model = modelFromFixtures([`model/kinds/${file}.yaml`]);
  return {
    model,
    found: model.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
    message: (line: number) => model.diagnostics.find((d) => d.line === line)?.message ?? "",
  };
};

describe("kinds and versions of the API groups reachdiff knows", () => {
  const workloads = found("workload-kinds");
  const policies = found("policy-typos");

  it.each<[string, ReturnType<typeof found>, string, string]>([
    [
      "an extensions/v1beta1 Deployment is no longer served: use apps/v1",
      workloads,
      "2:1 error removed-api-version",
      "change apiVersion to apps/v1",
    ],
    [
      "an apps/v1beta2 Deployment is no longer served",
      workloads,
      "11:1 error removed-api-version",
      "removed in Kubernetes 1.16",
    ],
    [
      "a misspelt apps/v1 kind gets a did-you-mean",
      workloads,
      "21:1 error unknown-kind",
      'did you mean "Deployment"',
    ],
    [
      "a lower-case kind gets the right case",
      workloads,
      "30:1 error unknown-kind",
      'did you mean "Deployment"',
    ],
    [
      "a Deployment in the core group is pointed to apps/v1",
      workloads,
      "38:1 error unknown-kind",
      "change apiVersion to apps/v1",
    ],
    [
      "a batch/v1beta1 CronJob is no longer served: use batch/v1",
      workloads,
      "47:1 error removed-api-version",
      "(removed in Kubernetes 1.25), so the API server rejects it; change apiVersion to batch/v1",
    ],
    [
      "NetworkPolcy is a typo of NetworkPolicy",
      policies,
      "2:1 error unknown-kind",
      'did you mean "NetworkPolicy"',
    ],
    [
      "networkpolicy is NetworkPolicy in the wrong case",
      policies,
      "7:1 error unknown-kind",
      'did you mean "NetworkPolicy"',
    ],
    [
      "NetworkPolicies is the plural of NetworkPolicy",
      policies,
      "12:1 error unknown-kind",
      'did you mean "NetworkPolicy"',
    ],
  ])("%s", (_sentence, result, expected, text) => {
    expect(result.found).toContain(expected);
    expect(result.message(Number(expected.split(":")[0]))).toContain(text);
  });

  it("leaves the rejected objects out and keeps the valid apps/v1 Deployment", () => {
    expect(workloads.model.workloads.map((w) => w.id)).toEqual(["a/d7[Deployment]"]);
    expect(workloads.model.incomplete).toBe(true);
    expect(policies.model.policies).toEqual([]);
  });
});

describe("kinds reachdiff does not use", () => {
  const { model, found: got, message } = found("other-kinds");

  it("says once per kind that it skipped them, with the count, at the first one", () => {
    expect(got.filter((f) => f.includes("skipped-kind"))).toEqual([
      "1:1 info skipped-kind",
      "5:1 info skipped-kind",
      "17:1 info skipped-kind",
    ]);
    expect(message(5)).toContain("v1 Service: reachdiff does not use this kind, so 2 objects");
  });

  it("warns that a Kustomization is not rendered, as for a Helm template", () => {
    expect(got).toContain("13:1 warning kustomization");
    expect(message(13)).toContain("run `kustomize build`");
  });

  it("in a group shared with other projects, reports only a kind close to one reachdiff uses", () => {
    expect(got).toContain("22:1 error unknown-kind");
    expect(message(22)).toContain('did you mean "Rollout"');
  });

  it("a *List of a known kind is not a typo", () => {
    expect(got.filter((f) => f.startsWith("25:"))).toEqual([]);
  });

  it("skipped kinds do not make the result incomplete", () => {
    expect(got.filter((f) => f.includes("error"))).toHaveLength(1);
    expect(model.incomplete).toBe(true);
  });
});

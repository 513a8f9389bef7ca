import { describe, expect, it } from "vitest";
import type { ModelOptions } from "../../src/model/types.js";
import { modelFromFixtures } from "./helpers.js";

/**
 * Each fixture is accepted by the API server but probably does not do what its
 * author meant: a warning at the field, and the object is still analyzed.
 */
describe("what is accepted but probably wrong is a warning", () => {
  it.each<[string, string, string, number, number, string, ModelOptions?]>([
    [
      "a podSelector-only peer next to a namespaceSelector-only peer is ORed, not ANDed",
      "or-instead-of-and",
      "or-instead-of-and",
      13,
      7,
      "one entry",
    ],
    [
      "egress rules without Egress in policyTypes are ignored",
      "egress-rules-ignored",
      "policy-types-egress-ignored",
      10,
      3,
      "Add Egress",
    ],
    [
      "ingress rules without Ingress in policyTypes are ignored",
      "ingress-rules-ignored",
      "ingress-in-egress-policy",
      10,
      3,
      "Add Ingress",
    ],
    [
      "egress: [] without policyTypes is not a deny-all",
      "empty-egress-without-policy-types",
      "policy-types-egress-ignored",
      8,
      3,
      "policyTypes: [Ingress, Egress]",
    ],
    [
      "a missing spec.podSelector selects every pod in the namespace",
      "missing-pod-selector",
      "missing-field",
      6,
      1,
      "every pod",
    ],
    [
      "an ipBlock with host bits is read as its network",
      "ipblock-host-bits",
      "ipblock-host-bits",
      11,
      9,
      "read as 10.0.0.0/24",
    ],
    [
      "an ipBlock with leading zeros warns and names the canonical form",
      "ipblock-leading-zeros",
      "ipblock-leading-zeros",
      11,
      9,
      "write 10.0.0.0/8",
    ],
    [
      "an ipBlock overlapping the cluster CIDRs warns when they are configured",
      "ipblock-overlaps-cluster",
      "ipblock-overlaps-cluster",
      11,
      9,
      "10.244.0.0/16",
      { clusterCidrs: ["10.244.0.0/16"] },
    ],
    [
      "extensions/v1beta1 is a deprecated API",
      "deprecated-api",
      "deprecated-api",
      1,
      1,
      "networking.k8s.io/v1",
    ],
    [
      "a Cilium policy is not evaluated yet",
      "unsupported-kind",
      "unsupported-kind",
      1,
      1,
      "not evaluated yet",
    ],
    [
      "an identical second policy with the same namespace and name is ignored",
      "duplicate-object",
      "duplicate-object",
      9,
      1,
      "first at model/warnings/duplicate-object.yaml:1",
    ],
  ])("%s", (_, name, code, line, column, text, options) => {
    const model = modelFromFixtures([`model/warnings/${name}.yaml`], options);
    const warnings = model.diagnostics.filter((d) => d.code !== "namespace-synthesized");
    expect(warnings.map((d) => `${d.severity} ${d.code}@${d.line}:${d.column}`)).toEqual([
      `warning ${code}@${line}:${column}`,
    ]);
    expect(warnings[0]!.message).toContain(text);
    expect(model.incomplete).toBe(false);
    expect(model.policies.length).toBe(name === "unsupported-kind" ? 0 : 1);
  });

  it("the overlap warning is silent without configured cluster CIDRs", () => {
    const model = modelFromFixtures(["model/warnings/ipblock-overlaps-cluster.yaml"]);
    expect(model.diagnostics.map((d) => d.code)).toEqual(["namespace-synthesized"]);
  });

  it("the first of two duplicates is the one kept", () => {
    const model = modelFromFixtures(["model/warnings/duplicate-object.yaml"]);
    expect(model.policies[0]!.subject.pods.matchLabels).toEqual({});
  });
});

describe("namespaces (semantics.md §2.9)", () => {
  it("a used but undeclared namespace is synthesized with only its name label, warned at its first user", () => {
    const model = modelFromFixtures(["model/warnings/namespace-synthesized.yaml"]);
    expect(model.namespaces).toEqual([
      {
        name: "declared",
        labels: { "kubernetes.io/metadata.name": "declared" },
        declared: true,
        origin: { file: "model/warnings/namespace-synthesized.yaml", line: 1, column: 1 },
      },
      {
        name: "undeclared",
        labels: { "kubernetes.io/metadata.name": "undeclared" },
        declared: false,
        origin: null,
      },
    ]);
    expect(model.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([
      "namespace-synthesized@18:3",
    ]);
  });
});

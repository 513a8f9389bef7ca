import { describe, expect, it } from "vitest";
import { introducedProblems } from "../../src/generate/plan.js";
import { buildModel } from "../../src/model/index.js";
import { parseFiles } from "../../src/parse/index.js";
import { planCase } from "./cases.js";

const policy = (name: string, namespace = "web") => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${namespace}}
spec: {podSelector: {}, policyTypes: [Egress]}
`;

describe("generated policy names", () => {
  it("never equal a policy the repository has, even when the hashed fallback would", () => {
    const plan = planCase("taken-names");
    const existing = new Set(plan.base.policies.map((p) => `${p.namespace}/${p.name}`));
    const generated = plan.generated.policies.map((p) => `${p.namespace}/${p.name}`);
    expect(generated.filter((n) => existing.has(n))).toEqual([]);
    expect(new Set(generated).size).toBe(generated.length);
    expect(generated).toContain("web/reachdiff-egress-app-q");
    expect(generated).not.toContain("web/reachdiff-egress-app-x-5f80cc16");
    expect(plan.head.diagnostics.map((d) => d.code)).not.toContain("duplicate-object");
    expect(plan.proof.holds).toBe(true);
  });

  it("are the same on every run", () => {
    const names = () => planCase("taken-names").generated.policies.map((p) => p.name);
    expect(names()).toEqual(names());
  });
});

describe("the proof fails on what the generated files bring", () => {
  it("counts a warning the head has and the repository does not, such as an ignored duplicate", () => {
    const base = buildModel(parseFiles([{ path: "a.yaml", text: policy("taken") }]));
    const head = buildModel(
      parseFiles([
        { path: "a.yaml", text: policy("taken") },
        { path: "generated/web.taken.yaml", text: policy("taken") },
      ]),
    );
    expect(introducedProblems(base.diagnostics, head.diagnostics).map((d) => d.code)).toEqual([
      "duplicate-object",
    ]);
  });

  it("does not count a warning the repository already draws that moves to a generated file", () => {
    // `web` is undeclared: the warning goes to its first user, here the generated file.
    const base = buildModel(parseFiles([{ path: "z.yaml", text: policy("mine") }]));
    const head = buildModel(
      parseFiles([
        { path: "z.yaml", text: policy("mine") },
        { path: "generated/web.theirs.yaml", text: policy("theirs") },
      ]),
    );
    expect(head.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ["namespace-synthesized", "generated/web.theirs.yaml"],
    ]);
    expect(introducedProblems(base.diagnostics, head.diagnostics)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { selectorsCanOverlap } from "../../src/generate/selectors.js";
import { planCase, reportOf } from "./cases.js";

const sel = (
  matchLabels: Record<string, string>,
  matchExpressions: {
    key: string;
    operator: "In" | "NotIn" | "Exists" | "DoesNotExist";
    values: string[];
  }[] = [],
) => ({ matchLabels, matchExpressions });

describe("a source left alone because some of its pods are egress-isolated", () => {
  it("names the isolated pods and says the others stay unisolated, and why", () => {
    const plan = planCase("partly-isolated-source");
    const note = plan.generated.notes.find((n) => n.kind === "left-alone" && n.namespace === "web");
    expect(note).toMatchObject({
      isolated: [{ workload: "web/api[Deployment]", by: ["web/egress-only"] }],
      unisolated: ["web/frontend[Deployment]"],
    });
    const report = reportOf(plan);
    expect(report).not.toContain("web/egress-only already decide(s) their egress");
    expect(report).toContain(
      "web, pods all pods: left alone. web/api[Deployment] is already isolated for egress by web/egress-only, and a policy for all pods would select it too, adding to the egress web/egress-only allows. So the other pods, web/frontend[Deployment], stay unisolated for egress (they keep all their egress); write their egress policy by hand to isolate them.",
    );
    const info = plan.generated.diagnostics.find(
      (d) => d.code === "generate-skipped" && d.message.includes("in web"),
    );
    expect(info?.message).toContain("web/frontend[Deployment], stay unisolated for egress");
  });
});

describe("a broad rule", () => {
  it("lists the namespaces that got egress toward it, not every namespace", () => {
    const plan = planCase("partly-isolated-source");
    expect(plan.generated.notes.find((n) => n.kind === "broad")).toMatchObject({
      policy: "db/legacy",
      namespaces: ["db"],
      without: ["kube-system", "web"],
    });
    expect(reportOf(plan)).toContain(
      "db/legacy ingress[0] has no 'from' (broad): every source may reach it, so all pods of db got egress toward it; kube-system, web did not (see their notes).",
    );
  });
});

describe("a namespaceSelector peer that matches no declared namespace", () => {
  it("is noted as not complemented, with what to do", () => {
    const plan = planCase("no-dns-declared");
    expect(plan.generated.notes).toContainEqual({
      kind: "namespaces-unmatched",
      policy: "db/pg-from-web",
      rule: 0,
      namespaces: sel({ team: "nobody" }),
      pods: sel({}),
    });
    const info = plan.generated.diagnostics.find((d) => d.message.includes("team=nobody"));
    expect(info).toMatchObject({ severity: "info", code: "generate-skipped", line: 34 });
    expect(info?.message).toContain("add their Namespace manifests with their labels");
    expect(reportOf(plan)).toContain(
      "its namespaceSelector matches no namespace the repository declares",
    );
  });
});

describe("a generated source that can share pods with an existing egress policy", () => {
  it("is a warning naming both selectors when no workload shows such a pod", () => {
    const plan = planCase("overlap-unseen-pods");
    expect(plan.generated.policies.map((p) => p.name)).toEqual(["reachdiff-egress-tier-backend"]);
    const warning = plan.generated.diagnostics.find((d) => d.code === "generate-overlap");
    expect(warning).toMatchObject({ severity: "warning", file: "overlap-unseen-pods/input.yaml" });
    expect(warning?.message).toContain(
      "pods matching both tier=backend (the source of a generated egress policy) and app=api (isolated for egress by web/api-locked-down) would have their egress changed",
    );
    expect(reportOf(plan)).toContain("Check:");
    expect(plan.proof.holds).toBe(true);
  });

  it("is no warning when the selectors cannot meet", () => {
    const plan = planCase("egress-isolated-namespace");
    expect(plan.generated.diagnostics.map((d) => d.code)).not.toContain("generate-overlap");
  });

  it.each([
    ["different values of one key", sel({ app: "a" }), sel({ app: "b" }), false],
    ["different keys", sel({ app: "a" }), sel({ tier: "b" }), true],
    [
      "In and NotIn that leave a value",
      sel({}, [{ key: "app", operator: "In", values: ["a", "b"] }]),
      sel({}, [{ key: "app", operator: "NotIn", values: ["a"] }]),
      true,
    ],
    [
      "In and NotIn that leave none",
      sel({}, [{ key: "app", operator: "In", values: ["a"] }]),
      sel({}, [{ key: "app", operator: "NotIn", values: ["a"] }]),
      false,
    ],
    [
      "Exists and DoesNotExist",
      sel({}, [{ key: "app", operator: "Exists", values: [] }]),
      sel({}, [{ key: "app", operator: "DoesNotExist", values: [] }]),
      false,
    ],
    [
      "a label and DoesNotExist on it",
      sel({ app: "a" }),
      sel({}, [{ key: "app", operator: "DoesNotExist", values: [] }]),
      false,
    ],
  ])("selectors with %s: overlap is decided exactly", (_what, a, b, expected) => {
    expect(selectorsCanOverlap(a, b)).toBe(expected);
    expect(selectorsCanOverlap(b, a)).toBe(expected);
  });
});

describe("policy kinds reachdiff does not evaluate", () => {
  it("qualify the proof line, which names the ignored objects", () => {
    const plan = planCase("cilium-policy");
    expect(plan.proof.holds).toBe(true);
    expect(plan.proof.ignored).toEqual([
      {
        kind: "CiliumNetworkPolicy",
        namespace: "db",
        name: "pg-from-frontend",
        file: "cilium-policy/input.yaml",
      },
    ]);
    expect(reportOf(plan)).toContain(
      "Proof: holds for the NetworkPolicies reachdiff evaluates: no flow they allow between pods closes, and nothing opens. 1 object of kinds it does not evaluate was ignored (db/pg-from-frontend (CiliumNetworkPolicy, cilium-policy/input.yaml))",
    );
  });

  it("leave the proof line plain when there are none", () => {
    expect(reportOf(planCase("no-dns-declared"))).toContain(
      "Proof: holds. No flow that ingress policies allow between pods closes, and nothing opens.",
    );
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planEgress } from "../../src/generate/plan.js";
import { DEFAULT_DNS } from "../../src/generate/types.js";

const ROOT = join(import.meta.dirname, "../fixtures/generate");
const names = readdirSync(ROOT).sort();

function plan(name: string) {
  const dir = join(ROOT, name);
  const optionsFile = join(dir, "options.json");
  const options: { defaultDeny?: boolean; keepUnisolated?: boolean } = existsSync(optionsFile)
    ? JSON.parse(readFileSync(optionsFile, "utf8"))
    : {};
  const input = { path: `${name}/input.yaml`, text: readFileSync(join(dir, "input.yaml"), "utf8") };
  return planEgress([input], {
    defaultDeny: options.defaultDeny ?? false,
    keepUnisolated: options.keepUnisolated ?? false,
    dns: DEFAULT_DNS,
  });
}

describe("fixtures: the recipe's examples give the YAML written by hand", () => {
  it.each(names)("%s", (name) => {
    const result = plan(name);
    expect(result.base.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const expectedDir = join(ROOT, name, "expected");
    const expected = readdirSync(expectedDir)
      .sort()
      .map((f) => ({ path: f, text: readFileSync(join(expectedDir, f), "utf8") }));
    expect(result.files).toEqual(expected);
    expect(result.proof.counterExamples).toEqual([]);
    expect(result.proof.holds).toBe(true);
  });
});

describe("fixtures: what the generator says it did not do", () => {
  it.each([
    ["seed-001-as-written", "left-alone", "app-namespace/allow-egress-frontend"],
    ["seed-001-as-written", "left-alone", "ingress-namespace/allow-ingress-namespace"],
    ["seed-001-as-written", "ipblock-skipped", "ingress-namespace/allow-ingress-namespace"],
    ["seed-001-ingress-only", "ipblock-skipped", "ingress-namespace/allow-ingress-namespace"],
    ["merge-and-broad", "broad", "c/public"],
  ])("%s notes %s for %s", (name, kind, policy) => {
    const notes = plan(name).generated.notes.filter((n) => n.kind === kind);
    const mentioned = notes.flatMap((n) =>
      n.kind === "left-alone" ? n.isolatedBy : "policy" in n ? [n.policy] : [],
    );
    expect(mentioned).toContain(policy);
  });

  it("reports a broad rule as a generate-broad warning at the rule", () => {
    const d = plan("merge-and-broad").generated.diagnostics.filter(
      (x) => x.code === "generate-broad",
    );
    expect(d.map((x) => [x.severity, x.file])).toEqual([["warning", "merge-and-broad/input.yaml"]]);
  });

  it("reports skipped ipBlock peers as generate-skipped info", () => {
    const d = plan("seed-001-ingress-only").generated.diagnostics;
    expect(d.map((x) => [x.severity, x.code])).toContainEqual(["info", "generate-skipped"]);
  });

  it("lists the price: with --default-deny DNS does not close, the ingress controller loses the internet", () => {
    const price = plan("seed-001-ingress-only").proof.price;
    expect(price.some((p) => p.kind === "dns")).toBe(false);
    expect(price.filter((p) => p.kind === "external").flatMap((p) => p.srcs)).toContain(
      "ingress-namespace/ingress-controller[Deployment]",
    );
  });

  it("without --default-deny the isolated sources lose DNS, classified as dns", () => {
    const price = plan("seed-004-default-deny").proof.price; // defaultDeny on: no dns price
    expect(price.some((p) => p.kind === "dns")).toBe(false);
    const dir = join(ROOT, "seed-004-default-deny");
    const text = readFileSync(join(dir, "input.yaml"), "utf8");
    const off = planEgress([{ path: "x.yaml", text }], {
      defaultDeny: false,
      keepUnisolated: false,
      dns: DEFAULT_DNS,
    });
    expect(off.proof.holds).toBe(true);
    expect(off.proof.price.filter((p) => p.kind === "dns").flatMap((p) => p.srcs)).toEqual([
      "shop/web[Deployment]",
    ]);
  });
});

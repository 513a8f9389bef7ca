import { describe, expect, it } from "vitest";
import { codes, modelFromFixtures } from "./helpers.js";

describe("objects defined twice (same kind, namespace and name)", () => {
  const model = modelFromFixtures(["model/duplicates/a.yaml", "model/duplicates/b.yaml"]);
  const message = (file: string, line: number) =>
    model.diagnostics.find((d) => d.file.endsWith(file) && d.line === line)?.message ?? "";

  it("two different definitions are errors at the second copy, and the result is incomplete", () => {
    expect(codes(model, "error")).toEqual(["duplicate-object@1:1", "duplicate-object@6:1"]);
    expect(message("b.yaml", 1)).toContain("depends on apply order");
    expect(message("b.yaml", 1)).toContain("Keep one");
    expect(model.incomplete).toBe(true);
  });

  it("analyzes the first copy in file order", () => {
    expect(model.workloads.map((w) => w.labels)).toEqual([{ app: "p" }]);
    expect(model.policies.map((p) => p.origin.file)).toEqual(["model/duplicates/a.yaml"]);
  });

  it("an identical copy is only a warning and the result stays complete", () => {
    const same = modelFromFixtures(["model/duplicates/a.yaml", "model/duplicates/c.yaml"]);
    expect(same.diagnostics.find((d) => d.file.endsWith("c.yaml") && d.line === 1)).toMatchObject({
      severity: "warning",
      code: "duplicate-object",
    });
    // Only the different copies of r (c.yaml:11) are an error.
    expect(codes(same, "error").filter((c) => c.startsWith("duplicate"))).toEqual([
      "duplicate-object@11:1",
    ]);
  });

  it("a copy the API server rejects does not shadow a valid one that comes later", () => {
    const shadow = modelFromFixtures(["model/duplicates/c.yaml"]);
    expect(shadow.workloads.map((w) => w.id)).toEqual(["default/p[Pod]", "default/r[Pod]"]);
    expect(shadow.workloads[1]?.labels).toEqual({ app: "r" });
    expect(codes(shadow, "error")).toEqual(["invalid-label@8:50", "duplicate-object@11:1"]);
  });
});

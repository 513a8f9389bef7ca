import { describe, expect, it } from "vitest";
import { analyzeFixtures } from "./helpers.js";

const at = (file: string) => {
  const { model } = analyzeFixtures([`lint/workloads/${file}.yaml`]);
  return {
    model,
    found: model.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
    message: (line: number) => model.diagnostics.find((d) => d.line === line)?.message ?? "",
  };
};

describe("container ports the API server rejects", () => {
  const { model, found, message } = at("bad-ports");

  it.each<[string, string, string]>([
    ["a containerPort above 65535 is an error at the number", "16:11 error invalid-port", "70000"],
    [
      "a name that is not an IANA service name is an error at the name",
      "17:11 error invalid-name",
      'e.g. "admin-port"',
    ],
    [
      "a lower-case protocol is an error at the protocol",
      "21:11 error invalid-protocol",
      'write "UDP"',
    ],
    [
      "a name used twice in one container is an error at the second",
      "22:11 error invalid-name",
      "used twice",
    ],
    [
      "a containerPort of 0 is an error",
      "29:11 error invalid-port",
      'containerPort 0 of container "sidecar"',
    ],
  ])("%s", (_sentence, expected, text) => {
    expect(found).toContain(expected);
    expect(message(Number(expected.split(":")[0]))).toContain(text);
  });

  it("reports nothing else: the same name in two containers is fine", () => {
    expect(found.filter((f) => f.includes("error"))).toHaveLength(5);
  });

  it("leaves the workload out, since the API server rejects it, and says the result is incomplete", () => {
    expect(model.workloads).toEqual([]);
    expect(message(16)).toContain("so it is left out");
    expect(model.incomplete).toBe(true);
  });
});

describe("controller selectors", () => {
  const { model, found, message } = at("selector-mismatch");

  it.each<[string, string, string]>([
    [
      "a Deployment whose selector misses its template's labels is rejected",
      "7:3 error invalid-selector",
      "spec.selector does not match template labels",
    ],
    ["an empty apps/v1 selector is rejected", "46:3 error invalid-selector", "is empty"],
    [
      "an apps/v1 Deployment without spec.selector is rejected",
      "81:1 error missing-field",
      "has no spec.selector",
    ],
    [
      "a Job with a manual selector that misses its template is rejected",
      "63:3 error invalid-selector",
      "Job migrate",
    ],
  ])("%s", (_sentence, expected, text) => {
    expect(found).toContain(expected);
    expect(message(Number(expected.split(":")[0]))).toContain(text);
  });

  it("leaves the rejected controllers out, and keeps a matching expression", () => {
    expect(model.workloads.map((w) => w.id)).toEqual(["shop/db[StatefulSet]"]);
    expect(found.filter((f) => f.includes("error"))).toHaveLength(4);
  });
});

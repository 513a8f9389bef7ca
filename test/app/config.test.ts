import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/app/config.js";

describe("parseConfig", () => {
  it("reads every option", () => {
    const { config, diagnostics } = parseConfig(
      `defaultNamespace: apps
clusterCIDRs: [10.244.0.0/16]
egress:
  dnsNamespace: openshift-dns
  dnsLabels: {dns.operator.openshift.io/daemonset-dns: default}
  dnsPort: 5353
`,
      ".reachdiff.yaml",
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      defaultNamespace: "apps",
      clusterCidrs: ["10.244.0.0/16"],
      egress: {
        dnsNamespace: "openshift-dns",
        dnsLabels: { "dns.operator.openshift.io/daemonset-dns": "default" },
        dnsPort: 5353,
      },
    });
  });

  it("takes an empty file as no options", () => {
    expect(parseConfig("", "c.yaml")).toEqual({ config: {}, diagnostics: [] });
  });

  it.each([
    [
      "an unknown option is an error, so a typo never turns an option off",
      "defaultNamesapce: x\n",
      "unknown-field",
    ],
    [
      "guardrails are refused rather than silently not checked",
      "guardrails: []\n",
      "unknown-field",
    ],
    ["a YAML syntax error is reported with its position", "egress: [\n", "yaml-syntax"],
    ["a list where a mapping is expected is an error", "- a\n", "invalid-type"],
    ["a wrongly typed value is an error", "clusterCIDRs: 10.0.0.0/8\n", "invalid-type"],
    [
      "an alias bomb ends in an error",
      `a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
`,
      "yaml-alias-limit",
    ],
  ])("%s", (_name, text, code) => {
    const { diagnostics } = parseConfig(text, "c.yaml");
    expect(diagnostics.map((d) => [d.severity, d.code])).toContainEqual(["error", code]);
    expect(diagnostics.every((d) => d.file === "c.yaml" && d.line >= 1 && d.column >= 1)).toBe(
      true,
    );
  });
});

import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { modelFromText } from "./helpers.js";

function fingerprintOf(spec: unknown, metadata: Record<string, unknown> = {}): string {
  const object = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "p", namespace: "ns", ...metadata },
    spec,
  };
  const policy = modelFromText("p.yaml", stringify(object)).policies[0];
  if (policy === undefined) throw new Error("policy rejected");
  return policy.fingerprint;
}

const base = {
  podSelector: { matchLabels: { app: "db" } },
  ingress: [
    { from: [{ podSelector: { matchLabels: { app: "api" } } }], ports: [{ port: 5432 }] },
    { from: [{ ipBlock: { cidr: "10.0.0.0/8" } }] },
  ],
};

describe("policy fingerprints compare what enforcement depends on", () => {
  it.each([
    [
      "labels and annotations of the policy do not matter",
      base,
      { labels: { team: "x" }, annotations: { a: "b" } },
    ],
    [
      "the order of rules does not matter",
      { ...base, ingress: [base.ingress[1], base.ingress[0]] },
      {},
    ],
    [
      "an explicit policyTypes equal to the default does not matter",
      { ...base, policyTypes: ["Ingress"] },
      {},
    ],
    [
      "protocol TCP written out does not matter",
      {
        ...base,
        ingress: [
          { ...base.ingress[0], ports: [{ port: 5432, protocol: "TCP" }] },
          base.ingress[1],
        ],
      },
      {},
    ],
    [
      "host bits in a cidr do not matter",
      { ...base, ingress: [base.ingress[0], { from: [{ ipBlock: { cidr: "10.1.2.3/8" } }] }] },
      {},
    ],
  ])("%s", (_, spec, metadata) => {
    expect(fingerprintOf(spec, metadata)).toBe(fingerprintOf(base));
  });

  it.each([
    [
      "another port matters",
      { ...base, ingress: [{ ...base.ingress[0], ports: [{ port: 5433 }] }, base.ingress[1]] },
    ],
    ["another subject matters", { ...base, podSelector: {} }],
    ["egress isolation matters", { ...base, policyTypes: ["Ingress", "Egress"] }],
    [
      "an except matters",
      {
        ...base,
        ingress: [
          base.ingress[0],
          { from: [{ ipBlock: { cidr: "10.0.0.0/8", except: ["10.1.0.0/16"] } }] },
        ],
      },
    ],
  ])("%s", (_, spec) => {
    expect(fingerprintOf(spec)).not.toBe(fingerprintOf(base));
  });
});

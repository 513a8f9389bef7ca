import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWorkloadId } from "../../src/core/ids.js";
import { diffModels } from "../../src/diff/index.js";
import { connsKey } from "../../src/engine/conn-set.js";
import { buildGraph, expandFlows, partitionAddressSpace } from "../../src/engine/index.js";
import { dnsStandIn, withStandIn } from "../../src/generate/dns-stand-in.js";
import { generateEgress } from "../../src/generate/generate-egress.js";
import { proveEgress } from "../../src/generate/proof.js";
import { DEFAULT_DNS, type DnsTarget, type GenerateOptions } from "../../src/generate/types.js";
import { buildModel } from "../../src/model/index.js";
import type { Model } from "../../src/model/types.js";
import { parseFiles } from "../../src/parse/index.js";
import { renderEgressFiles } from "../../src/render/egress-yaml.js";
import { clusterArb } from "../support/arbitraries.js";
import { netpol, sel } from "../support/model-builders.js";

const DNS_IN_X: DnsTarget = {
  namespace: "x",
  podLabels: { app: "a" },
  ports: [
    { protocol: "UDP", port: 53 },
    { protocol: "TCP", port: 53 },
  ],
};

const optionsArb: fc.Arbitrary<GenerateOptions> = fc.record({
  defaultDeny: fc.boolean(),
  keepUnisolated: fc.boolean(),
  dns: fc.constantFrom(DEFAULT_DNS, DNS_IN_X),
});

/** The repository plus the generated policies, parsed back from their YAML. */
function withGenerated(base: Model, options: GenerateOptions): Model {
  const files = renderEgressFiles(generateEgress(base, options).policies);
  const own = buildModel(parseFiles(files));
  expect(own.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const policies = [...base.policies, ...own.policies].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return { ...base, policies };
}

/** Workload-to-workload flows as `src → dst: conns` lines. */
function podFlows(model: Model, externals: ReturnType<typeof partitionAddressSpace>): string[] {
  const out: string[] = [];
  for (const f of expandFlows(buildGraph(model, { externals }))) {
    if (parseWorkloadId(f.src) && parseWorkloadId(f.dst))
      out.push(`${f.src} → ${f.dst}: ${connsKey(f.conns)}`);
  }
  return out;
}

/** Every pod ingress-isolated: a rule-less ingress policy per namespace, keeping all other rules. */
function isolateAll(m: Model): Model {
  const extra = m.namespaces.map((n) =>
    netpol(n.name, "zz-isolate", { subject: sel(), ingress: [] }),
  );
  const policies = [...m.policies, ...extra].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return { ...m, policies };
}

describe("the proof, over random clusters", () => {
  it("holds for every generated set: nothing opens, nothing into an ingress-isolated pod closes", () => {
    fc.assert(
      fc.property(clusterArb(), optionsArb, (base, options) => {
        const proof = proveEgress(diffModels(base, withGenerated(base, options)), options.dns);
        expect(proof.counterExamples).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("holds with the DNS stand-in that clusters without a DNS pod get, and never lists its other ports", () => {
    fc.assert(
      fc.property(clusterArb(), optionsArb, (base, options) => {
        const standIn = dnsStandIn(base, options.dns);
        const head = withGenerated(base, options);
        const proof = proveEgress(
          diffModels(withStandIn(base, standIn), withStandIn(head, standIn)),
          options.dns,
          { dnsStandIn: standIn?.id ?? null },
        );
        expect(proof.counterExamples).toEqual([]);
        const other = proof.price.filter((p) => p.kind !== "dns").flatMap((p) => p.dsts);
        if (standIn) expect(other).not.toContain(standIn.id);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every pod-to-pod flow when every pod is ingress-isolated (DNS included with --default-deny)", () => {
    fc.assert(
      fc.property(clusterArb().map(isolateAll), optionsArb, (base, options) => {
        const head = withGenerated(base, options);
        const externals = partitionAddressSpace([base, head]);
        expect(podFlows(head, externals)).toEqual(podFlows(base, externals));
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: the same model gives the same bytes", () => {
    fc.assert(
      fc.property(clusterArb(), optionsArb, (base, options) => {
        const a = renderEgressFiles(generateEgress(base, options).policies);
        const b = renderEgressFiles(generateEgress(base, options).policies);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the proof catches a wrong generated set", () => {
  it("flags a flow into an ingress-isolated pod that an egress-only deny closes", () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress]
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: c, image: i}]}
`;
    const deny = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: wrong, namespace: shop}
spec: {podSelector: {}, policyTypes: [Egress]}
`;
    const base = buildModel(parseFiles([{ path: "a.yaml", text }]));
    const head = buildModel(
      parseFiles([
        { path: "a.yaml", text },
        { path: "b.yaml", text: deny },
      ]),
    );
    const proof = proveEgress(diffModels(base, head), DEFAULT_DNS);
    expect(proof.holds).toBe(false);
    expect(proof.counterExamples.map((x) => [x.kind, x.srcs, x.dsts])).toEqual([
      ["closed-into-isolated", ["shop/web[Pod]"], ["shop/api[Pod]"]],
    ]);
    expect(proof.diagnostics.map((d) => d.code)).toEqual(["proof-failed"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { connsToJson, formatConns, isEmpty } from "../../src/engine/conn-set.js";
import { graphInternals } from "../../src/engine/graph.js";
import { buildGraph, expandFlows } from "../../src/engine/index.js";
import type { Model } from "../../src/model/types.js";
import { clusterArb } from "../support/arbitraries.js";
import {
  type BruteEndpoint,
  bruteEndpoints,
  bruteForceConns,
  endpointName,
} from "../support/brute-force.js";
import {
  cport,
  model,
  named,
  namespace,
  netpol,
  podsWhere,
  rule,
  sel,
  tcp,
  workload,
} from "../support/model-builders.js";

/** Every workload copied into `copies` workloads of distinct classes (a `copy` label). */
function widen(m: Model, copies: number): Model {
  const workloads = m.workloads.flatMap((w) =>
    Array.from({ length: copies }, (_, k) =>
      workload(w.namespace, `${w.name}-${k}`, {
        kind: w.kind,
        labels: { ...w.labels, copy: `${k}` },
        ports: w.ports,
      }),
    ),
  );
  return model({ namespaces: m.namespaces, workloads, policies: m.policies });
}

/** N apps, each with a policy: ingress from the next app, egress to every pod. */
function perWorkloadPolicies(n: number, egressPort: "named" | "numeric"): Model {
  const namespaces = Array.from({ length: 10 }, (_, i) => namespace(`ns${i}`));
  const workloads = Array.from({ length: n }, (_, i) =>
    workload(`ns${i % 10}`, `app${i}`, {
      labels: { app: `app${i}` },
      ports: [cport(8080, "http")],
    }),
  );
  const policies = Array.from({ length: n }, (_, i) =>
    netpol(`ns${i % 10}`, `app${i}`, {
      subject: sel({ app: `app${i}` }),
      ingress: [rule([podsWhere(sel(), sel({ app: `app${(i + 1) % n}` }))], [tcp(8080)])],
      egress: [rule([podsWhere(sel())], [egressPort === "named" ? named("http") : tcp(8080)])],
    }),
  );
  return model({ namespaces, workloads, policies });
}

describe("rules whose peers are many classes", () => {
  it("agree with the brute-force evaluator on random clusters copied into many classes", () => {
    fc.assert(
      fc.property(clusterArb({ withTiers: false }), (m) => {
        // 65 copies: a rule that names a workload names more classes than are kept one
        // by one. The copies are alike to every selector, so the first and last copy of
        // each workload (and every external) stand for all pairs.
        const wide = widen(m, 65);
        const graph = buildGraph(wide);
        const sampled = (e: BruteEndpoint) =>
          e.kind === "external" || /-(0|64)$/.test(e.workload.name);
        const endpoints = bruteEndpoints(wide, graph.externals).filter(sampled);
        const ids = new Set(endpoints.map(endpointName));
        const flows = [...expandFlows(graph)]
          .filter((f) => ids.has(f.src) && ids.has(f.dst))
          .map((f) => `${f.src} -> ${f.dst}: ${formatConns(f.conns)}`);
        const expected: string[] = [];
        for (const src of endpoints) {
          for (const dst of endpoints) {
            if (src.kind === "external" && dst.kind === "external") continue;
            if (src.kind === "workload" && src === dst && src.workload.kind === "Pod") continue;
            const conns = bruteForceConns(wide, src, dst);
            if (isEmpty(conns)) continue;
            expected.push(`${endpointName(src)} -> ${endpointName(dst)}: ${formatConns(conns)}`);
          }
        }
        expect(flows).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ["a named egress port", "named"],
    ["a numeric egress port", "numeric"],
  ] as const)("are not stored once per peer for every subject, with %s", (_name, port) => {
    const n = 300;
    const graph = buildGraph(perWorkloadPolicies(n, port));
    const { ingress, egress } = graphInternals(graph);
    const stored = [...ingress, ...egress].reduce((sum, t) => sum + t.overrides.size, 0);
    // Each app admits one other app; its egress to every pod is one shared set.
    expect(stored).toBeLessThanOrEqual(2 * n);
    const flows = [...expandFlows(graph)];
    expect(flows).toHaveLength(n);
    expect(flows.map((f) => connsToJson(f.conns))).toEqual(
      Array.from({ length: n }, () => [{ protocol: "TCP", ports: [[8080, 8080]] }]),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatConns, isSubset } from "../../src/engine/conn-set.js";
import {
  buildGraph,
  expandFlows,
  explainFlow,
  partitionAddressSpace,
} from "../../src/engine/index.js";
import type { Graph } from "../../src/engine/types.js";
import type { Model, Policy } from "../../src/model/types.js";
import { clusterArb, policyArb, ruleArb } from "../support/arbitraries.js";
import {
  bruteEndpoints,
  bruteForceConns,
  bruteForceFlows,
  endpointName,
  policySelects,
} from "../support/brute-force.js";

const RUNS = { numRuns: 150 };

function flowsOf(graph: Graph) {
  return [...expandFlows(graph)].map((f) => ({
    src: f.src,
    dst: f.dst,
    conns: formatConns(f.conns),
  }));
}

function flowMap(graph: Graph) {
  return new Map([...expandFlows(graph)].map((f) => [`${f.src} -> ${f.dst}`, f.conns]));
}

describe("the class engine agrees with the brute-force evaluator", () => {
  it.each([
    ["NetworkPolicies only (the fast path)", false],
    ["admin and baseline tiers too (the generic path)", true],
  ])("on every pair of random clusters with %s", (_name, withTiers) => {
    fc.assert(
      fc.property(clusterArb({ withTiers }), (m) => {
        const graph = buildGraph(m);
        const expected = bruteForceFlows(m, graph.externals).map((f) => ({
          src: f.src,
          dst: f.dst,
          conns: formatConns(f.conns),
        }));
        expect(flowsOf(graph)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("and explain reaches the same sets as the graph, pair by pair", () => {
    fc.assert(
      fc.property(clusterArb({ withTiers: true }), (m) => {
        const graph = buildGraph(m);
        const endpoints = bruteEndpoints(m, graph.externals);
        for (const src of endpoints) {
          for (const dst of endpoints) {
            const e = explainFlow(graph, endpointName(src), endpointName(dst));
            if (e.kind !== "flow") continue;
            expect(formatConns(e.conns)).toEqual(formatConns(bruteForceConns(m, src, dst)));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("laws", () => {
  it("shuffling workloads, policies and namespaces changes nothing", () => {
    fc.assert(
      fc.property(clusterArb({ withTiers: true }), fc.nat(), (m, seed) => {
        const other: Model = {
          ...m,
          namespaces: shuffled(m.namespaces, seed),
          workloads: shuffled(m.workloads, seed + 1),
          policies: shuffled(m.policies, seed + 2),
        };
        expect(flowsOf(buildGraph(other))).toEqual(flowsOf(buildGraph(m)));
      }),
      RUNS,
    );
  });

  it("adding an allow rule to a policy never closes a flow", () => {
    const arb = clusterArb({ withTiers: true })
      .filter((m) => m.policies.some((p) => p.ingress || p.egress))
      .chain((m) =>
        fc.tuple(
          fc.constant(m),
          fc.constantFrom(...m.policies.filter((p) => p.ingress || p.egress)),
          ruleArb("x", ["allow"]),
          fc.nat(),
        ),
      );
    fc.assert(
      fc.property(arb, ([m, policy, extra, position]) => {
        const direction = policy.ingress ? "ingress" : "egress";
        const d = policy[direction]!;
        const rules = [...d.rules];
        rules.splice(position % (rules.length + 1), 0, extra);
        const changed: Policy = {
          ...policy,
          [direction]: { ...d, rules: rules.map((r, index) => ({ ...r, index })) },
        };
        const after: Model = {
          ...m,
          policies: m.policies.map((p) => (p === policy ? changed : p)),
        };
        const externals = partitionAddressSpace([m, after]);
        const before = flowMap(buildGraph(m, { externals }));
        const now = flowMap(buildGraph(after, { externals }));
        for (const [pair, conns] of before) {
          const kept = now.get(pair);
          expect(kept && isSubset(conns, kept), pair).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("a new policy that selects only unselected endpoints never opens a flow", () => {
    const arb = clusterArb({ withTiers: true }).chain((m) =>
      fc.tuple(
        fc.constant(m),
        policyArb(
          m.namespaces.map((n) => n.name),
          "zz-new",
          true,
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([m, added]) => {
        const selected = m.workloads.filter((w) => policySelects(m, added, w));
        const untouched = selected.every((w) =>
          m.policies.every(
            (p) =>
              !policySelects(m, p, w) ||
              ((added.ingress === null || p.ingress === null) &&
                (added.egress === null || p.egress === null)),
          ),
        );
        fc.pre(untouched);
        const after: Model = { ...m, policies: [...m.policies, added] };
        const externals = partitionAddressSpace([m, after]);
        const before = flowMap(buildGraph(m, { externals }));
        for (const [pair, conns] of flowMap(buildGraph(after, { externals }))) {
          const was = before.get(pair);
          expect(was && isSubset(conns, was), pair).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

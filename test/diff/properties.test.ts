import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EndpointId, workloadId } from "../../src/core/ids.js";
import { diffModels, expandChanges } from "../../src/diff/index.js";
import type { GraphDiff } from "../../src/diff/types.js";
import {
  type ConnSet,
  connsKey,
  EMPTY_CONNS,
  isEmpty,
  subtract,
  union,
} from "../../src/engine/conn-set.js";
import { expandFlows } from "../../src/engine/index.js";
import type { Graph } from "../../src/engine/types.js";
import { clusterArb } from "../support/arbitraries.js";

const RUNS = { numRuns: 150 };

function flowMap(graph: Graph, rename: (id: EndpointId) => EndpointId = (id) => id) {
  const out = new Map<string, ConnSet>();
  for (const f of expandFlows(graph)) out.set(`${rename(f.src)} ${rename(f.dst)}`, f.conns);
  return out;
}

function keyed(groups: GraphDiff["opened"]): string[] {
  return expandChanges(groups).map((c) => `${c.src} ${c.dst} ${connsKey(c.conns)}`);
}

describe("diff laws on random clusters", () => {
  it.each([
    ["NetworkPolicies only", false],
    ["with admin and baseline tiers", true],
  ])("diff(A, A) is empty (%s)", (_title, withTiers) => {
    fc.assert(
      fc.property(clusterArb({ withTiers }), (a) => {
        const d = diffModels(a, a);
        expect([d.opened, d.closed, d.policyChanges, d.renames]).toEqual([[], [], [], []]);
      }),
      RUNS,
    );
  });

  it.each([
    ["NetworkPolicies only", false],
    ["with admin and baseline tiers", true],
  ])("what A→B opens is what B→A closes (%s)", (_title, withTiers) => {
    fc.assert(
      fc.property(clusterArb({ withTiers }), clusterArb({ withTiers }), (a, b) => {
        fc.pre(diffModels(a, b).renames.length === 0);
        expect(keyed(diffModels(a, b).opened)).toEqual(keyed(diffModels(b, a).closed));
        expect(keyed(diffModels(a, b).closed)).toEqual(keyed(diffModels(b, a).opened));
      }),
      RUNS,
    );
  });

  it.each([
    ["NetworkPolicies only", false],
    ["with admin and baseline tiers", true],
  ])("base flows plus opened minus closed are the head flows (%s)", (_title, withTiers) => {
    fc.assert(
      fc.property(clusterArb({ withTiers }), clusterArb({ withTiers }), (a, b) => {
        const d = diffModels(a, b);
        const renamed = new Map<EndpointId, EndpointId>(d.renames.map((r) => [r.from, r.to]));
        const flows = flowMap(d.base, (id) => renamed.get(id) ?? id);
        for (const c of expandChanges(d.opened)) {
          const key = `${c.src} ${c.dst}`;
          flows.set(key, union(flows.get(key) ?? EMPTY_CONNS, c.conns));
        }
        for (const c of expandChanges(d.closed)) {
          const key = `${c.src} ${c.dst}`;
          flows.set(key, subtract(flows.get(key) ?? EMPTY_CONNS, c.conns));
        }
        const got = [...flows]
          .filter(([, c]) => !isEmpty(c))
          .map(([k, c]) => `${k} ${connsKey(c)}`);
        const want = [...flowMap(d.head)].map(([k, c]) => `${k} ${connsKey(c)}`);
        expect(got.sort()).toEqual(want.sort());
      }),
      RUNS,
    );
  });

  it("every change group is non-empty and its pairs never repeat", () => {
    fc.assert(
      fc.property(clusterArb({ withTiers: true }), clusterArb({ withTiers: true }), (a, b) => {
        const d = diffModels(a, b);
        for (const list of [d.opened, d.closed]) {
          for (const g of list) expect(isEmpty(g.conns)).toBe(false);
          const pairs = expandChanges(list).map((c) => `${c.src} ${c.dst}`);
          expect(new Set(pairs).size).toBe(pairs.length);
        }
      }),
      RUNS,
    );
  });
});

describe("renames", () => {
  it("renaming a workload (same namespace, kind, labels, ports) changes no flow", () => {
    fc.assert(
      fc.property(clusterArb({ withTiers: true }), (a) => {
        const first = a.workloads[0]!;
        const moved = {
          ...first,
          name: "renamed",
          id: workloadId(first.namespace, first.kind, "renamed"),
        };
        const b = {
          ...a,
          workloads: [...a.workloads.slice(1), moved].sort((x, y) => (x.id < y.id ? -1 : 1)),
        };
        const d = diffModels(a, b);
        expect(d.renames).toHaveLength(1);
        expect(d.renames[0]!.to).toBe(moved.id);
        expect([d.opened, d.closed]).toEqual([[], []]);
      }),
      RUNS,
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffModels } from "../../src/diff/index.js";
import type { Model } from "../../src/model/types.js";
import { clusterArb } from "../support/arbitraries.js";
import { pairwiseDiff } from "./pairwise-diff.js";

const RUNS = { numRuns: 300 };

function uniqueById<T extends { readonly id: string; readonly kind?: string }>(
  items: readonly T[],
): T[] {
  const seen = new Map<string, T>();
  for (const x of items) {
    const key = `${x.kind ?? ""}\u0000${x.id}`;
    if (!seen.has(key)) seen.set(key, x);
  }
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A head that keeps some of the base's workloads and policies and takes the rest from `b`. */
function mixed(a: Model, b: Model, keepWorkloads: number, keepPolicies: number): Model {
  return {
    ...b,
    workloads: uniqueById([...a.workloads.slice(0, keepWorkloads), ...b.workloads]),
    policies: uniqueById([...a.policies.slice(0, keepPolicies), ...b.policies]),
  };
}

/**
 * The base with a few edits (each picked by a bit of `edits`), so most rows are
 * unchanged and the diff skips them (src/diff/pair-candidates.ts): one policy dropped,
 * one of `b`'s policies added or replacing one with its id, one workload given `b`'s
 * labels and ports, one namespace given `b`'s labels.
 */
function edited(a: Model, b: Model, at: number, edits: number): Model {
  let { namespaces, workloads, policies } = a;
  if (edits & 1 && policies.length > 0) {
    policies = policies.filter((_, i) => i !== at % a.policies.length);
  }
  const extra = b.policies[at % Math.max(1, b.policies.length)];
  if (edits & 2 && extra) policies = uniqueById([extra, ...policies]);
  const donor = b.workloads[at % b.workloads.length];
  if (edits & 4 && donor) {
    workloads = workloads.map((w, i) =>
      i === at % workloads.length ? { ...w, labels: donor.labels, ports: donor.ports } : w,
    );
  }
  const ns = b.namespaces.find((n) => namespaces.some((m) => m.name === n.name));
  if (edits & 8 && ns) namespaces = namespaces.map((n) => (n.name === ns.name ? ns : n));
  return { ...a, namespaces, workloads, policies };
}

describe("the diff skipping unchanged rows equals the diff pair by pair", () => {
  it.each([
    ["a head with a few edits, NetworkPolicies only", false],
    ["a head with a few edits, with admin and baseline tiers", true],
  ])("%s", (_title, withTiers) => {
    fc.assert(
      fc.property(
        clusterArb({ withTiers }),
        clusterArb({ withTiers }),
        fc.nat({ max: 6 }),
        fc.integer({ min: 1, max: 15 }),
        (a, b, at, edits) => {
          const d = diffModels(a, edited(a, b, at, edits));
          const want = pairwiseDiff(d.base, d.head);
          expect({ opened: d.opened, closed: d.closed }).toEqual(want);
        },
      ),
      RUNS,
    );
  });
});

describe("the diff by pair types equals the diff pair by pair", () => {
  it.each([
    ["unrelated clusters, NetworkPolicies only", false, false],
    ["unrelated clusters, with admin and baseline tiers", true, false],
    ["a head sharing workloads and policies, NetworkPolicies only", false, true],
    ["a head sharing workloads and policies, with tiers", true, true],
  ])("%s", (_title, withTiers, share) => {
    fc.assert(
      fc.property(
        clusterArb({ withTiers }),
        clusterArb({ withTiers }),
        fc.nat({ max: 6 }),
        fc.nat({ max: 4 }),
        (a, b, kw, kp) => {
          const head = share ? mixed(a, b, kw, kp) : b;
          const d = diffModels(a, head);
          const want = pairwiseDiff(d.base, d.head);
          expect({ opened: d.opened, closed: d.closed }).toEqual(want);
        },
      ),
      RUNS,
    );
  });
});

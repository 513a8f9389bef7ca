import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/engine/compile.js";
import { compileSelector } from "../../src/engine/selector.js";
import type { LabelSelector, Labels } from "../../src/model/types.js";
import { expr, model, netpol, podsWhere, rule, sel, workload } from "../support/model-builders.js";

const rows: [string, LabelSelector, Labels, boolean][] = [
  ["an empty selector matches a pod with no labels", sel(), {}, true],
  ["an empty selector matches any labelled pod", sel(), { app: "a" }, true],
  ["matchLabels matches an equal value", sel({ app: "a" }), { app: "a", tier: "b" }, true],
  ["matchLabels rejects a different value", sel({ app: "a" }), { app: "b" }, false],
  ["matchLabels rejects an absent key", sel({ app: "a" }), { tier: "a" }, false],
  ["all matchLabels entries must hold", sel({ app: "a", tier: "b" }), { app: "a" }, false],
  ["In matches a listed value", sel({}, [expr("app", "In", ["a", "b"])]), { app: "b" }, true],
  ["In rejects an unlisted value", sel({}, [expr("app", "In", ["a"])]), { app: "c" }, false],
  ["In rejects an absent key", sel({}, [expr("app", "In", ["a"])]), {}, false],
  ["NotIn rejects a listed value", sel({}, [expr("app", "NotIn", ["a"])]), { app: "a" }, false],
  ["NotIn matches an unlisted value", sel({}, [expr("app", "NotIn", ["a"])]), { app: "b" }, true],
  [
    "NotIn matches when the key is absent (apimachinery)",
    sel({}, [expr("app", "NotIn", ["a"])]),
    {},
    true,
  ],
  [
    "Exists matches a present key whatever its value",
    sel({}, [expr("app", "Exists")]),
    { app: "" },
    true,
  ],
  ["Exists rejects an absent key", sel({}, [expr("app", "Exists")]), { tier: "a" }, false],
  [
    "DoesNotExist matches an absent key",
    sel({}, [expr("app", "DoesNotExist")]),
    { tier: "a" },
    true,
  ],
  [
    "DoesNotExist rejects a present key",
    sel({}, [expr("app", "DoesNotExist")]),
    { app: "a" },
    false,
  ],
  [
    "matchLabels and matchExpressions are ANDed",
    sel({ app: "a" }, [expr("tier", "Exists")]),
    { app: "a" },
    false,
  ],
  [
    "several expressions are ANDed",
    sel({}, [expr("app", "In", ["a"]), expr("tier", "NotIn", ["b"])]),
    { app: "a", tier: "c" },
    true,
  ],
  [
    "a label named like an Object property is not found on the prototype",
    sel({}, [expr("constructor", "Exists")]),
    {},
    false,
  ],
  [
    "DoesNotExist on an Object property name matches plain labels",
    sel({}, [expr("toString", "DoesNotExist")]),
    { app: "a" },
    true,
  ],
];

describe("label selectors (semantics.md §2.8)", () => {
  it.each(rows)("%s", (_sentence, selector, labels, expected) => {
    expect(compileSelector(selector)(labels)).toBe(expected);
  });
});

describe("the engine's label index matches what the selector matches", () => {
  it.each(rows)("%s", (_sentence, selector, labels, expected) => {
    // The subject in its own namespace, the peer in every namespace; a bystander with
    // other labels in each namespace must never be picked up by the index.
    const m = model({
      workloads: [
        workload("a", "pod", { labels }),
        workload("b", "pod", { labels }),
        workload("a", "other", { labels: { app: "zz", extra: "x" } }),
        workload("b", "other", { labels: { app: "zz", extra: "x" } }),
      ],
      policies: [
        netpol("a", "p", { subject: selector, ingress: [rule([podsWhere(sel(), selector)])] }),
      ],
    });
    const compiled = compileModel(m, []);
    const classOf = (ns: string, name: string) => compiled.classOf.get(workload(ns, name).id)!;
    const want = (ids: number[]) =>
      ids
        .filter((i) => compileSelector(selector)(compiled.classes[i]!.labels))
        .sort((x, y) => x - y);
    const policy = compiled.policies[0]!;
    expect(policy.subjects).toEqual(want([classOf("a", "pod"), classOf("a", "other")]));
    expect(policy.subjects.includes(classOf("a", "pod"))).toBe(expected);
    expect(policy.ingress!.rules[0]!.peers[0]!.classes).toEqual(
      want([
        classOf("a", "pod"),
        classOf("b", "pod"),
        classOf("a", "other"),
        classOf("b", "other"),
      ]),
    );
  });
});

import { describe, expect, it } from "vitest";
import type { Peer } from "../../src/model/types.js";
import {
  ipBlock,
  model,
  namespace,
  netpol,
  podsIn,
  podsWhere,
  rule,
  sel,
  workload,
} from "../support/model-builders.js";
import { flowText } from "./helpers.js";

const INTERNET = "0.0.0.0-255.255.255.255";

/** x/a is the subject; every other endpoint tries to reach it. */
function reachesSubject(peers: readonly Peer[] | "any", src: string): boolean {
  const m = model({
    namespaces: [namespace("x", { team: "a" }), namespace("y", { team: "b" })],
    workloads: [
      workload("x", "a", { labels: { pod: "a" } }),
      workload("x", "b", { labels: { pod: "b" } }),
      workload("y", "a", { labels: { pod: "a" } }),
      workload("y", "b", { labels: { pod: "b" } }),
      workload("z", "b", { labels: { pod: "b" } }),
    ],
    policies: [netpol("x", "p", { subject: sel({ pod: "a" }), ingress: [rule(peers)] })],
  });
  return flowText(m, src, "x/a[Deployment]") !== "none";
}

describe("peers (semantics.md §2.4, Part 1)", () => {
  it.each<[string, readonly Peer[] | "any", string, boolean]>([
    [
      "a podSelector peer matches pods in the policy's own namespace",
      [podsIn("x", sel({ pod: "b" }))],
      "x/b[Deployment]",
      true,
    ],
    [
      "a podSelector peer ignores same-labelled pods of other namespaces",
      [podsIn("x", sel({ pod: "b" }))],
      "y/b[Deployment]",
      false,
    ],
    [
      "an empty podSelector matches every pod of the policy's namespace",
      [podsIn("x")],
      "x/b[Deployment]",
      true,
    ],
    [
      "an empty podSelector matches no pod of another namespace",
      [podsIn("x")],
      "y/b[Deployment]",
      false,
    ],
    ["a podSelector peer never matches addresses", [podsIn("x")], INTERNET, false],
    [
      "a namespaceSelector matches every pod of matching namespaces",
      [podsWhere(sel({ team: "b" }))],
      "y/a[Deployment]",
      true,
    ],
    [
      "a namespaceSelector ignores other namespaces",
      [podsWhere(sel({ team: "b" }))],
      "x/b[Deployment]",
      false,
    ],
    [
      "an empty namespaceSelector matches pods of every namespace",
      [podsWhere(sel())],
      "y/b[Deployment]",
      true,
    ],
    ["an empty namespaceSelector does not match addresses", [podsWhere(sel())], INTERNET, false],
    [
      "namespace and pod selectors together are ANDed (match)",
      [podsWhere(sel({ team: "b" }), sel({ pod: "b" }))],
      "y/b[Deployment]",
      true,
    ],
    [
      "namespace and pod selectors together are ANDed (no match)",
      [podsWhere(sel({ team: "b" }), sel({ pod: "b" }))],
      "y/a[Deployment]",
      false,
    ],
    [
      "a namespace is selected by its kubernetes.io/metadata.name label",
      [podsWhere(sel({ "kubernetes.io/metadata.name": "y" }))],
      "y/a[Deployment]",
      true,
    ],
    [
      "an undeclared namespace has only its name label",
      [podsWhere(sel({ "kubernetes.io/metadata.name": "z" }))],
      "z/b[Deployment]",
      true,
    ],
    [
      "an undeclared namespace matches no other label",
      [podsWhere(sel({ team: "b" }))],
      "z/b[Deployment]",
      false,
    ],
    [
      "an ipBlock never matches pods, even 0.0.0.0/0",
      [ipBlock("0.0.0.0/0")],
      "x/b[Deployment]",
      false,
    ],
    ["an ipBlock matches external addresses", [ipBlock("0.0.0.0/0")], INTERNET, true],
    ["missing from matches every pod", "any", "y/b[Deployment]", true],
    ["missing from matches external addresses", "any", INTERNET, true],
    [
      "peers of one rule are ORed",
      [podsIn("x", sel({ pod: "b" })), ipBlock("0.0.0.0/0")],
      INTERNET,
      true,
    ],
  ])("%s", (_sentence, peers, src, expected) => {
    expect(reachesSubject(peers, src)).toBe(expected);
  });
});

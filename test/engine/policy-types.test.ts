import { describe, expect, it } from "vitest";
import type { Policy } from "../../src/model/types.js";
import { model, netpol, podsIn, rule, sel, tcp, udp, workload } from "../support/model-builders.js";
import { flowText } from "./helpers.js";

const A = "x/a[Deployment]";
const B = "x/b[Deployment]";
const INTERNET = "0.0.0.0-255.255.255.255";
const onA = sel({ pod: "a" });
const onB = sel({ pod: "b" });

function check(policies: readonly Policy[], src: string, dst: string): string {
  const m = model({
    workloads: [
      workload("x", "a", { labels: { pod: "a" } }),
      workload("x", "b", { labels: { pod: "b" } }),
    ],
    policies,
  });
  return flowText(m, src, dst);
}

describe("policyTypes and rule shapes (semantics.md §2.1–§2.3)", () => {
  it.each<[string, readonly Policy[], string, string, string]>([
    ["no policy allows everything", [], B, A, "all"],
    [
      "ingress isolation with no rules denies ingress from pods",
      [netpol("x", "p", { subject: onA, ingress: [] })],
      B,
      A,
      "none",
    ],
    [
      "ingress isolation with no rules denies ingress from addresses",
      [netpol("x", "p", { subject: onA, ingress: [] })],
      INTERNET,
      A,
      "none",
    ],
    [
      "ingress isolation leaves the pod's egress open",
      [netpol("x", "p", { subject: onA, ingress: [] })],
      A,
      B,
      "all",
    ],
    [
      "ingress isolation also governs traffic between the workload's replicas",
      [netpol("x", "p", { subject: onA, ingress: [] })],
      A,
      A,
      "none",
    ],
    [
      "ingress isolation leaves other pods alone",
      [netpol("x", "p", { subject: onA, ingress: [] })],
      B,
      B,
      "all",
    ],
    [
      "ingress [{}] allows everything",
      [netpol("x", "p", { subject: onA, ingress: [rule()] })],
      B,
      A,
      "all",
    ],
    [
      "egress isolation with no rules denies egress to pods",
      [netpol("x", "p", { subject: onA, egress: [] })],
      A,
      B,
      "none",
    ],
    [
      "egress isolation with no rules denies egress to addresses",
      [netpol("x", "p", { subject: onA, egress: [] })],
      A,
      INTERNET,
      "none",
    ],
    [
      "egress [{}] allows all egress",
      [netpol("x", "p", { subject: onA, egress: [rule()] })],
      A,
      INTERNET,
      "all",
    ],
    [
      "a policy with neither direction isolates nothing",
      [netpol("x", "p", { subject: onA })],
      B,
      A,
      "all",
    ],
    [
      "rules of two policies selecting one pod are unioned",
      [
        netpol("x", "p1", { subject: onA, ingress: [rule("any", [tcp(80)])] }),
        netpol("x", "p2", { subject: onA, ingress: [rule("any", [udp(53)])] }),
      ],
      B,
      A,
      "TCP 80; UDP 53",
    ],
    [
      "a deny-all next to an allow does not cancel the allow",
      [
        netpol("x", "deny", { subject: sel(), ingress: [] }),
        netpol("x", "allow", { subject: onA, ingress: [rule([podsIn("x", onB)], [tcp(80)])] }),
      ],
      B,
      A,
      "TCP 80",
    ],
    [
      "pod to pod needs egress at the source and ingress at the destination",
      [
        netpol("x", "out", { subject: onB, egress: [rule("any", [tcp(80, 90)])] }),
        netpol("x", "in", { subject: onA, ingress: [rule("any", [tcp(85, 100)])] }),
      ],
      B,
      A,
      "TCP 85-90",
    ],
    [
      "an address source is only checked on the pod side",
      [netpol("x", "out", { subject: onA, egress: [] })],
      INTERNET,
      A,
      "all",
    ],
  ])("%s", (_sentence, policies, src, dst, expected) => {
    expect(check(policies, src, dst)).toBe(expected);
  });
});

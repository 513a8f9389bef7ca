import { describe, expect, it } from "vitest";
import type { Policy } from "../../src/model/types.js";
import { model, netpol, rule, sel, tcp, tiered, udp, workload } from "../support/model-builders.js";
import { flowText } from "./helpers.js";

const A = "x/a[Deployment]";
const INTERNET = "0.0.0.0-255.255.255.255";
const denyAllNp = netpol("x", "deny", { ingress: [] });
const allowTcp80Np = netpol("x", "allow-80", { ingress: [rule("any", [tcp(80)])] });

function check(policies: readonly Policy[]): string {
  return flowText(model({ workloads: [workload("x", "a")], policies }), INTERNET, A);
}

describe("tiers: admin → NetworkPolicy → baseline (semantics.md §1, §3)", () => {
  it.each<[string, readonly Policy[], string]>([
    [
      "an admin allow beats a NetworkPolicy deny-all",
      [tiered("admin", "a", 1, { ingress: [rule("any", [tcp(80)])] }), denyAllNp],
      "TCP 80",
    ],
    [
      "an admin deny beats a NetworkPolicy allow",
      [tiered("admin", "a", 1, { ingress: [rule("any", [tcp(80)], "deny")] }), allowTcp80Np],
      "none",
    ],
    [
      "an admin pass hands the decision to NetworkPolicy",
      [tiered("admin", "a", 1, { ingress: [rule("any", "all", "pass")] }), allowTcp80Np],
      "TCP 80",
    ],
    [
      "an admin pass with no NetworkPolicy falls through to allow",
      [tiered("admin", "a", 1, { ingress: [rule("any", "all", "pass")] })],
      "all",
    ],
    [
      "an admin pass skips the rest of its tier",
      [
        tiered("admin", "a", 1, {
          ingress: [rule("any", [tcp(80)], "pass"), rule("any", "all", "deny")],
        }),
      ],
      "TCP 80",
    ],
    [
      "the first matching rule of an admin policy decides",
      [
        tiered("admin", "a", 1, {
          ingress: [rule("any", [tcp(80)]), rule("any", [tcp(1, 100)], "deny")],
        }),
      ],
      "TCP 80,101-65535; UDP any port; SCTP any port; other protocols (ICMP, …)",
    ],
    [
      "a lower priority number wins",
      [
        tiered("admin", "b", 2, { ingress: [rule("any", [tcp(80)])] }),
        tiered("admin", "a", 1, { ingress: [rule("any", "all", "deny")] }),
      ],
      "none",
    ],
    [
      "equal priorities are evaluated by name",
      [
        tiered("admin", "b", 1, { ingress: [rule("any", "all", "deny")] }),
        tiered("admin", "a", 1, { ingress: [rule("any", [udp(53)])] }),
      ],
      "UDP 53",
    ],
    [
      "baseline deny applies when no NetworkPolicy selects the pod",
      [tiered("baseline", "default", 0, { ingress: [rule("any", [tcp(80)], "deny")] })],
      "TCP 1-79,81-65535; UDP any port; SCTP any port; other protocols (ICMP, …)",
    ],
    [
      "baseline is not reached when a NetworkPolicy isolates the pod",
      [tiered("baseline", "default", 0, { ingress: [rule("any", "all")] }), allowTcp80Np],
      "TCP 80",
    ],
    [
      "an admin pass reaches baseline when no NetworkPolicy isolates",
      [
        tiered("admin", "a", 1, { ingress: [rule("any", "all", "pass")] }),
        tiered("baseline", "default", 0, { ingress: [rule("any", "all", "deny")] }),
      ],
      "none",
    ],
  ])("%s", (_sentence, policies, expected) => {
    expect(check(policies)).toBe(expected);
  });

  it("an admin policy for other pods changes nothing", () => {
    const other = tiered("admin", "a", 1, {
      pods: sel({ app: "other" }),
      ingress: [rule("any", "all", "deny")],
    });
    expect(check([other])).toBe("all");
  });
});

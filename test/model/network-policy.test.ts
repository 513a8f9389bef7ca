import { describe, expect, it } from "vitest";
import { parseIp } from "../../src/model/cidr.js";
import { labels, policyOf } from "./helpers.js";

const ALL = labels({});

describe("policyTypes defaulting (semantics.md §2.2)", () => {
  it.each([
    ["no policyTypes and no rules isolates ingress only", {}, true, false],
    ["no policyTypes with ingress rules isolates ingress only", { ingress: [{}] }, true, false],
    ["no policyTypes with egress: [] isolates ingress only", { egress: [] }, true, false],
    ["no policyTypes with egress: [{}] isolates both", { egress: [{}] }, true, true],
    ["policyTypes: [] defaults like a missing one", { policyTypes: [], egress: [{}] }, true, true],
    ["policyTypes [Egress] isolates egress only", { policyTypes: ["Egress"] }, false, true],
    [
      "policyTypes [Ingress, Egress] isolates both",
      { policyTypes: ["Ingress", "Egress"] },
      true,
      true,
    ],
    [
      "policyTypes [Ingress] with egress rules still isolates ingress only",
      { policyTypes: ["Ingress"], egress: [{}] },
      true,
      false,
    ],
  ])("%s", (_, spec, ingress, egress) => {
    const p = policyOf({ podSelector: {}, ...spec });
    expect(p.ingress !== null).toBe(ingress);
    expect(p.egress !== null).toBe(egress);
    if (p.ingress) expect(p.ingress.isolates).toBe(true);
    if (p.egress) expect(p.egress.isolates).toBe(true);
  });
});

describe("rule shapes: missing vs [] vs [{}] (§2.3)", () => {
  it.each([
    ["ingress missing is a deny-all (no rules)", { policyTypes: ["Ingress"] }, 0],
    ["ingress: [] is a deny-all (no rules)", { policyTypes: ["Ingress"], ingress: [] }, 0],
    ["ingress: [{}] is one rule", { policyTypes: ["Ingress"], ingress: [{}] }, 1],
    [
      "two rules stay two rules",
      { policyTypes: ["Ingress"], ingress: [{}, { ports: [{ port: 80 }] }] },
      2,
    ],
  ])("%s", (_, spec, count) => {
    expect(policyOf({ podSelector: {}, ...spec }).ingress?.rules).toHaveLength(count);
  });

  it.each([
    ["a rule without from allows any peer", {}, "any"],
    ["a rule with from: [] allows any peer", { from: [] }, "any"],
    ["a rule with from: null allows any peer", { from: null }, "any"],
  ])("%s", (_, rule, peers) => {
    const r = policyOf({ podSelector: {}, ingress: [rule] }).ingress!.rules[0]!;
    expect(r.peers).toBe(peers);
    expect(r.ports).toBe("all");
    expect(r.action).toBe("allow");
    expect(r.index).toBe(0);
    expect(r.name).toBeNull();
  });

  it("egress rules read their peers from `to`", () => {
    const r = policyOf({
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [{ to: [{ podSelector: {} }] }],
    }).egress!.rules[0]!;
    expect(r.peers).toEqual([
      { kind: "pods", namespaces: { kind: "named", name: "ns" }, pods: ALL },
    ]);
  });
});

describe("peers (§2.4)", () => {
  const web = { matchLabels: { app: "web" } };
  const prod = { matchLabels: { env: "prod" } };
  it.each([
    [
      "a podSelector alone selects pods in the policy's namespace",
      { podSelector: web },
      { kind: "pods", namespaces: { kind: "named", name: "ns" }, pods: labels({ app: "web" }) },
    ],
    [
      "a namespaceSelector alone selects every pod in matching namespaces",
      { namespaceSelector: prod },
      {
        kind: "pods",
        namespaces: { kind: "selector", selector: labels({ env: "prod" }) },
        pods: ALL,
      },
    ],
    [
      "namespaceSelector: {} selects every pod in every namespace",
      { namespaceSelector: {} },
      { kind: "pods", namespaces: { kind: "selector", selector: ALL }, pods: ALL },
    ],
    [
      "both selectors in one entry are ANDed",
      { podSelector: web, namespaceSelector: prod },
      {
        kind: "pods",
        namespaces: { kind: "selector", selector: labels({ env: "prod" }) },
        pods: labels({ app: "web" }),
      },
    ],
    [
      "matchExpressions are kept with sorted values",
      { podSelector: { matchExpressions: [{ key: "tier", operator: "In", values: ["b", "a"] }] } },
      {
        kind: "pods",
        namespaces: { kind: "named", name: "ns" },
        pods: {
          matchLabels: {},
          matchExpressions: [{ key: "tier", operator: "In", values: ["a", "b"] }],
        },
      },
    ],
  ])("%s", (_, peer, expected) => {
    expect(
      policyOf({ podSelector: {}, ingress: [{ from: [peer] }] }).ingress!.rules[0]!.peers,
    ).toEqual([expected]);
  });

  it.each([
    ["an ipBlock is its cidr as one range", { cidr: "10.0.0.0/24" }, [["10.0.0.0", "10.0.0.255"]]],
    ["host bits are masked", { cidr: "10.0.0.5/24" }, [["10.0.0.0", "10.0.0.255"]]],
    [
      "excepts are cut out",
      { cidr: "10.0.0.0/24", except: ["10.0.0.64/26"] },
      [
        ["10.0.0.0", "10.0.0.63"],
        ["10.0.0.128", "10.0.0.255"],
      ],
    ],
    ["IPv6 blocks work too", { cidr: "2001:db8::/120" }, [["2001:db8::", "2001:db8::ff"]]],
  ])("%s", (_, ipBlock, expected) => {
    const peers = policyOf({ podSelector: {}, ingress: [{ from: [{ ipBlock }] }] }).ingress!
      .rules[0]!.peers;
    expect(peers).not.toBe("any");
    const [peer] = peers as readonly {
      kind: string;
      ranges?: readonly { start: bigint; end: bigint }[];
    }[];
    expect(peer!.kind).toBe("ipBlock");
    expect(peer!.ranges).toEqual(
      expected.map(([s, e]) => ({
        family: s!.includes(":") ? 6 : 4,
        start: parseIp(s!)!.value,
        end: parseIp(e!)!.value,
      })),
    );
  });
});

describe("ports (§2.6)", () => {
  it.each([
    ["ports missing is all", undefined, "all"],
    ["ports: [] is all", [], "all"],
    [
      "ports: [{}] is every TCP port",
      [{}],
      [{ kind: "range", protocol: "TCP", from: 1, to: 65535 }],
    ],
    [
      "a protocol alone is every port of it",
      [{ protocol: "UDP" }],
      [{ kind: "range", protocol: "UDP", from: 1, to: 65535 }],
    ],
    [
      "a port without protocol is TCP",
      [{ port: 80 }],
      [{ kind: "range", protocol: "TCP", from: 80, to: 80 }],
    ],
    [
      "SCTP is accepted",
      [{ protocol: "SCTP", port: 9 }],
      [{ kind: "range", protocol: "SCTP", from: 9, to: 9 }],
    ],
    [
      "endPort makes a range",
      [{ port: 8000, endPort: 8080 }],
      [{ kind: "range", protocol: "TCP", from: 8000, to: 8080 }],
    ],
    [
      "endPort equal to port is one port",
      [{ port: 53, endPort: 53, protocol: "UDP" }],
      [{ kind: "range", protocol: "UDP", from: 53, to: 53 }],
    ],
    [
      "a named port stays named",
      [{ port: "http" }],
      [{ kind: "named", protocol: "TCP", name: "http" }],
    ],
    [
      "a named UDP port keeps its protocol",
      [{ port: "dns", protocol: "UDP" }],
      [{ kind: "named", protocol: "UDP", name: "dns" }],
    ],
    [
      "several entries are kept in order",
      [{ port: 53, protocol: "UDP" }, { port: 53 }],
      [
        { kind: "range", protocol: "UDP", from: 53, to: 53 },
        { kind: "range", protocol: "TCP", from: 53, to: 53 },
      ],
    ],
  ])("%s", (_, ports, expected) => {
    const rule = ports === undefined ? {} : { ports };
    expect(policyOf({ podSelector: {}, ingress: [rule] }).ingress!.rules[0]!.ports).toEqual(
      expected,
    );
  });
});

describe("the policy itself", () => {
  it("is a networkpolicy-tier policy on its namespace's pods", () => {
    const p = policyOf({ podSelector: { matchLabels: { app: "db" } } });
    expect(p).toMatchObject({
      id: "ns/p",
      kind: "NetworkPolicy",
      namespace: "ns",
      name: "p",
      tier: "networkpolicy",
      priority: 0,
      subject: { namespaces: { kind: "named", name: "ns" }, pods: labels({ app: "db" }) },
      origin: { file: "p.yaml", line: 1, column: 1 },
    });
  });

  it("a missing podSelector selects every pod", () => {
    expect(policyOf({ ingress: [{}] }).subject.pods).toEqual(ALL);
  });
});

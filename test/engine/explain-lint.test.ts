import { describe, expect, it } from "vitest";
import { formatConns } from "../../src/engine/conn-set.js";
import { buildGraph, explainFlow, lintGraph } from "../../src/engine/index.js";
import { analyzeFixtures } from "../lint/helpers.js";
import {
  cport,
  ipBlock,
  model,
  named,
  netpol,
  podsIn,
  podsWhere,
  rule,
  sel,
  tcp,
  tiered,
  workload,
} from "../support/model-builders.js";

const m = model({
  workloads: [
    workload("x", "client", { labels: { app: "client" } }),
    workload("x", "server", { labels: { app: "server" }, ports: [cport(8080, "http")] }),
  ],
  policies: [
    netpol("x", "deny-all", { ingress: [] }),
    netpol("x", "allow-client", {
      subject: sel({ app: "server" }),
      ingress: [
        rule([podsIn("x", sel({ app: "other" }))], [tcp(22)]),
        rule([podsIn("x", sel({ app: "client" }))], [named("http"), named("grpc")]),
      ],
    }),
  ],
});
const graph = buildGraph(m);

describe("explain", () => {
  const e = explainFlow(graph, "x/client[Deployment]", "x/server[Deployment]", {
    protocol: "TCP",
    port: 8080,
  });

  it("gives the resulting set and the probe's verdict", () => {
    expect(e.kind).toBe("flow");
    if (e.kind !== "flow") return;
    expect(formatConns(e.conns)).toBe("TCP 8080");
    expect(e.probeAllowed).toBe(true);
    expect(e.egress?.isolated).toBe(false);
    expect(e.ingress?.isolatedBy).toEqual(["x/allow-client", "x/deny-all"]);
  });

  it("lists every rule of every selecting policy with its peer match and contribution", () => {
    if (e.kind !== "flow") throw new Error(e.kind);
    const rules = e.ingress!.policies.flatMap((p) =>
      p.rules.map((r) => [
        r.policy,
        r.index,
        r.peerMatches,
        formatConns(r.decided),
        r.unresolvedNamedPorts,
        r.probeMatches,
      ]),
    );
    expect(rules).toEqual([
      ["x/allow-client", 0, false, "none", [], false],
      ["x/allow-client", 1, true, "TCP 8080", ["grpc/TCP"], true],
    ]);
  });

  it.each<[string, string, string, string]>([
    [
      "an unknown source is reported as such",
      "x/nope[Deployment]",
      "x/server[Deployment]",
      "unknown-endpoint",
    ],
    ["two addresses are not analysed", "1.2.3.4", "5.6.7.8", "external-pair"],
    [
      "an address source is explained on the pod side only",
      "1.2.3.4",
      "x/server[Deployment]",
      "flow",
    ],
  ])("%s", (_sentence, src, dst, kind) => {
    expect(explainFlow(graph, src, dst).kind).toBe(kind);
  });

  it("treats a bare Pod to itself as loopback", () => {
    const pods = model({ workloads: [workload("x", "p", { kind: "Pod" })] });
    expect(explainFlow(buildGraph(pods), "x/p[Pod]", "x/p[Pod]").kind).toBe("loopback");
  });

  it("records admin deny and pass decisions", () => {
    const tiers = model({
      workloads: [workload("x", "a")],
      policies: [
        tiered("admin", "gate", 1, {
          ingress: [rule("any", [tcp(22)], "deny"), rule("any", "all", "pass")],
        }),
      ],
    });
    const t = explainFlow(buildGraph(tiers), "1.2.3.4", "x/a[Deployment]");
    if (t.kind !== "flow") throw new Error(t.kind);
    expect(t.ingress!.policies[0]!.rules.map((r) => [r.action, formatConns(r.decided)])).toEqual([
      ["deny", "TCP 22"],
      ["pass", "TCP 1-21,23-65535; UDP any port; SCTP any port; other protocols (ICMP, …)"],
    ]);
    expect(formatConns(t.conns)).toBe(
      "TCP 1-21,23-65535; UDP any port; SCTP any port; other protocols (ICMP, …)",
    );
  });
});

describe("lints", () => {
  const lintModel = model({
    workloads: [
      workload("x", "server", { labels: { app: "server" }, ports: [cport(8080, "http")] }),
      workload("x", "api", { labels: { app: "api" } }),
    ],
    policies: [
      netpol("x", "ghost", { subject: sel({ app: "ghost" }), ingress: [] }),
      netpol("x", "named", {
        subject: sel({ app: "server" }),
        ingress: [rule("any", [named("http"), named("http", "UDP")])],
        egress: [
          rule([podsIn("x", sel({ app: "api" }))], [named("http")]),
          rule([podsWhere(sel({ team: "nobody" }))]),
          rule([ipBlock("10.0.0.0/8")], [named("http")]),
          rule("any", [named("missing")]),
        ],
      }),
    ],
  });
  const lints = lintGraph(buildGraph(lintModel)).map(
    (d) => `${d.code} line ${d.line}: ${d.message}`,
  );

  it.each<[string, RegExp]>([
    ["a policy that selects no workload", /^selects-nothing .*x\/ghost/],
    [
      "a named port whose protocol the destination does not declare",
      /^named-port-unresolved line 10: .*"http" \(UDP\) in ingress rule 0 .*x\/server\[Deployment\]/,
    ],
    [
      "an egress named port the peer does not declare",
      /^named-port-unresolved line 10: .*"http" \(TCP\) in egress rule 0 .*x\/api\[Deployment\]/,
    ],
    [
      "a peer that matches no workload",
      /^peer-matches-nothing line 11: spec\.egress\[1\]\.to\[0\]/,
    ],
    ["a named port towards an ipBlock", /^named-port-unresolved line 12: .*ipBlock/],
    [
      "a named port no workload declares, to any destination",
      /^named-port-unresolved line 13: .*"missing".*not declared by any workload/,
    ],
    [
      "a server that is egress-isolated with no way to DNS",
      /^dns-blocked .*x\/server\[Deployment\]/,
    ],
  ])("warn about %s", (_sentence, pattern) => {
    expect(lints.filter((l) => pattern.test(l))).toHaveLength(1);
  });

  it("says nothing else", () => {
    expect(lints).toHaveLength(7);
  });
});

describe("positions of the engine's warnings", () => {
  it("a policy that selects nothing is reported at its spec.podSelector, a named port at the port", () => {
    const { model: m } = analyzeFixtures(["lint/workloads/named-port-position.yaml"]);
    const at = m.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
    expect(at).toContain("selects-nothing@7:3");
    expect(at).toContain("named-port-unresolved@23:11");
  });
});

describe("a named port that many workloads miss", () => {
  const many = model({
    workloads: Array.from({ length: 12 }, (_, i) =>
      workload("x", `app${String(i).padStart(2, "0")}`, { labels: { app: `app${i}` } }),
    ),
    policies: [
      netpol("x", "metrics", {
        subject: sel({ app: "app0" }),
        egress: [rule([podsWhere(sel({}))], [named("metrics")])],
      }),
    ],
  });
  const lints = lintGraph(buildGraph(many)).filter((d) => d.code === "named-port-unresolved");

  it("is one warning per rule port with the count and a few examples, not one per workload", () => {
    expect(lints).toHaveLength(1);
    expect(lints[0]!.message).toContain(
      "is not declared by 12 workloads (x/app00[Deployment], x/app01[Deployment], x/app02[Deployment], and 9 more)",
    );
  });
});

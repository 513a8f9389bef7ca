import { describe, expect, it } from "vitest";
import { formatConns } from "../../src/engine/conn-set.js";
import { buildGraph, endpointIds, expandFlows, resolveEndpoint } from "../../src/engine/index.js";
import {
  ipBlock,
  model,
  netpol,
  podsIn,
  rule,
  sel,
  tcp,
  workload,
} from "../support/model-builders.js";

const m = model({
  workloads: [
    workload("x", "web-2", { labels: { app: "web" } }),
    workload("x", "web-1", { labels: { app: "web" } }),
    workload("x", "solo", { kind: "Pod", labels: { app: "solo" } }),
    workload("x", "db", { kind: "StatefulSet", labels: { app: "db" } }),
  ],
  policies: [
    netpol("x", "db", {
      subject: sel({ app: "db" }),
      ingress: [rule([podsIn("x", sel({ app: "web" }))], [tcp(5432)])],
      egress: [],
    }),
    netpol("x", "web", {
      subject: sel({ app: "web" }),
      ingress: [rule([podsIn("x", sel({ app: "web" }))], [tcp(80)])],
      egress: [
        rule([podsIn("x", sel({ app: "db" })), podsIn("x", sel({ app: "web" }))]),
        rule([ipBlock("10.0.0.0/8")], [tcp(443)]),
      ],
    }),
  ],
});
const graph = buildGraph(m);
const flows = [...expandFlows(graph)].map((f) => `${f.src} -> ${f.dst}: ${formatConns(f.conns)}`);

describe("workload-level flows (contract.md)", () => {
  it("lists workloads by id, then externals, sources then destinations", () => {
    expect(flows).toEqual([
      "x/solo[Pod] -> 0.0.0.0-9.255.255.255: all",
      "x/solo[Pod] -> 10.0.0.0-10.255.255.255: all",
      "x/solo[Pod] -> 11.0.0.0-255.255.255.255: all",
      "x/web-1[Deployment] -> x/db[StatefulSet]: TCP 5432",
      "x/web-1[Deployment] -> x/web-1[Deployment]: TCP 80",
      "x/web-1[Deployment] -> x/web-2[Deployment]: TCP 80",
      "x/web-1[Deployment] -> 10.0.0.0-10.255.255.255: TCP 443",
      "x/web-2[Deployment] -> x/db[StatefulSet]: TCP 5432",
      "x/web-2[Deployment] -> x/web-1[Deployment]: TCP 80",
      "x/web-2[Deployment] -> x/web-2[Deployment]: TCP 80",
      "x/web-2[Deployment] -> 10.0.0.0-10.255.255.255: TCP 443",
      "0.0.0.0-9.255.255.255 -> x/solo[Pod]: all",
      "10.0.0.0-10.255.255.255 -> x/solo[Pod]: all",
      "11.0.0.0-255.255.255.255 -> x/solo[Pod]: all",
    ]);
  });

  it.each<[string, string, boolean]>([
    [
      "a Deployment's flow to itself (its replicas) is listed",
      "x/web-1[Deployment] -> x/web-1[Deployment]: TCP 80",
      true,
    ],
    [
      "two workloads of one class get the class's set",
      "x/web-1[Deployment] -> x/web-2[Deployment]: TCP 80",
      true,
    ],
    [
      "a bare Pod's flow to itself is loopback and never listed",
      "x/solo[Pod] -> x/solo[Pod]: all",
      false,
    ],
    [
      "a StatefulSet isolated both ways has no self flow",
      "x/db[StatefulSet] -> x/db[StatefulSet]: all",
      false,
    ],
    [
      "egress to a pod peer needs the peer's ingress too",
      "x/web-1[Deployment] -> x/db[StatefulSet]: TCP 5432",
      true,
    ],
    [
      "egress to an ipBlock range is listed per range",
      "x/web-2[Deployment] -> 10.0.0.0-10.255.255.255: TCP 443",
      true,
    ],
    [
      "an unrestricted pod reaches the internet",
      "x/solo[Pod] -> 11.0.0.0-255.255.255.255: all",
      true,
    ],
    [
      "an address reaches an unrestricted pod",
      "11.0.0.0-255.255.255.255 -> x/solo[Pod]: all",
      true,
    ],
  ])("%s", (_sentence, line, listed) => {
    expect(flows.includes(line)).toBe(listed);
  });

  it("never lists address to address", () => {
    expect(flows.filter((f) => /^\d.* -> \d/.test(f))).toEqual([]);
  });
});

describe("endpoints", () => {
  it("are workloads by id, then address ranges in order", () => {
    expect(endpointIds(graph)).toEqual([
      "x/db[StatefulSet]",
      "x/solo[Pod]",
      "x/web-1[Deployment]",
      "x/web-2[Deployment]",
      "0.0.0.0-9.255.255.255",
      "10.0.0.0-10.255.255.255",
      "11.0.0.0-255.255.255.255",
    ]);
  });

  it("groups workloads with the same namespace, labels and ports into one class", () => {
    expect(graph.classes.map((c) => c.members.map((w) => w.id))).toEqual([
      ["x/db[StatefulSet]"],
      ["x/solo[Pod]"],
      ["x/web-1[Deployment]", "x/web-2[Deployment]"],
    ]);
  });

  it.each<[string, string, string | null]>([
    ["a workload id resolves to its class", "x/web-2[Deployment]", "class:2"],
    ["a range id resolves to its external", "10.0.0.0-10.255.255.255", "external:1"],
    ["an address resolves to the range that holds it", "10.20.30.40", "external:1"],
    ["an unknown id resolves to nothing", "x/nope[Deployment]", null],
  ])("%s", (_sentence, text, expected) => {
    const r = resolveEndpoint(graph, text);
    expect(r ? `${r.node.kind}:${r.node.index}` : null).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { modelFromFixtures } from "./helpers.js";

describe("workloads of every kind (semantics.md §6)", () => {
  const model = modelFromFixtures(["model/workloads/all-kinds.yaml"]);
  const byId = new Map(model.workloads.map((w) => [w.id, w]));

  it("lists one workload per pod-producing object, sorted by id, without hostNetwork ones or Services", () => {
    expect(model.workloads.map((w) => w.id)).toEqual([
      "default/agent[DaemonSet]",
      "shop/canary[Rollout]",
      "shop/db[StatefulSet]",
      "shop/debug[Pod]",
      "shop/legacy[ReplicationController]",
      "shop/nightly[CronJob]",
      "shop/once[Job]",
      "shop/rs[ReplicaSet]",
      "shop/web-rollout[Rollout]",
      "shop/web[Deployment]",
    ]);
  });

  it.each([
    ["a bare Pod takes metadata.labels", "shop/debug[Pod]", { app: "debug" }],
    ["a Deployment takes its template's labels", "shop/web[Deployment]", { app: "web" }],
    ["a CronJob takes its job template's pod labels", "shop/nightly[CronJob]", { app: "nightly" }],
    [
      "a Rollout with workloadRef borrows the Deployment's labels",
      "shop/web-rollout[Rollout]",
      { app: "web" },
    ],
  ])("%s", (_, id, labels) => {
    expect(byId.get(id as never)?.labels).toEqual(labels);
  });

  it.each([
    [
      "containers and restartable init containers count; plain init containers do not",
      "shop/web[Deployment]",
      [
        { name: "http", port: 80, protocol: "TCP" },
        { name: "envoy", port: 15001, protocol: "TCP" },
        { name: null, port: 53, protocol: "UDP" },
      ],
    ],
    [
      "a CronJob's SCTP port keeps its protocol",
      "shop/nightly[CronJob]",
      [{ name: null, port: 9090, protocol: "SCTP" }],
    ],
    [
      "a named pod port keeps its name",
      "shop/debug[Pod]",
      [{ name: "http", port: 8080, protocol: "TCP" }],
    ],
    ["no ports is an empty list", "shop/rs[ReplicaSet]", []],
  ])("%s", (_, id, ports) => {
    expect(byId.get(id as never)?.ports).toEqual(ports);
  });

  it("a manifest without namespace is in default, and the Namespace's labels include its name", () => {
    expect(byId.get("default/agent[DaemonSet]" as never)?.namespace).toBe("default");
    expect(model.namespaces.find((n) => n.name === "shop")?.labels).toEqual({
      "kubernetes.io/metadata.name": "shop",
      team: "shop",
    });
  });

  it("says what it left out and why", () => {
    expect(model.diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}:${d.column}`)).toEqual([
      "warning namespace-synthesized@98:1",
      "info host-network@126:7",
      "warning owner-not-found@214:3",
      "info skipped-kind@219:1",
    ]);
    expect(model.incomplete).toBe(false);
  });

  it("the default namespace can be chosen", () => {
    const other = modelFromFixtures(["model/workloads/all-kinds.yaml"], {
      defaultNamespace: "ops",
    });
    expect(other.workloads.map((w) => w.id)).toContain("ops/agent[DaemonSet]");
  });
});

describe("pods with owners (a kubectl get pods -o yaml dump)", () => {
  it("pods are grouped under their controller when it is not in the input", () => {
    const model = modelFromFixtures(["model/workloads/pods-dump.yaml"]);
    expect(model.workloads.map((w) => [w.id, w.name, w.kind, w.labels])).toEqual([
      ["shop/api-5d4f7[ReplicaSet]", "api-5d4f7", "ReplicaSet", { app: "api" }],
      ["shop/db[StatefulSet]", "db", "StatefulSet", { app: "db" }],
    ]);
    expect(model.workloads[0]!.ports).toEqual([{ name: "http", port: 8080, protocol: "TCP" }]);
    expect(model.diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}:${d.column}`)).toEqual([
      "warning namespace-synthesized@8:5",
      "warning owner-labels-differ@66:5",
      "warning namespace-synthesized@83:5",
      "info host-network@92:5",
    ]);
  });

  it("a Pod and its ReplicaSet fold into the top-most owner present, the Deployment", () => {
    const model = modelFromFixtures(["model/workloads/owner-chain.yaml"]);
    expect(model.workloads.map((w) => [w.id, w.labels])).toEqual([
      ["shop/api[Deployment]", { app: "api" }],
    ]);
  });
});

describe("static pods (the mirror pods a Node controls)", () => {
  const model = modelFromFixtures(["model/workloads/static-pods.yaml"]);

  it("are bare Pods, each with its own labels, not one made-up workload per node", () => {
    expect(model.workloads.map((w) => [w.id, w.labels])).toEqual([
      ["kube-system/cache-n1[Pod]", { app: "cache" }],
      ["kube-system/proxy-n1[Pod]", { app: "proxy" }],
    ]);
    expect(model.diagnostics.map((d) => d.code)).not.toContain("owner-labels-differ");
  });
});

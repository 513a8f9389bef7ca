import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { applyRelabel } from "./relabel.js";
import { CLUSTER, listScenarios, loadExpected } from "./scenario-files.js";
import { PODS, parseExpected, parseTable } from "./truth-table.js";

/**
 * The fixtures themselves, checked without reachdiff's engine: every folder is
 * complete, every truth table is well formed, and the cluster is the upstream model.
 */

const scenarios = listScenarios();
const cluster = readFileSync(CLUSTER, "utf8");

function objects(text: string): Record<string, unknown>[] {
  const docs = parseAllDocuments(text);
  return Array.from(docs, (d) => d.toJS() as unknown).filter(
    (o): o is Record<string, unknown> => typeof o === "object" && o !== null,
  );
}

const GOOD_TABLE = [
  `from\\to ${PODS.join(" ")}`,
  ...PODS.map((p) => `${p} ${PODS.map(() => ".").join(" ")}`),
].join("\n");

describe("the upstream model in cluster.yaml", () => {
  const all = objects(cluster);
  const meta = (o: Record<string, unknown>) =>
    o.metadata as { name: string; namespace?: string; labels: Record<string, string> };

  it("declares namespaces x, y and z labelled ns=<name>", () => {
    const namespaces = all
      .filter((o) => o.kind === "Namespace")
      .map((o) => [meta(o).name, meta(o).labels]);
    expect(namespaces).toEqual([
      ["x", { ns: "x" }],
      ["y", { ns: "y" }],
      ["z", { ns: "z" }],
    ]);
  });

  it("declares the bare pods a, b, c in each namespace, labelled pod=<name>", () => {
    const pods = all.filter((o) => o.kind === "Pod" && o.apiVersion === "v1");
    expect(pods.map((o) => `${meta(o).namespace}/${meta(o).name}`)).toEqual(PODS);
    for (const o of pods) expect(meta(o).labels).toEqual({ pod: meta(o).name });
  });

  it("gives every pod the named ports serve-80/81-tcp/udp/sctp", () => {
    for (const o of all.filter((x) => x.kind === "Pod")) {
      const spec = o.spec as {
        containers: { ports: { name: string; containerPort: number; protocol: string }[] }[];
      };
      const ports = spec.containers.flatMap((c) =>
        c.ports.map((p) => `${p.name}=${p.protocol}/${p.containerPort}`),
      );
      expect(ports).toEqual([
        "serve-80-tcp=TCP/80",
        "serve-80-udp=UDP/80",
        "serve-80-sctp=SCTP/80",
        "serve-81-tcp=TCP/81",
        "serve-81-udp=UDP/81",
        "serve-81-sctp=SCTP/81",
      ]);
    }
  });
});

describe("scenario folders", () => {
  it("number at least 30, at least 30 of them transcribed from upstream tests", () => {
    const upstream = scenarios.filter((s) => {
      const e = loadExpected(s);
      return !(e instanceof Error) && e.source !== "hand-derived";
    });
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    expect(upstream.length).toBeGreaterThanOrEqual(30);
  });

  // "%s" with the plain name: "$name" would be quoted and cut at 40 characters.
  const named = <T extends { name: string }>(xs: readonly T[]) =>
    xs.map((x) => [x.name, x] as const);

  it.each(named(scenarios))("%s has a valid expected.yaml", (_name, s) => {
    const parsed = loadExpected(s);
    if (parsed instanceof Error) throw parsed;
    expect(parsed.probes.length).toBeGreaterThan(0);
  });

  it.each(named(scenarios))(
    "%s has policies.yaml with only v1 NetworkPolicies in x, y or z",
    (_name, s) => {
      const file = join(s.dir, "policies.yaml");
      expect(existsSync(file)).toBe(true);
      for (const o of objects(readFileSync(file, "utf8"))) {
        expect(o.apiVersion).toBe("networking.k8s.io/v1");
        expect(o.kind).toBe("NetworkPolicy");
        expect(["x", "y", "z"]).toContain((o.metadata as { namespace?: string }).namespace);
      }
    },
  );

  const relabelled = scenarios.filter((s) => existsSync(join(s.dir, "relabel.yaml")));
  it.each(named(relabelled))("%s relabels the cluster and keeps all its documents", (_name, s) => {
    const text = applyRelabel(cluster, readFileSync(join(s.dir, "relabel.yaml"), "utf8"), s.name);
    expect(objects(text).length).toBe(objects(cluster).length);
    expect(text).not.toBe(cluster);
  });
});

describe("the truth-table parser rejects", () => {
  const bad = (from: string, to: string) => GOOD_TABLE.replace(from, to);
  it.each([
    ["a header that does not start with from\\to", bad("from\\to", "src"), /must start with/],
    ["an unknown pod in the header", bad(" z/c", " z/d"), /unknown pod "z\/d"/],
    ["an unknown pod as a row", bad("\ny/b ", "\ny/q "), /unknown pod "y\/q"/],
    ["a row that appears twice", bad("\ny/b ", "\ny/a "), /appears twice/],
    ["a cell other than . or X", bad("\nx/b . .", "\nx/b . o"), /is not "\." or "X"/],
    ["a short row", bad("\nx/b . .", "\nx/b ."), /has 8 cells/],
    ["loopback marked as denied", bad("\nx/a .", "\nx/a X"), /loopback/],
    ["a missing row", GOOD_TABLE.split("\n").slice(0, -1).join("\n"), /a row for each/],
  ])("%s", (_what, table, error) => {
    expect(() => parseTable(table, "t.yaml", "probe")).toThrow(error);
  });

  const doc = (extra: string) => `upstream: "t"\nsource: kubernetes-e2e\n${extra}`;
  const probe = (head: string) =>
    `probes:\n  - ${head}\n    table: |\n${GOOD_TABLE.replace(/^/gm, "      ")}\n`;
  it.each([
    [
      "an unknown top-level key",
      doc(`extra: 1\n${probe("protocol: TCP\n    port: 80")}`),
      /unknown key "extra"/,
    ],
    [
      "an unknown probe key",
      doc(probe("protocol: TCP\n    port: 80\n    proto: 1")),
      /unknown key "proto"/,
    ],
    ["an unknown protocol", doc(probe("protocol: ICMP\n    port: 80")), /protocol must be/],
    ["a port out of range", doc(probe("protocol: TCP\n    port: 70000")), /port must be/],
    [
      "an unknown source",
      `upstream: "t"\nsource: guess\n${probe("protocol: TCP\n    port: 80")}`,
      /source must be/,
    ],
    ["no probes", doc("probes: []\n"), /non-empty/],
  ])("%s", (_what, text, error) => {
    expect(parse(text)).toBeTruthy();
    expect(() => parseExpected(text, "t.yaml")).toThrow(error);
  });

  it("a relabel of a pod the cluster does not have", () => {
    expect(() => applyRelabel(cluster, "pods:\n  q/a:\n    k: v\n", "r.yaml")).toThrow(
      /Pod q\/a is not in cluster.yaml/,
    );
  });
});

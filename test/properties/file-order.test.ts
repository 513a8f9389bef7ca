/**
 * Law (issue 2): the order in which files (and documents) are read changes nothing —
 * not the flows, not the diagnostics, not a byte of the JSON. Random small clusters
 * are written as real YAML documents spread over several files, then analysed in two
 * different file orders with the documents regrouped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSources } from "../../src/analysis.js";
import type { SourceFile } from "../../src/core/source.js";
import { renderAnalyzeJson } from "../../src/render/analyze-json.js";

const NS = ["x", "y"] as const;
const APPS = ["a", "b", "c"] as const;

const namespaceDoc = (ns: string, team: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${ns}, labels: {team: ${team}}}\n`;

const workloadDoc = (ns: string, app: string, port: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec:
      containers: [{name: main, image: x, ports: [{name: http, containerPort: ${port}}]}]
`;

const peerArb = fc.oneof(
  fc.constantFrom(...APPS).map((app) => `{podSelector: {matchLabels: {app: ${app}}}}`),
  fc.constantFrom("x", "y").map((team) => `{namespaceSelector: {matchLabels: {team: ${team}}}}`),
  fc.constant("{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}"),
);
const portsArb = fc.constantFrom(
  "",
  "\n      ports: [{port: http}]",
  "\n      ports: [{port: 80, endPort: 90}]",
);

const policyArb = fc.record({
  ns: fc.constantFrom(...NS),
  name: fc.constantFrom("p1", "p2", "p3"),
  subject: fc.constantFrom("{}", ...APPS.map((a) => `{matchLabels: {app: ${a}}}`)),
  types: fc.constantFrom("[Ingress]", "[Egress]", "[Ingress, Egress]"),
  ingress: fc.array(fc.tuple(fc.array(peerArb, { maxLength: 2 }), portsArb), { maxLength: 2 }),
  egress: fc.array(fc.tuple(fc.array(peerArb, { maxLength: 2 }), portsArb), { maxLength: 2 }),
});

type PolicyParts = typeof policyArb extends fc.Arbitrary<infer T> ? T : never;

function policyDoc(p: PolicyParts): string {
  const rules = (list: [string[], string][], key: string) =>
    list.map(([peers, ports]) => `\n    - ${key}: [${peers.join(", ")}]${ports}`).join("");
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${p.name}, namespace: ${p.ns}}
spec:
  podSelector: ${p.subject}
  policyTypes: ${p.types}
  ingress:${rules(p.ingress, "from") || " []"}
  egress:${rules(p.egress, "to") || " []"}
`;
}

const clusterArb = fc.record({
  namespaces: fc.constant(NS.map((ns, i) => namespaceDoc(ns, i === 0 ? "x" : "y"))),
  workloads: fc.uniqueArray(
    fc.tuple(fc.constantFrom(...NS), fc.constantFrom(...APPS), fc.constantFrom(80, 85, 8080)),
    { selector: ([ns, app]) => `${ns}/${app}`, maxLength: 5 },
  ),
  // Unique names: which of two same-named objects wins depends on where each is written.
  policies: fc.uniqueArray(policyArb, { selector: (p) => `${p.ns}/${p.name}`, maxLength: 4 }),
  files: fc.integer({ min: 1, max: 4 }),
});

/** Deals the documents round-robin into `n` files named f0.yaml … */
function deal(docs: readonly string[], n: number, rotate: number): SourceFile[] {
  const files: string[][] = Array.from({ length: n }, () => []);
  docs.forEach((d, i) => {
    files[(i + rotate) % n]!.push(d);
  });
  return files.map((ds, i) => ({ path: `f${i}.yaml`, text: ds.join("---\n") }));
}

describe("file order", () => {
  it("reading the same documents in another file order gives byte-identical JSON", () => {
    fc.assert(
      fc.property(clusterArb, fc.integer({ min: 0, max: 3 }), (c, rotate) => {
        const docs = [
          ...c.namespaces,
          ...c.workloads.map(([ns, app, port]) => workloadDoc(ns, app, port)),
          ...c.policies.map(policyDoc),
        ];
        const a = analyzeSources(deal(docs, c.files, 0));
        const b = analyzeSources(deal(docs, c.files, rotate).reverse());
        // Positions name other files in the two layouts: compare what does not depend on them.
        const strip = (json: string) => {
          const doc = JSON.parse(json, (key, value: unknown) =>
            key === "file" || key === "line" || key === "column" ? undefined : value,
          ) as { diagnostics: unknown[] };
          // Diagnostics are sorted by position, and positions differ between layouts.
          doc.diagnostics = doc.diagnostics.map((d) => JSON.stringify(d)).sort();
          return doc;
        };
        expect(strip(renderAnalyzeJson(b.graph))).toEqual(strip(renderAnalyzeJson(a.graph)));
        // And the very same files in reverse order: byte for byte.
        const files = deal(docs, c.files, rotate);
        expect(renderAnalyzeJson(analyzeSources([...files].reverse()).graph)).toBe(
          renderAnalyzeJson(analyzeSources(files).graph),
        );
      }),
      { numRuns: 150 },
    );
  });
});

// The stages of the pipeline, timed on synthetic clusters (see bench.mjs).
import { performance } from "node:perf_hooks";
import { loadAll } from "js-yaml";
import { analyzeSources } from "../src/analysis.js";
import type { SourceFile } from "../src/core/source.js";
import { diffModels, expandChanges } from "../src/diff/index.js";
import { expandFlows } from "../src/engine/index.js";
import { renderComment } from "../src/render/comment.js";

interface Size {
  readonly namespaces: number;
  readonly workloadsPerNamespace: number;
  /** Also one policy per workload admitting one other workload (every class its own type). */
  readonly perWorkload?: boolean;
}

function workloadYaml(ns: string, i: number): string {
  const app = `app-${i}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  selector:
    matchLabels: {app: ${app}}
  template:
    metadata:
      labels: {app: ${app}, tier: "${i % 3 === 0 ? "web" : i % 3 === 1 ? "api" : "data"}"}
    spec:
      containers:
        - name: main
          image: example/${app}:1
          ports:
            - {name: http, containerPort: 8080}
            - {name: metrics, containerPort: 9090}
`;
}

function perWorkloadYaml(ns: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: app-${i}, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {app: app-${i}}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: app-${(i + 1) % count}}}}]
      ports: [{port: http}]
`,
  );
}
console.log("* with one policy per workload admitting one other workload");

function policiesYaml(ns: string, withDeny: boolean, perWorkload: number): string {
  const docs = [
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-internet, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {tier: web}}
  ingress:
    - from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]
      ports: [{port: http}]
`,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {tier: api}}
  ingress:
    - from: [{podSelector: {matchLabels: {tier: web}}}]
      ports: [{port: http}]
    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]
      ports: [{port: metrics}]
`,
  ];
  if (withDeny) {
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: ${ns}}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`);
  }
  docs.push(...perWorkloadYaml(ns, perWorkload));
  return docs.join("---\n");
}

function cluster(size: Size, denyEvery: number): SourceFile[] {
  const files: SourceFile[] = [];
  for (let n = 0; n < size.namespaces; n++) {
    const ns = `ns-${n}`;
    const workloads: string[] = [];
    for (let i = 0; i < size.workloadsPerNamespace; i++) workloads.push(workloadYaml(ns, i));
    files.push({ path: `${ns}/workloads.yaml`, text: workloads.join("---\n") });
    files.push({
      path: `${ns}/policies.yaml`,
      text: policiesYaml(
        ns,
        denyEvery > 0 && n % denyEvery === 0,
        size.perWorkload ? size.workloadsPerNamespace : 0,
      ),
    });
  }
  return files;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
const sizes: Size[] = [
  { namespaces: 10, workloadsPerNamespace: 10 },
  { namespaces: 20, workloadsPerNamespace: 50 },
  { namespaces: 50, workloadsPerNamespace: 100 },
  { namespaces: 50, workloadsPerNamespace: 100, perWorkload: true },
];
console.log(
  "workloads | js-yaml only | analyze | flows (count, expand) | diff (+default deny) | comment",
);
for (const size of sizes) {
  const base = cluster(size, 0);
  const head = cluster(size, 2);
  const bytes = base.reduce((s, f) => s + f.text.length, 0);
  const [, rawMs] = time(() => {
    for (const f of base) loadAll(f.text);
  });
  const [a, analyzeMs] = time(() => analyzeSources(base));
  const [flowCount, flowsMs] = time(() => {
    let n = 0;
    for (const _ of expandFlows(a.graph)) n++;
    return n;
  });
  const b = analyzeSources(head);
  const [d, diffMs] = time(() => diffModels(a.model, b.model));
  const closed = expandChanges(d.closed).length;
  const [comment, commentMs] = time(() =>
    renderComment({
      diff: d,
      base: { label: "base", diagnostics: a.model.diagnostics, incomplete: false },
      head: { label: "head", diagnostics: b.model.diagnostics, incomplete: false },
      marker: "reachdiff:bench",
    }),
  );
  const workloads = size.namespaces * size.workloadsPerNamespace;
  console.log(
    `${String(workloads).padStart(size.perWorkload ? 8 : 9)}${size.perWorkload ? "*" : ""} | ${ms(rawMs)} (${(bytes / 1024).toFixed(0)} KiB) | ${ms(analyzeMs)} | ${flowCount} flows ${ms(flowsMs)} | ${closed} closed ${ms(diffMs)} | ${comment.body.length} chars ${ms(commentMs)}`,
  );
}
console.log("* with one policy per workload admitting one other workload");

// Alias bombs: each must end in a yaml-alias-limit error, fast (issue 2, "Cap aliases").
function wideBomb(width: number, aliases: number): string {
  const ports = Array.from({ length: width }, (_, i) => `{containerPort: ${i + 1}, name: p${i}}`);
  const lines = ["apiVersion: v1", "kind: Pod", "metadata: {name: p, namespace: a}"];
  lines.push(`x-ports: &p [${ports.join(",")}]`, "spec:", "  containers:");
  for (let i = 0; i < aliases; i++) lines.push(`  - {name: c${i}, image: x, ports: *p}`);
  return `${lines.join("\n")}\n`;
}
function laughs(levels: number): string {
  const rows = ["  l0: &l0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i <= levels; i++)
    rows.push(
      `  l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(", ")}]`,
    );
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n${rows.join("\n")}\n`;
}
console.log("\nalias bomb | size | analyze | diagnostic");
for (const [name, text] of [
  ["9,000 aliases of a 6,000-entry list", wideBomb(6_000, 9_000)],
  ["billion laughs, 30 levels", laughs(30)],
] as const) {
  const [a, bombMs] = time(() => analyzeSources([{ path: "bomb.yaml", text }]));
  const d = a.model.diagnostics.find((x) => x.code === "yaml-alias-limit");
  console.log(
    `${name} | ${(text.length / 1024).toFixed(0)} KiB | ${ms(bombMs)} | ${d ? `${d.code} @${d.line}:${d.column}` : "NONE"}`,
  );
}

import { analyzeSources } from "../../src/analysis.js";
import { diffModels } from "../../src/diff/index.js";
import type { GraphDiff } from "../../src/diff/types.js";
import type { Graph } from "../../src/engine/types.js";

type Files = Readonly<Record<string, string>>;

const sources = (files: Files) => Object.entries(files).map(([path, text]) => ({ path, text }));

/** The real pipeline over YAML texts keyed by file name. */
export function graphOf(files: Files): Graph {
  return analyzeSources(sources(files)).graph;
}

/** The real diff of two trees of YAML texts. */
export function diffOf(base: Files, head: Files): GraphDiff {
  return diffModels(analyzeSources(sources(base)).model, analyzeSources(sources(head)).model);
}

/** Balanced fences and `<details>` blocks: what a cut must never break. */
export function unbalanced(md: string): string[] {
  const problems: string[] = [];
  const fences = md.split("\n").filter((l) => /^\s*```/.test(l)).length;
  if (fences % 2 !== 0) problems.push(`odd number of code fences (${fences})`);
  const open = (md.match(/<details>/g) ?? []).length;
  const close = (md.match(/<\/details>/g) ?? []).length;
  if (open !== close) problems.push(`<details> ${open} vs </details> ${close}`);
  // Every table keeps its header separator right below its header.
  const lines = md.split("\n");
  lines.forEach((l, i) => {
    const isRow = l.startsWith("| ");
    const prev = lines[i - 1] ?? "";
    if (isRow && !prev.startsWith("|") && !/^\| ---/.test(lines[i + 1] ?? "")) {
      problems.push(`table row without a header at line ${i + 1}`);
    }
  });
  return problems;
}

export function namespaceYaml(name: string, labels: Record<string, string> = {}): string {
  const l = Object.entries(labels)
    .map(([k, v]) => `\n    ${k}: "${v}"`)
    .join("");
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}${l ? `\n  labels:${l}` : ""}\n`;
}

export function deploymentYaml(
  ns: string,
  name: string,
  labels: Record<string, string>,
  ports: readonly number[] = [8080],
): string {
  const l = Object.entries(labels)
    .map(([k, v]) => `\n        ${k}: "${v}"`)
    .join("");
  const p = ports.map((n) => `\n            - containerPort: ${n}`).join("");
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels:${l.replace(/\n {8}/g, "\n      ")}
  template:
    metadata:
      labels:${l}
    spec:
      containers:
        - name: main
          image: example/${name}
          ports:${p}
`;
}

export function policyYaml(ns: string, name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${ns}
spec:
${spec
  .trim()
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}
`;
}

export const DEFAULT_DENY_INGRESS = "podSelector: {}\npolicyTypes: [Ingress]";

import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse/index.js";
import { describeDiagnostics } from "./fixtures.js";

/** [sentence, JSON text, expected diagnostic] */
const jsonRows: [string, string, string][] = [
  ["a trailing comma is reported at the closing brace", '{"a": 1,}', "error json-syntax @1:9"],
  ["a missing colon is reported where it was expected", '{"a" 1}', "error json-syntax @1:6"],
  ["an unquoted key is reported at the key", "{a: 1}", "error json-syntax @1:2"],
  ["a misspelled literal is reported at its start", '{"a": tru}', "error json-syntax @1:7"],
  [
    "an unterminated string is reported at the end of the file",
    '{"a": "x',
    "error json-syntax @1:9",
  ],
  ["an empty file is reported at its start", "", "error json-syntax @1:1"],
  [
    "a second top-level value is reported where it starts",
    '{"a": 1}\n{"b": 2}',
    "error json-syntax @2:1",
  ],
  [
    "a missing bracket on a later line is found there",
    '{\n  "a": [1, 2\n}',
    "error json-syntax @3:1",
  ],
];

/** [sentence, YAML text, expected diagnostics] */
const yamlRows: [string, string, string[]][] = [
  ["a bad indentation is a yaml-syntax error", "a:\n  - b\n - c\n", ["error yaml-syntax @3:1"]],
  [
    "an unclosed quote is a yaml-syntax error at the quote that opens it",
    'apiVersion: v1\nkind: "Pod\n',
    ["error yaml-syntax @2:7"],
  ],
  ["a mapping used as a key is a yaml-syntax error", "? {a: 1}\n: b\n", ["error yaml-syntax @1:3"]],
  [
    "a duplicate key at the top is a duplicate-key error",
    "kind: Pod\nkind: Service\n",
    ["error duplicate-key @2:1"],
  ],
  ["a tab-indented line is a yaml-syntax error", "a:\n\tb: 1\n", ["error yaml-syntax @2:1"]],
];

describe("syntax errors", () => {
  it.each(jsonRows)("JSON: %s", (_, text, expected) => {
    const result = parseFile({ path: "bad.json", text });
    expect(describeDiagnostics(result)).toEqual([expected]);
    expect(result.incomplete).toBe(true);
  });

  it.each(yamlRows)("YAML: %s", (_, text, expected) => {
    const result = parseFile({ path: "bad.yaml", text });
    expect(describeDiagnostics(result)).toEqual(expected);
    expect(result.incomplete).toBe(true);
  });
});

/** [sentence, text, is it a Helm template?] */
const helmRows: [string, string, boolean][] = [
  ["a value that is a template action", "name: {{ .Values.name }}\n", true],
  [
    "a whitespace-trimming control line",
    "{{- if .Values.enabled }}\nkind: Pod\n{{- end }}\n",
    true,
  ],
  ["a quoted .Values reference", 'image: "{{ .Values.image }}"\n', true],
  ["an include piped to nindent", 'labels:\n  {{- include "x.labels" . | nindent 4 }}\n', true],
  [
    "Prometheus labels inside a quoted string",
    'summary: "Node {{ $labels.instance }} is down"\n',
    false,
  ],
  [
    "Prometheus value in the middle of a plain string",
    "description: Down for {{ $value }} minutes\n",
    false,
  ],
  ["an unquoted action with no Helm keyword, which breaks the YAML", "name: {{ $name }}\n", true],
  [
    "Prometheus labels at the start of a block scalar line",
    "description: |\n  {{ $labels.instance }} is down\n",
    false,
  ],
  ["braces that are not a template", "data: {a: {b: 1}}\n", false],
  [
    "Alertmanager define, range and end inside a block scalar",
    'data:\n  slack.tmpl: |\n    {{ define "t" }}{{ range .Alerts }}{{ .Labels.x }}{{ end }}{{ end }}\n',
    false,
  ],
  ["a trimming action inside a comment", "# rendered from {{- .Values.x }}\ndata: {}\n", false],
  [
    "a .Values reference inside a multi-line string (an embedded file)",
    "data:\n  values.tmpl: |\n    image: {{ .Values.image }}\n    tag: x\n",
    false,
  ],
  ["a .Release reference in a key", 'data:\n  "{{ .Release.Name }}-key": x\n', true],
];

describe("Helm templates", () => {
  it("reads an Alertmanager ConfigMap with templates next to a NetworkPolicy, and no Helm warning", () => {
    const text = [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata: {name: alertmanager-templates, namespace: monitoring}",
      "data:",
      "  slack.tmpl: |",
      '    {{ define "slack.title" }}[{{ .Status }}] {{ range .Alerts }}{{ .Labels.alertname }}{{ end }}{{ end }}',
      "---",
      "# rendered from {{- .Values.x }} by our pipeline",
      "apiVersion: networking.k8s.io/v1",
      "kind: NetworkPolicy",
      "metadata: {name: deny-all, namespace: monitoring}",
      "spec: {podSelector: {}, policyTypes: [Ingress, Egress]}",
      "",
    ].join("\n");
    const result = parseFile({ path: "am.yaml", text });
    expect(result.diagnostics).toEqual([]);
    expect(result.incomplete).toBe(false);
    expect(result.resources.map((r) => r.kind)).toEqual(["ConfigMap", "NetworkPolicy"]);
  });

  it("points at the value that holds a Helm reference in a file that parses", () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: "{{ .Release.Name }}-svc"\n';
    const result = parseFile({ path: "svc.yaml", text });
    expect(result.diagnostics.map((d) => `${d.code} @${d.line}:${d.column}`)).toEqual([
      "helm-template @4:3",
    ]);
  });

  it.each(helmRows)("%s: %s", (_, text, isHelm) => {
    const result = parseFile({ path: "t.yaml", text: `apiVersion: v1\nkind: ConfigMap\n${text}` });
    expect(result.diagnostics.some((d) => d.code === "helm-template")).toBe(isHelm);
    expect(result.incomplete).toBe(isHelm);
  });
});

const deepFlow = (n: number): string => `a: ${"[".repeat(n)}${"]".repeat(n)}\n`;
const deepBlock = (n: number): string =>
  Array.from({ length: n }, (_, i) => `${" ".repeat(i)}- `).join("\n");
const deepJsonPod = (n: number): string =>
  `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a","annotations":{"x":${"[".repeat(n)}${"]".repeat(n)}}}}`;

/** [sentence, path, text, expected diagnostic] — the file is refused before any parser sees it */
const unreadableRows: [string, string, string, string][] = [
  [
    "a NUL byte after a kind is reported where it is, not kept inside the kind",
    "nul.yaml",
    "apiVersion: v1\nkind: Pod\0\nmetadata: {name: a}\n",
    "error yaml-syntax @2:10",
  ],
  [
    "a binary file named .json is reported at its first control byte",
    "bin.json",
    '{"a": 1}\u0001\u0002',
    "error json-syntax @1:9",
  ],
  [
    "invalid UTF-8 (decoded as U+FFFD) in a name is reported, not turned into an odd name",
    "utf.yaml",
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\uFFFD\n",
    "error yaml-syntax @4:10",
  ],
  [
    "10,000 nested flow sequences are refused instead of overflowing the stack",
    "deep.yaml",
    deepFlow(10_000),
    "error yaml-syntax @1:104",
  ],
  [
    "10,000 nested block sequences are refused instead of overflowing the stack",
    "deep.yaml",
    deepBlock(10_000),
    "error yaml-syntax @300:302",
  ],
  [
    "a Pod in JSON with 100,000 nested arrays is refused before positions are looked up",
    "deep.json",
    deepJsonPod(100_000),
    "error json-syntax @1:172",
  ],
];

describe("text no parser should be given", () => {
  it.each(unreadableRows)("%s", (_, path, text, expected) => {
    const result = parseFile({ path, text });
    expect(describeDiagnostics(result)).toEqual([expected]);
    expect(result.resources).toEqual([]);
    expect(result.incomplete).toBe(true);
  });

  it.each([
    ["100 nested flow sequences are still read", deepFlow(100)],
    [
      "brackets inside quotes and block scalars do not count as nesting",
      `a: "${"[".repeat(500)}"\nb: |\n  ${"{".repeat(500)}\n`,
    ],
    ["a tab, CR and LF are ordinary text", "a: 1\r\nb:\t2\n"],
  ])("%s", (_, text) => {
    const result = parseFile({ path: "ok.yaml", text });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.incomplete).toBe(false);
  });
});

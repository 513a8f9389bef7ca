import { describe, expect, it } from "vitest";
import { parseFile, parseFiles } from "../../src/parse/index.js";
import { describeDiagnostics, describeResource, fixture } from "./fixtures.js";

interface Row {
  readonly fixture: string;
  readonly resources: readonly string[];
  readonly diagnostics: readonly string[];
  readonly incomplete: boolean;
}

const rows: [string, Row][] = [
  [
    "a multi-document file yields every object, with an empty document ignored and each start right",
    {
      fixture: "multi-doc.yaml",
      resources: [
        "Namespace -/shop doc0 @2:1",
        "NetworkPolicy shop/allow-frontend doc2 @11:1",
        "Deployment shop/backend doc3 @29:1",
      ],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "a kind: List yields its items; a string item and an object without kind are reported",
    {
      fixture: "list.yaml",
      resources: ["Namespace -/db doc0[0] @4:3", "Pod db/postgres-0 doc0[1] @8:3"],
      diagnostics: ["info not-an-object @15:3", "info not-kubernetes @16:3"],
      incomplete: false,
    },
  ],
  [
    "a NetworkPolicyList from kubectl get -o yaml yields each policy",
    {
      fixture: "netpol-list.yaml",
      resources: [
        "NetworkPolicy db/default-deny doc0[0] @3:5",
        "NetworkPolicy db/allow-api doc0[1] @12:5",
      ],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "an empty PodList yields nothing and says nothing",
    {
      fixture: "empty-list.yaml",
      resources: [],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "a PodList whose items is a mapping is an error at items, not an unknown kind dropped in silence",
    {
      fixture: "list-items-not-a-list.yaml",
      resources: [],
      diagnostics: ["error invalid-type @4:1"],
      incomplete: true,
    },
  ],
  [
    "a List inside a List is an error at the inner List, and a null item is reported as null",
    {
      fixture: "nested-list.yaml",
      resources: ["Namespace -/shop doc0[0] @4:3"],
      diagnostics: ["error invalid-type @7:3", "info not-an-object @13:3"],
      incomplete: true,
    },
  ],
  [
    "a JSON file yields its object",
    {
      fixture: "policy.json",
      resources: ["NetworkPolicy payments/deny-all doc0 @1:1"],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "a JSON List yields its items",
    {
      fixture: "list.json",
      resources: ["Namespace -/a doc0[0] @2:3", "Namespace -/b doc0[1] @3:3"],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "broken JSON is a positioned json-syntax error and the file is skipped",
    {
      fixture: "broken.json",
      resources: [],
      diagnostics: ["error json-syntax @4:3"],
      incomplete: true,
    },
  ],
  [
    "broken YAML in one document skips that document only",
    {
      fixture: "broken.yaml",
      resources: ["Namespace -/fine doc0 @1:1", "Namespace -/also-fine doc2 @13:1"],
      diagnostics: ["error yaml-syntax @10:1"],
      incomplete: true,
    },
  ],
  [
    "a duplicate key is an error at the second key and the object is skipped",
    {
      fixture: "duplicate-key.yaml",
      resources: [],
      diagnostics: ["error duplicate-key @12:7"],
      incomplete: true,
    },
  ],
  [
    "a billion-laughs file ends in an alias-limit error at the alias that passes the limit",
    {
      fixture: "bomb.yaml",
      resources: [],
      diagnostics: ["error yaml-alias-limit @11:10"],
      incomplete: true,
    },
  ],
  [
    "ordinary anchors, aliases and merge keys are decoded",
    {
      fixture: "anchors.yaml",
      resources: ["Deployment -/web doc0 @1:1"],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "a Helm template is reported as not rendered and skipped",
    {
      fixture: "helm.yaml",
      resources: [],
      diagnostics: ["warning helm-template @4:9"],
      incomplete: true,
    },
  ],
  [
    "Prometheus {{ $labels }} inside strings is not mistaken for Helm",
    {
      fixture: "prometheus-rule.yaml",
      resources: ["PrometheusRule -/node-down doc0 @1:1"],
      diagnostics: [],
      incomplete: false,
    },
  ],
  [
    "non-Kubernetes documents are skipped with an info each",
    {
      fixture: "non-k8s.yaml",
      resources: [],
      diagnostics: [
        "info not-kubernetes @2:1",
        "info not-kubernetes @6:1",
        "info not-an-object @8:1",
        "info not-an-object @11:1",
      ],
      incomplete: false,
    },
  ],
  [
    "a file with a BOM and CRLF line ends parses with the same positions",
    {
      fixture: "crlf-bom.yaml",
      resources: ["Namespace -/windows doc0 @1:1", "Namespace -/crlf doc1 @6:1"],
      diagnostics: [],
      incomplete: false,
    },
  ],
];

describe("parseFile", () => {
  it.each(rows)("%s", (_, row) => {
    const result = parseFile(fixture(row.fixture));
    expect(result.resources.map(describeResource)).toEqual(row.resources);
    expect(describeDiagnostics(result)).toEqual(row.diagnostics);
    expect(result.incomplete).toBe(row.incomplete);
    for (const d of result.diagnostics) {
      expect(d.file).toBe(row.fixture);
      expect(d.message.length).toBeGreaterThan(20);
    }
  });

  it("decodes anchors and merge keys as Kubernetes does", () => {
    const [web] = parseFile(fixture("anchors.yaml")).resources;
    expect(web?.object.spec).toEqual({
      selector: { matchLabels: { app: "web", tier: "front" } },
      template: { metadata: { labels: { app: "web", tier: "front", version: "v2" } } },
    });
  });

  it("strips the BOM and CRLF from keys and values", () => {
    const [first, second] = parseFile(fixture("crlf-bom.yaml")).resources;
    expect(first?.apiVersion).toBe("v1");
    expect(second?.object.metadata).toEqual({ name: "crlf", labels: { os: "windows" } });
  });

  it("keeps name and namespace from metadata, with '' and null when missing", () => {
    const text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n";
    const [r] = parseFile({ path: "cm.yaml", text }).resources;
    expect([r?.name, r?.namespace]).toEqual(["", null]);
  });

  it("ends a much deeper alias bomb in an error as well", () => {
    const lines = [
      "apiVersion: v1",
      "kind: ConfigMap",
      "data:",
      "  l0: &l0 [x, x, x, x, x, x, x, x]",
    ];
    for (let i = 1; i <= 30; i++)
      lines.push(
        `  l${i}: &l${i} [${Array(8)
          .fill(`*l${i - 1}`)
          .join(", ")}]`,
      );
    const result = parseFile({ path: "deep-bomb.yaml", text: `${lines.join("\n")}\n` });
    expect(describeDiagnostics(result)).toEqual(["error yaml-alias-limit @9:17"]);
  });

  it("reports a repeated key in JSON as a duplicate-key error at the second key, as in YAML", () => {
    const text =
      '{\n  "apiVersion": "v1",\n  "kind": "Namespace",\n  "kind": "Pod",\n  "metadata": {"name": "x"}\n}\n';
    const result = parseFile({ path: "dup.json", text });
    expect(describeDiagnostics(result)).toEqual(["error duplicate-key @4:3"]);
    expect(result.resources).toEqual([]);
    expect(result.incomplete).toBe(true);
  });

  it.each([
    ["double", '"'],
    ["single", "'"],
  ])(
    "points an unclosed %s quote at where it opens and says the documents after it are lost",
    (name, q) => {
      const pod = (n: string, image: string) =>
        `apiVersion: v1\nkind: Pod\nmetadata: {name: ${n}}\nspec: {containers: [{name: c, image: ${image}}]}\n`;
      const text = [pod("a", "x"), pod("b", `${q}unterminated}]}`), pod("c", "x")].join("---\n");
      const result = parseFile({ path: "q.yaml", text });
      expect(describeDiagnostics(result)).toEqual(["error yaml-syntax @9:38"]);
      expect(result.diagnostics[0]!.message).toContain(`this ${name} quote is never closed`);
      expect(result.diagnostics[0]!.message).toContain(
        "this document and any after it were skipped",
      );
      expect(result.resources.map((r) => r.name)).toEqual(["a"]);
    },
  );

  it("treats an explicitly named file of another extension as YAML", () => {
    const result = parseFile({
      path: "manifest.txt",
      text: "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n",
    });
    expect(result.resources.map(describeResource)).toEqual(["Namespace -/x doc0 @1:1"]);
  });
});

describe("parseFiles", () => {
  it("keeps input order and parses the other files when one is broken", () => {
    const result = parseFiles([
      fixture("policy.json"),
      fixture("broken.json"),
      fixture("list.json"),
    ]);
    expect(result.resources.map((r) => `${r.file}:${r.name}`)).toEqual([
      "policy.json:deny-all",
      "list.json:a",
      "list.json:b",
    ]);
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      "broken.json json-syntax",
    ]);
    expect(result.incomplete).toBe(true);
  });

  it("is complete when nothing went wrong, even with info diagnostics", () => {
    const result = parseFiles([fixture("multi-doc.yaml"), fixture("non-k8s.yaml")]);
    expect(result.incomplete).toBe(false);
    expect(result.resources).toHaveLength(3);
  });
});

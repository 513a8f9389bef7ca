import { describe, expect, it } from "vitest";
import { decodeFast } from "../../src/parse/fast-decode.js";
import { parseFile } from "../../src/parse/index.js";
import { decodeYamlFile, parseYamlFile } from "../../src/parse/yaml-documents.js";
import { describeDiagnostics, describeResource } from "./fixtures.js";

const HEAD = ["apiVersion: v1", "kind: Pod", "metadata: {name: p, namespace: a}"];

/** A linear bomb: one list of `width` ports, then `aliases` containers that each alias it. */
function wideBomb(width: number, aliases: number): string {
  const ports = Array.from({ length: width }, (_, i) => `{containerPort: ${i + 1}, name: p${i}}`);
  const lines = [...HEAD, `x-ports: &p [${ports.join(",")}]`, "spec:", "  containers:"];
  for (let i = 0; i < aliases; i++) lines.push(`  - {name: c${i}, image: x, ports: *p}`);
  return `${lines.join("\n")}\n`;
}

describe("alias expansion is bounded", () => {
  it("ends a linear bomb (thousands of aliases of one long list) in an alias-limit error at the alias that passes the limit", () => {
    // 6,000 ports of 5 nodes each: every alias adds 30,001 nodes; the limit is 2 per character.
    const text = wideBomb(6_000, 9_000);
    const result = parseFile({ path: "wide.yaml", text });
    expect(describeDiagnostics(result)).toEqual(["error yaml-alias-limit @43:34"]);
    expect(result.resources).toEqual([]);
    expect(result.incomplete).toBe(true);
    expect(result.diagnostics[0]!.message).toContain("looks like a YAML bomb");
  });

  it("ends an exponential bomb defined in one flow mapping in an alias-limit error", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      rows.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*${i === 1 ? "a" : `l${i - 1}`}`)
          .join(", ")}]`,
      );
    const text = `${[...HEAD, "data:", ...rows.map((r) => `  ${r}`)].join("\n")}\n`;
    expect(describeDiagnostics(parseFile({ path: "lol.yaml", text }))).toEqual([
      "error yaml-alias-limit @9:47",
    ]);
  });

  it("refuses an alias that refers to the node containing it, whose value would be circular", () => {
    const text = `${[...HEAD, "data: &d", "  self: *d"].join("\n")}\n`;
    const result = parseFile({ path: "cycle.yaml", text });
    expect(describeDiagnostics(result)).toEqual(["error yaml-alias-limit @5:9"]);
    expect(result.diagnostics[0]!.message).toContain("refers to a node that contains it");
  });

  it("refuses a chain of aliases that nests a value hundreds of levels deep", () => {
    const rows = ["  a0: &a0 [x]"];
    for (let i = 1; i <= 600; i++) rows.push(`  a${i}: &a${i} [*a${i - 1}]`);
    // A long comment raises the node limit, so that depth, not size, is what is passed.
    const text = `${[...HEAD, `# ${"x".repeat(100_000)}`, "data:", ...rows].join("\n")}\n`;
    const result = parseFile({ path: "chain.yaml", text });
    expect(describeDiagnostics(result)).toEqual(["error yaml-alias-limit @504:16"]);
    expect(result.diagnostics[0]!.message).toContain("levels deep");
  });

  it("still decodes a file whose aliases expand well within the limit", () => {
    const result = parseFile({ path: "ok.yaml", text: wideBomb(20, 200) });
    expect(result.diagnostics).toEqual([]);
    expect(result.resources.map(describeResource)).toEqual(["Pod a/p doc0 @1:1"]);
    const containers = (result.resources[0]!.object.spec as { containers: unknown[] }).containers;
    expect(containers).toHaveLength(200);
  });

  it.each([
    ["an alias right after a JSON-like key", 'x: &a [1]\ny: {"k":*a}\n'],
    ["an anchor right after a JSON-like key", 'x: {"k":&a [1]}\ny: [*a]\n'],
  ])("never lets the fast decoder expand %s", (_, text) => {
    expect(decodeFast(text, "yaml")).toBeNull();
  });
});

describe("both readers of aliases agree", () => {
  it.each([
    ["a linear bomb", wideBomb(2_000, 2_000)],
    ["a circular alias", `${[...HEAD, "data: &d", "  self: *d"].join("\n")}\n`],
    ["ordinary anchors", wideBomb(20, 200)],
  ])("the yaml package's nodes and js-yaml's events give the same verdict on %s", (_, text) => {
    const fast = parseFile({ path: "f.yaml", text });
    const exact = decodeYamlFile("f.yaml", parseYamlFile(text));
    expect(exact.flatMap((d) => d.diagnostics)).toEqual(fast.diagnostics);
  });

  it("keeps the good document of a file whose other document is a bomb", () => {
    const good = "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: fine}\n";
    const result = parseFile({ path: "mixed.yaml", text: wideBomb(2_000, 2_000) + good });
    expect(result.resources.map(describeResource)).toEqual(["Namespace -/fine doc1 @2008:1"]);
    expect(describeDiagnostics(result)).toEqual([
      expect.stringMatching(/^error yaml-alias-limit @/),
    ]);
    expect(result.incomplete).toBe(true);
  });
});

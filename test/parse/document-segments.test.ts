import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentSegments } from "../../src/parse/document-segments.js";
import { parseFile } from "../../src/parse/index.js";
import type { JsonPath, JsonValue, Resource } from "../../src/parse/types.js";

describe("documentSegments", () => {
  it.each<[string, string, number | null]>([
    ["one document without a marker is one segment", "a: 1\n", 1],
    ["a leading marker starts the first document", "---\na: 1\n", 1],
    ["comments before the first marker are no document", "# hi\n\n---\na: 1\n---\nb: 2\n", 2],
    ["content before the first marker is a document", "a: 1\n---\nb: 2\n", 2],
    ["an empty document between markers counts", "a: 1\n---\n---\nb: 2\n", 3],
    ["an indented --- inside a block scalar is no marker", "a: |\n  ---\n  x\n---\nb: 2\n", 2],
    ["a marker followed by content on its line", "--- {a: 1}\n--- {b: 2}\n", 2],
    ["CRLF line ends", "a: 1\r\n---\r\nb: 2\r\n", 2],
    ["a directive makes the scan give up", "%YAML 1.2\n---\na: 1\n", null],
    ["a document end marker makes the scan give up", "a: 1\n...\n---\nb: 2\n", null],
  ])("%s", (_name, text, count) => {
    const segments = documentSegments(text);
    expect(segments === null ? null : segments.length).toBe(count);
  });
});

/** Every path to a node of `value`, including the root. */
function paths(value: JsonValue, prefix: (string | number)[] = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  const children: [string | number, JsonValue][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) out.push(...paths(child, [...prefix, key]));
  return out;
}

function positions(resources: readonly Resource[]): string[] {
  return resources.flatMap((r) =>
    paths(r.object).map((p) => {
      const o = r.locate(p);
      return `${r.docIndex}/${r.listIndex}/${p.join(".")} ${o.line}:${o.column}`;
    }),
  );
}

describe("positions of one document parsed alone", () => {
  const root = join(import.meta.dirname, "..", "..");
  const yamlFiles = [
    "test/fixtures/parse",
    "test/fixtures/seeds",
    "policies/shop",
    "policies/cluster",
  ]
    .flatMap((dir) => readdirSync(join(root, dir)).map((f) => `${dir}/${f}`))
    .filter((f) => /\.ya?ml$/.test(f));

  it.each(yamlFiles)("are the positions of the whole file parsed at once in %s", (name) => {
    const text = readFileSync(join(root, name), "utf8");
    const alone = parseFile({ path: name, text });
    // A comment that looks like an anchor sends the file to the full parser up front.
    const whole = parseFile({ path: name, text: `${text}\n# &whole-file\n` });
    expect(positions(alone.resources)).toEqual(positions(whole.resources));
  });
});

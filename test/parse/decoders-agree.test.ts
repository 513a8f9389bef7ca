import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeFast } from "../../src/parse/fast-decode.js";
import { decodeYamlFile, parseYamlFile } from "../../src/parse/yaml-documents.js";
import { fixture } from "./fixtures.js";

const names = readdirSync(fileURLToPath(new URL("../fixtures/parse/", import.meta.url))).sort();

const scalars = [
  "port: 80\nother: 0x50\noctal: 0o17\nfloat: 1.5e3\n",
  "flags: [true, false, null, ~, yes, no, on, off]\n",
  "version: 1.10\nleading: 0777\ndate: 2024-01-01\n",
  "quoted: \"80\"\nsingle: 'a: b'\nblock: |\n  line one\n  line two\nfolded: >-\n  a\n  b\n",
  "empty:\nlist: []\nmap: {}\n",
];

/**
 * The fast decoder (js-yaml, JSON.parse) and the `yaml` package must agree on
 * every value, or a file would decode differently depending on whether it had a
 * mistake elsewhere.
 */
describe("the fast and the exact decoder agree", () => {
  it.each(names)("on fixture %s", (name) => {
    const file = fixture(name);
    const text = file.text.replace(/^\uFEFF/, "");
    const fast = decodeFast(text, name.endsWith(".json") ? "json" : "yaml");
    if (fast === null) return; // not for the fast path: errors, anchors or Helm
    const exact = decodeYamlFile(name, parseYamlFile(text));
    expect(exact.map((d) => d.value)).toEqual(fast);
  });

  it.each(scalars)("on scalars %j", (text) => {
    const fast = decodeFast(text, "yaml");
    expect(fast).not.toBeNull();
    expect(decodeYamlFile("s.yaml", parseYamlFile(text)).map((d) => d.value)).toEqual(fast);
  });

  it.each([
    ["a repeated key", '{"a": 1, "b": {"c": 2}, "a": 3}'],
    ["a key repeated through an escape", '{"a": 1, "\\u0061": 2}'],
  ])("leaves JSON with %s to the exact decoder, which rejects it as YAML does", (_, text) => {
    expect(decodeFast(text, "json")).toBeNull();
    const exact = decodeYamlFile("d.json", parseYamlFile(text));
    expect(exact.flatMap((d) => d.diagnostics.map((x) => x.code))).toEqual(["duplicate-key"]);
  });

  it.each([
    ["keys and colons inside strings", '{"a": "x\\":y", "b": ":", "c": {"d\\"": [":"]}}'],
    ["an empty object and an escaped backslash", '{"e": {}, "f": "\\\\", "g": 1}'],
  ])("still decodes JSON with %s on the fast path", (_, text) => {
    expect(decodeFast(text, "json")).toEqual([JSON.parse(text)]);
  });

  it.each([
    ["an anchor", "a: &x 1\n"],
    ["an alias in a flow list", "a: [*x]\n"],
    ["a merge key", "<<: {a: 1}\n"],
  ])("never lets js-yaml see %s", (_, text) => {
    expect(decodeFast(text, "yaml")).toBeNull();
  });
});

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
    ["an anchor", "a: &x 1\n"],
    ["an alias in a flow list", "a: [*x]\n"],
    ["a merge key", "<<: {a: 1}\n"],
  ])("never lets js-yaml see %s", (_, text) => {
    expect(decodeFast(text, "yaml")).toBeNull();
  });
});

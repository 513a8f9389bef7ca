import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const action = parse(read("action.yml")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** The cells of the table row whose first cell is `` `name` ``, or null. */
function row(text: string, name: string): string[] | null {
  const line = text.split("\n").find((l) => l.startsWith(`| \`${name}\` |`));
  return line === undefined ? null : line.split("|").map((c) => c.trim());
}

describe.each(["README.md", "docs/action.md"])("%s documents the Action", (file) => {
  const text = read(file);
  it.each(Object.entries(action.inputs))("input %s, with action.yml's default", (name, spec) => {
    const cells = row(text, name);
    expect(cells, `no row for input ${name}`).not.toBeNull();
    expect(cells?.[2]).toBe(`\`${spec.default ?? ""}\``);
  });
  it.each(Object.keys(action.outputs))("output %s", (name) => {
    expect(row(text, name), `no row for output ${name}`).not.toBeNull();
  });
  it("shows fetch-depth: 2 and the permissions in its usage snippet", () => {
    expect(text).toMatch(/fetch-depth: 2/);
    expect(text).toMatch(/pull-requests: write/);
  });
});

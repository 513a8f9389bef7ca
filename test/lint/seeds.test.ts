import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeFixtures, FIXTURES } from "./helpers.js";

/**
 * Every seed fixture (test/fixtures/seeds, one article's example per file) through
 * the whole pipeline, each on its own as a reader would apply it, against a golden
 * list of `line:col severity code` per file. Reviewed by hand; regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/lint` and read the diff. The golden file lives
 * under fixtures, where Biome leaves generated JSON alone.
 */
const GOLDEN = fileURLToPath(new URL("../fixtures/lint/seeds.golden.json", import.meta.url));
const files = readdirSync(`${FIXTURES}seeds`)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

function actual(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of files) {
    const { model } = analyzeFixtures([`seeds/${file}`]);
    out[file] = model.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  }
  return out;
}

describe("seed fixtures", () => {
  const result = actual();
  if (process.env.UPDATE_GOLDEN === "1")
    writeFileSync(GOLDEN, `${JSON.stringify(result, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string[]>;

  it("covers every seed fixture", () => {
    expect(Object.keys(golden).sort()).toEqual(files);
  });

  it.each(files)("%s gives exactly the reviewed diagnostics", (file) => {
    expect(result[file]).toEqual(golden[file]);
  });
});

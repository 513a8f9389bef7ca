/**
 * Golden scenarios: every `test/scenarios/<name>/{base,head}` folder is diffed with
 * `diffDirectories` and rendered with the contract's JSON renderer; the result must
 * equal `expected.json` beside them. Regenerate all of them with
 *
 *     UPDATE_SCENARIOS=1 npx vitest run test/diff/scenarios
 *
 * and review the change in the git diff. On a mismatch `actual_expected.json` is
 * written next to the expected file (ignored by git) for a side-by-side look.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDirectories } from "../../src/app/diff-revisions.js";
import { renderDiffJson } from "../../src/render/diff-json.js";

const ROOT = join(import.meta.dirname, "..", "scenarios");
const UPDATE = process.env.UPDATE_SCENARIOS === "1";

const names = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, "base")))
  .map((d) => d.name)
  .sort();

describe("diff scenarios", () => {
  it("there are scenarios to run", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)("%s", async (name) => {
    const dir = join(ROOT, name);
    const run = await diffDirectories(join(dir, "base"), join(dir, "head"));
    // Labels are the folder names, not absolute paths, so the file is the same everywhere.
    const json = renderDiffJson({
      diff: run.diff,
      base: { label: "base" },
      head: { label: "head" },
    });
    const expectedPath = join(dir, "expected.json");
    const actualPath = join(dir, "actual_expected.json");
    if (UPDATE) {
      writeFileSync(expectedPath, json);
      rmSync(actualPath, { force: true });
      return;
    }
    const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : "";
    if (json !== expected) writeFileSync(actualPath, json);
    else rmSync(actualPath, { force: true });
    expect(json).toBe(expected);
  });
});

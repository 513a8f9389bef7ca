/**
 * Golden scenarios: every `test/scenarios/<name>/{base,head}` folder is diffed with
 * `diffDirectories` and rendered with the contract's JSON renderer and the PR comment
 * renderer; the results must equal `expected.json` and `comment.md` beside them.
 * Regenerate all of them with `npm run scenarios:update`, i.e.
 *
 *     UPDATE_SCENARIOS=1 npx vitest run test/diff/scenarios
 *
 * and review the change in the git diff. On a mismatch `actual_<file>` is written next
 * to the expected file (ignored by git) for a side-by-side look.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDirectories } from "../../src/app/diff-revisions.js";
import { renderComment } from "../../src/render/comment.js";
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
    const comment = renderComment({
      diff: run.diff,
      base: { label: "base" },
      head: { label: "head" },
      marker: `reachdiff:${name}`,
    }).body;
    const results = [golden(dir, "expected.json", json), golden(dir, "comment.md", comment)];
    for (const r of results) expect(r.actual, r.file).toBe(r.expected);
  });
});

/** Compares (or, with UPDATE_SCENARIOS=1, rewrites) one golden file of a scenario. */
function golden(dir: string, file: string, actual: string) {
  const expectedPath = join(dir, file);
  const actualPath = join(dir, `actual_${file}`);
  if (UPDATE) {
    writeFileSync(expectedPath, actual);
    rmSync(actualPath, { force: true });
    return { file, actual, expected: actual };
  }
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : "";
  if (actual !== expected) writeFileSync(actualPath, actual);
  else rmSync(actualPath, { force: true });
  return { file, actual, expected };
}

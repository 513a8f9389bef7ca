import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "./runner.js";

const SCRIPT = join(import.meta.dirname, "../../scripts/release.mjs");

/** A repository whose `npm run package` writes `built` to dist/index.js, and a new dist/extra.js. */
function project(built: string): string {
  const dir = mkdtempSync(join(tmpdir(), "reachdiff-release-"));
  git(dir, "init", "-q", "-b", "main");
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist/index.js"), "committed\n");
  const fs = "require('fs')";
  const write = `${fs}.writeFileSync('dist/index.js', '${built}'); ${fs}.writeFileSync('dist/extra.js', '')`;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "x", version: "1.2.3", scripts: { package: `node -e "${write}"` } }),
  );
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "init");
  return dir;
}

describe("the release script", () => {
  it("refuses a stale dist/ and leaves the tree exactly as it was", () => {
    const dir = project("rebuilt");
    const r = spawnSync(process.execPath, [SCRIPT, "--dry-run"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/refused: dist\/ is stale/);
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(readFileSync(join(dir, "dist/index.js"), "utf8")).toBe("committed\n");
    expect(git(dir, "tag", "--list")).toBe("");
  });
});

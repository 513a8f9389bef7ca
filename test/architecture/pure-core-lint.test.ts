import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIOME = resolve("node_modules/.bin/biome");

interface Report {
  diagnostics: { category: string; location: { path: string; start: { line: number } } }[];
}

const probe = [
  'import { hostname } from "node:os";',
  'import { request } from "node:https";',
  'import { readFile } from "node:fs/promises";',
  'import { createHash } from "node:crypto";',
  'import { Octokit } from "@octokit/core";',
  'import { context } from "@actions/github";',
  'import simpleGit from "simple-git";',
  'import { $ } from "zx";',
  "export const env = process.env.HOME;",
  "export const now = Date.now();",
  "export const all = [hostname, request, readFile, createHash, Octokit, context, simpleGit, $];",
  "",
].join("\n");

/** The project's own biome.json, run on a probe file placed in each part of the pure core. */
describe("the lint rules keep the core pure", () => {
  const dir = mkdtempSync(join(tmpdir(), "reachdiff-pure-core-"));
  const parts = ["parse", "model", "engine", "diff", "generate", "render"];
  let report: Report;
  beforeAll(async () => {
    copyFileSync("biome.json", join(dir, "biome.json"));
    for (const part of [...parts, "adapters"]) {
      mkdirSync(join(dir, "src", part), { recursive: true });
      writeFileSync(join(dir, "src", part, "probe.ts"), probe);
    }
    const result = await run(BIOME, ["lint", "--reporter=json", "src"], { cwd: dir }).catch(
      (e: { stdout: string }) => e,
    );
    report = JSON.parse(result.stdout) as Report;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const flagged = (part: string): number[] =>
    report.diagnostics
      .filter((d) => d.location.path === `src/${part}/probe.ts`)
      .filter((d) => /noRestricted(Imports|Globals)/.test(d.category))
      .map((d) => d.location.start.line)
      .sort((a, b) => a - b);

  it.each(parts)(
    "src/%s may not import Node's I/O modules, GitHub, git or zx, nor read process or Date",
    (part) => {
      // Every line of the probe but node:crypto (line 4), which the core uses for hashes.
      expect(flagged(part)).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10]);
    },
  );

  it("leaves src/adapters free to do I/O", () => {
    expect(flagged("adapters")).toEqual([]);
  });
});

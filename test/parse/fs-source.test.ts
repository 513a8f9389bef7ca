import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSources } from "../../src/adapters/fs-source.js";

let root = "";

/** Writes `files` (relative path → text) under the temp root. */
async function tree(files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(root, rel);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), "reachdiff-fs-")));
  await tree({
    "repo/policies/a.yaml": "a",
    "repo/policies/nested/b.yml": "b",
    "repo/policies/nested/deeper/c.json": "{}",
    "repo/policies/nested/UPPER.YAML": "u",
    "repo/policies/readme.md": "not a manifest",
    "repo/policies/node_modules/pkg/x.yaml": "skipped",
    "repo/policies/.git/config.yaml": "skipped",
    "repo/notes.txt": "named explicitly",
    "outside/secret.yaml": "must not be read",
  });
  const link = (target: string, at: string) => symlink(target, path.join(root, at));
  await link("../../outside", "repo/policies/out-dir");
  await link("../../outside/secret.yaml", "repo/policies/out-file.yaml");
  await link("nested", "repo/policies/in-dir");
  await link(".", "repo/policies/nested/loop");
  await link("missing.yaml", "repo/policies/dangling.yaml");
  await link("../../outside/secret.yaml", "repo/policies/not-a-manifest.txt");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("readSources", () => {
  it("walks directories for .yaml, .yml and .json, skipping node_modules and .git, each file once", async () => {
    const { files } = await readSources(["policies"], { cwd: path.join(root, "repo") });
    expect(files.map((f) => f.path)).toEqual([
      "policies/a.yaml",
      "policies/nested/UPPER.YAML",
      "policies/nested/b.yml",
      "policies/nested/deeper/c.json",
    ]);
    expect(files[0]?.text).toBe("a");
  });

  it.each([
    [
      "a symlinked directory outside the root is refused with a warning",
      "policies/out-dir",
      "warning symlink-outside-root",
    ],
    [
      "a symlinked file outside the root is refused with a warning",
      "policies/out-file.yaml",
      "warning symlink-outside-root",
    ],
    [
      "a dangling symlink to a manifest is unreadable",
      "policies/dangling.yaml",
      "error unreadable-path",
    ],
  ])("%s", async (_, file, expected) => {
    const { diagnostics } = await readSources(["policies"], { cwd: path.join(root, "repo") });
    const found = diagnostics.filter((d) => d.file === file);
    expect(found.map((d) => `${d.severity} ${d.code} @${d.line}:${d.column}`)).toEqual([
      `${expected} @1:1`,
    ]);
  });

  it("reports nothing else: no warning for links that are not manifests, none for links inside the root", async () => {
    const { diagnostics } = await readSources(["policies"], { cwd: path.join(root, "repo") });
    expect(diagnostics.map((d) => d.file)).toEqual([
      "policies/dangling.yaml",
      "policies/out-dir",
      "policies/out-file.yaml",
    ]);
  });

  it("reads an explicitly named file whatever its extension, relative paths with forward slashes", async () => {
    const cwd = path.join(root, "repo");
    const { files, diagnostics } = await readSources(["notes.txt", "./policies/nested/b.yml"], {
      cwd,
    });
    expect(files.map((f) => f.path)).toEqual(["notes.txt", "policies/nested/b.yml"]);
    expect(diagnostics).toEqual([]);
  });

  it("accepts absolute paths and makes them relative to cwd", async () => {
    const cwd = path.join(root, "repo");
    const { files } = await readSources([path.join(cwd, "policies", "a.yaml")], { cwd });
    expect(files.map((f) => f.path)).toEqual(["policies/a.yaml"]);
  });

  it("reports a path that does not exist as unreadable, and still reads the others", async () => {
    const cwd = path.join(root, "repo");
    const { files, diagnostics } = await readSources(["nope", "policies/a.yaml"], { cwd });
    expect(files.map((f) => f.path)).toEqual(["policies/a.yaml"]);
    expect(diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`)).toEqual([
      "nope error unreadable-path",
    ]);
    expect(diagnostics[0]?.message).toContain("no such file");
  });

  it("reads a file reached twice (named and walked) only once", async () => {
    const cwd = path.join(root, "repo");
    const { files } = await readSources(["policies/a.yaml", "policies"], { cwd });
    expect(files.filter((f) => f.path === "policies/a.yaml")).toHaveLength(1);
  });
});

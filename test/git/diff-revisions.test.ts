import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitSourceError } from "../../src/adapters/git-source.js";
import {
  diffDirectories,
  diffRevisions,
  mergeCommitPair,
  PathNotFoundError,
} from "../../src/app/diff-revisions.js";
import { expandChanges } from "../../src/diff/index.js";
import type { DiffRun } from "../../src/diff/types.js";
import {
  createPullRequestRepo,
  createRepo,
  removeTempRepos,
  shallowClone,
} from "../support/git-repo.js";
import { DEFAULT_DENY_INGRESS, deploymentYaml, namespaceYaml } from "./manifests.js";

afterAll(removeTempRepos);

const BASE = {
  "k8s/ns.yaml": namespaceYaml("shop"),
  "k8s/apps.yaml": `${deploymentYaml("shop", "web", { app: "web" })}---\n${deploymentYaml("shop", "db", { app: "db" })}`,
};

function summary(run: DiffRun): { opened: string[]; closed: string[] } {
  const text = (list: ReturnType<typeof expandChanges>) =>
    list.map((c) => `${c.src} -> ${c.dst} ${c.cause} [${c.policies.join(",")}]`);
  return {
    opened: text(expandChanges(run.diff.opened)),
    closed: text(expandChanges(run.diff.closed)),
  };
}

describe("diffRevisions", () => {
  it("diffs two commits: a default deny closes ingress to every workload of the namespace", async () => {
    const repo = createRepo();
    const base = repo.commit("base", BASE);
    const head = repo.commit("deny", { "k8s/deny.yaml": DEFAULT_DENY_INGRESS("shop") });
    const run = await diffRevisions({ repoDir: repo.dir, base, head, paths: ["k8s"] });
    expect(run.base).toMatchObject({ sha: base, label: base.slice(0, 7) });
    expect(run.head).toMatchObject({ sha: head, label: head.slice(0, 7) });
    const { opened, closed } = summary(run);
    expect(opened).toEqual([]);
    expect(closed).toContain(
      "shop/web[Deployment] -> shop/db[Deployment] policy [shop/default-deny]",
    );
    expect(closed).toContain(
      "0.0.0.0-255.255.255.255 -> shop/web[Deployment] policy [shop/default-deny]",
    );
    expect(run.diff.policyChanges).toEqual([
      {
        id: "shop/default-deny",
        change: "added",
        origin: expect.objectContaining({ file: "k8s/deny.yaml" }),
      },
    ]);
  });

  it("without --head the head is the working tree, uncommitted edits included", async () => {
    const repo = createRepo();
    repo.commit("base", BASE);
    repo.write({ "k8s/deny.yaml": DEFAULT_DENY_INGRESS("shop") });
    const run = await diffRevisions({ repoDir: repo.dir, base: "HEAD", paths: ["k8s"] });
    expect(run.head).toMatchObject({ sha: null, label: "working tree" });
    expect(summary(run).closed.length).toBeGreaterThan(0);
  });

  it("the same tree at both revisions is no change", async () => {
    const repo = createRepo();
    repo.commit("base", BASE);
    repo.commit("docs only", { "README.md": "# hello\n" });
    const run = await diffRevisions({ repoDir: repo.dir, base: "HEAD~1", head: "HEAD", paths: [] });
    expect(run.diff.opened).toEqual([]);
    expect(run.diff.closed).toEqual([]);
    expect(run.diff.policyChanges).toEqual([]);
  });

  it("refuses an option as a revision with exit code 2", async () => {
    const repo = createRepo();
    repo.commit("base", BASE);
    await expect(
      diffRevisions({ repoDir: repo.dir, base: "--upload-pack=x", paths: [] }),
    ).rejects.toBeInstanceOf(GitSourceError);
  });

  it("on a PR merge commit in a depth-1 clone, HEAD^1..HEAD is the PR's change", async () => {
    const pr = createPullRequestRepo(BASE, { "k8s/deny.yaml": DEFAULT_DENY_INGRESS("shop") });
    const clone = shallowClone(pr.repo);
    expect(await mergeCommitPair(clone.dir)).toEqual({ base: pr.main, head: pr.merge });
    const run = await diffRevisions({
      repoDir: clone.dir,
      base: "HEAD^1",
      head: "HEAD",
      paths: ["k8s"],
    });
    expect(run.diff.policyChanges.map((c) => c.id)).toEqual(["shop/default-deny"]);
  });

  it("a commit with one parent is not a merge commit", async () => {
    const repo = createRepo();
    repo.commit("base", BASE);
    expect(await mergeCommitPair(repo.dir)).toBeNull();
  });
});

describe("diffDirectories", () => {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  const folder = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-dir-"));
    made.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it("diffs two folders without git, file names relative to each folder", async () => {
    const base = folder(BASE);
    const head = folder({ ...BASE, "k8s/deny.yaml": DEFAULT_DENY_INGRESS("shop") });
    const run = await diffDirectories(base, head);
    expect(run.base.sha).toBeNull();
    expect(run.diff.policyChanges[0]?.origin.file).toBe("k8s/deny.yaml");
    expect(summary(run).closed.length).toBeGreaterThan(0);
  });

  it("a named path in neither folder is refused as unreadable-path, not 'no change'", async () => {
    const base = folder(BASE);
    const head = folder(BASE);
    const refused = diffDirectories(base, head, { paths: ["k8s", "missing"] });
    await expect(refused).rejects.toBeInstanceOf(PathNotFoundError);
    await expect(refused).rejects.toMatchObject({
      diagnostics: [{ code: "unreadable-path", severity: "error", file: "missing" }],
    });
  });
});

describe("a named path that exists on one side only", () => {
  const SHOP = {
    "k8s/ns.yaml": namespaceYaml("shop"),
    "k8s/shop/apps.yaml": BASE["k8s/apps.yaml"],
    "k8s/shop/deny.yaml": DEFAULT_DENY_INGRESS("shop"),
  };

  it("is an empty side, with a warning, the same with --head REV, the working tree and --head-dir", async () => {
    const repo = createRepo();
    const base = repo.commit("base", SHOP);
    repo.git("rm", "-r", "--quiet", "k8s/shop");
    const head = repo.commit("remove shop");
    const paths = ["k8s/shop"];
    const byRevision = await diffRevisions({ repoDir: repo.dir, base, head, paths });
    const byWorkingTree = await diffRevisions({ repoDir: repo.dir, base, paths });
    const baseDir = mkdtempSync(join(tmpdir(), "reachdiff-side-"));
    const headDir = mkdtempSync(join(tmpdir(), "reachdiff-side-"));
    try {
      for (const [path, text] of Object.entries(SHOP)) {
        mkdirSync(dirname(join(baseDir, path)), { recursive: true });
        writeFileSync(join(baseDir, path), text);
      }
      const byFolders = await diffDirectories(baseDir, headDir, { paths });
      for (const run of [byRevision, byWorkingTree, byFolders]) {
        expect(run.head.model.incomplete).toBe(false);
        expect(run.head.model.workloads).toEqual([]);
        expect(run.head.model.diagnostics).toMatchObject([
          { code: "path-not-on-side", severity: "warning", file: "k8s/shop" },
        ]);
        expect(summary(run)).toEqual(summary(byRevision));
      }
      expect(summary(byRevision).closed.length).toBeGreaterThan(0);
    } finally {
      rmSync(baseDir, { recursive: true, force: true });
      rmSync(headDir, { recursive: true, force: true });
    }
  });

  it("a folder the change adds is an empty base, with an info there", async () => {
    const repo = createRepo();
    const base = repo.commit("base", { "k8s/ns.yaml": namespaceYaml("shop") });
    const head = repo.commit("add shop", SHOP);
    const run = await diffRevisions({ repoDir: repo.dir, base, head, paths: ["k8s/shop"] });
    expect(run.base.model.diagnostics).toMatchObject([
      { code: "path-not-on-side", severity: "info", file: "k8s/shop" },
    ]);
    expect(summary(run).opened.length).toBeGreaterThan(0);
  });

  it("a path at neither revision is refused as unreadable-path, with --head REV and the working tree", async () => {
    const repo = createRepo();
    const base = repo.commit("base", BASE);
    const head = repo.commit("docs", { "README.md": "# hi\n" });
    // One at a time: a second promise made up front would reject before it is awaited.
    for (const run of [
      () => diffRevisions({ repoDir: repo.dir, base, head, paths: ["k8s", "nope"] }),
      () => diffRevisions({ repoDir: repo.dir, base, paths: ["nope"] }),
    ]) {
      await expect(run()).rejects.toMatchObject({
        name: "PathNotFoundError",
        diagnostics: [{ code: "unreadable-path", file: "nope" }],
      });
    }
  });
});

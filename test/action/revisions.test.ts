import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvent } from "../../src/action/event.js";
import { planRevisions } from "../../src/action/revisions.js";
import { git } from "./runner.js";

/** A dev repository and a bare origin; commits are made in `dev` and pushed as needed. */
function repos(): { root: string; dev: string; origin: string } {
  const root = mkdtempSync(join(tmpdir(), "reachdiff-revisions-"));
  const origin = join(root, "origin.git");
  const dev = join(root, "dev");
  mkdirSync(dev);
  git(root, "init", "-q", "--bare", "-b", "main", origin);
  git(dev, "init", "-q", "-b", "main");
  return { root, dev, origin };
}

function commit(dir: string, files: Record<string, string>, message: string): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
  return git(dir, "rev-parse", "HEAD");
}

/** A workspace cloned from `origin` the way actions/checkout does, HEAD detached on `ref`. */
function checkout(root: string, origin: string, ref: string, depth: number | null): string {
  const ws = mkdtempSync(join(root, "workspace-"));
  git(ws, "init", "-q");
  git(ws, "remote", "add", "origin", `file://${origin}`);
  const deep = depth === null ? [] : [`--depth=${depth}`];
  git(ws, "fetch", "-q", "--no-tags", ...deep, "origin", `+${ref}:refs/remotes/checkout`);
  git(ws, "checkout", "-q", "--detach", "refs/remotes/checkout");
  return ws;
}

function prEvent(name: string, baseSha: string, headSha: string) {
  return parseEvent(
    name,
    {
      number: 1,
      pull_request: {
        number: 1,
        base: { sha: baseSha, repo: { full_name: "acme/infra" } },
        head: { sha: headSha, ref: "feature", repo: { full_name: "acme/infra" } },
      },
    },
    "acme/infra",
  );
}

const quiet = { info: () => {}, warning: () => {} };

describe("which revisions a pull request compares", () => {
  it("compares the payload's base and head when the checked-out base tip merged an earlier PR", async () => {
    const { root, dev, origin } = repos();
    commit(dev, { "a.yaml": "a: 1\n" }, "base");
    git(dev, "checkout", "-q", "-b", "old");
    commit(dev, { "old.yaml": "old: 1\n" }, "an earlier PR");
    git(dev, "checkout", "-q", "main");
    commit(dev, { "b.yaml": "b: 1\n" }, "unrelated");
    git(dev, "merge", "-q", "--no-ff", "-m", "Merge PR #0", "old");
    const baseSha = git(dev, "rev-parse", "HEAD");
    git(dev, "checkout", "-q", "-b", "feature");
    const headSha = commit(dev, { "c.yaml": "c: 1\n" }, "this PR");
    git(dev, "push", "-q", origin, "main", "feature");
    const ws = checkout(root, origin, "refs/heads/main", 1);
    const plan = await planRevisions(prEvent("pull_request_target", baseSha, headSha), ws, quiet);
    expect(plan).toMatchObject({ kind: "diff", base: baseSha, head: headSha });
  });

  it("compares the payload's SHAs, not HEAD^1, on a checkout of a PR head that merged its base", async () => {
    const { root, dev, origin } = repos();
    const branchPoint = commit(dev, { "a.yaml": "a: 1\n" }, "base");
    git(dev, "checkout", "-q", "-b", "feature");
    commit(dev, { "c.yaml": "c: 1\n" }, "this PR");
    git(dev, "checkout", "-q", "main");
    const baseSha = commit(dev, { "b.yaml": "b: 1\n" }, "main moves on");
    git(dev, "checkout", "-q", "feature");
    git(dev, "merge", "-q", "--no-ff", "-m", "Merge main into feature", "main");
    const headSha = git(dev, "rev-parse", "HEAD");
    git(dev, "push", "-q", origin, "main", "feature");
    const ws = checkout(root, origin, "refs/heads/feature", null);
    const plan = await planRevisions(prEvent("pull_request", baseSha, headSha), ws, quiet);
    // The head merged main, so the merge base is main's tip: only the PR's own change shows.
    expect(plan).toMatchObject({ kind: "diff", base: baseSha, head: headSha });
    expect(plan.kind === "diff" && plan.base).not.toBe(branchPoint);
  });

  it("compares the merge base with the head when the base branch moved on after the PR branched", async () => {
    const { root, dev, origin } = repos();
    const branchPoint = commit(dev, { "a.yaml": "a: 1\n" }, "base");
    git(dev, "checkout", "-q", "-b", "feature");
    const headSha = commit(dev, { "c.yaml": "c: 1\n" }, "this PR");
    git(dev, "checkout", "-q", "main");
    const baseSha = commit(dev, { "b.yaml": "b: 1\n" }, "main moves on");
    git(dev, "push", "-q", origin, "main", "feature");
    const ws = checkout(root, origin, "refs/heads/main", null);
    git(ws, "fetch", "-q", "origin", "feature");
    const plan = await planRevisions(prEvent("pull_request_target", baseSha, headSha), ws, quiet);
    expect(plan).toMatchObject({ kind: "diff", base: branchPoint, head: headSha });
    expect(plan.why).toMatch(/merge base/);
  });

  it("compares HEAD^1 with HEAD on the PR's merge commit", async () => {
    const { root, dev, origin } = repos();
    commit(dev, { "a.yaml": "a: 1\n" }, "base");
    git(dev, "checkout", "-q", "-b", "feature");
    const headSha = commit(dev, { "c.yaml": "c: 1\n" }, "this PR");
    git(dev, "checkout", "-q", "main");
    const baseSha = commit(dev, { "b.yaml": "b: 1\n" }, "main moves on");
    git(dev, "merge", "-q", "--no-ff", "-m", "Merge feature", "feature");
    const mergeSha = git(dev, "rev-parse", "HEAD");
    git(dev, "push", "-q", origin, `${mergeSha}:refs/pull/1/merge`);
    const ws = checkout(root, origin, "refs/pull/1/merge", 2);
    const plan = await planRevisions(prEvent("pull_request", baseSha, headSha), ws, quiet);
    expect(plan).toMatchObject({ kind: "diff", base: baseSha, head: mergeSha });
    expect(plan.why).toMatch(/HEAD\^1 with HEAD/);
  });
});

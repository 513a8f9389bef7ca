import { simpleGit } from "simple-git";

/**
 * The few git questions the Action asks beyond reading trees (adapters/git-source.ts):
 * whether a commit is in the clone, fetching a PR's head ref, and the merge base. Every
 * argument is a commit id or a ref built from the PR number: nothing from the payload's text
 * (branch names, titles) reaches a command line.
 */

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** True when `sha` names a commit object present in the clone. */
export async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  if (!SHA.test(sha)) return false;
  try {
    await simpleGit({ baseDir: repoDir }).raw(["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches `refs/pull/<number>/head` from `origin` into `refs/remotes/pull/<number>/head`:
 * the one ref that always holds a PR's head, a fork's included. Depth 1 in a shallow clone
 * (as the git reader fetches), the missing history otherwise, so the merge base stays
 * findable. Returns git's first error line, or null when the fetch worked.
 */
export async function fetchPullHead(repoDir: string, number: number): Promise<string | null> {
  if (!Number.isSafeInteger(number) || number <= 0) return `not a pull request number: ${number}`;
  try {
    const shallow = await isShallowClone(repoDir);
    const ref = `refs/pull/${number}/head`;
    await simpleGit({ baseDir: repoDir }).raw([
      "fetch",
      "--quiet",
      "--no-tags",
      ...(shallow ? ["--depth=1"] : []),
      "origin",
      `+${ref}:refs/remotes/pull/${number}/head`,
    ]);
    return null;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).trim().split("\n")[0] ?? "";
  }
}

/** The best common ancestor of two commits, or null when the clone's history cannot tell. */
export async function mergeBase(repoDir: string, a: string, b: string): Promise<string | null> {
  if (!SHA.test(a) || !SHA.test(b)) return null;
  try {
    const out = (await simpleGit({ baseDir: repoDir }).raw(["merge-base", a, b])).trim();
    return SHA.test(out) ? out : null;
  } catch {
    return null;
  }
}

/** True when the clone is shallow (actions/checkout's default `fetch-depth: 1`). */
export async function isShallowClone(repoDir: string): Promise<boolean> {
  try {
    const out = await simpleGit({ baseDir: repoDir }).raw(["rev-parse", "--is-shallow-repository"]);
    return out.trim() === "true";
  } catch {
    return false;
  }
}

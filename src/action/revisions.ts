import { openGitReader } from "../adapters/git-source.js";
import type { ActionEvent } from "./event.js";

/** What the run compares. */
export type RevisionPlan =
  | {
      readonly kind: "diff";
      readonly base: string;
      readonly head: string;
      /** One line for the log: why these two. */
      readonly why: string;
    }
  | { readonly kind: "analyze"; readonly why: string };

/**
 * Picks the two revisions (issue 4, "Revisions"):
 * - a PR whose checkout is the merge commit (two parents, what actions/checkout gives for
 *   `pull_request`): `HEAD^1` (the target branch) against `HEAD` (the result of merging);
 * - any other PR checkout (`pull_request_target` checks out the base branch): the payload's
 *   base and head SHAs. The head is read as data from git objects, never checked out;
 * - `push`: the previous commit (`before`) against the pushed one; a new branch compares
 *   the pushed commit with its first parent;
 * - anything else: analyze only.
 * Missing commits are fetched (depth 1) by the git reader when the diff reads them, and a
 * failure there names `fetch-depth`.
 */
export async function planRevisions(event: ActionEvent, repoDir: string): Promise<RevisionPlan> {
  switch (event.kind) {
    case "analyze":
      return { kind: "analyze", why: `the ${event.name} event has nothing to compare` };
    case "pull-request": {
      const merge = await mergeParents(repoDir);
      if (merge !== null) {
        return {
          kind: "diff",
          base: merge.base,
          head: merge.head,
          why: `HEAD is the merge commit of PR #${event.number}: comparing HEAD^1 with HEAD`,
        };
      }
      return {
        kind: "diff",
        base: event.baseSha,
        head: event.headSha,
        why: `PR #${event.number}: comparing the base ${short(event.baseSha)} with the head ${short(event.headSha)}`,
      };
    }
    case "push": {
      const before = event.before ?? (await firstParent(repoDir, event.after));
      if (before === null) return { kind: "analyze", why: "the pushed commit has no parent" };
      return {
        kind: "diff",
        base: before,
        head: event.after,
        why: `push: comparing ${short(before)} with ${short(event.after)}`,
      };
    }
  }
}

async function mergeParents(repoDir: string): Promise<{ base: string; head: string } | null> {
  const git = openGitReader(repoDir);
  try {
    const head = await git.resolve("HEAD");
    const parents = await git.parents(head);
    return parents.length === 2 && parents[0] ? { base: parents[0], head } : null;
  } finally {
    git.close();
  }
}

async function firstParent(repoDir: string, sha: string): Promise<string | null> {
  const git = openGitReader(repoDir);
  try {
    return (await git.parents(await git.resolve(sha)))[0] ?? null;
  } finally {
    git.close();
  }
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

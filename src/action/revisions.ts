import { GitSourceError, openGitReader } from "../adapters/git-source.js";
import type { ActionEvent } from "./event.js";
import { fetchPullHead, hasCommit, isShallowClone, mergeBase } from "./git-history.js";
import type { ActionIo } from "./io.js";

/** Where the planning says what it did instead of the obvious (the run's `ActionIo`). */
export type PlanLog = Pick<ActionIo, "info" | "warning">;

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
 * - a PR whose checkout is its merge commit (what actions/checkout gives for
 *   `pull_request`): `HEAD^1` (the target branch) against `HEAD` (the result of merging).
 *   Only a HEAD whose second parent is the PR's head is that merge commit: the tip of a
 *   base branch that merged an earlier PR (`pull_request_target`), or a PR head that merged
 *   its base (a checkout of `head.sha`), has two parents too;
 * - any other PR checkout: the payload's head against its base. When the clone's history
 *   shows where the PR branched, the base is the merge base of `base.sha` and `head.sha`
 *   (what "Files changed" shows), so changes made on the base branch after the branch
 *   point are not reported as reverted by the PR; otherwise `base.sha` itself. The head is
 *   read as data from git objects, never checked out;
 * - `push`: the previous commit (`before`) against the pushed one; a new branch compares
 *   the pushed commit with its first parent;
 * - anything else: analyze only.
 * Missing commits are fetched (depth 1) by the git reader when the diff reads them, and a
 * failure there names `fetch-depth`.
 */
export async function planRevisions(
  event: ActionEvent,
  repoDir: string,
  log: PlanLog,
): Promise<RevisionPlan> {
  switch (event.kind) {
    case "analyze":
      return { kind: "analyze", why: `the ${event.name} event has nothing to compare` };
    case "pull-request": {
      const merge = await mergeParents(repoDir);
      if (merge !== null && merge.second === event.headSha && merge.head !== event.baseSha) {
        return {
          kind: "diff",
          base: merge.base,
          head: merge.head,
          why: `HEAD is the merge commit of PR #${event.number}: comparing HEAD^1 with HEAD`,
        };
      }
      return planPayload(event, repoDir, log);
    }
    case "push":
      return planPush(event, repoDir, log);
  }
}

/**
 * `before` against `after`. A `before` that cannot be read (a force-push dropped it, or it
 * cannot be fetched) falls back to the first parent of `after`, with a warning: the
 * previous tip is unknown, and a fetch depth cannot bring back a commit the remote lost.
 */
async function planPush(
  event: Extract<ActionEvent, { kind: "push" }>,
  repoDir: string,
  log: PlanLog,
): Promise<RevisionPlan> {
  let before = event.before;
  if (before !== null) {
    const git = openGitReader(repoDir);
    try {
      before = await git.resolve(before);
    } catch (error) {
      if (!(error instanceof GitSourceError)) throw error;
      // Not git-source's fetch-depth hint: no depth brings back a commit the remote dropped.
      const why = event.forced
        ? "is gone after the force-push"
        : error.kind === "shallow-clone"
          ? "is not in the clone and cannot be fetched from origin"
          : `cannot be read (${error.message})`;
      log.warning(
        `reachdiff: the previous commit ${short(before)} ${why}; comparing the pushed commit with its first parent instead`,
      );
      before = null;
    } finally {
      git.close();
    }
  }
  before ??= await firstParent(repoDir, event.after);
  if (before === null) return { kind: "analyze", why: "the pushed commit has no parent" };
  return {
    kind: "diff",
    base: before,
    head: event.after,
    why: `push: comparing ${short(before)} with ${short(event.after)}`,
  };
}

/**
 * The payload's head against its base, or against the merge base when the base branch moved
 * on after the PR branched (and the clone holds enough history to tell).
 */
async function planPayload(
  event: Extract<ActionEvent, { kind: "pull-request" }>,
  repoDir: string,
  log: PlanLog,
): Promise<RevisionPlan> {
  // The head of a fork's PR is never in a checkout of the base: fetch the ref that holds it.
  const missing = !(await hasCommit(repoDir, event.headSha));
  let pullFetch: string | null = null;
  if (missing) {
    const ref = `refs/pull/${event.number}/head`;
    pullFetch = await fetchPullHead(repoDir, event.number);
    log.info(
      pullFetch === null
        ? `reachdiff: the PR head ${short(event.headSha)} was not in the checkout: fetched ${ref} from origin`
        : `reachdiff: the PR head ${short(event.headSha)} was not in the checkout, and fetching ${ref} failed (${pullFetch})`,
    );
  }
  const git = openGitReader(repoDir);
  let base: string;
  let head: string;
  try {
    // Resolving fetches what the checkout lacks (depth 1), before the merge base is asked.
    base = await git.resolve(event.baseSha);
    try {
      head = await git.resolve(event.headSha);
    } catch (error) {
      if (!(error instanceof GitSourceError) || !missing) throw error;
      throw new GitSourceError(error.kind, headMissing(event, pullFetch, error.detail));
    }
  } finally {
    git.close();
  }
  const pr = `PR #${event.number}`;
  const found = await mergeBase(repoDir, base, head);
  if (found !== null && found !== base) {
    return {
      kind: "diff",
      base: found,
      head,
      why: `${pr}: the base ${short(base)} moved on after the PR branched; comparing their merge base ${short(found)} with the head ${short(head)}, so only the PR's own change is shown`,
    };
  }
  const note =
    found === null && (await isShallowClone(repoDir))
      ? " (the shallow clone cannot show where the PR branched: if the base branch moved on since, its newer changes show as reverted; `fetch-depth: 0` on actions/checkout compares with the merge base)"
      : "";
  return {
    kind: "diff",
    base,
    head,
    why: `${pr}: comparing the base ${short(base)} with the head ${short(head)}${note}`,
  };
}

/**
 * Why the PR head is missing, and what helps. On `pull_request_target` the checkout is the
 * base branch, which never holds a fork's commits: no `fetch-depth` can help, the PR's ref
 * must be fetched, and on a private repository that takes credentials.
 */
function headMissing(
  event: Extract<ActionEvent, { kind: "pull-request" }>,
  pullFetch: string | null,
  reason: string,
): string {
  const ref = `refs/pull/${event.number}/head`;
  const tried =
    pullFetch === null
      ? `${ref} was fetched but no longer leads to it (the PR got new commits since this event; the next run reads them), and fetching the commit id failed (${reason})`
      : `fetching ${ref} failed (${pullFetch}), and so did fetching the commit id (${reason})`;
  const fix =
    event.name === "pull_request_target"
      ? `on pull_request_target the checkout is the base branch, which never holds the PR's commits, so fetch-depth cannot help: origin must serve ${ref}. On a private repository keep actions/checkout's credentials (persist-credentials: true, its default) so reachdiff can fetch it, or fetch ${ref} from origin in an earlier step`
      : `fetch ${ref} from origin in an earlier step, or set \`fetch-depth: 0\` on actions/checkout`;
  return `the PR head ${event.headSha} is not in this clone: ${tried}. Fix: ${fix}.`;
}

async function mergeParents(
  repoDir: string,
): Promise<{ base: string; second: string; head: string } | null> {
  const git = openGitReader(repoDir);
  try {
    const head = await git.resolve("HEAD");
    const [first, second, ...more] = await git.parents(head);
    return first && second && more.length === 0 ? { base: first, second, head } : null;
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

import type { GitHubClient } from "./github-client.js";
import { classifyGitHubError, isBodyTooLong, statusOf } from "./github-errors.js";

export type CommentMode = "update" | "new" | "off";

/** Where a PR's comments live. */
export interface IssueRef {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

export interface StickyCommentRequest {
  readonly issue: IssueRef;
  readonly mode: CommentMode;
  /** The hidden marker that identifies our comment (`commentMarker` in src/render/marker.ts). */
  readonly marker: string;
  /** The full comment; it must contain `marker`. */
  readonly body: string;
  /** The counts-only form, posted once if GitHub answers 422 "body too long". */
  readonly smallBody: string;
  /**
   * False when there is nothing to report (no reachability change, no diagnostics): then
   * no comment is created, but an earlier one is updated to say so (`body` says it).
   */
  readonly changed: boolean;
  /**
   * What of a body counts when deciding "unchanged, no API call" (default: all of it). The
   * Action leaves out the link to the workflow run, which is new on every run.
   */
  readonly comparable?: (body: string) => string;
}

export type CommentOutcome =
  | { readonly kind: "off" }
  /** Nothing to say and nothing said before: no comment. */
  | { readonly kind: "none" }
  /** The earlier comment already says exactly this: no API call was made. */
  | { readonly kind: "unchanged"; readonly id: number; readonly url: string }
  | {
      readonly kind: "created" | "updated";
      readonly id: number;
      readonly url: string;
      /** True when the counts-only form was posted because the full one was too long. */
      readonly small: boolean;
      /** The earlier comment GitHub refused to let us edit, when a new one was posted instead. */
      readonly notEdited?: number;
    };

interface ListedComment {
  readonly id: number;
  readonly body?: string | undefined;
  readonly html_url: string;
  readonly user: { readonly login: string; readonly type: string } | null;
}

/**
 * Creates or updates reachdiff's comment on a PR (issue 4, "The comment"):
 * - `off`: nothing; `new`: a fresh comment each run (but none when nothing changed and
 *   nothing was said before);
 * - `update`: the newest comment that carries `marker` AND was written by the token's own
 *   identity is edited in place, and left alone (no API call) when its body is the same
 *   (as `comparable` sees it);
 *   when GitHub refuses the edit (403, 404) a new comment is posted instead.
 * Comments are listed page by page (a PR can have hundreds), so an old comment is found.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<CommentOutcome> {
  if (request.mode === "off") return { kind: "off" };
  const earlier = await findOwnComment(client, request.issue, request.marker);
  let notEdited: number | null = null;
  if (!request.changed && earlier === null) return { kind: "none" };
  if (request.mode === "update" && earlier !== null) {
    const view = request.comparable ?? ((body: string) => body);
    if (view(earlier.body ?? "") === view(request.body)) {
      return { kind: "unchanged", id: earlier.id, url: earlier.html_url };
    }
    try {
      return await withSmallFallback(request, (body) =>
        client.rest.issues
          .updateComment({
            owner: request.issue.owner,
            repo: request.issue.repo,
            comment_id: earlier.id,
            body,
          })
          .then((r) => ({ kind: "updated" as const, id: r.data.id, url: r.data.html_url })),
      );
    } catch (error) {
      // The comment may not be edited (not ours after all) or is gone: post a fresh one. A
      // token that may not comment at all fails again on the create, as a permission error.
      if (!isUneditable(error)) throw error;
      notEdited = earlier.id;
    }
  }
  const created = await withSmallFallback(request, (body) =>
    client.rest.issues
      .createComment({
        owner: request.issue.owner,
        repo: request.issue.repo,
        issue_number: request.issue.issueNumber,
        body,
      })
      .then((r) => ({ kind: "created" as const, id: r.data.id, url: r.data.html_url })),
  );
  return notEdited === null ? created : { ...created, notEdited };
}

/** 403 (not a rate limit) or 404 on an edit: the comment cannot be edited by this token. */
function isUneditable(error: unknown): boolean {
  const status = statusOf(error);
  return status === 404 || (status === 403 && classifyGitHubError(error).kind === "permission");
}

async function withSmallFallback(
  request: StickyCommentRequest,
  post: (body: string) => Promise<{ kind: "created" | "updated"; id: number; url: string }>,
): Promise<Extract<CommentOutcome, { kind: "created" | "updated" }>> {
  try {
    return { ...(await post(request.body)), small: false };
  } catch (error) {
    if (!isBodyTooLong(error) || request.smallBody === request.body) throw error;
    return { ...(await post(request.smallBody)), small: true };
  }
}

/**
 * GitHub Actions' own bot: whose comments a `GITHUB_TOKEN` writes, and the identity assumed
 * when the token cannot tell who it is.
 */
export const ACTIONS_BOT = "github-actions[bot]";

/**
 * The newest comment with the marker written by us. "Us" is the token's own login: from
 * `GET /user` for a user token (a PAT), else from GraphQL `viewer` (an installation token:
 * `GITHUB_TOKEN` is `github-actions[bot]`, an App's token `SLUG[bot]`), else, when neither
 * answers, `github-actions[bot]`. Any other author, a bot that quotes the marker included,
 * never captures the comment.
 */
export async function findOwnComment(
  client: GitHubClient,
  issue: IssueRef,
  marker: string,
): Promise<ListedComment | null> {
  const self = await ownLogin(client);
  const isOurs = (c: ListedComment): boolean =>
    c.user !== null && sameLogin(c.user.login, self) && (c.body ?? "").includes(marker);
  let found: ListedComment | null = null;
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      // Comments come oldest first; keep the last match, the one readers see most recently.
      if (isOurs(comment)) found = comment;
    }
  }
  return found;
}

/** GraphQL may name a bot without the `[bot]` that REST shows. */
function sameLogin(author: string, self: string): boolean {
  return author === self || (!self.endsWith("[bot]") && author === `${self}[bot]`);
}

async function ownLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return data.login;
  } catch (error) {
    const status = statusOf(error);
    // Installation tokens get 403 "Resource not accessible by integration"; ask GraphQL.
    if (status !== 403 && status !== 401 && status !== 404) throw error;
  }
  try {
    const data = await client.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    if (data.viewer.login) return data.viewer.login;
  } catch (error) {
    if (classifyGitHubError(error).kind === "transient") throw error;
  }
  return ACTIONS_BOT;
}

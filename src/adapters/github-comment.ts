import type { GitHubClient } from "./github-client.js";
import { isBodyTooLong, statusOf } from "./github-errors.js";

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
 *   identity is edited in place, and left alone (no API call) when its body is identical.
 * Comments are listed page by page (a PR can have hundreds), so an old comment is found.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<CommentOutcome> {
  if (request.mode === "off") return { kind: "off" };
  const earlier = await findOwnComment(client, request.issue, request.marker);
  if (!request.changed && earlier === null) return { kind: "none" };
  if (request.mode === "update" && earlier !== null) {
    if (earlier.body === request.body) {
      return { kind: "unchanged", id: earlier.id, url: earlier.html_url };
    }
    return withSmallFallback(request, (body) =>
      client.rest.issues
        .updateComment({
          owner: request.issue.owner,
          repo: request.issue.repo,
          comment_id: earlier.id,
          body,
        })
        .then((r) => ({ kind: "updated" as const, id: r.data.id, url: r.data.html_url })),
    );
  }
  return withSmallFallback(request, (body) =>
    client.rest.issues
      .createComment({
        owner: request.issue.owner,
        repo: request.issue.repo,
        issue_number: request.issue.issueNumber,
        body,
      })
      .then((r) => ({ kind: "created" as const, id: r.data.id, url: r.data.html_url })),
  );
}

async function withSmallFallback(
  request: StickyCommentRequest,
  post: (body: string) => Promise<{ kind: "created" | "updated"; id: number; url: string }>,
): Promise<CommentOutcome> {
  try {
    return { ...(await post(request.body)), small: false };
  } catch (error) {
    if (!isBodyTooLong(error) || request.smallBody === request.body) throw error;
    return { ...(await post(request.smallBody)), small: true };
  }
}

/**
 * The newest comment with the marker written by us. "Us" is the authenticated user when the
 * token can read `GET /user` (a PAT); an installation token (GITHUB_TOKEN, an App) cannot,
 * and its comments are the bot's (`user.type === "Bot"`, e.g. `github-actions[bot]`).
 * Requiring the author keeps anyone from hijacking the comment by pasting the marker.
 */
export async function findOwnComment(
  client: GitHubClient,
  issue: IssueRef,
  marker: string,
): Promise<ListedComment | null> {
  const self = await authenticatedLogin(client);
  const isOurs = (c: ListedComment): boolean =>
    c.user !== null &&
    (self !== null ? c.user.login === self : c.user.type === "Bot") &&
    (c.body ?? "").includes(marker);
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

async function authenticatedLogin(client: GitHubClient): Promise<string | null> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.type === "Bot" ? null : data.login;
  } catch (error) {
    const status = statusOf(error);
    // Installation tokens get 403 "Resource not accessible by integration"; fall back.
    if (status === 403 || status === 401 || status === 404) return null;
    throw error;
  }
}

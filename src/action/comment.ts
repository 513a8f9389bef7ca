import type { GitHubClient } from "../adapters/github-client.js";
import {
  type CommentMode,
  type IssueRef,
  upsertStickyComment,
} from "../adapters/github-comment.js";
import { classifyGitHubError } from "../adapters/github-errors.js";
import { commentMarker } from "../render/marker.js";
import type { ActionIo } from "./io.js";
import { type ActionReport, COMMENT_BUDGET, SMALL_COMMENT_BUDGET } from "./report.js";

export type PostOutcome =
  | { readonly kind: "posted"; readonly url: string }
  | { readonly kind: "none" }
  /** The step must fail with this message (the summary is already written). */
  | { readonly kind: "failed"; readonly message: string };

export interface PostRequest {
  readonly issue: IssueRef;
  readonly mode: CommentMode;
  readonly paths: readonly string[];
  readonly report: ActionReport;
}

/**
 * The PR comment, with the failure policy of issue 4: a token that may not comment (fork
 * PRs, read-only permissions) is a warning, not a failure; an API that keeps failing after
 * the retries fails the step with a message.
 */
export async function postComment(
  client: GitHubClient,
  io: ActionIo,
  request: PostRequest,
): Promise<PostOutcome> {
  const marker = commentMarker(request.paths);
  const withMarker = (body: string) => (body.includes(marker) ? body : `${marker}\n${body}`);
  try {
    const outcome = await upsertStickyComment(client, {
      issue: request.issue,
      mode: request.mode,
      marker,
      body: withMarker(request.report.render(COMMENT_BUDGET).body),
      smallBody: withMarker(request.report.render(SMALL_COMMENT_BUDGET).body),
      changed: request.report.worthSaying,
      comparable: withoutRunLinks,
    });
    switch (outcome.kind) {
      case "off":
      case "none":
        io.info("reachdiff: nothing to say and no earlier comment: no PR comment");
        return { kind: "none" };
      case "unchanged":
        io.info(`reachdiff: the PR comment is already up to date: ${outcome.url}`);
        return { kind: "posted", url: outcome.url };
      case "created":
      case "updated":
        if (outcome.small)
          io.warning("reachdiff: the full comment was too long; posted the counts only");
        if (outcome.notEdited !== undefined)
          io.warning(
            `reachdiff: GitHub refused to edit the earlier comment ${outcome.notEdited}; posted a new one`,
          );
        io.info(`reachdiff: PR comment ${outcome.kind}: ${outcome.url}`);
        return { kind: "posted", url: outcome.url };
    }
  } catch (error) {
    const failure = classifyGitHubError(error);
    switch (failure.kind) {
      case "permission": {
        const message =
          "reachdiff: the token may not comment on this pull request " +
          `(${failure.status} ${failure.message.split("\n")[0]}). This is expected on pull requests ` +
          "from forks; the report is in the job summary. Grant `pull-requests: write` to comment.";
        io.warning(message);
        await io.appendSummary(`\n> [!WARNING]\n> ${message}\n`);
        return { kind: "none" };
      }
      case "transient":
        return {
          kind: "failed",
          message: `GitHub kept failing while posting the PR comment (${failure.status}: ${failure.message}); the job summary has the report`,
        };
      case "other":
        return {
          kind: "failed",
          message: `GitHub refused the PR comment (${failure.status}: ${failure.message})`,
        };
    }
  }
}

/**
 * A comment body without the links to workflow runs (`…/actions/runs/ID`, the footer's "job
 * summary"): every run has a new one, and a rerun with the same findings must not edit the
 * comment (issue 4: "no API call when the body is unchanged"). The comment then keeps
 * linking the earlier run, whose summary says the same.
 */
export function withoutRunLinks(body: string): string {
  return body.replace(/\]\([^)\s]*\/actions\/runs\/\d+(?:\/attempts\/\d+)?\)/g, "](run)");
}

import type { GitHubClient } from "../adapters/github-client.js";
import { type CommitOnBranchRequest, commitOnBranch } from "../adapters/github-commit.js";
import { classifyGitHubError, messageOf } from "../adapters/github-errors.js";

export type EgressCommitOutcome =
  | { readonly kind: "committed"; readonly oid: string; readonly url: string }
  | { readonly kind: "nothing" }
  /** The branch is no longer at the analyzed head: nothing committed, a warning, re-run. */
  | { readonly kind: "moved"; readonly message: string }
  /** The token may not write contents (read-only `GITHUB_TOKEN`): a warning, the suggestion. */
  | { readonly kind: "permission"; readonly message: string }
  /** GitHub kept failing or refused: the step fails with this message. */
  | { readonly kind: "failed"; readonly message: string };

/** GraphQL answers 200 with `errors`; their type or message tells a refusal of rights. */
const GRAPHQL_PERMISSION = /FORBIDDEN|resource not accessible|must have (push|write)|permission/i;

/**
 * One `createCommitOnBranch` with the failure policy of the Action (issue 4 and 5): a
 * moved branch or missing `contents: write` is a warning (the run still reports), anything
 * still failing after the client's retries fails the step. Never retried by hand, never
 * forced: a branch that moved keeps its new commits.
 */
export async function commitEgressChanges(
  client: GitHubClient,
  request: CommitOnBranchRequest,
): Promise<EgressCommitOutcome> {
  try {
    const outcome = await commitOnBranch(client, request);
    return outcome.kind === "committed"
      ? { kind: "committed", oid: outcome.oid, url: outcome.url }
      : { kind: "nothing" };
  } catch (error) {
    const message = firstLine(messageOf(error));
    // commitOnBranch rewrites GitHub's STALE_DATA answer into "the branch … moved …".
    if (error instanceof Error && error.cause !== undefined && / moved after /.test(message)) {
      return { kind: "moved", message };
    }
    const failure = classifyGitHubError(error);
    if (
      failure.kind === "permission" ||
      (failure.status === 0 && GRAPHQL_PERMISSION.test(message))
    ) {
      return { kind: "permission", message };
    }
    if (failure.kind === "transient") {
      return {
        kind: "failed",
        message: `GitHub kept failing while committing the generated egress policies (${failure.status}: ${message})`,
      };
    }
    return {
      kind: "failed",
      message: `GitHub refused the commit of the generated egress policies (${failure.status ? `${failure.status}: ` : ""}${message})`,
    };
  }
}

function firstLine(text: string): string {
  const lines = text.split("\n").map((l) => l.replace(/^\s*-\s*/, "").trim());
  // Octokit's GraphQL errors start with "Request failed due to following response errors:".
  const useful = lines.find((l) => l !== "" && !/^Request failed due to/.test(l));
  return useful ?? lines[0] ?? text;
}

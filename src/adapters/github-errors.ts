/**
 * What a failed GitHub call means for the run. Octokit throws `RequestError` (with
 * `status`) for HTTP failures and `GraphqlResponseError` (with `errors`) for GraphQL ones;
 * both are read by shape so this file needs no Octokit internals.
 */
export type GitHubFailure =
  /** The token may not do this (fork PRs, read-only GITHUB_TOKEN): warn, do not fail. */
  | { readonly kind: "permission"; readonly status: number; readonly message: string }
  /** Still failing after the retries (5xx, rate limits, network): fail the step. */
  | { readonly kind: "transient"; readonly status: number; readonly message: string }
  /** Anything else (422, 404, a GraphQL error): fail the step with GitHub's message. */
  | { readonly kind: "other"; readonly status: number; readonly message: string };

const PERMISSION_MESSAGES = [
  /resource not accessible by (integration|personal access token)/i,
  /must have (admin|push|write) (rights|access)/i,
];

/** Classifies a thrown value from an Octokit call (status 0 when it had none). */
export function classifyGitHubError(error: unknown): GitHubFailure {
  const status = statusOf(error);
  const message = messageOf(error);
  if (status === 403 && /secondary rate limit|rate limit exceeded/i.test(message)) {
    return { kind: "transient", status, message };
  }
  if ((status === 403 || status === 401) && PERMISSION_MESSAGES.some((re) => re.test(message))) {
    return { kind: "permission", status, message };
  }
  if (status === 403 && /not accessible|permission/i.test(message)) {
    return { kind: "permission", status, message };
  }
  if (status >= 500 || status === 429 || (status === 0 && isNetworkError(message))) {
    return { kind: "transient", status, message };
  }
  return { kind: "other", status, message };
}

/** True for the 422 GitHub answers when a comment body is over its 65,536-character limit. */
export function isBodyTooLong(error: unknown): boolean {
  return statusOf(error) === 422 && /too long|maximum is|is too large/i.test(messageOf(error));
}

export function statusOf(error: unknown): number {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === "number") return status;
  }
  return 0;
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function isNetworkError(message: string): boolean {
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up|fetch failed/i.test(message);
}

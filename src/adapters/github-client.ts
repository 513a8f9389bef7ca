import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

/** Octokit with retry and throttling: what every GitHub adapter takes. */
const ReachdiffOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof ReachdiffOctokit>;

/** Where the client says what it is doing; the token is scrubbed before anything gets here. */
export interface GitHubLog {
  readonly debug: (message: string) => void;
  readonly warning: (message: string) => void;
}

export interface GitHubClientOptions {
  readonly token: string;
  /** `GITHUB_API_URL`: `https://api.github.com`, or `https://HOST/api/v3` on GHES. */
  readonly baseUrl?: string;
  /**
   * Milliseconds per "retry after" second (1000 in production). Both plugins scale their
   * waits by it, so tests can make a `retry-after: 1` cost a few milliseconds.
   */
  readonly retryBaseMs?: number;
  /** Retries of 5xx and other transient errors (the retry plugin's exponential back-off). */
  readonly retries?: number;
  /** Give a fresh id per client so throttling queues (1 s between writes) are not shared. */
  readonly throttleId?: string;
  readonly log?: GitHubLog;
}

/** Secondary limits: obey `retry-after` at most twice, and never wait more than 2 minutes. */
const MAX_LIMIT_RETRIES = 2;
const MAX_RETRY_AFTER_SECONDS = 120;

const DEFAULT_API_URL = "https://api.github.com";

/**
 * A GitHub REST + GraphQL client that retries what is worth retrying:
 * - 5xx and network errors: `retries` times with growing back-off (plugin-retry; 4xx such as
 *   403/404/422 are not retried, they will not change);
 * - secondary rate limits (403/429 whose message says so): after `retry-after`, bounded;
 * - the primary rate limit: only when the reset is near, bounded.
 * The token is only ever placed in the `authorization` header (which Octokit redacts from
 * errors) and is scrubbed from every log line.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? { debug: () => {}, warning: () => {} };
  const scrub = (text: string): string => redactToken(text, options.token);
  const base = options.retryBaseMs ?? 1000;
  const limitHandler =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const retrying = count < MAX_LIMIT_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS;
      log.warning(
        scrub(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${
            retrying ? `retrying after ${retryAfter} s` : "giving up"
          }.`,
        ),
      );
      return retrying;
    };
  return new ReachdiffOctokit({
    auth: options.token,
    baseUrl: stripTrailingSlash(options.baseUrl || DEFAULT_API_URL),
    userAgent: "reachdiff-action",
    log: {
      debug: (m: string) => log.debug(scrub(m)),
      info: (m: string) => log.debug(scrub(m)),
      // Octokit logs every failed request; the caller decides what is worth a warning.
      warn: (m: string) => log.debug(scrub(m)),
      error: (m: string) => log.debug(scrub(m)),
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      id: options.throttleId ?? "reachdiff",
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onSecondaryRateLimit: limitHandler("secondary"),
      onRateLimit: limitHandler("primary"),
    },
  });
}

/** Replaces every occurrence of the token (if any) in a text meant for a log. */
export function redactToken(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join("***") : text;
}

function stripTrailingSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}

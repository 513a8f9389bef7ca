/** Why a git revision could not be read. Every kind means exit 2 (contract.md, exit codes). */
export type GitSourceErrorKind =
  /** The text cannot be a revision (starts with `-`, empty, control characters). */
  | "invalid-revision"
  /** git does not resolve it to a commit. */
  | "unknown-revision"
  /** A shallow clone lacks the commit and fetching it failed. */
  | "shallow-clone"
  /** git itself failed (not a repository, a missing object, a dead child process). */
  | "git-failed";

/**
 * The one error the git adapter throws. The entry point turns it into a message on
 * stderr and exit code 2; it is never a diagnostic because no file is at fault.
 */
export class GitSourceError extends Error {
  readonly exitCode = 2;

  constructor(
    readonly kind: GitSourceErrorKind,
    message: string,
    /** What failed, without the advice (`fetching X from origin failed (…)`), for callers that advise otherwise. */
    readonly detail: string = message,
  ) {
    super(message);
    this.name = "GitSourceError";
  }
}

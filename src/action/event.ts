/** The workflow event, reduced to what reachdiff needs. */
export type ActionEvent =
  | {
      readonly kind: "pull-request";
      /** `pull_request` or `pull_request_target`. */
      readonly name: string;
      readonly number: number;
      readonly baseSha: string;
      readonly headSha: string;
      /** Branch name in the head repository. */
      readonly headRef: string;
      /** `owner/name` of the head repository (differs from the base one on a fork). */
      readonly headRepo: string;
      readonly fork: boolean;
    }
  | {
      readonly kind: "push";
      readonly before: string | null;
      readonly after: string;
      /** A force-push: `before` may be gone from the remote. */
      readonly forced: boolean;
    }
  /** `workflow_dispatch` and every other event: analyze the checkout, no diff, no comment. */
  | { readonly kind: "analyze"; readonly name: string };

const ZERO_SHA = /^0+$/;

/**
 * Reads `GITHUB_EVENT_NAME` and the JSON at `GITHUB_EVENT_PATH`. The payload is read as
 * data only: branch names and titles from a fork are never put in a command line.
 */
export function parseEvent(name: string, payload: unknown, repository: string): ActionEvent {
  const p = asRecord(payload);
  if (name === "pull_request" || name === "pull_request_target") {
    const pr = asRecord(p.pull_request);
    const base = asRecord(pr.base);
    const head = asRecord(pr.head);
    const headRepo = asRecord(head.repo);
    const number = typeof pr.number === "number" ? pr.number : Number(p.number);
    const baseSha = text(base.sha);
    const headSha = text(head.sha);
    if (!Number.isInteger(number) || baseSha === "" || headSha === "") {
      throw new Error(`the ${name} event payload has no pull_request number, base.sha or head.sha`);
    }
    // A deleted fork has `head.repo: null`: treat it as a fork (never commit to it).
    const headRepoName = text(headRepo.full_name);
    return {
      kind: "pull-request",
      name,
      number,
      baseSha,
      headSha,
      headRef: text(head.ref),
      headRepo: headRepoName,
      fork: headRepoName === "" || headRepoName.toLowerCase() !== repository.toLowerCase(),
    };
  }
  if (name === "push") {
    const after = text(p.after);
    const before = text(p.before);
    if (after === "" || ZERO_SHA.test(after))
      return { kind: "analyze", name: "push (branch deleted)" };
    return {
      kind: "push",
      before: before === "" || ZERO_SHA.test(before) ? null : before,
      after,
      forced: p.forced === true,
    };
  }
  return { kind: "analyze", name };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

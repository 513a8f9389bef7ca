import { compareText } from "../core/compare-text.js";
import type { GitHubClient } from "./github-client.js";

export interface FileAddition {
  /** Repository-relative, `/`-separated. */
  readonly path: string;
  /** UTF-8 text; sent base64-encoded as the API requires. */
  readonly contents: string;
}

export interface CommitOnBranchRequest {
  /** `owner/name` of the repository that holds the branch (the PR's head repository). */
  readonly repository: string;
  /** Branch name without `refs/heads/`. */
  readonly branch: string;
  /**
   * The commit the branch must still point at (the PR head we analyzed). GitHub refuses
   * the commit when the branch moved, so a concurrent push is never overwritten.
   */
  readonly expectedHeadOid: string;
  readonly headline: string;
  readonly body?: string;
  readonly additions: readonly FileAddition[];
  readonly deletions: readonly string[];
}

export type CommitOutcome =
  | { readonly kind: "nothing-to-commit" }
  | { readonly kind: "committed"; readonly oid: string; readonly url: string };

const MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid url }
  }
}`;

interface MutationResult {
  readonly createCommitOnBranch: {
    readonly commit: { readonly oid: string; readonly url: string };
  };
}

/**
 * One commit on `branch` whose parent is `expectedHeadOid`, through GraphQL
 * `createCommitOnBranch`: GitHub signs it (verified), it is never a force push, and it fails
 * safely when the branch has moved. No call at all when there is nothing to change.
 */
export async function commitOnBranch(
  client: GitHubClient,
  request: CommitOnBranchRequest,
): Promise<CommitOutcome> {
  if (request.additions.length === 0 && request.deletions.length === 0) {
    return { kind: "nothing-to-commit" };
  }
  if (!/^[0-9a-f]{40}$/.test(request.expectedHeadOid)) {
    throw new Error(`expectedHeadOid must be a full commit id, got "${request.expectedHeadOid}"`);
  }
  const additions = [...request.additions]
    .sort((a, b) => compareText(a.path, b.path))
    .map((f) => ({ path: f.path, contents: Buffer.from(f.contents, "utf8").toString("base64") }));
  const deletions = [...request.deletions].sort(compareText).map((path) => ({ path }));
  const input = {
    branch: { repositoryNameWithOwner: request.repository, branchName: request.branch },
    expectedHeadOid: request.expectedHeadOid,
    message: {
      headline: request.headline,
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    fileChanges: {
      ...(additions.length > 0 ? { additions } : {}),
      ...(deletions.length > 0 ? { deletions } : {}),
    },
  };
  try {
    const result = await client.graphql<MutationResult>(MUTATION, { input });
    const { oid, url } = result.createCommitOnBranch.commit;
    return { kind: "committed", oid, url };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/expected branch to point to|expectedHeadOid|stale/i.test(message)) {
      throw new Error(
        `the branch ${request.branch} moved after ${request.expectedHeadOid.slice(0, 7)} was analyzed; ` +
          "nothing was committed (the next run on the new head will try again)",
        { cause: error },
      );
    }
    throw error;
  }
}

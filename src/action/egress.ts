import { GitSourceError } from "../adapters/git-source.js";
import type { GitHubClient } from "../adapters/github-client.js";
import { egressCommitMessage } from "../app/generate-egress.js";
import { formatDiagnostic } from "../core/diagnostics.js";
import type { DnsTarget } from "../generate/types.js";
import type { ModelOptions } from "../model/types.js";
import { commitEgressChanges } from "./egress-commit.js";
import { type EgressSwitches, type HeadEgress, planHeadEgress } from "./egress-plan.js";
import {
  type CommitView,
  EGRESS_TITLE,
  type ExtraSection,
  egressSection,
} from "./egress-section.js";
import type { ActionEvent } from "./event.js";
import type { EgressMode } from "./inputs.js";
import type { ActionIo } from "./io.js";

export interface EgressStepRequest extends EgressSwitches {
  readonly mode: Exclude<EgressMode, "off">;
  readonly event: ActionEvent;
  readonly workspace: string;
  readonly paths: readonly string[];
  readonly egressDir: string;
  readonly model: ModelOptions;
  readonly dns: DnsTarget;
  /** The GitHub client, made on first use; null when there is no token. */
  readonly client: (() => GitHubClient) | null;
  readonly io: ActionIo;
}

/** What the egress step adds to the run. */
export interface EgressStepResult {
  /** The comment / summary section at a character budget. */
  section(budget: number): ExtraSection;
  /** True when the section is worth a comment on its own (a change, a commit, a failure). */
  readonly noteworthy: boolean;
  /** The step must fail with this (a failed proof, an unreadable head, GitHub refusing). */
  readonly failure: string | null;
  /** The commit made in `commit` mode. */
  readonly commit: { readonly oid: string; readonly url: string } | null;
}

/**
 * `generate-egress: suggest | commit` (issue 5, "In the Action"). Plans the egress of the
 * PR head from git objects, then either shows the change or commits it to the PR branch
 * with one `createCommitOnBranch` whose parent is the analyzed head. A fork, a run that is
 * not a pull request, a missing token or missing rights fall back to the suggestion.
 */
export async function runEgressStep(req: EgressStepRequest): Promise<EgressStepResult> {
  const { io, egressDir: dir } = req;
  const rev = headRevision(req.event);
  let head: HeadEgress;
  try {
    head = await planHeadEgress({
      workspace: req.workspace,
      rev,
      paths: req.paths,
      egressDir: dir,
      model: req.model,
      dns: req.dns,
      defaultDeny: req.defaultDeny,
      keepUnisolated: req.keepUnisolated,
    });
  } catch (error) {
    if (!(error instanceof GitSourceError)) throw error;
    const message = `generate-egress: cannot read the head ${rev}: ${error.message}`;
    return {
      section: () => ({ title: EGRESS_TITLE, body: `Not generated: ${message}` }),
      noteworthy: true,
      failure: message,
      commit: null,
    };
  }
  const fixed = (commit: CommitView, extra: Partial<EgressStepResult> = {}): EgressStepResult => ({
    section: (budget) =>
      egressSection(
        {
          dir,
          head,
          commit,
          switches: { defaultDeny: req.defaultDeny, keepUnisolated: req.keepUnisolated },
        },
        budget,
      ),
    noteworthy:
      head.kind !== "planned" ||
      head.changes.written.length + head.changes.removed.length > 0 ||
      commit.kind === "committed" ||
      commit.kind === "moved" ||
      commit.kind === "failed",
    failure: null,
    commit: null,
    ...extra,
  });

  switch (head.kind) {
    case "input-errors":
      io.warning("reachdiff: generate-egress: the head's manifests have errors; nothing generated");
      return fixed({ kind: "suggest" });
    case "conflict":
      if (head.paths.length > 0)
        io.warning(
          `reachdiff: generate-egress: ${head.paths.join(", ")} would be overwritten but reachdiff did not generate it; nothing generated`,
        );
      if (head.mixed.length > 0)
        io.warning(
          `reachdiff: generate-egress: ${head.mixed.join(", ")} mixes hand-written and generated policies (only some documents carry the managed-by label); it is neither overwritten nor removed, nothing generated`,
        );
      return fixed({ kind: "suggest" });
    case "proof-failed": {
      for (const d of head.plan.proof.diagnostics) io.error(formatDiagnostic(d));
      return fixed(
        { kind: "suggest" },
        {
          failure: `generate-egress: the proof of the generated egress policies failed with ${head.plan.proof.counterExamples.length} counter-example(s); this is a bug in reachdiff, nothing was suggested or committed`,
        },
      );
    }
    case "planned":
      break;
  }
  for (const d of head.plan.diagnostics) io.info(formatDiagnostic(d));
  const { changes } = head;
  const changed = changes.additions.length + changes.deletions.length > 0;
  if (req.mode === "suggest") return fixed({ kind: "suggest" });

  const reason = cannotCommit(req);
  if (reason !== null) {
    io.info(`reachdiff: generate-egress: ${reason}`);
    return fixed({ kind: "fallback", reason });
  }
  if (!changed || req.event.kind !== "pull-request" || req.client === null) {
    io.info("reachdiff: generate-egress: the generated egress policies are up to date; no commit");
    return fixed({ kind: "up-to-date" });
  }
  const event = req.event;
  const [headline = "", ...rest] = egressCommitMessage(dir, {
    written: changes.written,
    removed: changes.removed,
    unchanged: changes.unchanged,
    stale: true,
  }).split("\n");
  const outcome = await commitEgressChanges(req.client(), {
    repository: event.headRepo,
    branch: event.headRef,
    expectedHeadOid: event.headSha,
    headline,
    body: rest.join("\n").trim(),
    additions: changes.additions,
    deletions: changes.deletions,
  });
  switch (outcome.kind) {
    case "committed":
      io.info(`reachdiff: committed the generated egress policies: ${outcome.url}`);
      return fixed(
        { kind: "committed", oid: outcome.oid, url: outcome.url, branch: event.headRef },
        { commit: { oid: outcome.oid, url: outcome.url } },
      );
    case "nothing":
      return fixed({ kind: "up-to-date" });
    case "moved":
      io.warning(`reachdiff: generate-egress: the branch moved; re-run (${outcome.message})`);
      return fixed({ kind: "moved", message: outcome.message });
    case "permission": {
      const reason =
        `The token may not push to \`${event.headRef}\` (${outcome.message}): grant \`contents: write\` ` +
        "to commit, so here is the suggestion instead.";
      io.warning(`reachdiff: generate-egress: ${reason}`);
      return fixed({ kind: "fallback", reason });
    }
    case "failed":
      return fixed({ kind: "failed", message: outcome.message }, { failure: outcome.message });
  }
}

/** The commit the policies are generated for: the PR head (a commit's parent), or the push. */
function headRevision(event: ActionEvent): string {
  switch (event.kind) {
    case "pull-request":
      return event.headSha;
    case "push":
      return event.after;
    case "analyze":
      return "HEAD";
  }
}

/** Why `commit` mode shows a suggestion instead, or null when it may commit. */
function cannotCommit(req: EgressStepRequest): string | null {
  const event = req.event;
  if (event.kind !== "pull-request") {
    return "`generate-egress: commit` commits to pull request branches only; this run is not a pull request, so here is the suggestion instead.";
  }
  if (event.fork) {
    const from = event.headRepo === "" ? "a deleted fork" : `the fork \`${event.headRepo}\``;
    return `This pull request comes from ${from}: reachdiff never pushes to a fork, so here is the suggestion instead.`;
  }
  if (req.client === null) {
    return "There is no `github-token` to commit with, so here is the suggestion instead.";
  }
  if (event.headRef === "") {
    return "The event names no head branch to commit to, so here is the suggestion instead.";
  }
  return null;
}

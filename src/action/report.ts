import type { Analysis } from "../analysis.js";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Origin } from "../core/source.js";
import { countChanges } from "../diff/index.js";
import type { DiffRun } from "../diff/types.js";
import { analyzeJsonChunks } from "../render/analyze-json.js";
import { renderAnalyzeMarkdown } from "../render/analyze-markdown.js";
import { type CommentInput, renderComment } from "../render/comment.js";
import type { OriginSide } from "../render/diagnostics.js";
import type { DiffReportInput } from "../render/diff-input.js";
import { diffJsonChunks } from "../render/diff-json.js";
import type { ExtraSection } from "./egress-section.js";
import { diagnosticsWorthSaying } from "./noteworthy.js";
import type { Rendered } from "./summary.js";

/** Everything the run reports, rendered on demand at a character budget. */
export interface ActionReport {
  /**
   * The contract's JSON document (`diff --format json`, or `analyze` with nothing to
   * compare) as text chunks, expanded while they are written: never held whole.
   */
  jsonChunks(): Iterable<string>;
  readonly opened: number;
  readonly closed: number;
  readonly headDiagnostics: readonly Diagnostic[];
  readonly headIncomplete: boolean;
  /**
   * False when there is nothing to tell a reviewer: no change, no error, no warning that is
   * new or in a changed file (see noteworthy.ts), nothing from the egress step.
   */
  readonly worthSaying: boolean;
  /** The markdown report (comment and job summary) at a character budget. */
  render(budget: number): Rendered;
}

/** The budget of the PR comment (GitHub refuses more than 65,536 characters). */
export const COMMENT_BUDGET = 60_000;
/** The counts-only form, posted when GitHub still says the body is too long. */
export const SMALL_COMMENT_BUDGET = 2_000;

/** Sections added after the report's own (the egress suggestion), rendered at a budget. */
export interface ReportExtras {
  sections(budget: number): readonly ExtraSection[];
  /** True when the sections are worth a comment even without a reachability change. */
  readonly noteworthy: boolean;
}

const NO_EXTRAS: ReportExtras = { sections: () => [], noteworthy: false };

/** Links for the comment: file:line to the head's blobs, and where the full report is. */
export interface ReportLinks {
  /** `https://github.com/OWNER/REPO` (GHES: its server URL). */
  readonly repoUrl: string | null;
  readonly headSha: string;
  /** The workflow run, whose summary holds the full report. */
  readonly runUrl: string | null;
}

export function diffReport(
  run: DiffRun,
  links: ReportLinks,
  marker: string,
  extras: ReportExtras = NO_EXTRAS,
  /** The files the change touched (null: unknown); a standing warning elsewhere is no news. */
  changed: ReadonlySet<string> | null = null,
): ActionReport {
  const input: DiffReportInput = {
    diff: run.diff,
    base: { label: run.base.label },
    head: { label: run.head.label },
  };
  // Counted on the change groups: the pairs are listed only when the report is written.
  const opened = countChanges(run.diff.opened);
  const closed = countChanges(run.diff.closed);
  const head = run.head.model;
  const { repoUrl, headSha, runUrl } = links;
  const comment: CommentInput = {
    ...input,
    marker,
    ...(repoUrl !== null
      ? {
          // A base-side place (a removed policy, a base error) is in the base commit's blob.
          fileLink: (o: Origin, side: OriginSide) => {
            const sha = side === "base" ? run.base.sha : headSha;
            return sha === null ? null : `${repoUrl}/blob/${sha}/${encodeURI(o.file)}#L${o.line}`;
          },
        }
      : {}),
    fullReport:
      runUrl !== null
        ? `the [job summary](${runUrl}) and the \`report\` JSON file of the step`
        : "the job summary and the `report` JSON file of the step",
  };
  return {
    jsonChunks: () => diffJsonChunks(input),
    opened,
    closed,
    headDiagnostics: head.diagnostics,
    headIncomplete: head.incomplete,
    worthSaying:
      opened + closed > 0 ||
      diagnosticsWorthSaying(head.diagnostics, run.base.model.diagnostics, changed) ||
      head.incomplete ||
      extras.noteworthy,
    render: (budget) =>
      renderComment({ ...comment, extraSections: extras.sections(budget) }, budget),
  };
}

export function analyzeReport(analysis: Analysis, extras: ReportExtras = NO_EXTRAS): ActionReport {
  const markdown = renderAnalyzeMarkdown(analysis.graph);
  const extraText = (budget: number): string =>
    extras
      .sections(budget)
      .map((s) => `\n#### ${s.title}\n\n${s.body.trimEnd()}\n`)
      .join("");
  return {
    jsonChunks: () => analyzeJsonChunks(analysis.graph),
    opened: 0,
    closed: 0,
    headDiagnostics: analysis.model.diagnostics,
    headIncomplete: analysis.model.incomplete,
    worthSaying: true,
    // The analysis is cut before the extras, so a long analysis never hides them.
    render: (budget) => {
      const extra = extraText(budget);
      const room = Math.max(0, budget - extra.length);
      return markdown.length <= room
        ? { body: markdown + extra, truncated: false }
        : { body: `${cutAtLine(markdown, room)}\n${extra}`, truncated: true };
    },
  };
}

function cutAtLine(text: string, budget: number): string {
  const end = text.lastIndexOf("\n", budget);
  return text.slice(0, Math.max(end, 0));
}

import type { Analysis } from "../analysis.js";
import { type Diagnostic, hasErrors } from "../core/diagnostics.js";
import { expandChanges } from "../diff/index.js";
import type { DiffRun, FlowChange } from "../diff/types.js";
import { connsToJson, formatConns } from "../engine/conn-set.js";
import { analyzeToJson } from "../render/analyze-json.js";
import { renderAnalyzeMarkdown } from "../render/analyze-markdown.js";
import { diagnosticCounts } from "../render/diagnostics.js";
import { diagnosticsToJson } from "../render/diagnostics-json.js";
import type { Rendered } from "./summary.js";

/** Everything the run reports, rendered on demand at a character budget. */
export interface ActionReport {
  /** The contract's JSON document (`diff --format json`, or `analyze` with nothing to compare). */
  readonly json: unknown;
  readonly opened: number;
  readonly closed: number;
  readonly headDiagnostics: readonly Diagnostic[];
  readonly headIncomplete: boolean;
  /** False when there is nothing to tell a reviewer (no change, no error or warning). */
  readonly worthSaying: boolean;
  /** The markdown report (comment and job summary) at a character budget. */
  render(budget: number): Rendered;
}

/** The budget of the PR comment (GitHub refuses more than 65,536 characters). */
export const COMMENT_BUDGET = 60_000;
/** The counts-only form, posted when GitHub still says the body is too long. */
export const SMALL_COMMENT_BUDGET = 2_000;

export function diffReport(run: DiffRun): ActionReport {
  const opened = expandChanges(run.diff.opened);
  const closed = expandChanges(run.diff.closed);
  const head = run.head.model;
  const json = {
    schemaVersion: 1,
    base: run.base.label,
    head: run.head.label,
    opened: opened.map(changeJson),
    closed: closed.map(changeJson),
    diagnostics: {
      base: diagnosticsToJson(run.base.model.diagnostics),
      head: diagnosticsToJson(head.diagnostics),
    },
  };
  const noteworthy = head.diagnostics.filter((d) => d.severity !== "info");
  return {
    json,
    opened: opened.length,
    closed: closed.length,
    headDiagnostics: head.diagnostics,
    headIncomplete: head.incomplete,
    worthSaying: opened.length + closed.length > 0 || noteworthy.length > 0 || head.incomplete,
    render: (budget) => renderDiffMarkdown(run, opened, closed, budget),
  };
}

export function analyzeReport(analysis: Analysis): ActionReport {
  const markdown = renderAnalyzeMarkdown(analysis.graph);
  return {
    json: analyzeToJson(analysis.graph),
    opened: 0,
    closed: 0,
    headDiagnostics: analysis.model.diagnostics,
    headIncomplete: analysis.model.incomplete,
    worthSaying: true,
    render: (budget) =>
      markdown.length <= budget
        ? { body: markdown, truncated: false }
        : { body: `${cutAtLine(markdown, budget)}\n`, truncated: true },
  };
}

function changeJson(c: FlowChange) {
  return {
    src: c.src,
    dst: c.dst,
    conns: connsToJson(c.conns),
    cause: c.cause,
    policies: c.policies,
  };
}

/**
 * A plain markdown diff report: verdict, then rows, opened first. Provisional: the PR
 * comment renderer of issue 3 (risk order, grouping, mermaid) replaces it when it lands.
 */
function renderDiffMarkdown(
  run: DiffRun,
  opened: readonly FlowChange[],
  closed: readonly FlowChange[],
  budget: number,
): Rendered {
  const head = run.head.model;
  const verdict =
    head.incomplete || hasErrors(head.diagnostics)
      ? "**the head has errors: the result is incomplete**"
      : opened.length + closed.length === 0
        ? "no reachability change"
        : `opens ${opened.length} flow(s), closes ${closed.length}`;
  const top = [
    `### reachdiff: ${verdict}`,
    "",
    `Comparing \`${run.base.label}\` → \`${run.head.label}\`. Diagnostics in the head: ${diagnosticCounts(head.diagnostics)}.`,
    "",
  ];
  const rows = [
    ...opened.map(
      (c) =>
        `| opened | \`${c.src}\` | \`${c.dst}\` | ${formatConns(c.conns)} | ${c.policies.join(", ")} |`,
    ),
    ...closed.map(
      (c) =>
        `| closed | \`${c.src}\` | \`${c.dst}\` | ${formatConns(c.conns)} | ${c.policies.join(", ")} |`,
    ),
  ];
  const header = [
    "| change | source | destination | connections | policies |",
    "| --- | --- | --- | --- | --- |",
  ];
  let body = top.join("\n");
  let shown = 0;
  if (rows.length > 0) {
    let table = header.join("\n");
    for (const row of rows) {
      if (body.length + table.length + row.length + 200 > budget) break;
      table += `\n${row}`;
      shown++;
    }
    if (shown > 0) body += `${table}\n`;
  }
  const truncated = shown < rows.length;
  if (truncated)
    body += `\n_${rows.length - shown} more change(s) not shown: see the job summary or the JSON report._\n`;
  return { body, truncated };
}

function cutAtLine(text: string, budget: number): string {
  const end = text.lastIndexOf("\n", budget);
  return text.slice(0, Math.max(end, 0));
}

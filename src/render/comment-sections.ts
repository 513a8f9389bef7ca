import type { Diagnostic } from "../core/diagnostics.js";
import type { PolicyId } from "../core/ids.js";
import type { GraphDiff } from "../diff/types.js";
import { formatConns } from "../engine/conn-set.js";
import { collapsible, type Section } from "./budget.js";
import { rowCauseText } from "./cause.js";
import { type ChangeRow, type ChangeRows, type RowReason, rowReasons } from "./change-rows.js";
import {
  bySeverity,
  diagnosticCounts,
  type FileLink,
  mdDiagnosticItems,
  mdLocation,
} from "./diagnostics.js";
import type { ResolvedSide } from "./diff-input.js";
import { changeGraph } from "./diff-mermaid.js";
import { htmlCommentText, mdCode, mdText } from "./escape.js";
import { formatCount, plural } from "./format.js";
import { formatEndpoints } from "./grouping.js";
import { formatPlace, formatPlaces, namespaceRows } from "./namespace-rows.js";
import { changeLabel, type PolicyInfo } from "./policy-info.js";
import { RISKS, type Risk, riskShort, riskTitle } from "./risk.js";
import { verdict } from "./verdict.js";

/** Everything the section builders share, computed once per comment. */
export interface CommentContext {
  readonly diff: GraphDiff;
  readonly rows: ChangeRows;
  readonly sides: { readonly base: ResolvedSide; readonly head: ResolvedSide };
  readonly marker: string;
  readonly fileLink: FileLink | undefined;
  readonly policy: (id: PolicyId) => PolicyInfo;
}

/** Rows per grouped table before "… and N more rows" (the JSON report has every pair). */
export const MAX_TABLE_ROWS = 100;
/** A table longer than this goes into a collapsed `<details>`. */
const COLLAPSE_ROWS = 10;
/** The changed-edge graph is left out above this many edges (issue 3). */
export const MAX_GRAPH_EDGES = 50;

/** The hidden first line the sticky comment is found by. */
export function markerLine(marker: string): string {
  const m = /^<!--\s*(.*?)\s*-->$/s.exec(marker.trim());
  return `<!-- ${htmlCommentText(m ? m[1]! : marker)} -->`;
}

export function headerSection(ctx: CommentContext): Section {
  const { rows, sides, diff } = ctx;
  const lines = [
    markerLine(ctx.marker),
    `### reachdiff: ${mdText(verdict(rows.opened, rows.closed, diff.renames.length, sides))}`,
    "",
  ];
  const counts = RISKS.filter((r) => rows.counts[r] > 0).map(
    (r) => `**${formatCount(rows.counts[r])}** ${riskShort(r)}`,
  );
  if (counts.length > 0) lines.push(`${counts.join(" · ")}`, "");
  lines.push(`Base ${mdCode(sides.base.label)} → head ${mdCode(sides.head.label)}.`);
  return { key: "header", text: lines.join("\n") };
}

function policyCell(ctx: CommentContext, ids: readonly PolicyId[], max = 3): string {
  return reasonsCell(
    ctx,
    ids.map((policy) => ({ policy, rule: null })),
    max,
  );
}

/** Each reason: the policy (and its change), the responsible rule, and a link-able place. */
function reasonsCell(ctx: CommentContext, reasons: readonly RowReason[], max = 3): string {
  if (reasons.length === 0) return "—";
  const shown = reasons.slice(0, max).map(({ policy, rule }) => {
    const info = ctx.policy(policy);
    // A rule's own line beats its policy's: that is where the reviewer should look.
    const origin = rule ? rule.origin : info.origin;
    const side = rule ? rule.side : info.originSide;
    const where = origin ? ` ${mdLocation(origin, ctx.fileLink, false, side)}` : "";
    const label = changeLabel(info);
    const change = label ? ` (${label})` : "";
    const which = rule ? ` ${rule.direction} rule ${rule.index}` : "";
    return `${mdCode(policy)}${change}${which}${where}`;
  });
  if (reasons.length > max) shown.push(`and ${reasons.length - max} more`);
  return shown.join("<br>");
}

function rowCells(ctx: CommentContext, row: ChangeRow): string {
  const universe = row.risk === "closed" ? ctx.rows.base : ctx.rows.head;
  return [
    formatEndpoints(row.srcs, universe, "markdown"),
    formatEndpoints(row.dsts, universe, "markdown"),
    mdText(formatConns(row.conns)),
    formatCount(row.pairs),
    rowCauseText(row, ctx.policy),
    reasonsCell(ctx, rowReasons(row)),
  ].join(" | ");
}

function table(header: string, lines: readonly string[]): string {
  const cols = header.split("|").length;
  return [`| ${header} |`, `|${" --- |".repeat(cols)}`, ...lines.map((l) => `| ${l} |`)].join("\n");
}

function riskBlock(
  risk: Risk,
  count: number,
  rowCount: number,
  tableText: string,
  more: string,
): string {
  const title = `#### ${riskTitle(risk)} (${plural(count, "flow")})`;
  const collapse = rowCount > COLLAPSE_ROWS || (risk === "closed" && rowCount > 3);
  const body = collapsible(`${plural(rowCount, "row")}`, tableText, collapse);
  return [title, "", body, ...(more ? ["", more] : [])].join("\n");
}

/**
 * Full rung: one table per risk, one row per grouped change. Uncapped by default: the
 * budget decides whether it fits (a job summary can hold far more than a comment).
 */
export function fullRiskSections(
  ctx: CommentContext,
  maxRows = Number.POSITIVE_INFINITY,
): { sections: Section[]; cuts: string[] } {
  const sections: Section[] = [];
  const cuts: string[] = [];
  for (const risk of RISKS) {
    const list = ctx.rows.rows.filter((r) => r.risk === risk);
    if (list.length === 0) continue;
    const shown = list.slice(0, maxRows);
    const hidden = list.slice(maxRows);
    const more =
      hidden.length === 0
        ? ""
        : `… and ${plural(hidden.length, "more row")} (${plural(
            hidden.reduce((n, r) => n + r.pairs, 0),
            "flow",
          )}) in the full report.`;
    if (hidden.length > 0)
      cuts.push(`${plural(hidden.length, "row")} of ${riskShort(risk)} left out`);
    const text = table(
      "from | to | connections | flows | cause | policy",
      shown.map((r) => rowCells(ctx, r)),
    );
    sections.push({
      key: `risk-${risk}`,
      text: riskBlock(risk, ctx.rows.counts[risk], list.length, text, more),
    });
  }
  return { sections, cuts };
}

/**
 * Grouped rung: one row per risk and destination namespace, sources as namespaces; the
 * columns read from → to as on the full rung.
 */
export function groupedRiskSections(ctx: CommentContext): { sections: Section[]; cuts: string[] } {
  const all = namespaceRows(ctx.rows);
  const sections: Section[] = [];
  const cuts: string[] = [];
  for (const risk of RISKS) {
    const list = all.filter((r) => r.risk === risk);
    if (list.length === 0) continue;
    const universe = risk === "closed" ? ctx.rows.base : ctx.rows.head;
    const shown = list.slice(0, MAX_TABLE_ROWS);
    const hidden = list.length - shown.length;
    if (hidden > 0) cuts.push(`${plural(hidden, "namespace row")} of ${riskShort(risk)} left out`);
    const text = table(
      "from | to | connections (union) | flows | cause | policies",
      shown.map((r) =>
        [
          formatPlaces(r.srcs, universe, "markdown"),
          formatPlace(r.dst, "markdown"),
          mdText(formatConns(r.conns)),
          formatCount(r.pairs),
          r.causes
            .map((cause) => rowCauseText({ cause, policies: r.policies }, ctx.policy))
            .join(", "),
          policyCell(ctx, r.policies),
        ].join(" | "),
      ),
    );
    const more = hidden > 0 ? `… and ${plural(hidden, "more row")} in the full report.` : "";
    sections.push({
      key: `risk-${risk}`,
      text: riskBlock(risk, ctx.rows.counts[risk], list.length, text, more),
    });
  }
  return { sections, cuts };
}

export function renamesSection(ctx: CommentContext, max = 50): Section | null {
  const renames = ctx.diff.renames;
  if (renames.length === 0) return null;
  const items = renames.slice(0, max).map((r) => `- ${mdCode(r.from)} renamed to ${mdCode(r.to)}`);
  if (renames.length > max) items.push(`- … and ${renames.length - max} more`);
  const text = collapsible(
    plural(renames.length, "workload"),
    items.join("\n"),
    renames.length > COLLAPSE_ROWS,
  );
  return {
    key: "renames",
    text: `#### Renamed (${renames.length})\n\nTheir flows are compared through the rename.\n\n${text}`,
  };
}

export function policiesSection(ctx: CommentContext, max = 50): Section | null {
  const changes = ctx.diff.policyChanges;
  if (changes.length === 0) return null;
  const lines = changes
    .slice(0, max)
    .map(
      (c) =>
        `${mdCode(c.id)} | ${changeLabel(ctx.policy(c.id))} | ${mdLocation(c.origin, ctx.fileLink, false, ctx.policy(c.id).originSide)}`,
    );
  let text = table("policy | change | where", lines);
  const unreadable = changes.filter((c) => ctx.policy(c.id).unreadableIn !== null);
  if (unreadable.length > 0) {
    text += `\n\n${plural(unreadable.length, "policy", "policies")} marked unreadable ${unreadable.length === 1 ? "is" : "are"} in a file with errors on that side, so ${unreadable.length === 1 ? "it is" : "they are"} not known to be removed or added: the flows ${unreadable.length === 1 ? "it explains" : "they explain"} change because the file could not be read. Fix the file (see Diagnostics).`;
  }
  if (changes.length > max) text += `\n\n… and ${changes.length - max} more.`;
  text = collapsible(
    plural(changes.length, "policy", "policies"),
    text,
    changes.length > COLLAPSE_ROWS,
  );
  return { key: "policies", text: `#### Changed policies (${changes.length})\n\n${text}` };
}

/** The changed-edge graph, or a sentence saying why it is left out. */
export function graphSection(ctx: CommentContext): Section | null {
  if (ctx.rows.rows.length === 0) return null;
  const { text, edges } = changeGraph(ctx.rows);
  if (edges > MAX_GRAPH_EDGES) {
    return {
      key: "graph",
      text: `#### Graph\n\nThe graph of changed edges is left out: ${edges} edges is more than ${MAX_GRAPH_EDGES}.`,
    };
  }
  const fence = `\`\`\`mermaid\n${text}\`\`\``;
  return {
    key: "graph",
    text: `#### Graph\n\n${collapsible("changed edges (green opened, red closed)", fence, edges > COLLAPSE_ROWS)}`,
  };
}

/** Head diagnostics first, errors first; `max` caps the items listed (0: counts only). */
export function diagnosticsSection(ctx: CommentContext, max: number): Section | null {
  const { base, head } = ctx.sides;
  if (base.diagnostics.length === 0 && head.diagnostics.length === 0) return null;
  const out = ["#### Diagnostics", ""];
  if (head.incomplete) {
    out.push(
      "> [!WARNING]",
      `> The head's result is incomplete: input with errors was left out of the analysis, so flows may be missing or wrong. Fix the errors below first.`,
      "",
    );
  }
  out.push(
    `Head: ${diagnosticCounts(head.diagnostics)}. Base: ${diagnosticCounts(base.diagnostics)}.`,
  );
  const listed = (d: readonly Diagnostic[]): Diagnostic[] =>
    bySeverity(d.filter((x) => x.severity !== "info"));
  const headList = listed(head.diagnostics);
  const baseErrors = bySeverity(base.diagnostics.filter((d) => d.severity === "error"));
  const items = [
    ...headList.map((d) => ({ d, side: "head" })),
    ...baseErrors.map((d) => ({ d, side: "base" })),
  ];
  if (max > 0 && items.length > 0) {
    const shown = items.slice(0, max);
    const headShown = shown.filter((i) => i.side === "head").map((i) => i.d);
    const baseShown = shown.filter((i) => i.side === "base").map((i) => i.d);
    const blocks: string[] = [];
    if (headShown.length > 0)
      blocks.push(`Head:\n\n${mdDiagnosticItems(headShown, ctx.fileLink).join("\n")}`);
    if (baseShown.length > 0)
      blocks.push(
        `Base errors:\n\n${mdDiagnosticItems(baseShown, ctx.fileLink, "base").join("\n")}`,
      );
    if (items.length > max) blocks.push(`… and ${items.length - max} more in the full report.`);
    out.push(
      "",
      collapsible(
        plural(items.length, "diagnostic"),
        blocks.join("\n\n"),
        items.length > COLLAPSE_ROWS && !head.incomplete,
      ),
    );
  }
  return { key: "diagnostics", text: out.join("\n") };
}

export function extraSection(index: number, title: string, body: string): Section {
  return { key: `extra-${index}`, text: `#### ${mdText(title)}\n\n${body.trimEnd()}` };
}

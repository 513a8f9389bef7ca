import { formatConns } from "../engine/conn-set.js";
import { paint } from "./ansi.js";
import { rowCauseText } from "./cause.js";
import { type ChangeRow, changeRows, rowReasons } from "./change-rows.js";
import { diagnosticCounts, diagnosticLines } from "./diagnostics.js";
import { type DiffReportInput, resolveSides } from "./diff-input.js";
import { formatCount } from "./format.js";
import { formatEndpoints } from "./grouping.js";
import { changeLabel, policyLookup } from "./policy-info.js";
import { RISKS, riskShort, riskTitle } from "./risk.js";
import { verdict } from "./verdict.js";

export interface DiffTextOptions {
  /** ANSI colors (green opened, red closed); the CLI decides TTY / `--no-color`. */
  readonly color: boolean;
}

/**
 * `reachdiff diff --format text`: the verdict, counts by risk, then one line per
 * grouped change (risk first), renames, changed policies and diagnostics.
 */
export function renderDiffText(input: DiffReportInput, options: DiffTextOptions): string {
  const p = paint(options.color);
  const sides = resolveSides(input);
  const rows = changeRows(input.diff);
  const policy = policyLookup(input.diff);
  const out: string[] = [
    p.bold(`reachdiff: ${verdict(rows.opened, rows.closed, input.diff.renames.length, sides)}`),
    `${sides.base.label} → ${sides.head.label}`,
  ];
  const counts = RISKS.filter((r) => rows.counts[r] > 0).map(
    (r) => `${riskShort(r)} ${formatCount(rows.counts[r])}`,
  );
  if (counts.length > 0) out.push(counts.join(" · "));
  const diagnostics: string[] = [];
  for (const side of ["head", "base"] as const) {
    const diags = sides[side].diagnostics;
    if (diags.length === 0) continue;
    diagnostics.push("", p.bold(`Diagnostics (${side}: ${diagnosticCounts(diags)})`));
    const shown =
      side === "head"
        ? diags.filter((d) => d.severity !== "info")
        : diags.filter((d) => d.severity === "error" || d.code === "path-not-on-side");
    for (const line of diagnosticLines(shown)) diagnostics.push(`  ${line}`);
  }
  // An incomplete side first: the changes below may only reflect its broken input.
  const early = sides.head.incomplete || sides.base.incomplete;
  if (early) out.push(...diagnostics);
  for (const risk of RISKS) {
    const list = rows.rows.filter((r) => r.risk === risk);
    if (list.length === 0) continue;
    out.push("", p.bold(`${riskTitle(risk)} (${formatCount(rows.counts[risk])})`));
    for (const row of list) out.push(rowLine(row, rows, policy, p));
  }
  if (input.diff.renames.length > 0) {
    out.push("", p.bold("Renamed"));
    for (const r of input.diff.renames) out.push(`  ${r.from} → ${r.to}`);
  }
  if (input.diff.policyChanges.length > 0) {
    out.push("", p.bold("Policies changed"));
    for (const c of input.diff.policyChanges) {
      const base = policy(c.id).originSide === "base" ? " (base)" : "";
      out.push(`  ${changeLabel(policy(c.id))} ${c.id}  ${c.origin.file}:${c.origin.line}${base}`);
    }
  }
  if (!early) out.push(...diagnostics);
  return `${out.join("\n")}\n`;
}

function rowLine(
  row: ChangeRow,
  rows: ReturnType<typeof changeRows>,
  policy: ReturnType<typeof policyLookup>,
  p: ReturnType<typeof paint>,
): string {
  const universe = row.risk === "closed" ? rows.base : rows.head;
  const sign = row.risk === "closed" ? p.red("-") : p.green("+");
  const src = formatEndpoints(row.srcs, universe, "text");
  const dst = formatEndpoints(row.dsts, universe, "text");
  const why = [
    rowCauseText(row, policy),
    ...rowReasons(row).map(({ policy: id, rule }) => {
      // A responsible rule is named with its own line; else the policy's.
      const info = policy(id);
      const origin = rule ? rule.origin : info.origin;
      const base = (rule ? rule.side : info.originSide) === "base" ? ", base" : "";
      const name = rule ? `${id} ${rule.direction} rule ${rule.index}` : id;
      return origin ? `${name} (${origin.file}:${origin.line}${base})` : name;
    }),
  ].join(", ");
  const flows = row.pairs === 1 ? "" : p.dim(` [${formatCount(row.pairs)} flows]`);
  const line = `  ${sign} ${src} → ${dst}  ${formatConns(row.conns)}  (${why})${flows}`;
  return line;
}

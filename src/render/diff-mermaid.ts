import { formatConns } from "../engine/conn-set.js";
import { type ChangeRows, changeRows } from "./change-rows.js";
import type { DiffReportInput } from "./diff-input.js";
import { mermaidLabel } from "./escape.js";
import { formatEndpoints } from "./grouping.js";

/** GitHub's own green and red, so the PR comment's graph matches its diff colors. */
const OPENED_STYLE = "stroke:#1a7f37,stroke-width:2px";
const CLOSED_STYLE = "stroke:#cf222e,stroke-width:2px";

/**
 * A `flowchart LR` of the changed edges only: one edge per grouped change row, opened
 * solid green, closed dashed red (via `linkStyle`). Node labels are the grouped
 * endpoint sets; user text appears only inside escaped labels.
 */
export function changeGraph(rows: ChangeRows): { readonly text: string; readonly edges: number } {
  const ids = new Map<string, string>();
  const nodeLines: string[] = [];
  const node = (label: string): string => {
    let id = ids.get(label);
    if (id === undefined) {
      id = `n${ids.size}`;
      ids.set(label, id);
      nodeLines.push(`  ${id}["${mermaidLabel(label)}"]`);
    }
    return id;
  };
  const edgeLines: string[] = [];
  const opened: number[] = [];
  const closed: number[] = [];
  for (const row of rows.rows) {
    const universe = row.risk === "closed" ? rows.base : rows.head;
    const src = node(formatEndpoints(row.srcs, universe, "text", 3));
    const dst = node(formatEndpoints(row.dsts, universe, "text", 3));
    const arrow = row.risk === "closed" ? "-.->" : "-->";
    (row.risk === "closed" ? closed : opened).push(edgeLines.length);
    edgeLines.push(`  ${src} ${arrow}|"${mermaidLabel(formatConns(row.conns))}"| ${dst}`);
  }
  const styles: string[] = [];
  if (opened.length > 0) styles.push(`  linkStyle ${opened.join(",")} ${OPENED_STYLE}`);
  if (closed.length > 0) styles.push(`  linkStyle ${closed.join(",")} ${CLOSED_STYLE}`);
  const text = ["flowchart LR", ...nodeLines, ...edgeLines, ...styles].join("\n");
  return { text: `${text}\n`, edges: edgeLines.length };
}

/** `reachdiff diff --format mermaid`: the changed-edge graph, uncapped. */
export function renderDiffMermaid(input: DiffReportInput): string {
  return changeGraph(changeRows(input.diff)).text;
}

import { assertNever } from "../core/assert-never.js";
import { hasErrors } from "../core/diagnostics.js";
import { formatConns } from "../engine/conn-set.js";
import type { Graph } from "../engine/types.js";
import { graphSummary } from "./analyze-text.js";
import { destinationGroups } from "./destination-groups.js";
import { bySeverity, diagnosticCounts, mdDiagnosticItems } from "./diagnostics.js";
import { mdText } from "./escape.js";
import { formatEndpoints, universeOf } from "./grouping.js";

/** `reachdiff analyze --format markdown`: the text report's structure as headings and tables. */
export function renderAnalyzeMarkdown(graph: Graph): string {
  const universe = universeOf(graph);
  const out: string[] = ["## Reachability", "", `${mdText(graphSummary(graph))}.`, ""];
  if (graph.model.incomplete || hasErrors(graph.model.diagnostics)) {
    out.push(
      "> **Result incomplete**: some input could not be used, so flows may be missing (see Diagnostics).",
      "",
    );
  }
  for (const g of destinationGroups(graph)) {
    const dst = formatEndpoints(g.dsts, universe, "markdown", 8);
    switch (g.status) {
      case "isolated":
        out.push(`### ${dst} — isolated`, "", "Nothing can reach it.", "");
        break;
      case "unrestricted":
        out.push(
          `### ${dst} — unrestricted`,
          "",
          "Anything can reach it, on every protocol and port.",
          "",
        );
        break;
      case "restricted":
        out.push(`### ${dst}`, "", "| from | connections |", "| --- | --- |");
        for (const s of g.sources) {
          out.push(
            `| ${formatEndpoints(s.srcs, universe, "markdown", 8)} | ${mdText(formatConns(s.conns))} |`,
          );
        }
        out.push("");
        break;
      default:
        assertNever(g.status, "destination status");
    }
  }
  const diags = graph.model.diagnostics;
  out.push("## Diagnostics", "", `${diagnosticCounts(diags)}.`, "");
  if (diags.length > 0) out.push(...mdDiagnosticItems(bySeverity(diags)), "");
  return `${out.join("\n").trimEnd()}\n`;
}

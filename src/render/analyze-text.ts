import { assertNever } from "../core/assert-never.js";
import { hasErrors } from "../core/diagnostics.js";
import { formatConns } from "../engine/conn-set.js";
import type { Graph } from "../engine/types.js";
import { paint } from "./ansi.js";
import { countFlows, destinationGroups } from "./destination-groups.js";
import { diagnosticCounts, diagnosticLines } from "./diagnostics.js";
import { plural } from "./format.js";
import { formatEndpoints, universeOf } from "./grouping.js";

export interface TextOptions {
  /** ANSI colors; the CLI turns them on for a TTY without `--no-color`. */
  readonly color: boolean;
}

/** A one-line overview of the graph, shared by the text and markdown reports. */
export function graphSummary(graph: Graph): string {
  const namespaces = new Set(graph.model.workloads.map((w) => w.namespace)).size;
  return `${plural(graph.model.workloads.length, "workload")} in ${plural(namespaces, "namespace")}, ${plural(graph.externals.length, "external range")}, ${plural(countFlows(graph), "flow")}`;
}

/**
 * `reachdiff analyze --format text`: per destination (merged when several share the
 * same incoming picture), who can reach it and on what; isolated and unrestricted
 * destinations marked; a diagnostics summary at the end.
 */
export function renderAnalyzeText(graph: Graph, options: TextOptions): string {
  const p = paint(options.color);
  const universe = universeOf(graph);
  const externals = new Set<string>(graph.externals.map((x) => x.id));
  const lines: string[] = [p.bold(`reachability: ${graphSummary(graph)}`), ""];
  for (const g of destinationGroups(graph)) {
    const dst = formatEndpoints(g.dsts, universe, "text", 8);
    switch (g.status) {
      case "isolated":
        // An address range is not isolated by a policy: nothing in the tree reaches it.
        lines.push(
          g.dsts.every((d) => externals.has(d))
            ? p.bold(dst)
            : `${p.bold(dst)}  ${p.cyan("[isolated]")}`,
          "  nothing can reach it",
        );
        break;
      case "unrestricted":
        lines.push(
          `${p.bold(dst)}  ${p.yellow("[unrestricted]")}`,
          "  anything can reach it, on every protocol and port",
        );
        break;
      case "restricted":
        lines.push(p.bold(dst));
        for (const s of g.sources) {
          lines.push(
            `  ← ${formatEndpoints(s.srcs, universe, "text", 8)}: ${p.green(formatConns(s.conns))}`,
          );
        }
        break;
      default:
        assertNever(g.status, "destination status");
    }
  }
  const diags = graph.model.diagnostics;
  lines.push("", `diagnostics: ${diagnosticCounts(diags)}`);
  for (const line of diagnosticLines(diags.filter((d) => d.severity === "error"))) {
    lines.push(`  ${p.red(line)}`);
  }
  if (graph.model.incomplete || hasErrors(diags)) {
    lines.push(p.red("result incomplete: some input could not be used, so flows may be missing"));
  }
  return `${lines.join("\n")}\n`;
}

import { formatConns } from "../engine/conn-set.js";
import { expandFlows } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import { dotString } from "./escape.js";
import { diagramNodes } from "./mermaid.js";

/**
 * `reachdiff analyze --format dot`: a graphviz `digraph` with one cluster per
 * namespace and one edge per flow labelled with its connections.
 */
export function renderAnalyzeDot(graph: Graph): string {
  const nodes = diagramNodes(graph);
  const out = ["digraph reachability {", "  rankdir=LR;", "  node [shape=box];"];
  let ns = 0;
  for (const [name, members] of nodes.namespaces) {
    out.push(`  subgraph cluster_${ns++} {`, `    label=${dotString(name)};`);
    for (const m of members) {
      out.push(`    ${nodes.idOf.get(m.id)} [label=${dotString(m.label)}];`);
    }
    out.push("  }");
  }
  for (const x of nodes.externals) {
    out.push(`  ${nodes.idOf.get(x)} [label=${dotString(x)}, shape=ellipse];`);
  }
  for (const f of expandFlows(graph)) {
    out.push(
      `  ${nodes.idOf.get(f.src)} -> ${nodes.idOf.get(f.dst)} [label=${dotString(formatConns(f.conns))}];`,
    );
  }
  out.push("}");
  return `${out.join("\n")}\n`;
}

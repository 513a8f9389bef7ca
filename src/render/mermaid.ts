import type { EndpointId } from "../core/ids.js";
import { formatConns } from "../engine/conn-set.js";
import { endpointIds, expandFlows } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import { mermaidLabel } from "./escape.js";

/**
 * Node ids for a diagram: `n0`, `n1`, … in endpoint order, so user text only ever
 * appears inside escaped labels, never as syntax.
 */
export interface DiagramNodes {
  readonly idOf: ReadonlyMap<EndpointId, string>;
  /** Namespace → its workloads, namespaces sorted; externals apart. */
  readonly namespaces: ReadonlyMap<string, readonly { id: EndpointId; label: string }[]>;
  readonly externals: readonly EndpointId[];
}

export function diagramNodes(graph: Graph): DiagramNodes {
  const idOf = new Map<EndpointId, string>();
  const workloads = new Map(graph.model.workloads.map((w) => [w.id as EndpointId, w]));
  const namespaces = new Map<string, { id: EndpointId; label: string }[]>();
  const externals: EndpointId[] = [];
  for (const id of endpointIds(graph)) {
    idOf.set(id, `n${idOf.size}`);
    const w = workloads.get(id);
    if (!w) {
      externals.push(id);
      continue;
    }
    const list = namespaces.get(w.namespace) ?? [];
    list.push({ id, label: `${w.name}[${w.kind}]` });
    namespaces.set(w.namespace, list);
  }
  const sorted = new Map([...namespaces.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { idOf, namespaces: sorted, externals };
}

/**
 * `reachdiff analyze --format mermaid`: `flowchart LR`, one subgraph per namespace,
 * one edge per flow labelled with its connections.
 */
export function renderAnalyzeMermaid(graph: Graph): string {
  const nodes = diagramNodes(graph);
  const out = ["flowchart LR"];
  let ns = 0;
  for (const [name, members] of nodes.namespaces) {
    out.push(`  subgraph s${ns++}["${mermaidLabel(name)}"]`);
    for (const m of members) out.push(`    ${nodes.idOf.get(m.id)}["${mermaidLabel(m.label)}"]`);
    out.push("  end");
  }
  for (const x of nodes.externals) out.push(`  ${nodes.idOf.get(x)}(["${mermaidLabel(x)}"])`);
  for (const f of expandFlows(graph)) {
    out.push(
      `  ${nodes.idOf.get(f.src)} -->|"${mermaidLabel(formatConns(f.conns))}"| ${nodes.idOf.get(f.dst)}`,
    );
  }
  return `${out.join("\n")}\n`;
}

import type { EndpointId } from "../core/ids.js";
import { type ConnSet, formatConns, union } from "../engine/conn-set.js";
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
 * The most edges one diagram draws: mermaid refuses a chart with more than 500 edges
 * (its `maxEdges` default, which GitHub keeps), so a bigger graph would render nothing.
 */
export const MAX_MERMAID_EDGES = 500;

/**
 * `reachdiff analyze --format mermaid`: `flowchart LR`, one subgraph per namespace,
 * one edge per flow labelled with its connections. Past {@link MAX_MERMAID_EDGES}
 * flows it draws one edge per namespace pair instead (the union of the connections and
 * the number of workload flows), and says so in a comment line.
 */
export function renderAnalyzeMermaid(graph: Graph, maxEdges = MAX_MERMAID_EDGES): string {
  let flows = 0;
  for (const _ of expandFlows(graph)) if (++flows > maxEdges) break;
  return flows > maxEdges ? namespaceMermaid(graph, maxEdges) : workloadMermaid(graph);
}

function workloadMermaid(graph: Graph): string {
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

/**
 * One node per namespace (and per external range), one edge per pair of them that some
 * workloads connect: the union of those flows' connections, and how many flows it stands for.
 */
function namespaceMermaid(graph: Graph, maxEdges: number): string {
  const nsOf = new Map(graph.model.workloads.map((w) => [w.id as EndpointId, w.namespace]));
  const place = (id: EndpointId) => nsOf.get(id) ?? null;
  const nodes = new Map<string, string>();
  const nodeOf = (id: EndpointId): string => {
    const ns = place(id);
    const key = ns === null ? `x:${id}` : `n:${ns}`;
    let n = nodes.get(key);
    if (n === undefined) {
      n = `n${nodes.size}`;
      nodes.set(key, n);
    }
    return n;
  };
  for (const id of endpointIds(graph)) nodeOf(id);
  const edges = new Map<string, { conns: ConnSet; count: number }>();
  let total = 0;
  for (const f of expandFlows(graph)) {
    total++;
    const key = `${nodeOf(f.src)} ${nodeOf(f.dst)}`;
    const e = edges.get(key);
    if (e === undefined) edges.set(key, { conns: f.conns, count: 1 });
    else edges.set(key, { conns: union(e.conns, f.conns), count: e.count + 1 });
  }
  const out = [
    "flowchart LR",
    `  %% ${total} flows between workloads, more than ${maxEdges} edges: drawn per namespace (the JSON or dot output has every flow)`,
  ];
  for (const [key, n] of nodes) {
    const name = key.slice(2);
    out.push(
      key.startsWith("n:")
        ? `  ${n}["${mermaidLabel(`namespace ${name}`)}"]`
        : `  ${n}(["${mermaidLabel(name)}"])`,
    );
  }
  for (const [key, e] of edges) {
    const [src, dst] = key.split(" ");
    const flows = e.count === 1 ? "1 flow" : `${e.count} flows`;
    out.push(`  ${src} -->|"${mermaidLabel(`${formatConns(e.conns)} (${flows})`)}"| ${dst}`);
  }
  return `${out.join("\n")}\n`;
}

import type { EndpointId, ExternalId, WorkloadId } from "../core/ids.js";
import { type ConnsJson, connsToJson, otherProtocols } from "../engine/conn-set.js";
import { endpointIds, expandFlows } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import type { Workload } from "../model/types.js";
import { type DiagnosticJson, diagnosticsToJson } from "./diagnostics-json.js";

export interface WorkloadEndpointJson {
  readonly id: WorkloadId;
  readonly type: "workload";
  readonly namespace: string;
  readonly name: string;
  readonly kind: string;
  readonly labels: Record<string, string>;
}

export interface ExternalEndpointJson {
  readonly id: ExternalId;
  readonly type: "external";
  /** The `START-END` ranges the endpoint covers (one per endpoint today). */
  readonly ranges: readonly string[];
}

export type EndpointJson = WorkloadEndpointJson | ExternalEndpointJson;

export interface FlowJson {
  readonly src: EndpointId;
  readonly dst: EndpointId;
  readonly conns: ConnsJson;
  /**
   * Additive to the contract: present (true) when the set holds the protocols other than
   * TCP/UDP/SCTP but is not `"all"`, which only tiered policies that deny some ports produce.
   */
  readonly otherProtocols?: true;
}

/** `reachdiff analyze --format json` (contract.md), plus the additive `incomplete`. */
export interface AnalyzeJson {
  readonly schemaVersion: 1;
  readonly endpoints: readonly EndpointJson[];
  readonly flows: readonly FlowJson[];
  readonly diagnostics: readonly DiagnosticJson[];
  /** True when some input was left out, so the flows are not the whole picture. */
  readonly incomplete: boolean;
}

function sortedLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(labels).sort()) out[key] = labels[key]!;
  return out;
}

function workloadJson(w: Workload): WorkloadEndpointJson {
  return {
    id: w.id,
    type: "workload",
    namespace: w.namespace,
    name: w.name,
    kind: w.kind,
    labels: sortedLabels(w.labels),
  };
}

/** The analyze document: endpoints and flows in the engine's stable order. */
export function analyzeToJson(graph: Graph): AnalyzeJson {
  const workloads = new Map(graph.model.workloads.map((w) => [w.id as EndpointId, w]));
  const endpoints: EndpointJson[] = endpointIds(graph).map((id) => {
    const w = workloads.get(id);
    if (w) return workloadJson(w);
    return { id: id as ExternalId, type: "external", ranges: [id] };
  });
  const flows: FlowJson[] = [];
  for (const f of expandFlows(graph))
    flows.push({
      src: f.src,
      dst: f.dst,
      conns: connsToJson(f.conns),
      ...(otherProtocols(f.conns) ? { otherProtocols: true as const } : {}),
    });
  return {
    schemaVersion: 1,
    endpoints,
    flows,
    diagnostics: diagnosticsToJson(graph.model.diagnostics),
    incomplete: graph.model.incomplete,
  };
}

/** The analyze document as the CLI prints it (two-space indent, final newline). */
export function renderAnalyzeJson(graph: Graph): string {
  return `${JSON.stringify(analyzeToJson(graph), null, 2)}\n`;
}

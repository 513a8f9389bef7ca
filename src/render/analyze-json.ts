import type { EndpointId, ExternalId, WorkloadId } from "../core/ids.js";
import { type ConnsJson, connsToJson, otherProtocols } from "../engine/conn-set.js";
import { endpointIds, expandFlows } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import type { Workload } from "../model/types.js";
import { type DiagnosticJson, diagnosticsToJson } from "./diagnostics-json.js";
import { jsonObjectChunks } from "./json-stream.js";

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

function endpointsJson(graph: Graph): EndpointJson[] {
  const workloads = new Map(graph.model.workloads.map((w) => [w.id as EndpointId, w]));
  return endpointIds(graph).map((id) => {
    const w = workloads.get(id);
    if (w) return workloadJson(w);
    return { id: id as ExternalId, type: "external", ranges: [id] };
  });
}

function* flowsJson(graph: Graph): Generator<FlowJson> {
  for (const f of expandFlows(graph))
    yield {
      src: f.src,
      dst: f.dst,
      conns: connsToJson(f.conns),
      ...(otherProtocols(f.conns) ? { otherProtocols: true as const } : {}),
    };
}

/** The analyze document: endpoints and flows in the engine's stable order. */
export function analyzeToJson(graph: Graph): AnalyzeJson {
  return {
    schemaVersion: 1,
    endpoints: endpointsJson(graph),
    flows: [...flowsJson(graph)],
    diagnostics: diagnosticsToJson(graph.model.diagnostics),
    incomplete: graph.model.incomplete,
  };
}

/**
 * The analyze document as the CLI prints it (two-space indent, final newline), in
 * chunks: flows are expanded while writing, so millions of them never sit in memory.
 */
export function* analyzeJsonChunks(graph: Graph): Generator<string> {
  yield* jsonObjectChunks([
    { key: "schemaVersion", value: 1 },
    { key: "endpoints", items: endpointsJson(graph) },
    { key: "flows", items: flowsJson(graph) },
    { key: "diagnostics", value: diagnosticsToJson(graph.model.diagnostics) },
    { key: "incomplete", value: graph.model.incomplete },
  ]);
}

/** The whole analyze document as one string (small inputs and tests; the CLI streams). */
export function renderAnalyzeJson(graph: Graph): string {
  return [...analyzeJsonChunks(graph)].join("");
}

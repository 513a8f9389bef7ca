import type { Diagnostic } from "./core/diagnostics.js";
import { compareDiagnostics, hasErrors } from "./core/diagnostics.js";
import type { SourceFile } from "./core/source.js";
import { buildGraph, lintGraph } from "./engine/index.js";
import type { Graph, GraphOptions } from "./engine/types.js";
import { buildModel } from "./model/index.js";
import type { Model, ModelOptions } from "./model/types.js";
import { parseFiles } from "./parse/index.js";
import type { ParseResult } from "./parse/types.js";

export interface AnalysisOptions extends ModelOptions, GraphOptions {}

export interface Analysis {
  readonly parsed: ParseResult;
  /** The model, with every diagnostic of every stage (reading, parsing, model, engine). */
  readonly model: Model;
  /** The reachability graph; `graph.model` is `model`. */
  readonly graph: Graph;
}

/**
 * The whole pure pipeline for one tree of manifests: parse → model → engine.
 * `readDiagnostics` are the reader's (unreadable paths, skipped symlinks): they join
 * the model's list so every consumer sees one sorted list of diagnostics.
 */
export function analyzeSources(
  files: readonly SourceFile[],
  options: AnalysisOptions = {},
  readDiagnostics: readonly Diagnostic[] = [],
): Analysis {
  const fromFiles = parseFiles(files);
  // What could not be read is input left out: the result is incomplete, never "no change".
  const parsed: ParseResult =
    readDiagnostics.length === 0
      ? fromFiles
      : {
          resources: fromFiles.resources,
          diagnostics: [...readDiagnostics, ...fromFiles.diagnostics],
          incomplete: fromFiles.incomplete || hasErrors(readDiagnostics),
        };
  const model = buildModel(parsed, options);
  return { parsed, model, graph: buildLintedGraph(model, options) };
}

/**
 * Builds the graph of a freshly built model and completes the model's diagnostics with
 * the engine's lints (which need the graph), sorted. The list is
 * completed in place, before anyone else has seen this model, so that the graph need
 * not be built twice and `graph.model` stays the one model every consumer reads.
 */
export function buildLintedGraph(model: Model, options: GraphOptions = {}): Graph {
  const graph = buildGraph(model, options);
  const all = model.diagnostics as Diagnostic[];
  all.push(...lintGraph(graph));
  all.sort(compareDiagnostics);
  return graph;
}

import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { readSources } from "../adapters/fs-source.js";
import { type Analysis, type AnalysisOptions, analyzeSources } from "../analysis.js";
import { parseConfig, type ReachdiffConfig } from "../app/config.js";
import { compareDiagnostics, type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Model } from "../model/types.js";
import type { CliIo } from "./io.js";
import { namespaceOption, type ParsedArgs, stringOption } from "./options.js";

/** An input problem that stops the command with exit 2, after its diagnostics are printed. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}

/**
 * Reads `--config FILE`, or `.reachdiff.yaml` in the working directory when present.
 * The config is data: nothing in it is executed.
 */
export async function loadConfig(args: ParsedArgs, io: CliIo): Promise<ReachdiffConfig> {
  const named = stringOption(args, "config");
  const path = named ?? ".reachdiff.yaml";
  const abs = isAbsolute(path) ? path : join(io.cwd, path);
  let text: string;
  try {
    text = await readFile(abs, "utf8");
  } catch {
    if (named === undefined) return {};
    throw new InputError(`cannot read config file ${named}`);
  }
  const { config, diagnostics } = parseConfig(text, relative(io.cwd, abs) || path);
  if (diagnostics.some((d) => d.severity === "error")) {
    throw new InputError(`invalid config file ${path}`, diagnostics);
  }
  return config;
}

export function analysisOptions(args: ParsedArgs, config: ReachdiffConfig): AnalysisOptions {
  const ns = namespaceOption(args, "namespace") ?? config.defaultNamespace;
  return {
    ...(ns !== undefined ? { defaultNamespace: ns } : {}),
    ...(config.clusterCidrs !== undefined ? { clusterCidrs: config.clusterCidrs } : {}),
  };
}

/** Reads PATHs (default `.`) from disk and runs the pure pipeline on them. */
export async function loadTree(
  paths: readonly string[],
  io: CliIo,
  options: AnalysisOptions,
): Promise<Analysis> {
  const named = paths.length > 0 ? paths : ["."];
  const { files, diagnostics } = await readSources(named, { cwd: io.cwd });
  // A path the user named that cannot be read stops the command; a file that cannot be
  // read inside a folder being walked is an error in the report, which is then incomplete.
  const namedFiles = new Set(named.map((p) => relative(io.cwd, resolve(io.cwd, p)) || "."));
  const fatal = diagnostics.filter((d) => d.code === "unreadable-path" && namedFiles.has(d.file));
  if (fatal.length > 0) throw new InputError("cannot read the given paths", fatal);
  const analysis = analyzeSources(files, options, diagnostics);
  warnIfNoManifests(analysis.model, `under ${named.join(", ")}`, named[0]!);
  return analysis;
}

/**
 * Adds a `no-manifests` warning to a model that holds no workload, NetworkPolicy or
 * declared Namespace: a mistyped or empty path would otherwise read as "diagnostics:
 * none". In place, as the model's list is completed before anyone reads it.
 */
export function warnIfNoManifests(model: Model, where: string, file: string): void {
  const empty =
    model.workloads.length === 0 &&
    model.policies.length === 0 &&
    !model.namespaces.some((n) => n.declared);
  if (!empty) return;
  const message = `no Kubernetes manifests found ${where}; check the path`;
  const at = { file, line: 1, column: 1 };
  const all = model.diagnostics as Diagnostic[];
  all.push(diagnostic("warning", "no-manifests", message, at));
  all.sort(compareDiagnostics);
}

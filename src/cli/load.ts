import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { readSources } from "../adapters/fs-source.js";
import { type Analysis, type AnalysisOptions, analyzeSources } from "../analysis.js";
import { parseConfig, type ReachdiffConfig } from "../app/config.js";
import type { Diagnostic } from "../core/diagnostics.js";
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
  return analyzeSources(files, options, diagnostics);
}

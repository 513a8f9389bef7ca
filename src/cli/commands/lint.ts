import { type Diagnostic, formatDiagnostic } from "../../core/diagnostics.js";
import type { CliIo } from "../io.js";
import { analysisOptions, loadConfig, loadTree } from "../load.js";
import { flag, formatOption, parseCommandArgs } from "../options.js";

/** `reachdiff lint [PATH...]`: diagnostics only; exit 1 when there is an error. */
export async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {});
  const format = formatOption(args, ["text", "json"] as const, "text");
  const config = await loadConfig(args, io);
  const { model } = await loadTree(args.positionals, io, analysisOptions(args, config));
  const shown = flag(args, "quiet")
    ? model.diagnostics.filter((d) => d.severity === "error")
    : model.diagnostics;
  if (format === "json") {
    const doc = { schemaVersion: 1, incomplete: model.incomplete, diagnostics: shown };
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    for (const d of shown) io.out(`${formatDiagnostic(d)}\n`);
    io.out(`${summarize(model.diagnostics)}\n`);
  }
  return model.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

function summarize(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  if (errors === 0 && warnings === 0) return "lint: no problems found";
  return `lint: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

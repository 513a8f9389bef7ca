import { assertNever } from "../../core/assert-never.js";
import { analyzeJsonChunks } from "../../render/analyze-json.js";
import { renderAnalyzeMarkdown } from "../../render/analyze-markdown.js";
import { renderAnalyzeText } from "../../render/analyze-text.js";
import { renderAnalyzeDot } from "../../render/dot.js";
import { renderAnalyzeMermaid } from "../../render/mermaid.js";
import { type CliIo, outChunks, printDiagnostics, seeAbove, useColor, withNewline } from "../io.js";
import { analysisOptions, loadConfig, loadTree } from "../load.js";
import { flag, formatOption, parseCommandArgs } from "../options.js";

const FORMATS = ["text", "json", "markdown", "mermaid", "dot"] as const;

/**
 * `reachdiff analyze [PATH...]`: the reachability of the manifests under PATH.
 * Exit 2 when some input could not be used (the result would be incomplete).
 */
export async function analyzeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {});
  const format = formatOption(args, FORMATS, "text");
  const config = await loadConfig(args, io);
  const { model, graph } = await loadTree(args.positionals, io, analysisOptions(args, config));
  printDiagnostics(io, model.diagnostics, flag(args, "quiet"));
  const color = useColor(io, flag(args, "no-color"));
  switch (format) {
    case "json":
      await outChunks(io, analyzeJsonChunks(graph));
      break;
    case "text":
      io.out(withNewline(renderAnalyzeText(graph, { color })));
      break;
    case "markdown":
      io.out(withNewline(renderAnalyzeMarkdown(graph)));
      break;
    case "mermaid":
      io.out(withNewline(renderAnalyzeMermaid(graph)));
      break;
    case "dot":
      io.out(withNewline(renderAnalyzeDot(graph)));
      break;
    default:
      assertNever(format, "format");
  }
  if (model.incomplete) {
    const why = seeAbove(model.diagnostics, flag(args, "quiet"));
    io.err(`reachdiff analyze: the result is incomplete: some input could not be used (${why})\n`);
    return 2;
  }
  return 0;
}

import type { Probe } from "../../engine/index.js";
import { explainFlow } from "../../engine/index.js";
import type { Protocol } from "../../model/types.js";
import { explainToJson, renderExplainText } from "../../render/explain-text.js";
import { type CliIo, printDiagnostics } from "../io.js";
import { analysisOptions, loadConfig, loadTree } from "../load.js";
import { flag, formatOption, parseCommandArgs, UsageError } from "../options.js";

const PORT = /^(\d{1,5})(?:\/(TCP|UDP|SCTP|tcp|udp|sctp))?$/;

/** `reachdiff explain SRC DST [PORT[/PROTO]] [PATH...]`: why a flow is allowed or denied. */
export async function explainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {});
  const format = formatOption(args, ["text", "json"] as const, "text");
  const [src, dst, ...rest] = args.positionals;
  if (src === undefined || dst === undefined) throw new UsageError("SRC and DST are required");
  let probe: Probe | undefined;
  let paths = rest;
  const m = rest[0] !== undefined ? PORT.exec(rest[0]) : null;
  if (m) {
    const port = Number(m[1]);
    if (port < 1 || port > 65535) throw new UsageError(`port ${port} is outside 1-65535`);
    probe = { port, protocol: (m[2]?.toUpperCase() ?? "TCP") as Protocol };
    paths = rest.slice(1);
  }
  const config = await loadConfig(args, io);
  const { model, graph } = await loadTree(paths, io, analysisOptions(args, config));
  printDiagnostics(io, model.diagnostics, flag(args, "quiet"));
  const explanation = explainFlow(graph, src, dst, probe);
  if (format === "json") io.out(`${JSON.stringify(explainToJson(explanation), null, 2)}\n`);
  else if (explanation.kind === "unknown-endpoint" && explanation.reason !== undefined) {
    const role = explanation.role === "src" ? "source" : "destination";
    io.out(`${role} ${explanation.text} is not analyzed: ${explanation.reason}\n`);
  } else io.out(renderExplainText(explanation));
  if (explanation.kind === "unknown-endpoint") return 2;
  return model.incomplete ? 2 : 0;
}

import { formatDiagnostic } from "../core/diagnostics.js";
import { analyzeCommand } from "./commands/analyze.js";
import { diffCommand } from "./commands/diff.js";
import { explainCommand } from "./commands/explain.js";
import { generateEgressCommand } from "./commands/generate-egress.js";
import { lintCommand } from "./commands/lint.js";
import { COMMAND_HELP, MAIN_HELP } from "./help.js";
import type { CliIo } from "./io.js";
import { InputError } from "./load.js";
import { UsageError } from "./options.js";

export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  diff: diffCommand,
  explain: explainCommand,
  lint: lintCommand,
  "generate-egress": generateEgressCommand,
};

/**
 * Runs one CLI invocation and returns its exit code (contract.md: 0 done, 1 a gate
 * failed, 2 could not do the job). Every error ends here as a message, never a stack.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(`${MAIN_HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`reachdiff: unknown command "${name}". Run "reachdiff --help".\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${COMMAND_HELP[name] ?? MAIN_HELP}\n`);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`reachdiff ${name}: ${e.message}. Run "reachdiff ${name} --help".\n`);
      return 2;
    }
    if (e instanceof InputError) {
      for (const d of e.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
      io.err(`reachdiff ${name}: ${e.message}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`reachdiff ${name}: ${message}\n`);
    return 2;
  }
}

/** Set by the bundler from package.json; "dev" when run from source. */
declare const __REACHDIFF_VERSION__: string | undefined;
export const VERSION =
  typeof __REACHDIFF_VERSION__ === "string" ? __REACHDIFF_VERSION__ : "0.0.0-dev";

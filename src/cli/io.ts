import { type Diagnostic, formatDiagnostic } from "../core/diagnostics.js";

/** Where the CLI writes, injected so tests run `main` in-process with buffers. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /** As `out`, resolving once stdout can take more (backpressure); absent for buffers. */
  outAsync?(text: string): Promise<void>;
}

/** Writes chunks to stdout one at a time, waiting whenever stdout asks to (backpressure). */
export async function outChunks(io: CliIo, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (io.outAsync) await io.outAsync(chunk);
    else io.out(chunk);
  }
}

/** Colors only on a terminal, never with --no-color or NO_COLOR (no-color.org). */
export function useColor(io: CliIo, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTTY;
}

/** Diagnostics go to stderr as `file:line:col: severity: message [code]`. */
export function printDiagnostics(
  io: CliIo,
  diagnostics: readonly Diagnostic[],
  quiet: boolean,
): void {
  for (const d of diagnostics) {
    if (quiet && d.severity !== "error") continue;
    io.err(`${formatDiagnostic(d)}\n`);
  }
}

/**
 * Where the closing "the result is incomplete" line sends the reader: to the errors
 * or warnings printed above it (a Helm template is a warning), or, when `--quiet` hid
 * the warnings that say why, to a run without it.
 */
export function seeAbove(diagnostics: readonly Diagnostic[], quiet: boolean): string {
  if (diagnostics.some((d) => d.severity === "error")) return "see the errors above";
  if (diagnostics.some((d) => d.severity === "warning"))
    return quiet ? "run without --quiet to see why" : "see the warnings above";
  return "see the diagnostics above";
}

export function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

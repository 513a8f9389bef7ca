import { stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import {
  diffDirectories,
  diffRevisions,
  mergeCommitPair,
  PathNotFoundError,
} from "../../app/diff-revisions.js";
import { assertNever } from "../../core/assert-never.js";
import type { DiffRun } from "../../diff/types.js";
import { renderComment } from "../../render/comment.js";
import type { DiffReportInput } from "../../render/diff-input.js";
import { resolveSides } from "../../render/diff-input.js";
import { diffJsonChunks } from "../../render/diff-json.js";
import { renderDiffMermaid } from "../../render/diff-mermaid.js";
import { renderDiffText } from "../../render/diff-text.js";
import { commentMarker } from "../../render/marker.js";
import { type CliIo, outChunks, printDiagnostics, seeAbove, useColor, withNewline } from "../io.js";
import { analysisOptions, loadConfig, warnIfNoManifests } from "../load.js";
import { flag, formatOption, parseCommandArgs, stringOption, UsageError } from "../options.js";

const FORMATS = ["text", "markdown", "json", "mermaid"] as const;

const DIFF_OPTIONS = {
  base: { type: "string" },
  head: { type: "string" },
  "base-dir": { type: "string" },
  "head-dir": { type: "string" },
  repo: { type: "string" },
  "exit-code": { type: "boolean" },
  "merge-commit": { type: "boolean" },
} as const;

/**
 * `reachdiff diff`: what changed between two git revisions (read from git objects) or
 * two directories. Exit 2 when a side could not be read whole; with --exit-code, 1 when
 * anything opened or closed.
 */
export async function diffCommand(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await diff(argv, io);
  } catch (error) {
    if (!(error instanceof PathNotFoundError)) throw error;
    printDiagnostics(io, error.diagnostics, false);
    io.err(`reachdiff diff: ${error.message}\n`);
    return 2;
  }
}

async function diff(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, DIFF_OPTIONS);
  const format = formatOption(args, FORMATS, "text");
  const config = await loadConfig(args, io);
  const modelOptions = analysisOptions(args, config);
  const abs = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
  const base = stringOption(args, "base");
  const baseDir = stringOption(args, "base-dir");
  const headDir = stringOption(args, "head-dir");
  let run: DiffRun;
  if (baseDir !== undefined || headDir !== undefined) {
    if (baseDir === undefined || headDir === undefined) {
      throw new UsageError("--base-dir and --head-dir go together");
    }
    if (base !== undefined || stringOption(args, "head") !== undefined) {
      throw new UsageError("use either --base/--head or --base-dir/--head-dir");
    }
    await requireDirectory("--base-dir", baseDir, abs(baseDir));
    await requireDirectory("--head-dir", headDir, abs(headDir));
    run = await diffDirectories(abs(baseDir), abs(headDir), {
      paths: args.positionals,
      modelOptions,
      labels: { base: baseDir, head: headDir },
    });
  } else {
    const repoDir = abs(stringOption(args, "repo") ?? ".");
    let head = stringOption(args, "head");
    let baseRev = base;
    if (flag(args, "merge-commit")) {
      // A pull request's merge commit: its first parent is the target branch.
      if (base !== undefined)
        throw new UsageError("--merge-commit picks the base itself: drop --base");
      const pair = await mergeCommitPair(repoDir, head ?? "HEAD");
      if (pair === null) {
        throw new UsageError(`${head ?? "HEAD"} is not a merge commit; give --base REV instead`);
      }
      baseRev = pair.base;
      head = pair.head;
    }
    if (baseRev === undefined) {
      throw new UsageError("--base REV, --merge-commit or --base-dir/--head-dir is required");
    }
    run = await diffRevisions({
      repoDir,
      base: baseRev,
      ...(head !== undefined ? { head } : {}),
      paths: args.positionals,
      modelOptions,
      onNote: (message) => io.err(`reachdiff diff: ${message}\n`),
    });
  }
  const input: DiffReportInput = {
    diff: run.diff,
    base: { label: run.base.label },
    head: { label: run.head.label },
  };
  const quiet = flag(args, "quiet");
  const under = args.positionals.length > 0 ? `under ${args.positionals.join(", ")} ` : "";
  const file = args.positionals[0] ?? ".";
  warnIfNoManifests(run.head.model, `${under}in the head (${run.head.label})`, file);
  warnIfNoManifests(run.base.model, `${under}in the base (${run.base.label})`, file);
  printDiagnostics(io, run.head.model.diagnostics, quiet);
  // The base's warnings are old news, but its errors are why a result is incomplete
  // (when it has none, its warnings are: a Helm template, say), an empty base may be a
  // wrong path, and a named path it lacks explains why everything under it reads as added.
  const baseDiagnostics = run.base.model.diagnostics;
  const baseHasErrors = baseDiagnostics.some((d) => d.severity === "error");
  const baseShown = baseDiagnostics.filter(
    (d) =>
      d.severity === "error" ||
      d.code === "no-manifests" ||
      d.code === "path-not-on-side" ||
      (!baseHasErrors && run.base.model.incomplete),
  );
  if (baseShown.length > 0 && (!quiet || baseHasErrors)) {
    const what = baseHasErrors ? "errors" : "warnings";
    io.err(`reachdiff diff: ${what} in the base (${run.base.label}):\n`);
    printDiagnostics(io, baseShown, quiet);
  }
  switch (format) {
    case "json":
      await outChunks(io, diffJsonChunks(input));
      break;
    case "text":
      io.out(withNewline(renderDiffText(input, { color: useColor(io, flag(args, "no-color")) })));
      break;
    case "markdown":
      io.out(
        withNewline(renderComment({ ...input, marker: commentMarker(args.positionals) }).body),
      );
      break;
    case "mermaid":
      io.out(withNewline(renderDiffMermaid(input)));
      break;
    default:
      assertNever(format, "format");
  }
  const sides = resolveSides(input);
  if (sides.head.incomplete || sides.base.incomplete) {
    const which = sides.head.incomplete ? "head" : "base";
    const why = seeAbove(
      which === "head" ? run.head.model.diagnostics : baseShown,
      flag(args, "quiet"),
    );
    io.err(
      `reachdiff diff: the ${which} could not be read whole; the result is incomplete (${why})\n`,
    );
    return 2;
  }
  const changed = run.diff.opened.length > 0 || run.diff.closed.length > 0;
  return flag(args, "exit-code") && changed ? 1 : 0;
}

/** A missing folder would read as an empty side and report every flow as new. */
async function requireDirectory(option: string, given: string, full: string): Promise<void> {
  let isDirectory = false;
  try {
    isDirectory = (await stat(full)).isDirectory();
  } catch {
    throw new UsageError(`${option} ${given} does not exist or cannot be read; give a folder`);
  }
  if (!isDirectory) {
    throw new UsageError(
      `${option} ${given} is not a folder; give the folder that holds the manifests`,
    );
  }
}

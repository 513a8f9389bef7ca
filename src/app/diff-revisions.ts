import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { readSources } from "../adapters/fs-source.js";
import { createParseCache, type ParseCache } from "../adapters/git-blob-cache.js";
import { type GitReader, openGitReader } from "../adapters/git-source.js";
import { buildLintedGraph } from "../analysis.js";
import { type Diagnostic, diagnostic, hasErrors } from "../core/diagnostics.js";
import type { SourceFile } from "../core/source.js";
import { diffGraphs } from "../diff/index.js";
import type { DiffRun, DiffSide } from "../diff/types.js";
import { partitionAddressSpace } from "../engine/index.js";
import type { Graph } from "../engine/types.js";
import { buildModel } from "../model/index.js";
import type { ModelOptions } from "../model/types.js";
import type { ParseResult } from "../parse/types.js";

export interface DiffRevisionsOptions {
  /** The directory git runs in; `paths` and reported file names are relative to it. */
  readonly repoDir: string;
  /** The base revision, e.g. `origin/main` or `HEAD^1`. */
  readonly base: string;
  /** The head revision; missing means the working tree. */
  readonly head?: string;
  /** Manifest paths (files or folders); empty means `.`. */
  readonly paths: readonly string[];
  readonly modelOptions?: ModelOptions;
  /** Hears what was done without being asked (a commit fetched into a shallow clone). */
  readonly onNote?: (message: string) => void;
}

/**
 * A named path that exists on neither side: diffing nothing against nothing would read as
 * "no reachability change", so the diff refuses (exit 2, `unreadable-path`).
 */
export class PathNotFoundError extends Error {
  readonly exitCode = 2;

  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      diagnostics.length === 1
        ? `${diagnostics[0]!.file} exists on neither side; check the path`
        : `${diagnostics.map((d) => d.file).join(", ")} exist on neither side; check the paths`,
    );
    this.name = "PathNotFoundError";
  }
}

/** Where one side is read from, and which of the named paths it has. */
interface SideSource {
  readonly label: string;
  readonly sha: string | null;
  /** For each named path: present at this side. */
  readonly has: readonly boolean[];
  /** Reads the paths present at this side (never called with none). */
  read(paths: readonly string[]): Promise<SideInput>;
}

interface SideInput {
  readonly label: string;
  readonly sha: string | null;
  readonly parsed: ParseResult;
}

/**
 * `reachdiff diff --base REV [--head REV] [PATH...]`: reads PATH at both revisions from
 * git objects (never by checking out), parses each blob once, and diffs the models.
 *
 * On a pull request's merge commit (what actions/checkout checks out for
 * `pull_request` events), the right pair is `--base HEAD^1 --head HEAD`: the first
 * parent is the target branch, and the merge commit is exactly what merging would
 * produce. {@link mergeCommitPair} finds that pair. With the default
 * `fetch-depth: 1` the first parent is fetched on demand (depth 1).
 *
 * Throws `GitSourceError` (exit 2) for a bad or unreadable revision.
 */
export async function diffRevisions(options: DiffRevisionsOptions): Promise<DiffRun> {
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const git = openGitReader(options.repoDir, options.onNote);
  const cache = createParseCache();
  try {
    const baseSha = await git.resolve(options.base);
    const headSha = options.head === undefined ? null : await git.resolve(options.head);
    const named = options.paths.length > 0;
    const revision = async (sha: string): Promise<SideSource> => ({
      label: sha.slice(0, 7),
      sha,
      has: named ? await git.hasPaths(sha, paths) : paths.map(() => true),
      read: (present) => readRevision(git, cache, sha, present),
    });
    const base = await revision(baseSha);
    const head =
      headSha === null
        ? await directorySource(cache, options.repoDir, "working tree", paths, named)
        : await revision(headSha);
    const where = "the folder git runs in (--repo, default the current directory)";
    return diffSides(...(await readSides(base, head, paths, where)), options.modelOptions);
  } finally {
    git.close();
  }
}

/**
 * `reachdiff diff --base-dir DIR --head-dir DIR`: the same diff between two folders,
 * no git needed. `paths` are relative to each folder (default `.`), and so are the
 * file names in diagnostics.
 */
export async function diffDirectories(
  baseDir: string,
  headDir: string,
  options: {
    readonly paths?: readonly string[];
    readonly modelOptions?: ModelOptions;
    /** How the reports name the two sides (default: the folders as given). */
    readonly labels?: { readonly base: string; readonly head: string };
  } = {},
): Promise<DiffRun> {
  const named = options.paths !== undefined && options.paths.length > 0;
  const paths = named ? options.paths! : ["."];
  const cache = createParseCache();
  const base = await directorySource(cache, baseDir, options.labels?.base ?? baseDir, paths, named);
  const head = await directorySource(cache, headDir, options.labels?.head ?? headDir, paths, named);
  const where = "each of the two folders (--base-dir and --head-dir)";
  return diffSides(...(await readSides(base, head, paths, where)), options.modelOptions);
}

/**
 * When `rev` (default `HEAD`) is a merge commit, the pair to diff: its first parent as
 * the base and itself as the head (see {@link diffRevisions}); null otherwise.
 */
export async function mergeCommitPair(
  repoDir: string,
  rev = "HEAD",
): Promise<{ base: string; head: string } | null> {
  const git = openGitReader(repoDir);
  try {
    const head = await git.resolve(rev);
    const [first, second] = await git.parents(head);
    return first && second ? { base: first, head } : null;
  } finally {
    git.close();
  }
}

async function readRevision(
  git: GitReader,
  cache: ParseCache,
  sha: string,
  paths: readonly string[],
): Promise<SideInput> {
  const files = await git.readTree(sha, paths);
  return { label: sha.slice(0, 7), sha, parsed: cache.parse(files) };
}

/**
 * Reads both sides. A named path missing on one side is an empty part of that side (a
 * folder added or deleted by the change), said in a diagnostic; missing on both, the diff
 * refuses ({@link PathNotFoundError}). Every mode (two commits, the working tree, two
 * folders) decides this the same way.
 */
async function readSides(
  base: SideSource,
  head: SideSource,
  paths: readonly string[],
  relativeTo: string,
): Promise<[SideInput, SideInput]> {
  const nowhere = paths.filter((_, i) => !base.has[i] && !head.has[i]);
  if (nowhere.length > 0) {
    throw new PathNotFoundError(
      nowhere.map((p) =>
        diagnostic(
          "error",
          "unreadable-path",
          `${p} exists neither in the base (${base.label}) nor in the head (${head.label}). Check the path: it is relative to ${relativeTo}.`,
          { file: p, line: 1, column: 1 },
        ),
      ),
    );
  }
  const read = async (side: SideSource, other: SideSource, which: string): Promise<SideInput> => {
    const present = paths.filter((_, i) => side.has[i]);
    const input: SideInput =
      present.length > 0
        ? await side.read(present)
        : {
            label: side.label,
            sha: side.sha,
            parsed: { resources: [], diagnostics: [], incomplete: false },
          };
    const absent = paths.filter((_, i) => !side.has[i]);
    if (absent.length === 0) return input;
    const notes = absent.map((p) =>
      diagnostic(
        which === "head" ? "warning" : "info",
        "path-not-on-side",
        which === "head"
          ? `${p} does not exist in the head (${side.label}); it is read as empty there, so what it held in the base (${other.label}) reads as removed.`
          : `${p} does not exist in the base (${side.label}); it is read as empty there, so what it holds in the head (${other.label}) reads as added.`,
        { file: p, line: 1, column: 1 },
      ),
    );
    return {
      ...input,
      parsed: { ...input.parsed, diagnostics: [...notes, ...input.parsed.diagnostics] },
    };
  };
  return [await read(base, head, "base"), await read(head, base, "head")];
}

/** A folder side (the working tree, --base-dir, --head-dir): which named paths exist in it. */
async function directorySource(
  cache: ParseCache,
  dir: string,
  label: string,
  paths: readonly string[],
  named: boolean,
): Promise<SideSource> {
  const has = named ? await Promise.all(paths.map((p) => exists(resolve(dir, p)))) : [];
  return {
    label,
    sha: null,
    has: named ? has : paths.map(() => true),
    read: (present) => readDirectory(cache, dir, label, present),
  };
}

/** False only when nothing is there; a path that exists but cannot be read is reported by the read. */
async function exists(full: string): Promise<boolean> {
  try {
    await stat(full);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== "ENOENT" && code !== "ENOTDIR";
  }
}

async function readDirectory(
  cache: ParseCache,
  dir: string,
  label: string,
  paths: readonly string[],
): Promise<SideInput> {
  const { files, diagnostics } = await readSources(paths, { cwd: dir });
  const parsed = cache.parse(files as readonly SourceFile[]);
  // An unreadable path is input left out: the result is incomplete, never "no change".
  return {
    label,
    sha: null,
    parsed: {
      resources: parsed.resources,
      diagnostics: [...diagnostics, ...parsed.diagnostics],
      incomplete: parsed.incomplete || hasErrors(diagnostics),
    },
  };
}

/**
 * Builds both models and graphs over one partition of the address space, folds the
 * engine's lints into each model's diagnostics (as `analyzeSources` does), and diffs.
 */
function diffSides(base: SideInput, head: SideInput, modelOptions?: ModelOptions): DiffRun {
  const baseModel = buildModel(base.parsed, modelOptions);
  const headModel = buildModel(head.parsed, modelOptions);
  const externals = partitionAddressSpace([baseModel, headModel]);
  const baseGraph = buildLintedGraph(baseModel, { externals });
  const headGraph = buildLintedGraph(headModel, { externals });
  const side = (input: SideInput, graph: Graph): DiffSide => ({
    label: input.label,
    sha: input.sha,
    model: graph.model,
  });
  return {
    base: side(base, baseGraph),
    head: side(head, headGraph),
    diff: diffGraphs(baseGraph, headGraph),
  };
}

import { readSources } from "../adapters/fs-source.js";
import { createParseCache, type ParseCache } from "../adapters/git-blob-cache.js";
import { type GitReader, openGitReader } from "../adapters/git-source.js";
import { buildLintedGraph } from "../analysis.js";
import { hasErrors } from "../core/diagnostics.js";
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
  const git = openGitReader(options.repoDir);
  const cache = createParseCache();
  try {
    const baseSha = await git.resolve(options.base);
    const headSha = options.head === undefined ? null : await git.resolve(options.head);
    const base = await readRevision(git, cache, baseSha, paths);
    const head =
      headSha === null
        ? await readWorkingTree(cache, options.repoDir, paths)
        : await readRevision(git, cache, headSha, paths);
    return diffSides(base, head, options.modelOptions);
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
  const paths = options.paths && options.paths.length > 0 ? options.paths : ["."];
  const cache = createParseCache();
  const base = await readDirectory(cache, baseDir, options.labels?.base ?? baseDir, paths);
  const head = await readDirectory(cache, headDir, options.labels?.head ?? headDir, paths);
  return diffSides(base, head, options.modelOptions);
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

async function readWorkingTree(
  cache: ParseCache,
  repoDir: string,
  paths: readonly string[],
): Promise<SideInput> {
  return readDirectory(cache, repoDir, "working tree", paths);
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

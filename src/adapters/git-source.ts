import { type SimpleGit, simpleGit } from "simple-git";
import type { SourceFile } from "../core/source.js";
import { CatFileBatch } from "./git-cat-file.js";
import { GitSourceError } from "./git-errors.js";

export { GitSourceError, type GitSourceErrorKind } from "./git-errors.js";

/** A file read from a git tree: its blob id lets callers parse unchanged files once. */
export interface GitSourceFile extends SourceFile {
  readonly oid: string;
}

/** Reads manifests straight from git objects, never by checking out (design.md, "Reading git"). */
export interface GitReader {
  /**
   * The full commit id of `rev`. A rev starting with `-`, or one git does not resolve to a
   * commit, is rejected with a {@link GitSourceError} (exit 2), so no revision can ever be
   * read as an option. In a shallow clone a missing commit is fetched once (depth 1).
   */
  resolve(rev: string): Promise<string>;
  /** The parent commit ids of `sha`, in order (works on the boundary of a shallow clone). */
  parents(sha: string): Promise<string[]>;
  /**
   * Every `.yaml`, `.yml` and `.json` blob under `paths` (relative to the reader's
   * directory) at commit `sha`, sorted by path. `node_modules` and `.git` folders are
   * skipped; symlinks and submodules are not followed.
   */
  readTree(sha: string, paths: readonly string[]): Promise<GitSourceFile[]>;
  /** For each of `paths`, whether a file or folder of that name is in commit `sha`. */
  hasPaths(sha: string, paths: readonly string[]): Promise<boolean[]>;
  /** Ends the `git cat-file --batch` child. */
  close(): void;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const MANIFEST = /\.(ya?ml|json)$/i;
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);
const FETCH_HINT =
  "set `fetch-depth: 0` (or `fetch-depth: 2` when diffing a merge commit against its first parent) on actions/checkout";

/**
 * Opens a reader on the repository that contains `repoDir`; paths are relative to `repoDir`.
 * `onNote` hears what the reader did on its own (a commit fetched into a shallow clone).
 */
export function openGitReader(
  repoDir: string,
  onNote: (message: string) => void = () => {},
): GitReader {
  let git: SimpleGit;
  try {
    git = simpleGit({ baseDir: repoDir });
  } catch (error) {
    throw new GitSourceError("git-failed", `cannot open ${repoDir}: ${messageOf(error)}`);
  }
  let batch: CatFileBatch | null = null;
  const blobs = (): CatFileBatch => {
    batch ??= new CatFileBatch(repoDir);
    return batch;
  };
  const parents = (sha: string) => readParents(git, sha);
  return {
    resolve: (rev) => resolveRevision(git, rev, onNote),
    parents,
    readTree: (sha, paths) => readTree(git, blobs(), sha, paths),
    hasPaths: (sha, paths) => Promise.all(paths.map((p) => hasPath(git, sha, p))),
    close: () => batch?.close(),
  };
}

function validateRevision(rev: string): void {
  // `-` first would make git read an option (`--upload-pack=…`); control characters and
  // whitespace never belong in a revision and would break the batch protocol.
  if (rev === "" || rev.startsWith("-") || [...rev].some(isControlOrSpace)) {
    throw new GitSourceError(
      "invalid-revision",
      `invalid revision ${JSON.stringify(rev)}: give a branch, tag or commit id`,
    );
  }
}

function isControlOrSpace(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0x20 || code === 0x7f;
}

async function tryRevParse(git: SimpleGit, rev: string): Promise<string | null> {
  try {
    const out = await git.raw([
      "rev-parse",
      "--verify",
      "--quiet",
      "--end-of-options",
      `${rev}^{commit}`,
    ]);
    const sha = out.trim();
    return SHA.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

/** `commit`, `tree`, `blob` or `tag` when the object exists; null otherwise. */
async function objectType(git: SimpleGit, rev: string): Promise<string | null> {
  try {
    return (await git.raw(["cat-file", "-t", "--end-of-options", rev])).trim() || null;
  } catch {
    return null;
  }
}

async function isShallow(git: SimpleGit): Promise<boolean> {
  try {
    return (await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  } catch {
    return false;
  }
}

async function resolveRevision(
  git: SimpleGit,
  rev: string,
  onNote: (message: string) => void,
): Promise<string> {
  validateRevision(rev);
  const sha = await tryRevParse(git, rev);
  if (sha) return sha;
  const type = await objectType(git, rev);
  if (type !== null && type !== "commit" && type !== "tag") {
    // A tree or blob id is in the clone: fetching it again (the shallow path) cannot help.
    throw new GitSourceError(
      "unknown-revision",
      `${rev} is a ${type}, not a commit: give a branch, tag or commit id`,
    );
  }
  if (!SHA.test(rev) && !(await isShallow(git))) {
    throw new GitSourceError("unknown-revision", `git cannot resolve ${rev} to a commit`);
  }
  return resolveInShallowClone(git, rev, onNote);
}

/**
 * A shallow clone (actions/checkout's default `fetch-depth: 1`) lacks the parents of its
 * boundary commit, so `HEAD^1` does not resolve although the commit object still names
 * its parents. Walk `^N`/`~N` steps by hand and fetch each missing commit (depth 1).
 */
async function resolveInShallowClone(
  git: SimpleGit,
  rev: string,
  onNote: (message: string) => void,
): Promise<string> {
  const m = /^(.*?)((?:[~^][0-9]*)*)$/.exec(rev);
  const base = m?.[1] ?? rev;
  const steps = [...(m?.[2] ?? "").matchAll(/([~^])([0-9]*)/g)];
  let sha: string;
  if (steps.length === 0 || base === "") {
    // Only a full commit id can be fetched by id; a name or short id is never tried.
    if (!SHA.test(rev)) throw notInClone(rev);
    sha = rev;
  } else {
    sha = (await tryRevParse(git, base)) ?? (SHA.test(base) ? base : "");
    if (sha === "") throw notInClone(base);
  }
  const ensure = (commit: string) => ensureCommit(git, commit, rev, onNote);
  await ensure(sha);
  for (const [, op, digits] of steps) {
    const n = digits === "" || digits === undefined ? 1 : Number(digits);
    if (op === "^") {
      if (n === 0) continue;
      const parent = (await readParents(git, sha))[n - 1];
      if (!parent) throw new GitSourceError("unknown-revision", `${rev}: no parent ${n}`);
      sha = parent;
      await ensure(sha);
    } else {
      for (let i = 0; i < n; i++) {
        const parent = (await readParents(git, sha))[0];
        if (!parent) throw new GitSourceError("unknown-revision", `${rev}: history too short`);
        sha = parent;
        await ensure(sha);
      }
    }
  }
  return sha;
}

async function ensureCommit(
  git: SimpleGit,
  sha: string,
  rev: string,
  onNote: (message: string) => void,
): Promise<void> {
  if (await tryRevParse(git, sha)) return;
  try {
    await git.raw(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
  } catch (error) {
    throw fetchFailed(
      rev,
      `fetching ${sha} from origin failed (${messageOf(error).split("\n")[0]})`,
    );
  }
  if (!(await tryRevParse(git, sha))) {
    throw fetchFailed(rev, `fetching ${sha} from origin did not bring the commit`);
  }
  onNote(`fetched ${sha} (depth 1) from origin: it was not in this shallow clone`);
}

function fetchFailed(rev: string, what: string): GitSourceError {
  return new GitSourceError(
    "shallow-clone",
    `revision ${rev} is not in this shallow clone and ${what}: ${FETCH_HINT}`,
    what,
  );
}

/** A name or short id missing from a shallow clone: only full commit ids are fetched by id. */
function notInClone(rev: string): GitSourceError {
  return new GitSourceError(
    "shallow-clone",
    `${rev} is not in this shallow clone (only a full commit id is fetched on demand); fetch it (git fetch origin ${rev}), give its full commit id, or ${FETCH_HINT}`,
  );
}

async function readParents(git: SimpleGit, sha: string): Promise<string[]> {
  if (!SHA.test(sha)) throw new GitSourceError("invalid-revision", `not a commit id: ${sha}`);
  let text: string;
  try {
    text = await git.raw(["cat-file", "commit", sha]);
  } catch (error) {
    throw new GitSourceError("git-failed", `cannot read commit ${sha}: ${messageOf(error)}`);
  }
  const parents: string[] = [];
  for (const line of text.split("\n")) {
    if (line === "") break; // headers end at the first blank line
    if (line.startsWith("parent ")) parents.push(line.slice("parent ".length).trim());
  }
  return parents;
}

interface TreeEntry {
  readonly path: string;
  readonly oid: string;
}

/** `git ls-tree` of `sha` and `args`, with a plain message for a path outside the repository. */
async function lsTree(git: SimpleGit, sha: string, args: readonly string[]): Promise<string> {
  if (!SHA.test(sha)) throw new GitSourceError("invalid-revision", `not a commit id: ${sha}`);
  try {
    return await git.raw(["ls-tree", "-z", sha, ...args]);
  } catch (error) {
    const message = messageOf(error);
    const outside = /fatal: ([^:]+): '.*' is outside repository/.exec(message);
    if (outside) {
      throw new GitSourceError(
        "git-failed",
        `the path ${outside[1]} is outside the git repository; give paths inside it (relative to --repo, default the current directory)`,
      );
    }
    throw new GitSourceError("git-failed", `cannot list ${sha}: ${message}`);
  }
}

/** True when `path` (relative to the reader's directory) names a file or folder at `sha`. */
async function hasPath(git: SimpleGit, sha: string, path: string): Promise<boolean> {
  // Without -r, ls-tree lists the entry itself: a folder as one `tree` line.
  return (await lsTree(git, sha, ["--", path])) !== "";
}

async function listTree(
  git: SimpleGit,
  sha: string,
  paths: readonly string[],
): Promise<TreeEntry[]> {
  const out = await lsTree(git, sha, ["-r", "--", ...(paths.length ? paths : ["."])]);
  const entries: TreeEntry[] = [];
  for (const record of out.split("\0")) {
    // `<mode> SP <type> SP <object> TAB <file>` (git-ls-tree(1), OUTPUT FORMAT)
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    // 120000 is a symlink (never followed), 160000 a submodule commit.
    if (type !== "blob" || mode === "120000" || !oid || !MANIFEST.test(path)) continue;
    if (path.split("/").some((segment) => SKIPPED_DIRS.has(segment))) continue;
    entries.push({ path, oid });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function readTree(
  git: SimpleGit,
  batch: CatFileBatch,
  sha: string,
  paths: readonly string[],
): Promise<GitSourceFile[]> {
  if (!SHA.test(sha)) throw new GitSourceError("invalid-revision", `not a commit id: ${sha}`);
  const entries = await listTree(git, sha, paths);
  return Promise.all(
    entries.map(async ({ path, oid }) => ({
      path,
      oid,
      text: (await batch.read(oid)).toString("utf8"),
    })),
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

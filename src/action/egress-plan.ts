import { simpleGit } from "simple-git";
import { ownershipOf } from "../adapters/egress-dir.js";
import { openGitReader } from "../adapters/git-source.js";
import type { FileAddition } from "../adapters/github-commit.js";
import { hasErrors } from "../core/diagnostics.js";
import type { SourceFile } from "../core/source.js";
import { type EgressPlan, planEgress } from "../generate/plan.js";
import type { DnsTarget } from "../generate/types.js";
import type { ModelOptions } from "../model/types.js";
import { renderEgressSuggestion } from "../render/egress-diff.js";

/** The generator's switches the Action passes on (inputs `egress-default-deny`, `egress-keep-unisolated`). */
export interface EgressSwitches {
  /** CLI `--default-deny`: per namespace, a default-deny egress policy that still allows DNS. */
  readonly defaultDeny: boolean;
  /** CLI `--keep-unisolated`: keep egress toward destinations no ingress policy isolates. */
  readonly keepUnisolated: boolean;
}

export interface HeadEgressRequest extends EgressSwitches {
  /** Where git runs (the runner's workspace); `paths` and `egressDir` are relative to it. */
  readonly workspace: string;
  /** The commit to generate for: the PR head (the parent of a commit mode commit). */
  readonly rev: string;
  readonly paths: readonly string[];
  /** Validated by inputs.ts: relative, inside the repository, outside `.git/` and `.github/`. */
  readonly egressDir: string;
  readonly model: ModelOptions;
  readonly dns: DnsTarget;
}

/** What would make `egressDir` at the head hold exactly the generated files. */
export interface EgressChanges {
  /** Repository-root relative, for `createCommitOnBranch`. */
  readonly additions: readonly FileAddition[];
  /** Repository-root relative: stale files reachdiff generated earlier, nothing else. */
  readonly deletions: readonly string[];
  /** File names under `egressDir` (as `EgressDirSync` has them). */
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

export type HeadEgress =
  /** The head's manifests have errors: generated egress could miss flows, none is offered. */
  | { readonly kind: "input-errors"; readonly sha: string }
  /**
   * A file reachdiff did not generate has the name of a generated one (`paths`), or a file
   * in `egressDir` mixes generated and hand-written documents (`mixed`): never
   * overwritten nor removed.
   */
  | {
      readonly kind: "conflict";
      readonly sha: string;
      readonly plan: EgressPlan;
      readonly paths: readonly string[];
      readonly mixed: readonly string[];
    }
  /** A counter-example to the proof: a bug in reachdiff, nothing is offered. */
  | { readonly kind: "proof-failed"; readonly sha: string; readonly plan: EgressPlan }
  | {
      readonly kind: "planned";
      readonly sha: string;
      readonly plan: EgressPlan;
      readonly changes: EgressChanges;
      /** Unified diff of `egressDir` (empty when up to date). */
      readonly diff: string;
    };

/**
 * Plans the egress policies for the manifests of commit `rev` and compares them with what
 * `egressDir` holds in that same commit. Everything is read from git objects (design.md,
 * "Reading git"): the PR head is never checked out nor executed, and nothing is written.
 * Throws `GitSourceError` when the commit cannot be read.
 */
export async function planHeadEgress(req: HeadEgressRequest): Promise<HeadEgress> {
  const git = openGitReader(req.workspace);
  let sha: string;
  let sources: SourceFile[];
  let inDir: SourceFile[];
  try {
    sha = await git.resolve(req.rev);
    sources = await git.readTree(sha, req.paths.length > 0 ? req.paths : ["."]);
    inDir = await git.readTree(sha, [req.egressDir]);
  } finally {
    git.close();
  }
  const plan = planEgress(sources, {
    defaultDeny: req.defaultDeny,
    keepUnisolated: req.keepUnisolated,
    dns: req.dns,
    outDir: req.egressDir,
    model: req.model,
  });
  if (hasErrors(plan.base.diagnostics) || plan.base.incomplete)
    return { kind: "input-errors", sha };
  if (!plan.proof.holds) return { kind: "proof-failed", sha, plan };

  const dirPrefix = `${req.egressDir}/`;
  // Like adapters/egress-dir.ts: only `.yaml`/`.yml` files count, recognized by their label.
  const present = inDir
    .filter((f) => f.path.startsWith(dirPrefix) && /\.ya?ml$/.test(f.path))
    .map((f) => ({ path: f.path.slice(dirPrefix.length), text: f.text }));
  const owner = new Map(present.map((f) => [f.path, ownershipOf(f.text)]));
  const current = present.filter((f) => owner.get(f.path) === "generated");
  const mixed = present.filter((f) => owner.get(f.path) === "mixed").map((f) => dirPrefix + f.path);
  const conflicts = plan.files
    .filter((f) => owner.get(f.path) === "foreign")
    .map((f) => dirPrefix + f.path);
  if (conflicts.length > 0 || mixed.length > 0)
    return { kind: "conflict", sha, plan, paths: conflicts.sort(), mixed: mixed.sort() };

  const before = new Map(current.map((f) => [f.path, f.text]));
  const wanted = new Set(plan.files.map((f) => f.path));
  const written = plan.files.filter((f) => before.get(f.path) !== f.text).map((f) => f.path);
  const unchanged = plan.files.filter((f) => before.get(f.path) === f.text).map((f) => f.path);
  const removed = current.filter((f) => !wanted.has(f.path)).map((f) => f.path);
  const root = await repoPrefix(req.workspace);
  const full = (name: string) => inside(`${root}${dirPrefix}${name}`, `${root}${dirPrefix}`);
  const text = new Map(plan.files.map((f) => [f.path, f.text]));
  return {
    kind: "planned",
    sha,
    plan,
    changes: {
      additions: written.map((name) => ({ path: full(name), contents: text.get(name) ?? "" })),
      deletions: removed.map(full),
      written: written.sort(),
      removed: removed.sort(),
      unchanged: unchanged.sort(),
    },
    diff: renderEgressSuggestion(current, plan.files, req.egressDir),
  };
}

/** `sub/dir/` when the workspace is a subfolder of the repository, `` at its root. */
async function repoPrefix(workspace: string): Promise<string> {
  return (await simpleGit({ baseDir: workspace }).raw(["rev-parse", "--show-prefix"])).trim();
}

/**
 * A commit path must stay inside the egress folder (issue 5, "Never writes outside DIR"):
 * no `..`, `.`, empty, absolute or backslashed segment may come from a generated name.
 */
function inside(path: string, dir: string): string {
  const rest = path.slice(dir.length);
  const parts = rest.split("/");
  if (
    !path.startsWith(dir) ||
    rest === "" ||
    rest.includes("\\") ||
    parts.some((s) => s === "" || s === "." || s === ".." || s === ".git" || s === ".github")
  ) {
    throw new Error(`reachdiff bug: generated file ${JSON.stringify(path)} is not inside ${dir}`);
  }
  return path;
}

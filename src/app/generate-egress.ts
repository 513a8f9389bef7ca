import { realpath } from "node:fs/promises";
import path from "node:path";
import { simpleGit } from "simple-git";
import { EgressDirError, type EgressDirSync, syncEgressDir } from "../adapters/egress-dir.js";
import { readSources } from "../adapters/fs-source.js";
import { compareDiagnostics, type Diagnostic, hasErrors } from "../core/diagnostics.js";
import { connsToJson } from "../engine/conn-set.js";
import { type EgressPlan, planEgress } from "../generate/plan.js";
import { DEFAULT_DNS, type DnsTarget } from "../generate/types.js";
import type { ModelOptions } from "../model/types.js";
import { renderEgressReport } from "../render/egress-report.js";

export interface GenerateEgressRequest {
  readonly paths: readonly string[];
  readonly cwd: string;
  /** The output folder, relative to `cwd` or absolute. */
  readonly out: string;
  readonly defaultDeny: boolean;
  readonly keepUnisolated: boolean;
  readonly check: boolean;
  readonly commit: boolean;
  readonly dns?: DnsTarget;
  readonly model?: ModelOptions;
  readonly format?: "text" | "markdown" | "json";
}

export interface GenerateEgressOutcome {
  /** contract.md: 0 done, 1 `--check` found DIR stale, 2 could not do the job. */
  readonly exitCode: 0 | 1 | 2;
  /** The report, in the requested format. */
  readonly report: string;
  /** Everything to show on stderr, sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** Why the job could not be done, when exitCode is 2 and no diagnostic says it. */
  readonly error: string | null;
  readonly plan: EgressPlan | null;
  readonly sync: EgressDirSync | null;
  /** The commit made with `--commit`, or null. */
  readonly commit: string | null;
}

/**
 * `reachdiff generate-egress`: read → parse → model → generate → prove → sync DIR →
 * optionally commit. Writes nothing when the input has errors (the result would be
 * untrustworthy) or when the proof fails (a bug, printed as `proof-failed`).
 */
export async function runGenerateEgress(
  req: GenerateEgressRequest,
): Promise<GenerateEgressOutcome> {
  const dns = req.dns ?? DEFAULT_DNS;
  const format = req.format ?? "text";
  const read = await readSources(req.paths.length > 0 ? req.paths : ["."], { cwd: req.cwd });
  const outAbs = path.resolve(req.cwd, req.out);
  const outRel = path.relative(req.cwd, outAbs).split(path.sep).join("/") || ".";
  const fail = (
    error: string | null,
    diagnostics: readonly Diagnostic[],
    plan: EgressPlan | null,
  ) => ({
    exitCode: 2 as const,
    report: plan ? report(plan, null, req, outRel, format) : "",
    diagnostics: [...diagnostics].sort(compareDiagnostics),
    error,
    plan,
    sync: null,
    commit: null,
  });
  if (hasErrors(read.diagnostics)) return fail(null, read.diagnostics, null);
  // Before anything is written: a --commit that cannot commit must not leave DIR changed.
  if (req.commit && !req.check) {
    const refusal = await commitRefusal(req.cwd, outAbs, outRel);
    if (refusal !== null) return fail(refusal, read.diagnostics, null);
  }

  const plan = planEgress(read.files, { ...req, dns, outDir: outRel });
  const diagnostics = [...read.diagnostics, ...plan.diagnostics].sort(compareDiagnostics);
  if (hasErrors(plan.base.diagnostics) || plan.base.incomplete) {
    return fail(
      "the manifests have errors, so the generated egress could miss flows; fix them (see `reachdiff lint`) and run again.",
      diagnostics,
      null,
    );
  }
  if (!plan.proof.holds) return fail(null, diagnostics, plan);

  let sync: EgressDirSync;
  try {
    sync = await syncEgressDir(outAbs, plan.files, { check: req.check, cwd: req.cwd });
  } catch (error) {
    if (error instanceof EgressDirError) return fail(error.message, diagnostics, plan);
    throw error;
  }
  let commit: string | null = null;
  if (req.commit && !req.check && sync.stale) {
    try {
      commit = await commitEgress(req.cwd, outAbs, outRel, sync);
    } catch (error) {
      return fail(`could not commit ${outRel}: ${(error as Error).message}`, diagnostics, plan);
    }
  }
  return {
    exitCode: req.check && sync.stale ? 1 : 0,
    report: report(plan, sync, req, outRel, format, commit),
    diagnostics,
    error: null,
    plan,
    sync,
    commit,
  };
}

function report(
  plan: EgressPlan,
  sync: EgressDirSync | null,
  req: GenerateEgressRequest,
  out: string,
  format: "text" | "markdown" | "json",
  commit: string | null = null,
): string {
  if (format === "json") {
    const doc = {
      schemaVersion: 1,
      out,
      /** The commit `--commit` made; null without `--commit` or when DIR was up to date. */
      commit,
      proof: {
        holds: plan.proof.holds,
        counterExamples: plan.proof.counterExamples.map((x) => ({
          ...x,
          conns: connsToJson(x.conns),
        })),
      },
      policies: plan.generated.policies.map((p) => ({
        namespace: p.namespace,
        name: p.name,
        file: `${out}/${p.fileName}`,
        purpose: p.purpose,
        generatedFrom: p.generatedFrom,
      })),
      notes: plan.generated.notes,
      price: plan.proof.price.map((p) => ({ ...p, conns: connsToJson(p.conns) })),
      sync: sync && {
        written: sync.written,
        removed: sync.removed,
        unchanged: sync.unchanged,
        stale: sync.stale,
      },
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  return renderEgressReport(
    {
      generated: plan.generated,
      proof: plan.proof,
      out,
      defaultDeny: req.defaultDeny,
      keepUnisolated: req.keepUnisolated,
      sync: sync && { ...sync, check: req.check },
      commit: req.commit && sync !== null ? { id: commit } : null,
    },
    format,
  );
}

/** The commit message: what changed in DIR, one file per line. */
export function egressCommitMessage(out: string, sync: EgressDirSync): string {
  const lines = [
    `reachdiff: update generated egress policies in ${out}`,
    "",
    "Complementary egress policies for the repository's ingress policies",
    "(StackRox recipe), proven by reachdiff to keep every flow the ingress",
    "policies allow between pods.",
  ];
  if (sync.written.length > 0)
    lines.push("", "Written:", ...sync.written.map((f) => `- ${out}/${f}`));
  if (sync.removed.length > 0)
    lines.push("", "Removed:", ...sync.removed.map((f) => `- ${out}/${f}`));
  return `${lines.join("\n")}\n`;
}

/**
 * Why `--commit` cannot commit DIR here, or null: the working directory must be inside a
 * git repository with a committer identity, and DIR inside that repository.
 */
async function commitRefusal(cwd: string, outAbs: string, out: string): Promise<string | null> {
  const git = simpleGit({ baseDir: cwd });
  let top: string;
  try {
    top = (await git.revparse(["--show-toplevel"])).trim();
  } catch {
    return `--commit needs a git repository, and ${cwd} is not inside one; run it in your repository's working tree, or leave out --commit. Nothing was written.`;
  }
  const realTop = await realpath(top);
  const target = await nearestReal(outAbs);
  const rel = path.relative(realTop, target);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    return `--commit commits only inside the repository, and ${out} is outside ${top}; choose an --out inside it, or leave out --commit. Nothing was written.`;
  }
  try {
    await git.raw(["var", "GIT_COMMITTER_IDENT"]);
  } catch {
    return `--commit needs a committer identity: set it with git config user.name and git config user.email. Nothing was written.`;
  }
  return null;
}

/** The real path of `abs`, or of its nearest existing ancestor joined with the rest. */
async function nearestReal(abs: string): Promise<string> {
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return path.join(await realpath(cur), ...rest);
    } catch {
      const up = path.dirname(cur);
      if (up === cur) return abs;
      rest.unshift(path.basename(cur));
      cur = up;
    }
  }
}

/**
 * Commits only DIR's changes (the exact files written and removed, whatever else is
 * staged), never amends, never pushes. Returns the new commit id, or null when there was
 * nothing to commit.
 */
async function commitEgress(
  cwd: string,
  outAbs: string,
  out: string,
  sync: EgressDirSync,
): Promise<string | null> {
  const git = simpleGit({ baseDir: cwd });
  const abs = (f: string) => path.join(outAbs, ...f.split("/"));
  // A stale file that was never committed has nothing to stage: only tracked removals count.
  const tracked = new Set(
    (await git.raw(["ls-files", "-z", "--full-name", "--", outAbs]))
      .split("\0")
      .filter((f) => f !== ""),
  );
  const top = (await git.revparse(["--show-toplevel"])).trim();
  const removed = sync.removed
    .map(abs)
    .filter((f) => tracked.has(path.relative(top, f).split(path.sep).join("/")));
  const files = [...sync.written.map(abs), ...removed];
  // Only untracked files changed (a stale file that was never committed): nothing to commit.
  if (files.length === 0) return null;
  await git.raw(["add", "-A", "--", ...files]);
  await git.raw(["commit", "-q", "-m", egressCommitMessage(out, sync), "--", ...files]);
  return (await git.revparse(["HEAD"])).trim();
}

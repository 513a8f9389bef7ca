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
    report: report(plan, sync, req, outRel, format),
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
): string {
  if (format === "json") {
    const doc = {
      schemaVersion: 1,
      out,
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
 * Commits only DIR's changes (the exact files written and removed, whatever else is
 * staged), never amends, never pushes. Returns the new commit id.
 */
async function commitEgress(
  cwd: string,
  outAbs: string,
  out: string,
  sync: EgressDirSync,
): Promise<string> {
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
  if (files.length === 0) return (await git.revparse(["HEAD"])).trim();
  await git.raw(["add", "-A", "--", ...files]);
  await git.raw(["commit", "-q", "-m", egressCommitMessage(out, sync), "--", ...files]);
  return (await git.revparse(["HEAD"])).trim();
}

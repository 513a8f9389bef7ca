import { readFile, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { readSources } from "../adapters/fs-source.js";
import { GitSourceError } from "../adapters/git-source.js";
import {
  type GitHubClient,
  type GitHubClientOptions,
  redactToken,
} from "../adapters/github-client.js";
import { analyzeSources } from "../analysis.js";
import { parseConfig } from "../app/config.js";
import { diffRevisions, PathNotFoundError } from "../app/diff-revisions.js";
import { formatDiagnostic } from "../core/diagnostics.js";
import { DEFAULT_DNS, type DnsTarget } from "../generate/types.js";
import type { ModelOptions } from "../model/types.js";
import { commentMarker } from "../render/marker.js";
import { changedFiles } from "./changed-files.js";
import { postComment } from "./comment.js";
import { type EgressStepResult, runEgressStep } from "./egress.js";
import { type ActionEvent, parseEvent } from "./event.js";
import { annotationsFor, failureReasons } from "./gates.js";
import { type ActionInputs, DEFAULT_CONFIG, readInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import {
  type ActionReport,
  analyzeReport,
  diffReport,
  type ReportExtras,
  type ReportLinks,
} from "./report.js";
import { reportFilePath } from "./report-file.js";
import { planRevisions } from "./revisions.js";
import { cappedSummary, fitSummary, SUMMARY_MAX_BYTES, SUMMARY_NOTES_BYTES } from "./summary.js";
import { reportUnreadable } from "./unreadable.js";

/** The adapters `run` works with; tests pass real ones pointed at temp repos and servers. */
export interface RunDeps {
  readonly env: NodeJS.ProcessEnv;
  readonly io: ActionIo;
  readonly createGitHub: (options: GitHubClientOptions) => GitHubClient;
  /** Used when `GITHUB_WORKSPACE` is not set. */
  readonly cwd: string;
}

/** How the run ended: `failure` is the one message for `setFailed`, null when it passed. */
export interface RunResult {
  readonly failure: string | null;
}

/**
 * The whole Action: read inputs and the event, diff (or analyze), then write the report,
 * outputs, summary, annotations and comment, and decide `fail-on`. It never throws for
 * expected problems; the entry point turns `failure` into one `setFailed`. Whatever fails
 * after the analysis, the summary and outputs are written first.
 */
export async function run(deps: RunDeps): Promise<RunResult> {
  const inputs = readInputs((name) => deps.io.getInput(name), deps.env);
  const io = redacting(deps.io, inputs.token);
  if (inputs.token !== "") io.setSecret(inputs.token);
  const env = deps.env;
  const workspace = env.GITHUB_WORKSPACE || deps.cwd;
  const repository = env.GITHUB_REPOSITORY ?? "";
  const event = parseEvent(env.GITHUB_EVENT_NAME ?? "", await readPayload(env), repository);
  const { modelOptions, dns } = await loadConfig(workspace, inputs.config);
  const github = lazyClient(inputs, env, deps, io);

  let build: (extras?: ReportExtras) => ActionReport;
  let changed: ReadonlySet<string> | null = null;
  try {
    const plan = await planRevisions(event, workspace, io);
    io.info(`reachdiff: ${plan.why}`);
    if (plan.kind === "diff") {
      const diff = await diffRevisions({
        repoDir: workspace,
        base: plan.base,
        head: plan.head,
        paths: inputs.paths,
        modelOptions,
        onNote: (message) => io.info(`reachdiff: ${message}`),
      });
      const links = reportLinks(env, plan.head);
      build = (extras) => diffReport(diff, links, commentMarker(inputs.paths), extras, changed);
      changed = await changedFiles(workspace, plan.base, plan.head, inputs.paths);
    } else {
      const { files, diagnostics } = await readSources(inputs.paths, { cwd: workspace });
      const analysis = analyzeSources(files, modelOptions, diagnostics);
      build = (extras) => analyzeReport(analysis, extras);
    }
  } catch (error) {
    if (error instanceof PathNotFoundError) {
      // Paths on neither side: the step's own input is wrong, whatever fail-on says.
      await io.appendSummary(`### reachdiff could not read the paths\n\n${error.message}\n`);
      return { failure: `reachdiff: ${error.message}` };
    }
    if (!(error instanceof GitSourceError)) throw error;
    // An unreadable revision: outputs and summary say so; `fail-on: error` decides the job.
    const reportPath = reportFilePath(env, inputs.paths);
    return { failure: await reportUnreadable({ error, failOn: inputs.failOn, reportPath, io }) };
  }
  // After the diff (so its fetches are done) and before the comment (so it can link the commit).
  let egress: EgressStepResult | null = null;
  if (inputs.generateEgress !== "off") {
    egress = await runEgressStep({
      mode: inputs.generateEgress,
      event,
      workspace,
      paths: inputs.paths,
      egressDir: inputs.egressDir,
      defaultDeny: inputs.egressDefaultDeny,
      keepUnisolated: inputs.egressKeepUnisolated,
      model: modelOptions,
      dns,
      client: github,
      io,
    });
  }
  const report = build(
    egress === null
      ? undefined
      : { sections: (budget) => [egress.section(budget)], noteworthy: egress.noteworthy },
  );

  const reportPath = reportFilePath(env, inputs.paths);
  // Streamed chunk by chunk: a default deny over thousands of workloads lists millions of pairs.
  await writeFile(reportPath, report.jsonChunks(), "utf8");
  io.setOutput("opened", String(report.opened));
  io.setOutput("closed", String(report.closed));
  io.setOutput("report", reportPath);
  io.setOutput("comment-url", "");
  io.setOutput("egress-commit", egress?.commit?.oid ?? "");
  for (const d of annotationsFor(report.headDiagnostics, changed)) {
    const place = { file: d.file, line: d.line, column: d.column, title: `reachdiff: ${d.code}` };
    if (d.severity === "error") io.error(d.message, place);
    else io.warning(d.message, place);
  }
  for (const d of report.headDiagnostics) io.info(formatDiagnostic(d));
  await io.appendSummary(
    fitSummary((b) => report.render(b), SUMMARY_MAX_BYTES - SUMMARY_NOTES_BYTES),
  );

  const commentFailure = await commentOnPullRequest(event, inputs, report, env, github, io);

  const reasons = failureReasons(inputs.failOn, {
    opened: report.opened,
    closed: report.closed,
    headErrors: report.headDiagnostics.filter((d) => d.severity === "error").length,
    headIncomplete: report.headIncomplete,
    brokenGuardrails: 0,
  });
  const all = [
    ...(egress?.failure ? [egress.failure] : []),
    ...(commentFailure ? [commentFailure] : []),
    ...reasons,
  ];
  return { failure: all.length > 0 ? `reachdiff: ${all.join("; ")}` : null };
}

async function commentOnPullRequest(
  event: ActionEvent,
  inputs: ActionInputs,
  report: ActionReport,
  env: NodeJS.ProcessEnv,
  github: (() => GitHubClient) | null,
  io: ActionIo,
): Promise<string | null> {
  if (event.kind !== "pull-request" || inputs.comment === "off") return null;
  if (github === null) {
    io.warning("reachdiff: no github-token, so no PR comment (the job summary has the report)");
    return null;
  }
  const client = github();
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const outcome = await postComment(client, io, {
    issue: { owner, repo, issueNumber: event.number },
    mode: inputs.comment,
    paths: inputs.paths,
    report,
  });
  if (outcome.kind === "posted") io.setOutput("comment-url", outcome.url);
  return outcome.kind === "failed" ? outcome.message : null;
}

/** One GitHub client for the run, made on first use; null without a token. */
function lazyClient(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  deps: RunDeps,
  io: ActionIo,
): (() => GitHubClient) | null {
  if (inputs.token === "") return null;
  let client: GitHubClient | null = null;
  return () => {
    client ??= deps.createGitHub({
      token: inputs.token,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      log: { debug: () => {}, warning: (m) => io.warning(m) },
    });
    return client;
  };
}

function reportLinks(env: NodeJS.ProcessEnv, headSha: string): ReportLinks {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repo = env.GITHUB_REPOSITORY;
  if (!repo) return { repoUrl: null, headSha, runUrl: null };
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  return { repoUrl: `${server}/${repo}`, headSha, runUrl };
}

async function readPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

/**
 * `.reachdiff.yaml` (or the `config` input) from the workspace. It is read from the checkout,
 * which for `pull_request_target` is the base branch: a fork cannot change the options.
 */
async function loadConfig(
  workspace: string,
  file: string,
): Promise<{ modelOptions: ModelOptions; dns: DnsTarget }> {
  const abs = isAbsolute(file) ? file : join(workspace, file);
  let text: string;
  try {
    text = await readFile(abs, "utf8");
  } catch {
    if (file === DEFAULT_CONFIG) return { modelOptions: {}, dns: DEFAULT_DNS };
    throw new Error(`cannot read the config file ${file} (input config)`);
  }
  const { config, diagnostics } = parseConfig(text, relative(workspace, abs) || file);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    throw new Error(`invalid config file ${file}: ${errors.map(formatDiagnostic).join("; ")}`);
  }
  const e = config.egress ?? {};
  return {
    modelOptions: {
      ...(config.defaultNamespace !== undefined
        ? { defaultNamespace: config.defaultNamespace }
        : {}),
      ...(config.clusterCidrs !== undefined ? { clusterCidrs: config.clusterCidrs } : {}),
    },
    // The DNS that --default-deny would keep (config `egress:`, as the CLI reads it).
    dns: {
      namespace: e.dnsNamespace ?? DEFAULT_DNS.namespace,
      podLabels: e.dnsLabels ?? DEFAULT_DNS.podLabels,
      ports:
        e.dnsPort === undefined
          ? DEFAULT_DNS.ports
          : [
              { protocol: "UDP", port: e.dnsPort },
              { protocol: "TCP", port: e.dnsPort },
            ],
    },
  };
}

/** Every message leaving the run goes through here, so the token can never be printed… */
function redacting(io: ActionIo, token: string): ActionIo {
  const r = (m: string) => redactToken(m, token);
  // …and the job summary never grows past GitHub's 1 MiB, whatever is appended after the report.
  const summary = cappedSummary((m) => io.appendSummary(m));
  return {
    getInput: (name) => io.getInput(name),
    info: (m) => io.info(r(m)),
    warning: (m, place) => io.warning(r(m), place),
    error: (m, place) => io.error(r(m), place),
    setSecret: (s) => io.setSecret(s),
    setOutput: (name, value) => io.setOutput(name, r(value)),
    appendSummary: (m) => summary(r(m)),
    setFailed: (m) => io.setFailed(r(m)),
  };
}

/**
 * Test support for the Action: a git repository shaped like a runner's PR checkout, the
 * bundle built from src/action.ts, and `node index.js` run the way the runner runs it.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { bundleOptions } from "../../scripts/esbuild-options.mjs";

export function git(cwd: string, ...args: string[]): string {
  return gitWith(cwd, {}, args);
}

function gitWith(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      ...env,
    },
  }).trim();
}

function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, path);
    if (text === null) {
      git(dir, "rm", "-q", path);
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

export interface PrCheckout {
  readonly root: string;
  /** The runner's workspace: a depth-2 clone of the PR merge ref, HEAD detached on it. */
  readonly workspace: string;
  readonly baseSha: string;
  readonly headSha: string;
  readonly mergeSha: string;
}

/**
 * A bare origin with `main` (the base files) and `feature` (the head changes on top), the
 * merge commit GitHub would make published as `refs/pull/1/merge`, and a workspace fetched
 * like actions/checkout with `fetch-depth: 2`.
 */
export function prCheckout(
  base: Record<string, string>,
  head: Record<string, string | null>,
  options: {
    /**
     * Re-date the merge commit until its id ends with these hex digits. Commit ids change
     * with the clock, and the comment links the analyzed files at `blob/<merge sha>/<path>`:
     * a test that depends on the id's last characters pins them here instead of failing
     * 1 run in 8.
     */
    readonly mergeShaSuffix?: string;
  } = {},
): PrCheckout {
  const root = mkdtempSync(join(tmpdir(), "reachdiff-action-"));
  const origin = join(root, "origin.git");
  const dev = join(root, "dev");
  const workspace = join(root, "workspace");
  mkdirSync(dev);
  git(root, "init", "-q", "--bare", "-b", "main", origin);
  git(dev, "init", "-q", "-b", "main");
  writeFiles(dev, { "README.md": "# infra\n", ...base });
  git(dev, "add", "-A");
  git(dev, "commit", "-q", "-m", "base");
  git(dev, "rev-parse", "HEAD");
  git(dev, "checkout", "-q", "-b", "feature");
  writeFiles(dev, head);
  git(dev, "add", "-A");
  git(dev, "commit", "-q", "-m", "change policies");
  const headSha = git(dev, "rev-parse", "HEAD");
  // main moves on after the branch point, as it does in real life.
  git(dev, "checkout", "-q", "main");
  writeFiles(dev, { "docs/notes.md": "unrelated\n" });
  git(dev, "add", "-A");
  git(dev, "commit", "-q", "-m", "unrelated change on main");
  git(dev, "merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature");
  let mergeSha = git(dev, "rev-parse", "HEAD");
  const suffix = options.mergeShaSuffix;
  for (let tries = 1; suffix !== undefined && !mergeSha.endsWith(suffix); tries++) {
    if (tries > 16 ** suffix.length * 32) throw new Error(`no merge commit id ending in ${suffix}`);
    const date = `@${1_700_000_000 + tries} +0000`;
    gitWith(dev, { GIT_COMMITTER_DATE: date }, ["commit", "-q", "--amend", "--no-edit"]);
    mergeSha = git(dev, "rev-parse", "HEAD");
  }
  git(dev, "push", "-q", origin, "HEAD~1:refs/heads/main", "feature:refs/heads/feature");
  // GitHub keeps every PR's head (a fork's too) at refs/pull/N/head, and its merge at …/merge.
  git(dev, "push", "-q", origin, `${mergeSha}:refs/pull/1/merge`, `${headSha}:refs/pull/1/head`);
  mkdirSync(workspace);
  git(workspace, "init", "-q");
  git(workspace, "remote", "add", "origin", `file://${origin}`);
  git(
    workspace,
    "fetch",
    "-q",
    "--no-tags",
    "--depth=2",
    "origin",
    "+refs/pull/1/merge:refs/remotes/pull/1/merge",
  );
  git(workspace, "checkout", "-q", "--detach", "refs/remotes/pull/1/merge");
  return { root, workspace, baseSha: git(dev, "rev-parse", "HEAD^1"), headSha, mergeSha };
}

/** Builds src/action.ts exactly as scripts/build.mjs does (same options), into a temp folder. */
export async function buildActionBundle(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "reachdiff-dist-")), "index.js");
  await build({
    ...bundleOptions(join(import.meta.dirname, "../../src/action.ts"), out),
    logLevel: "error",
  });
  return out;
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Runs the bundle with the runner's environment; `inputs` use the action.yml names. */
export function runAction(
  bundle: string,
  checkout: PrCheckout,
  options: {
    apiUrl: string;
    token: string;
    inputs?: Record<string, string>;
    eventName?: string;
    event?: unknown;
    /** `RUNNER_TEMP`, shared by the steps of one job; a fresh folder by default. */
    runnerTemp?: string;
    /** More runner variables, or other values (e.g. `GITHUB_RUN_ID` of a later run). */
    env?: Record<string, string>;
  },
): Promise<ActionRun> {
  const temp = options.runnerTemp ?? mkdtempSync(join(checkout.root, "runner-temp-"));
  const eventPath = join(temp, "event.json");
  const outputPath = join(temp, "output.txt");
  const summaryPath = join(temp, "summary.md");
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  writeFileSync(eventPath, JSON.stringify(options.event ?? prEvent(checkout)));
  const inputs: Record<string, string> = {
    paths: "policies",
    "github-token": options.token,
    comment: "update",
    "generate-egress": "off",
    "egress-dir": "policies/generated-egress",
    "fail-on": "error",
    config: ".reachdiff.yaml",
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: options.eventName ?? "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.test",
    GITHUB_REPOSITORY: "acme/infra",
    GITHUB_WORKSPACE: checkout.workspace,
    GITHUB_RUN_ID: "42",
    RUNNER_TEMP: temp,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd: checkout.workspace, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputPath, "utf8")),
        summary: readFileSync(summaryPath, "utf8"),
      }),
    );
  });
}

export function prEvent(c: PrCheckout, headRepo = "acme/infra"): unknown {
  return {
    action: "synchronize",
    number: 1,
    pull_request: {
      number: 1,
      base: { sha: c.baseSha, ref: "main", repo: { full_name: "acme/infra" } },
      head: { sha: c.headSha, ref: "feature", repo: { full_name: headRepo } },
    },
  };
}

/** `name<<DELIM\nvalue\nDELIM` records, as @actions/core writes them to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

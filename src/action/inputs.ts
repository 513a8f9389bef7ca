import type { CommentMode } from "../adapters/github-comment.js";

export type EgressMode = "off" | "suggest" | "commit";
/** What may fail the job (contract.md, "The GitHub Action", `fail-on`). */
export type FailOn = "error" | "opened" | "closed" | "guardrail" | "never";

/** The Action's inputs, validated, with the defaults of contract.md. */
export interface ActionInputs {
  readonly paths: readonly string[];
  readonly token: string;
  readonly comment: CommentMode;
  readonly generateEgress: EgressMode;
  readonly egressDir: string;
  /** `egress-default-deny`: also generate the default-deny egress policy (CLI `--default-deny`). */
  readonly egressDefaultDeny: boolean;
  /** `egress-keep-unisolated`: keep egress to non-isolated workloads (CLI `--keep-unisolated`). */
  readonly egressKeepUnisolated: boolean;
  readonly failOn: ReadonlySet<FailOn>;
  readonly config: string;
}

export const DEFAULT_CONFIG = ".reachdiff.yaml";

/** A bad input value: the step fails with this message before doing anything. */
export class ActionInputError extends Error {
  override name = "ActionInputError";
}

/**
 * Validates the inputs; `input` reads one by its action.yml name (`ActionIo.getInput`, i.e.
 * @actions/core `getInput`: trimmed, empty when not set). An empty value means the default,
 * so running `dist/index.js` without action.yml's defaults behaves the same. The token also
 * comes from `GITHUB_TOKEN` in `env` when the input is empty.
 */
export function readInputs(input: (name: string) => string, env: NodeJS.ProcessEnv): ActionInputs {
  const get = (name: string): string => input(name).trim();
  const paths = splitList(get("paths"), /[\n,]/);
  return {
    paths: paths.length > 0 ? paths : ["."],
    token: get("github-token") || (env.GITHUB_TOKEN ?? "").trim(),
    comment: oneOf("comment", get("comment") || "update", ["update", "new", "off"] as const),
    generateEgress: oneOf("generate-egress", get("generate-egress") || "off", [
      "off",
      "suggest",
      "commit",
    ] as const),
    egressDir: safeRelativeDir(get("egress-dir") || "policies/generated-egress"),
    egressDefaultDeny: strictBoolean("egress-default-deny", get("egress-default-deny")),
    egressKeepUnisolated: strictBoolean("egress-keep-unisolated", get("egress-keep-unisolated")),
    failOn: parseFailOn(get("fail-on") || "error"),
    config: get("config") || DEFAULT_CONFIG,
  };
}

/** `error,opened` → the set; `never` cannot be combined with anything else. */
export function parseFailOn(text: string): ReadonlySet<FailOn> {
  const items = splitList(text, /[\n,]/).map((item) =>
    oneOf("fail-on", item.toLowerCase(), [
      "error",
      "opened",
      "closed",
      "guardrail",
      "never",
    ] as const),
  );
  if (items.includes("never") && items.length > 1) {
    throw new ActionInputError(`fail-on: "never" cannot be combined with other values (${text})`);
  }
  return new Set(items.length > 0 ? items : ["error"]);
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function oneOf<const T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw new ActionInputError(
      `input ${name}: "${value}" is not one of ${allowed.map((a) => `"${a}"`).join(", ")}`,
    );
  }
  return found;
}

/**
 * `true` or `false` only (empty means the default, `false`): a typo such as `yes` or `True`
 * must not silently change what is generated or committed.
 */
function strictBoolean(name: string, value: string): boolean {
  return oneOf(name, value || "false", ["true", "false"] as const) === "true";
}

/**
 * The egress folder must stay inside the repository and out of `.git/` and `.github/`
 * (issue 5, "Output folder"): a workflow file written by a bot would run with its rights.
 */
function safeRelativeDir(dir: string): string {
  const clean = dir
    .replace(/\\/g, "/")
    .replace(/\/{2,}/g, "/")
    .replace(/^\.\/+/, "")
    .replace(/\/+$/, "");
  const segments = clean.split("/");
  // Any `.git` or `.github` segment, as adapters/egress-dir.ts refuses it for the CLI.
  if (
    clean === "" ||
    clean.startsWith("/") ||
    /^[A-Za-z]:/.test(clean) ||
    segments.some((s) => [".", "..", ".git", ".github"].includes(s.toLowerCase()))
  ) {
    throw new ActionInputError(
      `input egress-dir: "${dir}" must be a folder inside the repository, outside .git/ and .github/`,
    );
  }
  return clean;
}

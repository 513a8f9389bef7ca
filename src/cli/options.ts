import { parseArgs } from "node:util";
import { dns1123LabelProblem } from "../model/validate-names.js";

/** A usage error: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

export const COMMON_OPTIONS = {
  format: { type: "string" },
  config: { type: "string" },
  namespace: { type: "string" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Parses a command's arguments strictly: unknown options are usage errors, not ignored. */
export function parseCommandArgs(args: readonly string[], extra: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...extra },
      allowPositionals: true,
      strict: true,
    });
    return { values: { ...values }, positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** The `--format` value, checked against what the command offers. */
export function formatOption<F extends string>(
  args: ParsedArgs,
  allowed: readonly F[],
  fallback: F,
): F {
  const v = stringOption(args, "format");
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as F;
  throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${v}")`);
}

/**
 * The value of a namespace option (`--namespace`, `--dns-namespace`), which must be a
 * name the API server accepts (a DNS-1123 label), else a usage error saying why.
 */
export function namespaceOption(args: ParsedArgs, name: string): string | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const problem = dns1123LabelProblem(value);
  if (problem !== null)
    throw new UsageError(
      `--${name} "${value}" is not a valid namespace name: it ${problem} (e.g. "my-namespace")`,
    );
  return value;
}

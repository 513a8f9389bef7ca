import { runGenerateEgress } from "../../app/generate-egress.js";
import { DEFAULT_DNS, type DnsTarget } from "../../generate/types.js";
import { type CliIo, printDiagnostics, withNewline } from "../io.js";
import { analysisOptions, loadConfig } from "../load.js";
import {
  flag,
  formatOption,
  namespaceOption,
  parseCommandArgs,
  stringOption,
  UsageError,
} from "../options.js";

const OPTIONS = {
  out: { type: "string" },
  "default-deny": { type: "boolean" },
  "keep-unisolated": { type: "boolean" },
  check: { type: "boolean" },
  commit: { type: "boolean" },
  "dns-namespace": { type: "string" },
  "dns-label": { type: "string" },
  "dns-port": { type: "string" },
} as const;

/**
 * `reachdiff generate-egress [PATH...] --out DIR`: complementary egress policies,
 * proven with the engine before anything is written.
 */
export async function generateEgressCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS);
  const format = formatOption(args, ["text", "json", "markdown"] as const, "text");
  const out = stringOption(args, "out");
  if (out === undefined) throw new UsageError("--out DIR is required");
  if (flag(args, "check") && flag(args, "commit")) {
    throw new UsageError("--check writes nothing, so it cannot be combined with --commit");
  }
  const config = await loadConfig(args, io);
  const outcome = await runGenerateEgress({
    paths: args.positionals,
    cwd: io.cwd,
    out,
    defaultDeny: flag(args, "default-deny"),
    keepUnisolated: flag(args, "keep-unisolated"),
    check: flag(args, "check"),
    commit: flag(args, "commit"),
    dns: dnsTarget(args, config.egress),
    model: analysisOptions(args, config),
    format,
  });
  printDiagnostics(io, outcome.diagnostics, flag(args, "quiet"));
  if (outcome.report !== "") io.out(withNewline(outcome.report));
  if (outcome.error !== null) io.err(`reachdiff generate-egress: ${outcome.error}\n`);
  return outcome.exitCode;
}

function dnsTarget(
  args: ReturnType<typeof parseCommandArgs>,
  config: {
    dnsNamespace?: string;
    dnsLabels?: Readonly<Record<string, string>>;
    dnsPort?: number;
  } = {},
): DnsTarget {
  const namespace =
    namespaceOption(args, "dns-namespace") ?? config.dnsNamespace ?? DEFAULT_DNS.namespace;
  let podLabels = config.dnsLabels ?? DEFAULT_DNS.podLabels;
  const label = stringOption(args, "dns-label");
  if (label !== undefined) {
    const m = /^([^=\s]+)=([^=\s]*)$/.exec(label);
    if (!m) throw new UsageError(`--dns-label takes KEY=VALUE (got "${label}")`);
    podLabels = { [m[1]!]: m[2]! };
  }
  let port = config.dnsPort;
  const portText = stringOption(args, "dns-port");
  if (portText !== undefined) {
    port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new UsageError(`--dns-port takes a port number 1-65535 (got "${portText}")`);
    }
  }
  const ports =
    port === undefined
      ? DEFAULT_DNS.ports
      : [
          { protocol: "UDP" as const, port },
          { protocol: "TCP" as const, port },
        ];
  return { namespace, podLabels, ports };
}

import { parseDocument } from "yaml";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";

/** Options from `.reachdiff.yaml`. Every field is optional. */
export interface ReachdiffConfig {
  readonly defaultNamespace?: string;
  readonly clusterCidrs?: readonly string[];
  readonly egress?: {
    readonly dnsNamespace?: string;
    readonly dnsLabels?: Readonly<Record<string, string>>;
    readonly dnsPort?: number;
  };
}

const TOP_KEYS = new Set(["defaultNamespace", "clusterCIDRs", "egress"]);

/**
 * Reads the text of a config file. Unknown keys are errors (a typo must not silently
 * turn an option off); the caller exits 2 on any error.
 */
export function parseConfig(
  text: string,
  file: string,
): { config: ReachdiffConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lines = text.split("\n");
  const at = (offset: number) => {
    let line = 1;
    let rest = offset;
    for (const l of lines) {
      if (rest <= l.length) break;
      rest -= l.length + 1;
      line++;
    }
    return { file, line, column: rest + 1 };
  };
  for (const e of doc.errors) {
    diagnostics.push(diagnostic("error", "yaml-syntax", `config: ${e.message}`, at(e.pos[0])));
  }
  if (diagnostics.length > 0) return { config: {}, diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    diagnostics.push(
      diagnostic(
        "error",
        "yaml-alias-limit",
        `config: ${e instanceof Error ? e.message : String(e)}`,
        {
          file,
          line: 1,
          column: 1,
        },
      ),
    );
    return { config: {}, diagnostics };
  }
  if (value === null || value === undefined) return { config: {}, diagnostics };
  const bad = (message: string) =>
    diagnostics.push(diagnostic("error", "invalid-type", message, { file, line: 1, column: 1 }));
  if (typeof value !== "object" || Array.isArray(value)) {
    bad("the config file must be a mapping of options");
    return { config: {}, diagnostics };
  }
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (key === "guardrails") {
      // A guardrail that is silently not checked is worse than none: refuse it.
      diagnostics.push(
        diagnostic(
          "error",
          "unknown-field",
          "config: guardrails are not evaluated by this version of reachdiff; remove the section (it would give a false sense of safety) or upgrade",
          { file, line: 1, column: 1 },
        ),
      );
      continue;
    }
    if (!TOP_KEYS.has(key)) {
      diagnostics.push(
        diagnostic(
          "error",
          "unknown-field",
          `config: unknown option "${key}" (known: ${[...TOP_KEYS].join(", ")})`,
          { file, line: 1, column: 1 },
        ),
      );
    }
  }
  const config: { -readonly [K in keyof ReachdiffConfig]: ReachdiffConfig[K] } = {};
  if (raw.defaultNamespace !== undefined) {
    if (typeof raw.defaultNamespace === "string") config.defaultNamespace = raw.defaultNamespace;
    else bad("config: defaultNamespace must be a string");
  }
  if (raw.clusterCIDRs !== undefined) {
    if (Array.isArray(raw.clusterCIDRs) && raw.clusterCIDRs.every((c) => typeof c === "string")) {
      config.clusterCidrs = raw.clusterCIDRs as string[];
    } else bad("config: clusterCIDRs must be a list of CIDR strings");
  }
  if (raw.egress !== undefined) {
    const e = raw.egress as Record<string, unknown>;
    const labels = e.dnsLabels as Record<string, unknown> | undefined;
    if (
      typeof e !== "object" ||
      (e.dnsNamespace !== undefined && typeof e.dnsNamespace !== "string") ||
      (e.dnsPort !== undefined && typeof e.dnsPort !== "number") ||
      (labels !== undefined && Object.values(labels).some((v) => typeof v !== "string"))
    ) {
      bad("config: egress takes dnsNamespace (string), dnsLabels (map), dnsPort (number)");
    } else {
      config.egress = {
        ...(typeof e.dnsNamespace === "string" ? { dnsNamespace: e.dnsNamespace } : {}),
        ...(labels ? { dnsLabels: labels as Record<string, string> } : {}),
        ...(typeof e.dnsPort === "number" ? { dnsPort: e.dnsPort } : {}),
      };
    }
  }
  return { config, diagnostics };
}

import { parse } from "yaml";
import type { Protocol } from "../../src/model/types.js";

/**
 * The hand-written truth tables of the upstream Kubernetes e2e network-policy tests
 * (test/upstream/scenarios/<name>/expected.yaml), parsed strictly: an unknown key, pod
 * name, protocol or cell fails loudly, so a typo can never silently pass.
 */

/** The nine pods of the upstream model, in the upstream table order. */
export const PODS: readonly string[] = ["x", "y", "z"].flatMap((ns) =>
  ["a", "b", "c"].map((pod) => `${ns}/${pod}`),
);

/** Where a scenario's expectation comes from. */
export type Source =
  /** Transcribed from the upstream test's `reachability.Expect*` calls. */
  | "kubernetes-e2e"
  /** An upstream test whose answer reachdiff decides differently (semantics.md Part 1). */
  | "reachdiff-decision"
  /** Not an upstream test; derived by hand from the API reference on the same model. */
  | "hand-derived";
const SOURCES: readonly Source[] = ["kubernetes-e2e", "reachdiff-decision", "hand-derived"];

/** `allowed.get(src).get(dst)`: may `src` open a connection to `dst`. */
export type Table = ReadonlyMap<string, ReadonlyMap<string, boolean>>;

export interface Probe {
  readonly protocol: Protocol;
  readonly port: number;
  readonly table: Table;
}

export interface Expected {
  readonly upstream: string;
  readonly source: Source;
  readonly probes: readonly Probe[];
}

const HEADER = "from\\to";

function fail(file: string, what: string): never {
  throw new Error(`${file}: ${what}`);
}

function record(value: unknown, file: string, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(file, `${where} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

function onlyKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  file: string,
  where: string,
) {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      fail(file, `${where} has unknown key "${key}" (allowed: ${allowed.join(", ")})`);
  }
}

function podName(name: string, file: string, where: string): string {
  if (!PODS.includes(name))
    fail(file, `${where}: unknown pod "${name}" (known: ${PODS.join(" ")})`);
  return name;
}

/** Parses one `table: |` block: a header of destinations, then one row per source. */
export function parseTable(text: string, file: string, where: string): Table {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const [header, ...rows] = lines.map((l) => l.split(/\s+/));
  if (!header || header[0] !== HEADER)
    fail(file, `${where}: the first line must start with "${HEADER}"`);
  const columns = header.slice(1).map((c) => podName(c, file, `${where} header`));
  if (new Set(columns).size !== columns.length || columns.length !== PODS.length) {
    fail(file, `${where}: the header must name each of the ${PODS.length} pods exactly once`);
  }
  const table = new Map<string, Map<string, boolean>>();
  for (const [name, ...cells] of rows) {
    const src = podName(name ?? "", file, `${where} row`);
    if (table.has(src)) fail(file, `${where}: row ${src} appears twice`);
    if (cells.length !== columns.length) {
      fail(file, `${where}: row ${src} has ${cells.length} cells, expected ${columns.length}`);
    }
    const row = new Map<string, boolean>();
    cells.forEach((cell, i) => {
      const dst = columns[i]!;
      if (cell !== "." && cell !== "X")
        fail(file, `${where}: row ${src}, column ${dst}: "${cell}" is not "." or "X"`);
      // A bare Pod reaching itself is loopback, always allowed (semantics.md Part 1).
      if (dst === src && cell !== ".")
        fail(file, `${where}: ${src} -> ${src} is loopback and must be "."`);
      row.set(dst, cell === ".");
    });
    table.set(src, row);
  }
  if (table.size !== PODS.length)
    fail(file, `${where}: the table must have a row for each of the ${PODS.length} pods`);
  return table;
}

function parseProbe(value: unknown, file: string, where: string): Probe {
  const probe = record(value, file, where);
  onlyKeys(probe, ["protocol", "port", "note", "table"], file, where);
  const { protocol, port, note, table } = probe;
  if (protocol !== "TCP" && protocol !== "UDP" && protocol !== "SCTP") {
    fail(file, `${where}: protocol must be TCP, UDP or SCTP`);
  }
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
    fail(file, `${where}: port must be an integer 1-65535`);
  }
  if (note !== undefined && typeof note !== "string") fail(file, `${where}: note must be a string`);
  if (typeof table !== "string") fail(file, `${where}: table must be a block string`);
  return { protocol, port, table: parseTable(table, file, `${where} (${protocol} ${port})`) };
}

/** Parses and validates a whole expected.yaml. Throws with the file and the problem. */
export function parseExpected(text: string, file: string): Expected {
  const doc = record(parse(text), file, "the document");
  onlyKeys(doc, ["upstream", "source", "note", "probes"], file, "the document");
  const { upstream, source, note, probes } = doc;
  if (typeof upstream !== "string" || upstream === "") fail(file, "upstream must name the test");
  if (!SOURCES.includes(source as Source))
    fail(file, `source must be one of ${SOURCES.join(", ")}`);
  if (note !== undefined && typeof note !== "string") fail(file, "note must be a string");
  if (!Array.isArray(probes) || probes.length === 0) fail(file, "probes must be a non-empty list");
  const parsed = probes.map((p, i) => parseProbe(p, file, `probes[${i}]`));
  const keys = parsed.map((p) => `${p.protocol}/${p.port}`);
  if (new Set(keys).size !== keys.length) fail(file, "two probes use the same protocol and port");
  return { upstream, source: source as Source, probes: parsed };
}

/** Renders a table like the upstream e2e log does; `mark` picks each cell's symbol. */
export function formatTable(cell: (src: string, dst: string) => string): string {
  const lines = [`${HEADER} ${PODS.join(" ")}`];
  for (const src of PODS) {
    lines.push(
      `${src.padEnd(HEADER.length)} ${PODS.map((dst) => cell(src, dst).padEnd(3)).join(" ")}`.trimEnd(),
    );
  }
  return lines.join("\n");
}

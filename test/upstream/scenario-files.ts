import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../../src/core/source.js";
import { applyRelabel } from "./relabel.js";
import { type Expected, parseExpected } from "./truth-table.js";

/**
 * The scenario folders under test/upstream/scenarios: each holds `policies.yaml` (what
 * the upstream test creates), `expected.yaml` (its truth tables) and, when the upstream
 * test relabels something before probing, `relabel.yaml`.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..");
export const SCENARIOS_DIR = join(HERE, "scenarios");
export const CLUSTER = join(HERE, "cluster.yaml");

export interface Scenario {
  readonly name: string;
  readonly dir: string;
}

/** A path as a report shows it: relative to the repository root, with "/". */
export const rel = (path: string): string => relative(ROOT, path).split("\\").join("/");

/** Every scenario folder, sorted by name. */
export function listScenarios(): Scenario[] {
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, dir: join(SCENARIOS_DIR, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The parsed expected.yaml, or the error that says what is wrong with it. */
export function loadExpected(s: Scenario): Expected | Error {
  const file = join(s.dir, "expected.yaml");
  try {
    return parseExpected(readFileSync(file, "utf8"), rel(file));
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** The files of one scenario: the shared cluster (relabelled if asked) and its policies. */
export function scenarioFiles(s: Scenario): SourceFile[] {
  let cluster = readFileSync(CLUSTER, "utf8");
  const relabel = join(s.dir, "relabel.yaml");
  if (existsSync(relabel))
    cluster = applyRelabel(cluster, readFileSync(relabel, "utf8"), rel(relabel));
  const policies = join(s.dir, "policies.yaml");
  return [
    { path: rel(CLUSTER), text: cluster },
    { path: rel(policies), text: readFileSync(policies, "utf8") },
  ];
}

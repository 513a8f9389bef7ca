import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import type { Diagnostic } from "../../src/core/diagnostics.js";
import { buildModel } from "../../src/model/index.js";
import type { Model, ModelOptions, Policy } from "../../src/model/types.js";
import { parseFiles } from "../../src/parse/index.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The model of real YAML text, through the real parser. */
export function modelFromText(path: string, text: string, options?: ModelOptions): Model {
  return buildModel(parseFiles([{ path, text }]), options);
}

/** The model of fixture files under `test/fixtures/` (paths relative to it). */
export function modelFromFixtures(paths: readonly string[], options?: ModelOptions): Model {
  const files = paths.map((path) => ({ path, text: readFileSync(`${FIXTURES}${path}`, "utf8") }));
  return buildModel(parseFiles(files), options);
}

/** A NetworkPolicy `p` in namespace `ns` with the given spec, written as YAML and parsed. */
export function policyModel(spec: unknown, options?: ModelOptions): Model {
  const object = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "p", namespace: "ns" },
    spec,
  };
  return modelFromText("p.yaml", stringify(object), options);
}

/** The one policy the spec makes; fails when it was rejected. */
export function policyOf(spec: unknown, options?: ModelOptions): Policy {
  const model = policyModel(spec, options);
  const policy = model.policies[0];
  if (policy === undefined)
    throw new Error(`policy rejected: ${JSON.stringify(model.diagnostics)}`);
  return policy;
}

/** `code@line:column` of every diagnostic of the given severity, for compact assertions. */
export function codes(model: Model, severity: Diagnostic["severity"]): string[] {
  return model.diagnostics
    .filter((d) => d.severity === severity)
    .map((d) => `${d.code}@${d.line}:${d.column}`);
}

/** A selector with only matchLabels. */
export function labels(matchLabels: Record<string, string>) {
  return { matchLabels, matchExpressions: [] };
}

import { diffModels, expandChanges } from "../../src/diff/index.js";
import type { GraphDiff } from "../../src/diff/types.js";
import { formatConns } from "../../src/engine/conn-set.js";
import { buildModel } from "../../src/model/index.js";
import type { Model } from "../../src/model/types.js";
import { parseFiles } from "../../src/parse/index.js";

/** A model from YAML texts keyed by file name. */
export function modelOf(files: Readonly<Record<string, string>>): Model {
  return buildModel(parseFiles(Object.entries(files).map(([path, text]) => ({ path, text }))));
}

/** Diffs two trees of YAML files. */
export function diffYaml(
  base: Readonly<Record<string, string>>,
  head: Readonly<Record<string, string>>,
): GraphDiff {
  return diffModels(modelOf(base), modelOf(head));
}

/** One line per changed pair: `src -> dst conns cause [policies]`. */
export function changeLines(diff: GraphDiff): { opened: string[]; closed: string[] } {
  const lines = (groups: GraphDiff["opened"]) =>
    expandChanges(groups).map(
      (c) => `${c.src} -> ${c.dst} ${formatConns(c.conns)} ${c.cause} [${c.policies.join(",")}]`,
    );
  return { opened: lines(diff.opened), closed: lines(diff.closed) };
}

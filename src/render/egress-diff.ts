import { createTwoFilesPatch } from "diff";
import type { SourceFile } from "../core/source.js";

/**
 * A unified diff (git style, `a/` and `b/` paths) from the generated files now in the
 * output folder to the ones reachdiff would write: new files from `/dev/null`, stale
 * ones to `/dev/null`. Empty when nothing would change. Paths are shown under `dir`
 * when given. Deterministic: files in path order, three lines of context.
 */
export function renderEgressSuggestion(
  current: readonly SourceFile[],
  generated: readonly SourceFile[],
  dir = "",
): string {
  const prefix = dir === "" ? "" : `${dir.replace(/\/+$/, "")}/`;
  const before = new Map(current.map((f) => [f.path, f.text]));
  const after = new Map(generated.map((f) => [f.path, f.text]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const parts: string[] = [];
  for (const p of paths) {
    const old = before.get(p);
    const now = after.get(p);
    if (old === now) continue;
    const from = old === undefined ? "/dev/null" : `a/${prefix}${p}`;
    const to = now === undefined ? "/dev/null" : `b/${prefix}${p}`;
    const patch = createTwoFilesPatch(from, to, old ?? "", now ?? "", undefined, undefined, {
      context: 3,
    });
    // Drop the "Index"/"====" banner: a reviewer knows the git form.
    parts.push(patch.replace(/^(Index: .*\n)?=+\n/, ""));
  }
  return parts.join("");
}

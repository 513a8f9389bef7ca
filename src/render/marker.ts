import { createHash } from "node:crypto";

/**
 * The hidden marker of the sticky PR comment: `<!-- reachdiff:HASH -->`, HASH being the
 * first 12 hex digits of the sha256 of the sorted, normalized manifest paths (design.md,
 * "The GitHub Action"). Same paths, same marker, so a rerun updates its own comment and
 * matrix jobs over different folders keep theirs apart. Hashing is pure computation.
 */
export function commentMarker(paths: readonly string[]): string {
  const normalized = (paths.length === 0 ? ["."] : paths).map(normalizePath);
  const key = [...new Set(normalized)].sort().join("\n");
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 12);
  return `<!-- reachdiff:${hash} -->`;
}

function normalizePath(path: string): string {
  const trimmed = path
    .trim()
    .replace(/\\/g, "/")
    .replace(/^\.\/+/, "")
    .replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}

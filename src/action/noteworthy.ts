import type { Diagnostic } from "../core/diagnostics.js";

/**
 * Whether the head's diagnostics are worth a PR comment on their own (issue 4: "No change
 * and no earlier comment: no comment"). A warning the repository already had, in a file
 * the PR did not touch, is not the PR's news: only errors (the head would be rejected), and
 * warnings that are new in the head (no base warning with the same code, file and message;
 * lines shift, so they are not compared) or sit in a changed file, count. `changed` null
 * (git could not tell) counts every file as changed.
 */
export function diagnosticsWorthSaying(
  head: readonly Diagnostic[],
  base: readonly Diagnostic[],
  changed: ReadonlySet<string> | null,
): boolean {
  const key = (d: Diagnostic) => `${d.code}\0${d.file}\0${d.message}`;
  const standing = new Set(base.map(key));
  return head.some(
    (d) =>
      d.severity === "error" ||
      (d.severity === "warning" &&
        (changed === null || changed.has(d.file) || !standing.has(key(d)))),
  );
}

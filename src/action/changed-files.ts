import { simpleGit } from "simple-git";

/**
 * The files under `paths` that differ between two commits (both must be in the clone, which
 * they are once the diff has read them). Paths are relative to `repoDir`, like diagnostics.
 * Returns null when git cannot tell, and the caller then annotates every file.
 */
export async function changedFiles(
  repoDir: string,
  base: string,
  head: string,
  paths: readonly string[],
): Promise<Set<string> | null> {
  try {
    const git = simpleGit({ baseDir: repoDir });
    const prefix = (await git.raw(["rev-parse", "--show-prefix"])).trim();
    const out = await git.raw([
      "diff",
      "--name-only",
      "-z",
      "--no-renames",
      base,
      head,
      "--",
      ...(paths.length > 0 ? paths : ["."]),
    ]);
    // git prints paths from the repository root; diagnostics are relative to repoDir.
    const files = out
      .split("\0")
      .filter((f) => f !== "")
      .map((f) => (prefix !== "" && f.startsWith(prefix) ? f.slice(prefix.length) : f));
    return new Set(files);
  } catch {
    return null;
  }
}

import type { Dirent } from "node:fs";
import { lstat, mkdir, readdir, readFile, realpath, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import type { SourceFile } from "../core/source.js";
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from "../generate/types.js";

/** The output folder cannot be used as asked; nothing was written. */
export class EgressDirError extends Error {
  override readonly name = "EgressDirError";
}

/** What a sync did (or, with `check`, would do). Paths are relative to DIR, with `/`. */
export interface EgressDirSync {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
  /** True when DIR was not up to date (something was, or would be, written or removed). */
  readonly stale: boolean;
}

const FORBIDDEN = new Set([".git", ".github"]);

function refuseForbidden(abs: string, given: string): void {
  if (abs.split(path.sep).some((s) => FORBIDDEN.has(s))) {
    throw new EgressDirError(
      `refusing to write generated policies to ${given}: it is inside .git/ or .github/. Choose a folder of manifests, e.g. policies/generated-egress.`,
    );
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** The real path of DIR, or of its nearest existing ancestor joined with the rest. */
async function realTarget(abs: string): Promise<string> {
  const rest: string[] = [];
  let cur = abs;
  while (!(await exists(cur))) {
    rest.unshift(path.basename(cur));
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  return path.join(await realpath(cur), ...rest);
}

/** A generated file's path must stay inside DIR: relative, no `..`, no absolute, no backslash. */
function checkRelative(p: string): void {
  const parts = p.split("/");
  if (
    p === "" ||
    path.isAbsolute(p) ||
    p.includes("\\") ||
    parts.some((s) => s === ".." || s === "." || s === "")
  ) {
    throw new EgressDirError(
      `refusing to write ${JSON.stringify(p)}: generated file paths must stay inside the output folder.`,
    );
  }
}

/**
 * Whose a file is: `generated` when every YAML document in it carries reachdiff's
 * managed-by label, `mixed` when only some do (a hand-written file that copied one of
 * ours, or ours with hand-written policies added), `foreign` otherwise (also when it
 * does not parse). Only `generated` files are ever overwritten or removed.
 */
export type Ownership = "generated" | "mixed" | "foreign";

export function ownershipOf(text: string): Ownership {
  try {
    const marks = parseAllDocuments(text)
      .filter((doc) => "contents" in doc && doc.contents !== null)
      .map((doc) => {
        const obj: unknown = doc.toJS({ maxAliasCount: 0 });
        const labels = (obj as { metadata?: { labels?: Record<string, unknown> } } | null)?.metadata
          ?.labels;
        return labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
      });
    if (marks.length > 0 && marks.every((m) => m)) return "generated";
    return marks.some((m) => m) ? "mixed" : "foreign";
  } catch {
    return "foreign";
  }
}

/** True when every YAML document of `text` carries reachdiff's managed-by label. */
export function isGeneratedText(text: string): boolean {
  return ownershipOf(text) === "generated";
}

/** The message for a file some of whose documents are reachdiff's and some are not. */
export function mixedFileMessage(file: string): string {
  return `refusing to touch ${file}: only some of its documents carry the ${MANAGED_BY_LABEL}: ${MANAGED_BY_VALUE} label, so it mixes hand-written policies with generated ones. Move the hand-written documents to a file of their own (outside the output folder, or without the label), then run again.`;
}

/** Every regular `.yaml`/`.yml` file under `root` (symlinks are never followed), relative with `/`. */
async function listYaml(root: string, rel = ""): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const r = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listYaml(root, r)));
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(r);
  }
  return out.sort();
}

/** The files reachdiff generated earlier under DIR (for a suggestion diff); empty when DIR is missing. */
export async function readEgressDir(dir: string): Promise<SourceFile[]> {
  const root = await realTarget(path.resolve(dir));
  const out: SourceFile[] = [];
  for (const rel of await listYaml(root)) {
    const text = await readFile(path.join(root, rel), "utf8");
    if (isGeneratedText(text)) out.push({ path: rel, text });
  }
  return out;
}

/**
 * Makes DIR hold exactly `files` among the files reachdiff generated: writes new and
 * changed ones, removes stale ones it generated earlier (recognized by the managed-by
 * label inside the file) and touches nothing else. With `check`, writes nothing and
 * reports what it would do. Never writes outside DIR: every path is resolved and
 * verified, symlinks are refused, and a DIR inside `.git/` or `.github/` is refused.
 * A file of the same name that reachdiff did not generate is refused, not overwritten,
 * and a file only some of whose documents reachdiff generated is refused, whatever its
 * name: nothing is written or removed then.
 */
export async function syncEgressDir(
  dir: string,
  files: readonly SourceFile[],
  options: {
    readonly check: boolean;
    /**
     * The working directory: a DIR named inside it must really be inside it, so a
     * symlink in a checked-out tree cannot redirect writes (and removals) elsewhere.
     * A DIR named outside it (absolute, `../x`) is the user's explicit choice.
     */
    readonly cwd?: string;
  },
): Promise<EgressDirSync> {
  const abs = path.resolve(dir);
  refuseForbidden(abs, dir);
  const root = await realTarget(abs);
  refuseForbidden(root, dir);
  if (options.cwd !== undefined) await refuseRedirect(abs, root, options.cwd, dir);
  if ((await exists(root)) && !(await lstat(root)).isDirectory()) {
    throw new EgressDirError(`refusing to use ${dir}: it exists and is not a folder.`);
  }
  const written: string[] = [];
  const unchanged: string[] = [];
  const wanted = new Set<string>();
  for (const f of files) {
    checkRelative(f.path);
    const target = path.join(root, ...f.path.split("/"));
    if (!target.startsWith(root + path.sep))
      throw new EgressDirError(`refusing to write ${f.path} outside ${dir}.`);
    await refuseLinks(root, f.path);
    wanted.add(f.path);
    const current = await readIfFile(target, f.path);
    const owner = current === null ? "generated" : ownershipOf(current);
    if (owner === "mixed") throw new EgressDirError(mixedFileMessage(path.join(dir, f.path)));
    if (current === f.text) unchanged.push(f.path);
    else if (owner === "generated") written.push(f.path);
    else
      throw new EgressDirError(
        `refusing to overwrite ${path.join(dir, f.path)}: reachdiff did not generate it. Move it away or choose another --out.`,
      );
  }
  const removed: string[] = [];
  for (const rel of await listYaml(root)) {
    if (wanted.has(rel)) continue;
    const owner = ownershipOf(await readFile(path.join(root, rel), "utf8"));
    if (owner === "mixed") throw new EgressDirError(mixedFileMessage(path.join(dir, rel)));
    if (owner === "generated") removed.push(rel);
  }
  if (!options.check) {
    for (const rel of written) {
      const target = path.join(root, ...rel.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await refuseLinks(root, rel);
      await writeFile(target, files.find((f) => f.path === rel)!.text);
    }
    for (const rel of removed) await unlink(path.join(root, ...rel.split("/")));
  }
  written.sort();
  unchanged.sort();
  return { written, removed, unchanged, stale: written.length + removed.length > 0 };
}

async function refuseRedirect(
  abs: string,
  root: string,
  cwd: string,
  given: string,
): Promise<void> {
  const lexical = path.relative(path.resolve(cwd), abs);
  if (lexical.startsWith("..") || path.isAbsolute(lexical)) return;
  const realCwd = await realpath(cwd);
  if (root === realCwd || root.startsWith(realCwd + path.sep)) return;
  throw new EgressDirError(
    `refusing to write generated policies to ${given}: a symlink on the way leads outside the working directory, to ${root}. Give that folder explicitly if it is really where they belong.`,
  );
}

/** Refuses when any existing component under `root` on the way to `rel` is a symlink. */
async function refuseLinks(root: string, rel: string): Promise<void> {
  let cur = root;
  for (const part of rel.split("/")) {
    cur = path.join(cur, part);
    try {
      if ((await lstat(cur)).isSymbolicLink()) {
        throw new EgressDirError(
          `refusing to write through the symlink ${cur}: generated files stay inside the output folder.`,
        );
      }
    } catch (error) {
      if (error instanceof EgressDirError) throw error;
      return; // does not exist yet: nothing below it exists either
    }
  }
}

async function readIfFile(target: string, rel: string): Promise<string | null> {
  try {
    const info = await lstat(target);
    if (!info.isFile())
      throw new EgressDirError(
        `refusing to write ${rel}: something that is not a file is in the way.`,
      );
    return await readFile(target, "utf8");
  } catch (error) {
    if (error instanceof EgressDirError) throw error;
    return null;
  }
}

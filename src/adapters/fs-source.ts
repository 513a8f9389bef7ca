import type { Dirent } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { compareDiagnostics, type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { SourceFile } from "../core/source.js";

/** What `readSources` found: files sorted by path, and what could not be read. */
export interface SourceSet {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

const MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

/**
 * Reads the manifests named by `paths` (files or directories, relative to
 * `options.cwd`). Directories are walked recursively for `.yaml`, `.yml` and
 * `.json` (contract.md, "Command line"), skipping `node_modules` and `.git`;
 * a symlink leading outside the directory being walked is skipped with a
 * warning, so a repository cannot make us read the runner's files. A file
 * named explicitly is read whatever its extension. A path that does not exist
 * or cannot be read is an `unreadable-path` error (the CLI exits 2).
 * Each physical file is read once; paths are relative to `cwd`, with `/`.
 */
export async function readSources(
  paths: readonly string[],
  options: { cwd: string },
): Promise<SourceSet> {
  const walker = new Walker(options.cwd);
  for (const given of paths) await walker.visitGiven(given);
  return walker.result();
}

class Walker {
  /**
   * Real path of each file read → how it was reached. A path reached without
   * following a symlink wins, then the smallest path: each file is read once.
   */
  private readonly files = new Map<string, { file: SourceFile; viaLink: boolean }>();
  private readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly cwd: string) {}

  async visitGiven(given: string): Promise<void> {
    const full = path.resolve(this.cwd, given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        await this.walk(full, await realpath(full), false, new Set());
      } else if (info.isFile()) {
        await this.read(full, false);
      } else {
        this.unreadable(full, "it is neither a file nor a directory");
      }
    } catch (error) {
      this.unreadable(full, reasonOf(error));
    }
  }

  /** `ancestors`: real paths of the directories above, to stop symlink loops inside the root. */
  private async walk(
    dir: string,
    root: string,
    viaLink: boolean,
    ancestors: ReadonlySet<string>,
  ): Promise<void> {
    const real = await realpath(dir);
    if (ancestors.has(real)) return;
    const inside = new Set(ancestors).add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.unreadable(dir, reasonOf(error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await this.walk(full, root, viaLink, inside);
      else if (entry.isFile() && isManifest(entry.name)) await this.read(full, viaLink);
      else if (entry.isSymbolicLink()) await this.followLink(full, root, inside);
    }
  }

  private async followLink(
    link: string,
    root: string,
    ancestors: ReadonlySet<string>,
  ): Promise<void> {
    let target: string;
    let isDirectory: boolean;
    try {
      target = await realpath(link);
      isDirectory = (await stat(target)).isDirectory();
    } catch (error) {
      if (isManifest(link)) this.unreadable(link, reasonOf(error));
      return;
    }
    if (!isDirectory && !isManifest(link)) return;
    if (target !== root && !target.startsWith(root + path.sep)) {
      const message =
        "This symlink leads outside the directory being analyzed, so it was not followed. Copy the manifests into the tree, or name the target path explicitly, if they should be analyzed.";
      this.diagnostics.push(diagnostic("warning", "symlink-outside-root", message, this.at(link)));
      return;
    }
    if (isDirectory) await this.walk(link, root, true, ancestors);
    else await this.read(link, true);
  }

  private async read(full: string, viaLink: boolean): Promise<void> {
    try {
      const real = await realpath(full);
      const file = { path: this.relative(full), text: await readFile(full, "utf8") };
      const seen = this.files.get(real);
      const better =
        seen === undefined ||
        (seen.viaLink && !viaLink) ||
        (seen.viaLink === viaLink && file.path < seen.file.path);
      if (better) this.files.set(real, { file, viaLink });
    } catch (error) {
      this.unreadable(full, reasonOf(error));
    }
  }

  private unreadable(full: string, reason: string): void {
    const message = `Cannot read ${this.relative(full)}: ${reason}. Check the path and its permissions.`;
    this.diagnostics.push(diagnostic("error", "unreadable-path", message, this.at(full)));
  }

  private at(full: string): { file: string; line: number; column: number } {
    return { file: this.relative(full), line: 1, column: 1 };
  }

  private relative(full: string): string {
    return path.relative(this.cwd, full).split(path.sep).join("/") || ".";
  }

  result(): SourceSet {
    const files = [...this.files.values()].map((seen) => seen.file);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, diagnostics: [...this.diagnostics].sort(compareDiagnostics) };
  }
}

function isManifest(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a parent is not a directory";
  return typeof code === "string" ? code : String(error);
}

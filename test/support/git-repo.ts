import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Fixed identity and dates so commit ids are the same on every run. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_AUTHOR_DATE: "2024-01-01T00:00:00Z",
  GIT_COMMITTER_DATE: "2024-01-01T00:00:00Z",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

/** A real git repository in a temporary folder. */
export interface TempRepo {
  readonly dir: string;
  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string;
  /** Writes files (relative paths → text); `null` deletes the file. */
  write(files: Readonly<Record<string, string | null>>): void;
  /** A symlink at `path` pointing to `target`. */
  link(path: string, target: string): void;
  /** Writes `files`, stages everything and commits; returns the commit id. */
  commit(message: string, files?: Readonly<Record<string, string | null>>): string;
  /** Removes the folder. */
  remove(): void;
}

const made: string[] = [];

function repoAt(dir: string): TempRepo {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, env: GIT_ENV, encoding: "utf8", stdio: "pipe" }).trim();
  const write = (files: Readonly<Record<string, string | null>>) => {
    for (const [path, text] of Object.entries(files)) {
      const full = join(dir, path);
      if (text === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    }
  };
  return {
    dir,
    git,
    write,
    link(path, target) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(target, join(dir, path));
    },
    commit(message, files = {}) {
      write(files);
      git("add", "-A");
      git("commit", "--quiet", "--allow-empty", "-m", message);
      return git("rev-parse", "HEAD");
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** `git init` on branch `main` in a new temporary folder. */
export function createRepo(): TempRepo {
  const repo = repoAt(tempDir("reachdiff-git-"));
  repo.git("init", "--quiet", "--initial-branch=main");
  return repo;
}

/**
 * A repository shaped like a pull request on GitHub: `main` with a base commit, a
 * `pr` branch with `prFiles`, `main` moving on with `mainFiles`, and a merge commit
 * of `pr` into `main` checked out (what actions/checkout gives a `pull_request` run).
 */
export function createPullRequestRepo(
  baseFiles: Readonly<Record<string, string | null>>,
  prFiles: Readonly<Record<string, string | null>>,
  mainFiles: Readonly<Record<string, string | null>> = { "README.md": "# moved on\n" },
): { repo: TempRepo; base: string; pr: string; main: string; merge: string } {
  const repo = createRepo();
  const base = repo.commit("base", baseFiles);
  repo.git("checkout", "--quiet", "-b", "pr");
  const pr = repo.commit("pr change", prFiles);
  repo.git("checkout", "--quiet", "main");
  const main = repo.commit("main moves on", mainFiles);
  repo.git("merge", "--quiet", "--no-ff", "-m", "Merge pr into main", "pr");
  return { repo, base, pr, main, merge: repo.git("rev-parse", "HEAD") };
}

/** `git clone --depth 1 file://…` of `origin` (the shallow clone of actions/checkout). */
export function shallowClone(origin: TempRepo, branch = "main"): TempRepo {
  const dir = tempDir("reachdiff-shallow-");
  execFileSync(
    "git",
    ["clone", "--quiet", "--depth", "1", "--branch", branch, `file://${origin.dir}`, dir],
    { env: GIT_ENV, stdio: "pipe" },
  );
  return repoAt(dir);
}

/** Removes every folder made by this module (call from `afterAll`). */
export function removeTempRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { GitSourceError } from "./git-errors.js";

interface Pending {
  readonly oid: string;
  resolve(data: Buffer): void;
  reject(error: Error): void;
}

/**
 * One long-lived `git cat-file --batch` child: blobs are read by object id over a pipe
 * instead of one process per file (issue 3, "Reading git"). Requests are answered in
 * the order they were written, so a FIFO of pending requests is all the protocol needs.
 */
export class CatFileBatch {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #pending: Pending[] = [];
  #buffer: Buffer = Buffer.alloc(0);
  #closed = false;
  #failure: Error | null = null;

  constructor(repoDir: string) {
    this.#child = spawn("git", ["cat-file", "--batch"], {
      cwd: repoDir,
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.#child.stdout.on("data", (chunk: Buffer) => this.#onData(chunk));
    let stderr = "";
    this.#child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    this.#child.on("error", (error) => this.#fail(error));
    this.#child.on("close", (code) => {
      if (!this.#closed || this.#pending.length > 0) {
        this.#fail(new GitSourceError("git-failed", `git cat-file exited (${code}): ${stderr}`));
      }
    });
    // A write after the child died must not crash the process: the close handler reports it.
    this.#child.stdin.on("error", () => {});
  }

  /** The contents of the blob `oid`. */
  read(oid: string): Promise<Buffer> {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) {
      return Promise.reject(new GitSourceError("git-failed", `not an object id: ${oid}`));
    }
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new GitSourceError("git-failed", "reader is closed"));
    return new Promise((resolve, reject) => {
      this.#pending.push({ oid, resolve, reject });
      this.#child.stdin.write(`${oid}\n`);
    });
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#child.stdin.end();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const p of this.#pending.splice(0)) p.reject(error);
  }

  #onData(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const head = this.#pending[0];
      if (!head) return;
      const eol = this.#buffer.indexOf(10);
      if (eol < 0) return;
      const header = this.#buffer.subarray(0, eol).toString("utf8");
      // `<oid> missing` or `<oid> <type> <size>` (git-cat-file(1), BATCH OUTPUT).
      const parts = header.split(" ");
      if (parts[1] === "missing" || parts.length !== 3) {
        this.#buffer = this.#buffer.subarray(eol + 1);
        this.#pending.shift();
        head.reject(new GitSourceError("git-failed", `git object ${head.oid} is missing`));
        continue;
      }
      const size = Number(parts[2]);
      if (this.#buffer.length < eol + 1 + size + 1) return;
      const data = Buffer.from(this.#buffer.subarray(eol + 1, eol + 1 + size));
      this.#buffer = this.#buffer.subarray(eol + 1 + size + 1);
      this.#pending.shift();
      head.resolve(data);
    }
  }
}

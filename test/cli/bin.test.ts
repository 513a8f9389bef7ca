import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleOptions } from "../../scripts/esbuild-options.mjs";

/** The CLI bundle built from src/cli.ts as it ships, run as `node cli.js`. */
describe("the reachdiff binary", () => {
  const dir = mkdtempSync(join(tmpdir(), "reachdiff-bin-"));
  const bin = join(dir, "cli.js");
  const manifests = join(dir, "pods.yaml");
  beforeAll(async () => {
    await build(bundleOptions("src/cli.ts", bin, { shebang: true }));
    // 150 pods that all reach each other: a JSON report far larger than a pipe's buffer.
    const pods = Array.from(
      { length: 150 },
      (_, i) =>
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: ns${i}, labels: {app: a${i}}}\n`,
    );
    writeFileSync(manifests, pods.join("---\n"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits quietly when its reader closes the pipe after the first bytes (| head -c 10)", async () => {
    const child = spawn(
      process.execPath,
      [bin, "analyze", manifests, "--format", "json", "--quiet"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { countChanges, expandChanges } from "../../src/diff/index.js";
import { analyzeJsonChunks, analyzeToJson } from "../../src/render/analyze-json.js";
import { diffJsonChunks, diffToJson } from "../../src/render/diff-json.js";
import { jsonObjectChunks } from "../../src/render/json-stream.js";
import {
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  diffOf,
  graphOf,
  namespaceYaml,
  policyYaml,
} from "./helpers.js";

const stringified = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe("streamed JSON", () => {
  it("is byte for byte what JSON.stringify writes, for any document", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.dictionary(fc.string(), fc.array(fc.jsonValue())),
        (plain, arrays) => {
          const doc = { ...plain, ...arrays };
          const fields = Object.entries(doc).map(([key, value]) =>
            key in arrays && Array.isArray(value) ? { key, items: value } : { key, value },
          );
          expect([...jsonObjectChunks(fields)].join("")).toBe(stringified(doc));
        },
      ),
    );
  });

  const base = {
    "ns.yaml": [
      namespaceYaml("shop"),
      deploymentYaml("shop", "web", { app: "web" }),
      deploymentYaml("shop", "db", { app: "db" }, [5432]),
    ].join("---\n"),
  };
  const head = { ...base, "deny.yaml": policyYaml("shop", "deny", DEFAULT_DENY_INGRESS) };

  it("writes the diff document exactly as the whole document would read", () => {
    const input = { diff: diffOf(base, head), base: { label: "a" }, head: { label: "b" } };
    expect([...diffJsonChunks(input)].join("")).toBe(stringified(diffToJson(input)));
    expect(countChanges(input.diff.closed)).toBe(expandChanges(input.diff.closed).length);
  });

  it("writes the analyze document exactly as the whole document would read", () => {
    const graph = graphOf(head);
    expect([...analyzeJsonChunks(graph)].join("")).toBe(stringified(analyzeToJson(graph)));
  });
});

/** `count` workloads in one namespace, each with its own labels (one class each). */
function manyWorkloads(count: number): string {
  const docs = [namespaceYaml("big")];
  for (let i = 0; i < count; i++) docs.push(deploymentYaml("big", `w${i}`, { app: `w${i}` }));
  return docs.join("---\n");
}

describe("diff --format json of a default deny over 2,000 workloads (4,002,000 closed pairs)", () => {
  it("is written in chunks under 1 MiB with every pair listed, instead of failing on the string's length", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-json-stream-"));
    try {
      mkdirSync(join(dir, "a"));
      mkdirSync(join(dir, "b"));
      const workloads = manyWorkloads(2_000);
      writeFileSync(join(dir, "a", "w.yaml"), workloads);
      writeFileSync(join(dir, "b", "w.yaml"), workloads);
      writeFileSync(join(dir, "b", "p.yaml"), policyYaml("big", "deny", DEFAULT_DENY_INGRESS));
      let bytes = 0;
      let pairs = 0;
      let largest = 0;
      let tail = "";
      let stderr = "";
      const code = await main(["diff", "--base-dir", "a", "--head-dir", "b", "--format", "json"], {
        cwd: dir,
        env: {},
        stdoutIsTTY: false,
        out: (chunk) => {
          bytes += chunk.length;
          largest = Math.max(largest, chunk.length);
          pairs += chunk.split('"src": ').length - 1;
          tail = chunk;
        },
        err: (t) => {
          stderr += t;
        },
      });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      // Every workload and the external ranges into each of the 2,000 destinations.
      expect(pairs).toBe(2_000 * 2_001);
      expect(bytes).toBeGreaterThan(2 ** 29);
      expect(largest).toBeLessThan(2 ** 20);
      expect(tail.endsWith('  "renamed": []\n}\n')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

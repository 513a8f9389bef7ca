import { describe, expect, it } from "vitest";
import { expandChanges } from "../../src/diff/index.js";
import { renderComment } from "../../src/render/comment.js";
import { MAX_GRAPH_EDGES } from "../../src/render/comment-sections.js";
import { formatCount } from "../../src/render/format.js";
import {
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  diffOf,
  namespaceYaml,
  policyYaml,
  unbalanced,
} from "./helpers.js";

/** `namespaces × perNamespace` workloads, each with its own labels (one class each). */
function cluster(namespaces: number, perNamespace: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${String(n).padStart(2, "0")}`;
    const docs = [namespaceYaml(ns)];
    for (let i = 0; i < perNamespace; i++) {
      docs.push(deploymentYaml(ns, `svc-${String(i).padStart(3, "0")}`, { app: `svc-${n}-${i}` }));
    }
    files[`${ns}.yaml`] = docs.join("---\n");
  }
  return files;
}

function denyAll(base: Record<string, string>, namespaces: number): Record<string, string> {
  const head = { ...base };
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${String(n).padStart(2, "0")}`;
    head[`${ns}-deny.yaml`] = policyYaml(ns, "default-deny", DEFAULT_DENY_INGRESS);
  }
  return head;
}

const input = (diff: ReturnType<typeof diffOf>) => ({
  diff,
  base: { label: "base" },
  head: { label: "head" },
  marker: "reachdiff:budget",
});

describe("a default deny over 320 workloads (closing > 100,000 pairs)", () => {
  const base = cluster(8, 40);
  const diff = diffOf(base, denyAll(base, 8));
  const closed = expandChanges(diff.closed).length;
  const { body, truncated } = renderComment(input(diff));

  it("closes more than 100,000 pairs", () => {
    // 320 workloads and every external range into 320 destinations.
    expect(closed).toBeGreaterThanOrEqual(320 * 320);
  });

  it("still fits 60,000 characters with the exact count in the verdict", () => {
    expect(body.length).toBeLessThan(60_000);
    expect(body.split("\n")[1]).toBe(`### reachdiff: closes ${formatCount(closed)} flows`);
    expect(body).toContain(`**${formatCount(closed)}** closed`);
    expect(truncated).toBe(false);
  });

  it("names each namespace's default deny in one row", () => {
    const rows = body
      .split("\n")
      .filter((l) =>
        l.startsWith("| anything (every workload, any address) | every workload in `team-"),
      );
    expect(rows).toHaveLength(8);
    expect(rows[0]).toContain(
      `| all | ${formatCount(closed / 8)} | policy change | \`team-00/default-deny\` (added)`,
    );
  });
});

describe("the ladder: full → grouped → counts only", () => {
  // Each workload gets its own port: 320 rows that cannot be merged.
  const base = cluster(4, 40);
  const head = denyAll(base, 4);
  for (let n = 0; n < 4; n++) {
    const ns = `team-${String(n).padStart(2, "0")}`;
    const policies: string[] = [];
    for (let i = 0; i < 40; i++) {
      policies.push(
        policyYaml(
          ns,
          `allow-${i}`,
          `podSelector:\n  matchLabels: {app: svc-${n}-${i}}\ningress:\n  - from: [{namespaceSelector: {}}]\n    ports: [{port: ${1000 + i}}]`,
        ),
      );
    }
    head[`${ns}-allow.yaml`] = policies.join("---\n");
  }
  const diff = diffOf(base, head);
  const full = renderComment(input(diff), 10_000_000);
  const grouped = renderComment(input(diff), 60_000);
  const counts = renderComment(input(diff), 2_500);

  it.each([
    ["an unlimited budget", full, 10_000_000],
    ["the default budget", grouped, 60_000],
    ["a tiny budget", counts, 2_500],
  ])("%s gives a balanced comment within the budget", (_name, c, budget) => {
    expect(c.body.length).toBeLessThanOrEqual(budget);
    expect(unbalanced(c.body)).toEqual([]);
    expect(c.body.split("\n")[0]).toBe("<!-- reachdiff:budget -->");
  });

  it("the full rung leaves the graph out with a sentence above 50 edges", () => {
    expect(full.body).toContain(`is more than ${MAX_GRAPH_EDGES}.`);
    expect(full.body).not.toContain("```mermaid");
  });

  it("every rung keeps the same verdict and counts", () => {
    const head2 = (b: string) => b.split("\n").slice(1, 4).join("\n");
    expect(head2(grouped.body)).toBe(head2(full.body));
    expect(head2(counts.body)).toBe(head2(full.body));
  });

  it("the shorter rungs say what was cut and where the full report is", () => {
    expect(grouped.truncated).toBe(true);
    expect(grouped.body).toContain("connections (union)");
    expect(counts.truncated).toBe(true);
    expect(counts.body).not.toContain("| from |");
    for (const c of [grouped, counts]) {
      expect(c.body.trimEnd().split("\n").at(-1)).toMatch(
        /^<sub>Shortened to fit .*The full report is in the job summary and the JSON report artifact\.<\/sub>$/,
      );
    }
  });

  it("is deterministic on every rung", () => {
    expect(renderComment(input(diff), 60_000).body).toBe(grouped.body);
    expect(renderComment(input(diff), 2_500).body).toBe(counts.body);
  });
});

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
    // Read from → to, as on the full rung.
    expect(grouped.body).toContain("| from | to | connections (union) |");
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

describe("when the grouped rung is over the budget, the lowest risks go first", () => {
  // 40 namespaces: each default-denied, its own namespace let in at the base, the internet
  // let in (and its own namespace shut out) at the head: internet rows and closed rows.
  const namespaces = 40;
  const base = cluster(namespaces, 3);
  const head = { ...base };
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${String(n).padStart(2, "0")}`;
    const deny = policyYaml(ns, "default-deny", DEFAULT_DENY_INGRESS);
    base[`${ns}-policies.yaml`] = [
      deny,
      policyYaml(
        ns,
        "allow-same-namespace",
        "podSelector: {}\ningress:\n  - from: [{podSelector: {}}]",
      ),
    ].join("---\n");
    head[`${ns}-policies.yaml`] = [
      deny,
      policyYaml(
        ns,
        "allow-load-balancers",
        "podSelector: {}\ningress:\n  - from: [{ipBlock: {cidr: 0.0.0.0/0}}]",
      ),
    ].join("---\n");
  }
  const diff = diffOf(base, head);
  const budgets = Array.from({ length: 60 }, (_, i) => 1_000 + i * 500);
  const bodies = budgets.map((b) => ({ budget: b, body: renderComment(input(diff), b).body }));
  const hasRows = (body: string, title: string): boolean => {
    const at = body.indexOf(`#### ${title}`);
    return at >= 0 && /\n\| --- \|/.test(body.slice(at, body.indexOf("\n#### ", at + 1) >>> 0));
  };

  it("some budget keeps the internet rows while the closed rows are left out, with a line saying so", () => {
    const kept = bodies.filter(
      ({ body }) => hasRows(body, "New exposure to the internet") && !hasRows(body, "Closed flows"),
    );
    expect(kept.length).toBeGreaterThan(0);
    const body = kept[0]!.body;
    expect(body).toContain(
      "#### Closed flows (360 flows)\n\nRows left out to fit the comment; every pair is in the job summary and the JSON report artifact.",
    );
    expect(body).toMatch(/<sub>Shortened to fit .*rows of closed left out.*<\/sub>/);
  });

  it("never shows closed rows without the internet rows, and is balanced and within every budget", () => {
    for (const { budget, body } of bodies) {
      expect(body.length).toBeLessThanOrEqual(budget);
      expect(unbalanced(body)).toEqual([]);
      if (hasRows(body, "Closed flows"))
        expect(hasRows(body, "New exposure to the internet")).toBe(true);
    }
  });
});

describe("a change to more policies than the comment lists", () => {
  const base = cluster(1, 60);
  const head = { ...base };
  head["deny.yaml"] = Array.from({ length: 60 }, (_, i) =>
    policyYaml(
      "team-00",
      `deny-${i}`,
      `podSelector:\n  matchLabels: {app: svc-0-${i}}\npolicyTypes: [Ingress]`,
    ),
  ).join("---\n");
  const { body, truncated } = renderComment(input(diffOf(base, head)), 10_000_000);

  it("says in the last line that some changed policies are not listed", () => {
    expect(body).toContain("… and 10 more.");
    expect(body.trimEnd().split("\n").at(-1)).toContain("10 of 60 changed policies not listed");
    expect(truncated).toBe(true);
  });
});

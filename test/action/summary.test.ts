import { describe, expect, it } from "vitest";
import {
  byteLength,
  cappedSummary,
  fitSummary,
  SUMMARY_MAX_BYTES,
  SUMMARY_NOTES_BYTES,
} from "../../src/action/summary.js";

/** A report of `rows` table rows that shortens itself at line boundaries, as the renderer does. */
function table(rows: number, cell = "x".repeat(40)) {
  const full = Array.from({ length: rows }, (_, i) => `| row ${i} | ${cell} |`).join("\n");
  return (budget: number) =>
    full.length <= budget
      ? { body: full, truncated: false }
      : { body: full.slice(0, Math.max(0, full.lastIndexOf("\n", budget))), truncated: true };
}

const FORK_WARNING =
  "\n> [!WARNING]\n> reachdiff: the token may not comment on this pull request (403 Resource not accessible by integration).\n";

/** The summary as the run writes it: the fitted report, then whatever is appended after. */
async function writeSummary(report: string, ...notes: string[]): Promise<string> {
  const parts: string[] = [];
  const append = cappedSummary(async (m) => {
    parts.push(`${m}\n`);
  });
  await append(report);
  for (const note of notes) await append(note);
  return parts.join("");
}

describe("the job summary's 1 MiB cap", () => {
  it("cuts a 3 MiB report to fit, with a note saying so", () => {
    const out = fitSummary(table(60_000));
    expect(byteLength(out)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(out).toMatch(/cut to fit GitHub's 1 MiB job summary limit/);
  });

  it("cuts a report of multi-byte characters by bytes, not characters", () => {
    const out = fitSummary(table(30_000, "→".repeat(40)));
    expect(byteLength(out)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(byteLength(out)).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.8);
  });

  it("holds for the final text when a warning is appended after a report that just fits", async () => {
    const line = `${"y".repeat(9)}\n`;
    const exact = line.repeat(Math.floor((SUMMARY_MAX_BYTES - 200) / line.length));
    const report = fitSummary(() => ({ body: exact, truncated: false }));
    const summary = await writeSummary(report, FORK_WARNING);
    expect(byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
  });

  it("keeps the appended warning whole when the report was fitted with room for notes", async () => {
    const report = fitSummary(table(60_000), SUMMARY_MAX_BYTES - SUMMARY_NOTES_BYTES);
    const summary = await writeSummary(report, FORK_WARNING);
    expect(byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toContain(FORK_WARNING);
  });

  it("drops a note that has no room left at all", async () => {
    const full = "z\n".repeat(SUMMARY_MAX_BYTES / 2 - 1);
    const summary = await writeSummary(full, "a note\n");
    expect(byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).not.toContain("a note");
  });
});

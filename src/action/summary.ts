/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

const NOTE =
  "\n\n> [!NOTE]\n> This report was cut to fit GitHub's 1 MiB job summary limit. " +
  "The full report is the JSON file named by the step's `report` output.\n";

export interface Rendered {
  readonly body: string;
  readonly truncated: boolean;
}

/**
 * The largest rendering that fits in `maxBytes` of UTF-8, with a note when anything was cut.
 * Budgets are in characters and a character can take up to 3 bytes, so the budget shrinks
 * until the bytes fit; the renderer degrades gracefully at each budget (never breaking a
 * table, fence or `<details>`). A last-resort cut at a line boundary guarantees the limit.
 */
export function fitSummary(
  render: (budgetChars: number) => Rendered,
  maxBytes: number = SUMMARY_MAX_BYTES,
): string {
  const room = maxBytes - byteLength(NOTE);
  let budget = room;
  for (let attempt = 0; attempt < 5; attempt++) {
    const out = render(budget);
    const bytes = byteLength(out.body);
    if (bytes <= room) return out.truncated ? out.body + NOTE : out.body;
    budget = Math.floor((budget * room * 0.95) / bytes);
  }
  return cutToBytes(render(budget).body, room) + NOTE;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The longest prefix of whole lines that fits in `maxBytes`. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let end = Buffer.from(text, "utf8").subarray(0, maxBytes).toString("utf8").lastIndexOf("\n");
  if (end < 0) end = 0;
  return text.slice(0, end);
}

/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

/**
 * Bytes the report leaves free for what is appended after it (the warning that the token
 * may not comment): the report is fitted to `SUMMARY_MAX_BYTES - SUMMARY_NOTES_BYTES`.
 */
export const SUMMARY_NOTES_BYTES = 8 * 1024;

/** What @actions/core adds after each append (`os.EOL`; two bytes on Windows). */
const PER_APPEND_BYTES = 2;

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

/**
 * Wraps the summary's `append` so that everything appended in a run stays within
 * `maxBytes`, whatever the order: an append that does not fit is cut at a line boundary
 * (and dropped when nothing of it fits). The report, fitted first with room to spare
 * (`SUMMARY_NOTES_BYTES`), is never cut by this; a later note can be.
 */
export function cappedSummary(
  append: (markdown: string) => Promise<void>,
  maxBytes: number = SUMMARY_MAX_BYTES,
): (markdown: string) => Promise<void> {
  let used = 0;
  return async (markdown) => {
    const room = maxBytes - used - PER_APPEND_BYTES;
    const text = byteLength(markdown) <= room ? markdown : cutToBytes(markdown, Math.max(0, room));
    if (text === "") return;
    used += byteLength(text) + PER_APPEND_BYTES;
    await append(text);
  };
}

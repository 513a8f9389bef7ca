/** Where one YAML document of a file starts and ends, as text offsets, and its first line. */
export interface DocumentSegment {
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start` in the file. */
  readonly line: number;
}

const START_MARKER = /^---(?:[ \t]|$)/;
const CONTENT = /^[ \t]*[^\s#]/;

/**
 * Splits a YAML stream into its documents by their `---` lines, without parsing, so
 * that one document can be parsed for positions without the rest of the file. A
 * `---` at the start of a line always starts a document (YAML 1.2: no scalar may
 * contain it). Returns null when the stream uses what a line scan cannot follow
 * (directives, `...` document ends): the caller then parses the whole file.
 */
export function documentSegments(text: string): DocumentSegment[] | null {
  const segments: { start: number; line: number; content: boolean }[] = [];
  let current = { start: 0, line: 1, content: false };
  let offset = 0;
  let line = 1;
  while (offset <= text.length) {
    const newline = text.indexOf("\n", offset);
    const end = newline < 0 ? text.length : newline;
    const lineText = text.slice(offset, end).replace(/\r$/, "");
    if (lineText.startsWith("%") || /^\.\.\.(?:[ \t]|$)/.test(lineText)) return null;
    if (START_MARKER.test(lineText)) {
      segments.push(current);
      current = { start: offset, line, content: true };
    } else if (!current.content && CONTENT.test(lineText)) {
      current.content = true;
    }
    if (newline < 0) break;
    offset = newline + 1;
    line++;
  }
  segments.push(current);
  // Text before the first `---` that holds only comments or blank lines is no document.
  const kept = segments.filter((s, i) => i > 0 || s.content);
  return kept.map((s, i) => ({
    start: s.start,
    end: i + 1 < kept.length ? kept[i + 1]!.start : text.length,
    line: s.line,
  }));
}

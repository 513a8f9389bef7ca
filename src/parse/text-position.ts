import type { Origin } from "../core/source.js";

/** The 1-based line and column of a character offset, counted on `text` directly. */
export function offsetToOrigin(file: string, text: string, offset: number): Origin {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, column: end - lineStart + 1 };
}

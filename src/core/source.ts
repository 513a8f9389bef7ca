/** A file handed to the pure core: a path (relative to the working directory) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** A 1-based position in a source file. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Compares origins by file, then line, then column (for stable output). */
export function compareOrigins(a: Origin, b: Origin): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

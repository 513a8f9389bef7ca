import { createHash } from "node:crypto";
import type { SourceFile } from "../core/source.js";
import { parseFile } from "../parse/index.js";
import type { ParseResult } from "../parse/types.js";

/** The git blob id (SHA-1) of a text, so working-tree files share the base's parses. */
export function blobOid(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\u0000`).update(bytes).digest("hex");
}

/** Parses files, each (path, blob) once: unchanged files are shared by both sides of a diff. */
export interface ParseCache {
  parse(files: readonly (SourceFile & { readonly oid?: string })[]): ParseResult;
  /** How many files were actually parsed (for tests). */
  readonly parsedCount: number;
}

/**
 * A cache of `ParseResult`s keyed by path and blob id. The path is part of the key
 * because positions and diagnostics name the file; a copy of a file elsewhere is
 * parsed again.
 */
export function createParseCache(): ParseCache {
  const cache = new Map<string, ParseResult>();
  let parsedCount = 0;
  return {
    get parsedCount() {
      return parsedCount;
    },
    parse(files) {
      const resources: ParseResult["resources"] = [];
      const diagnostics: ParseResult["diagnostics"] = [];
      let incomplete = false;
      for (const file of files) {
        const key = `${file.oid ?? blobOid(file.text)}\u0000${file.path}`;
        let result = cache.get(key);
        if (!result) {
          result = parseFile({ path: file.path, text: file.text });
          parsedCount++;
          cache.set(key, result);
        }
        resources.push(...result.resources);
        diagnostics.push(...result.diagnostics);
        incomplete ||= result.incomplete;
      }
      return { resources, diagnostics, incomplete };
    },
  };
}

import { loadAll } from "js-yaml";
import { hasDuplicateKeys } from "./json-keys.js";

/** Which decoder a file needs: `.json` files are JSON, everything else is YAML. */
export type SourceFormat = "yaml" | "json";

/** The documents of a file, or `null` when the fast path cannot (or may not) decode it. */
export type FastDecodeResult = readonly unknown[] | null;

/**
 * An anchor (`&a`), an alias (`*a`) or a merge key (`<<`) where a YAML node may
 * start. Conservative on purpose: a false match only costs the slower, bounded
 * decoder. js-yaml does not bound alias expansion, so it must never see an alias
 * (issue 2, "Cap aliases"); `maxAliases: 0` below is the second line of defence.
 */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*][^\s[\]{},]|<</m;

/**
 * The fast path: js-yaml `loadAll` for YAML, `JSON.parse` for JSON. Returns
 * null on any failure (syntax, duplicate key, also in JSON, alias, nesting) so that the caller
 * decodes the file with the `yaml` package, which reports errors with positions.
 * Both use the YAML 1.2 core schema, so both paths decode a file identically.
 */
export function decodeFast(text: string, format: SourceFormat): FastDecodeResult {
  if (format === "json") {
    try {
      const value: unknown = JSON.parse(text);
      // A repeated key is an error, reported with its position by the `yaml` package.
      return hasDuplicateKeys(text, value) ? null : [value];
    } catch {
      return null;
    }
  }
  if (NEEDS_FULL_PARSER.test(text)) return null;
  try {
    return loadAll(text, { maxAliases: 0 });
  } catch {
    return null;
  }
}

import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Resource } from "../parse/types.js";

/**
 * The kinds reachdiff does not use (Service, ConfigMap, CRDs…), one `skipped-kind`
 * info per apiVersion and kind for the whole input, at its first object in file
 * order with the count: a repository of 2,000 Services gets one line, not 2,000,
 * and only one position per kind is looked up.
 */
export class SkippedKinds {
  private readonly byKind = new Map<string, { first: Resource; count: number }>();

  add(resource: Resource): void {
    const key = `${resource.apiVersion} ${resource.kind}`;
    const entry = this.byKind.get(key);
    if (entry === undefined) this.byKind.set(key, { first: resource, count: 1 });
    else entry.count++;
  }

  diagnostics(): Diagnostic[] {
    return [...this.byKind].map(([key, { first, count }]) => {
      const objects = count === 1 ? "1 object" : `${count} objects`;
      return diagnostic(
        "info",
        "skipped-kind",
        `${key}: reachdiff does not use this kind, so ${objects} of it ${count === 1 ? "was" : "were"} skipped (this is the first). Nothing to do unless it was meant to be another kind.`,
        first.locate([]),
      );
    });
  }
}

import type { JsonValue, ParseResult, Resource } from "../parse/types.js";
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from "./types.js";

function field(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? value[key]
    : undefined;
}

/** True for a policy reachdiff generated earlier (it carries our managed-by label). */
export function isGeneratedResource(resource: Resource): boolean {
  const labels = field(field(resource.object, "metadata"), "labels");
  return field(labels, MANAGED_BY_LABEL) === MANAGED_BY_VALUE;
}

/**
 * The parse result without policies reachdiff generated earlier. They are its own
 * output, not the authors' intent: counted as existing egress policies they would
 * make every source look "already isolated" and the next run would remove them.
 */
export function withoutGenerated(parsed: ParseResult): ParseResult {
  return { ...parsed, resources: parsed.resources.filter((r) => !isGeneratedResource(r)) };
}

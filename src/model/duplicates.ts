import type { JsonValue, Resource } from "../parse/types.js";
import { isObject, ObjectContext } from "./object-context.js";

interface Seen {
  resource: Resource;
  /** Whether that copy made it into the model (the API server would accept it). */
  accepted: boolean;
}

/**
 * Objects with the same kind, namespace and name. Identical copies are harmless (a
 * warning; the later one is ignored). Different copies are an error: which one the
 * cluster ends up with depends on apply order, so the result is incomplete; the
 * first accepted copy in (file, document) order is analyzed. A copy the API server
 * would reject never shadows a valid one that comes later.
 */
export class Duplicates {
  private readonly seen = new Map<string, Seen>();

  /**
   * Reports `resource` if an earlier copy exists, in a context of its own (the
   * duplicate error must not make this copy "rejected"). Returns whether to analyze it.
   */
  check(resource: Resource, key: string): { analyze: boolean; report: ObjectContext | null } {
    const earlier = this.seen.get(key);
    if (earlier === undefined) {
      this.seen.set(key, { resource, accepted: false });
      return { analyze: true, report: null };
    }
    const ctx = new ObjectContext(resource);
    const at = earlier.resource.locate([]);
    const where = `${at.file}:${at.line}`;
    const what = `${resource.kind} ${resource.name}`;
    if (sameValue(earlier.resource.object, resource.object)) {
      ctx.warn(
        "duplicate-object",
        `${what} is defined again, identically (first at ${where}); this copy is ignored. Remove one of them.`,
        [],
      );
      return { analyze: false, report: ctx };
    }
    const analyzed = earlier.accepted
      ? `reachdiff analyzed the one at ${where}`
      : `the one at ${where} is rejected, so reachdiff analyzed this one`;
    ctx.error(
      "duplicate-object",
      `${what} has two different definitions (the other at ${where}); which one the cluster gets depends on apply order, so ${analyzed} and the result is incomplete. Keep one.`,
      [],
    );
    if (earlier.accepted) return { analyze: false, report: ctx };
    this.seen.set(key, { resource, accepted: false });
    return { analyze: true, report: ctx };
  }

  /** `resource` (the copy last allowed by `check`) made it into the model. */
  accept(key: string): void {
    const entry = this.seen.get(key);
    if (entry !== undefined) entry.accepted = true;
  }
}

function sameValue(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]!));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k]!, b[k]!))
  );
}

import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { compareOrigins, type Origin } from "../core/source.js";
import type { Resource } from "../parse/types.js";
import { isObject, stringMap } from "./object-context.js";
import type { Namespace } from "./types.js";

/** The label the control plane puts on every namespace (semantics.md §2.9). */
export const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

/** A declared `v1 Namespace`: its labels plus the automatic name label. */
export function readNamespace(resource: Resource): Namespace {
  const metadata = isObject(resource.object.metadata) ? resource.object.metadata : {};
  const labels = { ...stringMap(metadata.labels), [NAMESPACE_NAME_LABEL]: resource.name };
  return {
    name: resource.name,
    labels: sortLabels(labels),
    declared: true,
    origin: resource.locate([]),
  };
}

/**
 * Adds a namespace for every name used (by a workload or a policy) but not
 * declared, with only the name label, and a warning at the first user: selector
 * results depend on labels the repository does not show (semantics.md Part 1).
 */
export function synthesizeNamespaces(
  declared: readonly Namespace[],
  users: readonly { namespace: string; at: Origin }[],
): { namespaces: Namespace[]; diagnostics: Diagnostic[] } {
  const byName = new Map(declared.map((n) => [n.name, n]));
  const firstUse = new Map<string, Origin>();
  for (const { namespace, at } of users) {
    if (byName.has(namespace)) continue;
    const seen = firstUse.get(namespace);
    if (seen === undefined || compareOrigins(at, seen) < 0) firstUse.set(namespace, at);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [name, at] of firstUse) {
    byName.set(name, {
      name,
      labels: { [NAMESPACE_NAME_LABEL]: name },
      declared: false,
      origin: null,
    });
    diagnostics.push(
      diagnostic(
        "warning",
        "namespace-synthesized",
        `namespace "${name}" is used but not declared; assuming it has only the label ${NAMESPACE_NAME_LABEL}=${name}. Add its Namespace manifest so namespaceSelectors are evaluated against its real labels.`,
        at,
      ),
    );
  }
  const namespaces = [...byName.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return { namespaces, diagnostics };
}

function sortLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

import { compareText } from "../core/compare-text.js";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { Origin } from "../core/source.js";
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
/** Something that puts a workload or policy in a namespace; `at` is looked up only if needed. */
export interface NamespaceUser {
  readonly namespace: string;
  readonly file: string;
  /** Document index, then index in a `kind: List` (-1 when not in a list). */
  readonly order: readonly [number, number];
  readonly at: () => Origin;
}

function compareUsers(a: NamespaceUser, b: NamespaceUser): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.order[0] - b.order[0] || a.order[1] - b.order[1];
}

export function synthesizeNamespaces(
  declared: readonly Namespace[],
  users: readonly NamespaceUser[],
): { namespaces: Namespace[]; diagnostics: Diagnostic[] } {
  const byName = new Map(declared.map((n) => [n.name, n]));
  // The first user in (file, document) order is reported. Positions cost a full YAML
  // parse of the file, so only that one user per undeclared namespace is located.
  const firstUser = new Map<string, NamespaceUser>();
  for (const user of users) {
    if (byName.has(user.namespace)) continue;
    const seen = firstUser.get(user.namespace);
    if (seen === undefined || compareUsers(user, seen) < 0) firstUser.set(user.namespace, user);
  }
  const firstUse = new Map([...firstUser].map(([name, user]) => [name, user.at()] as const));
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
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => compareText(a, b)));
}

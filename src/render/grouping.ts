import { assertNever } from "../core/assert-never.js";
import { type EndpointId, type ExternalId, parseWorkloadId, type WorkloadId } from "../core/ids.js";
import type { Graph } from "../engine/types.js";
import { mdCode } from "./escape.js";
import { isPublicRange } from "./private-ranges.js";

/**
 * Every endpoint one side of a report can name, so that a set of endpoints can be
 * described by what it covers ("every workload in `shop`", "the internet") instead of
 * hundreds of ids (design.md, "Diff without drowning the reviewer").
 */
export interface Universe {
  /** Namespace → its workloads, both sorted. */
  readonly byNamespace: ReadonlyMap<string, readonly WorkloadId[]>;
  readonly workloadCount: number;
  /** Every external range id, in graph order. */
  readonly externals: readonly ExternalId[];
  /** External ranges with at least one address outside private space. */
  readonly publicExternals: ReadonlySet<ExternalId>;
}

export function universeOf(graph: Graph): Universe {
  const byNamespace = new Map<string, WorkloadId[]>();
  for (const w of graph.model.workloads) {
    const list = byNamespace.get(w.namespace);
    if (list) list.push(w.id);
    else byNamespace.set(w.namespace, [w.id]);
  }
  const sorted = new Map([...byNamespace.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  for (const list of sorted.values()) list.sort();
  return {
    byNamespace: sorted,
    workloadCount: graph.model.workloads.length,
    externals: graph.externals.map((r) => r.id),
    publicExternals: new Set(graph.externals.filter(isPublicRange).map((r) => r.id)),
  };
}

/** One piece of a described endpoint set. */
export type SetPart =
  | { readonly kind: "anything" }
  | { readonly kind: "any-workload" }
  | { readonly kind: "namespace"; readonly namespace: string }
  | { readonly kind: "some-in-namespace"; readonly namespace: string; readonly count: number }
  | { readonly kind: "workload"; readonly id: WorkloadId }
  | { readonly kind: "workloads"; readonly count: number; readonly namespaces: number }
  | { readonly kind: "any-address" }
  | { readonly kind: "internet" }
  | { readonly kind: "range"; readonly id: ExternalId }
  | { readonly kind: "ranges"; readonly count: number };

/** The namespace of an endpoint id, or null for an external range. */
export function namespaceOf(id: EndpointId): string | null {
  return parseWorkloadId(id)?.namespace ?? null;
}

export function isWorkloadId(id: EndpointId): id is WorkloadId {
  return parseWorkloadId(id) !== null;
}

/**
 * Describes a set of endpoints by the largest groups it covers whole. `maxListed` caps
 * how many single ids are named per namespace (and for ranges); above it the part is
 * a count ("12 workloads in `shop`").
 */
export function describeEndpoints(
  ids: Iterable<EndpointId>,
  universe: Universe,
  maxListed = 5,
): SetPart[] {
  const byNs = new Map<string, WorkloadId[]>();
  const exts = new Set<ExternalId>();
  for (const id of ids) {
    const ns = namespaceOf(id);
    if (ns === null) exts.add(id as ExternalId);
    else {
      const list = byNs.get(ns);
      if (list) list.push(id as WorkloadId);
      else byNs.set(ns, [id as WorkloadId]);
    }
  }
  const covers = (ns: string, members: readonly WorkloadId[]): boolean => {
    const all = universe.byNamespace.get(ns);
    if (!all || all.length !== new Set(members).size) return false;
    const set = new Set(members);
    return all.every((w) => set.has(w));
  };
  const nsNames = [...byNs.keys()].sort();
  const everyWorkload =
    universe.workloadCount > 0 &&
    universe.byNamespace.size === nsNames.length &&
    nsNames.every((ns) => covers(ns, byNs.get(ns)!));
  const everyExternal =
    universe.externals.length > 0 && universe.externals.every((e) => exts.has(e));
  if (everyWorkload && everyExternal) return [{ kind: "anything" }];

  let parts: SetPart[] = [];
  if (everyWorkload) parts.push({ kind: "any-workload" });
  else {
    let count = 0;
    for (const ns of nsNames) {
      const members = [...new Set(byNs.get(ns)!)].sort();
      count += members.length;
      if (covers(ns, members)) parts.push({ kind: "namespace", namespace: ns });
      else if (members.length > maxListed)
        parts.push({ kind: "some-in-namespace", namespace: ns, count: members.length });
      else for (const id of members) parts.push({ kind: "workload", id });
    }
    // Many scattered pieces read worse than one count; the JSON report has them all.
    if (parts.length > 2 * maxListed) {
      parts = [{ kind: "workloads", count, namespaces: nsNames.length }];
    }
  }
  if (everyExternal) parts.push({ kind: "any-address" });
  else {
    const pub = universe.publicExternals;
    const allPublic = pub.size > 0 && [...pub].every((e) => exts.has(e));
    if (allPublic) parts.push({ kind: "internet" });
    const rest = universe.externals.filter((e) => exts.has(e) && !(allPublic && pub.has(e)));
    // Ranges the universe does not know (should not happen) still count, sorted.
    const unknown = [...exts].filter((e) => !universe.externals.includes(e)).sort();
    const ranges = [...rest, ...unknown];
    if (ranges.length > maxListed) parts.push({ kind: "ranges", count: ranges.length });
    else for (const id of ranges) parts.push({ kind: "range", id });
  }
  return parts;
}

export type Style = "text" | "markdown";

/** One part as words; markdown puts ids and namespaces in code spans. */
export function formatPart(part: SetPart, style: Style): string {
  const code = (s: string): string => (style === "markdown" ? mdCode(s) : s);
  const nsWord = style === "markdown" ? "" : "ns ";
  switch (part.kind) {
    case "anything":
      return "anything (every workload, any address)";
    case "any-workload":
      return "any workload";
    case "namespace":
      return style === "markdown"
        ? `every workload in ${code(part.namespace)}`
        : `any workload in ns ${part.namespace}`;
    case "some-in-namespace":
      return `${part.count} workloads in ${nsWord}${code(part.namespace)}`;
    case "workload":
      return code(part.id);
    case "workloads":
      return `${part.count} workloads in ${part.namespaces} namespaces`;
    case "any-address":
      return "any address outside the cluster";
    case "internet":
      return "the internet";
    case "range":
      return code(part.id);
    case "ranges":
      return `${part.count} address ranges`;
    default:
      return assertNever(part, "set part");
  }
}

/** A whole set as one phrase: parts joined by commas. */
export function formatEndpoints(
  ids: Iterable<EndpointId>,
  universe: Universe,
  style: Style,
  maxListed = 5,
): string {
  const parts = describeEndpoints(ids, universe, maxListed);
  if (parts.length === 0) return "nothing";
  return parts.map((p) => formatPart(p, style)).join(", ");
}

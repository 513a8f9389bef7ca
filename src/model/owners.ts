import { compareText } from "../core/compare-text.js";
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { type WorkloadId, workloadId } from "../core/ids.js";
import type { Resource } from "../parse/types.js";
import { isObject } from "./object-context.js";
import { JOB_NAME_LABELS, RUNTIME_LABELS } from "./runtime-labels.js";
import type { ExcludedWorkload, Labels, Workload } from "./types.js";

const HOST_NETWORK_REASON =
  "it uses hostNetwork: true, so its traffic is node traffic that pod and namespace selectors do not match; reachdiff leaves it out of the analysis (use the node's address instead)";

import { type PodTemplate, podTemplatePath, readPodTemplate, sortPorts } from "./workloads.js";

/** A workload resource with its namespace resolved. */
export interface WorkloadResource {
  readonly resource: Resource;
  readonly namespace: string;
}

/**
 * Labels the controllers add per pod or per revision legitimately differ between
 * pods of one owner (semantics.md §6), so they neither warn nor survive the grouping.
 */
const PER_POD_LABELS = new Set(
  [...RUNTIME_LABELS].filter((k) => !(JOB_NAME_LABELS as readonly string[]).includes(k)),
);

type Group =
  | { readonly kind: "self"; readonly key: string }
  | {
      readonly kind: "virtual";
      readonly id: WorkloadId;
      readonly ownerKind: string;
      readonly name: string;
    };

/**
 * Turns workload resources into workloads. Objects with a controller
 * `ownerReference` are grouped under their top-most owner present in the input
 * (Pod → ReplicaSet → Deployment), or under `ns/owner[OwnerKind]` when the owner
 * is not in the input, so a `kubectl get pods -o yaml` dump works.
 */
export function buildWorkloads(items: readonly WorkloadResource[]): {
  workloads: Workload[];
  excluded: ExcludedWorkload[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const excluded: ExcludedWorkload[] = [];
  const byKey = new Map<string, WorkloadResource>();
  const keyOf = (ns: string, kind: string, name: string): string =>
    `${ns}\u0000${kind}\u0000${name}`;
  for (const item of items)
    byKey.set(keyOf(item.namespace, item.resource.kind, item.resource.name), item);

  const groupOf = (item: WorkloadResource, seen: Set<string>): Group => {
    const key = keyOf(item.namespace, item.resource.kind, item.resource.name);
    const owner = controllerOwner(item.resource);
    if (owner === null || seen.has(key)) return { kind: "self", key };
    seen.add(key);
    const present = byKey.get(keyOf(item.namespace, owner.kind, owner.name));
    if (present !== undefined) return groupOf(present, seen);
    return {
      kind: "virtual",
      id: workloadId(item.namespace, owner.kind, owner.name),
      ownerKind: owner.kind,
      name: owner.name,
    };
  };

  const workloads: Workload[] = [];
  const virtual = new Map<
    WorkloadId,
    { group: Extract<Group, { kind: "virtual" }>; members: WorkloadResource[] }
  >();
  for (const item of items) {
    const group = groupOf(item, new Set());
    if (group.kind === "virtual") {
      const entry = virtual.get(group.id) ?? { group, members: [] };
      entry.members.push(item);
      virtual.set(group.id, entry);
      continue;
    }
    if (group.key !== keyOf(item.namespace, item.resource.kind, item.resource.name)) continue; // absorbed by its owner
    const template = templateOf(item, byKey, keyOf, diagnostics);
    if (template === null) continue;
    const { resource, namespace } = item;
    if (excludedHostNetwork(item, template, diagnostics)) {
      excluded.push({
        id: workloadId(namespace, resource.kind, resource.name),
        reason: HOST_NETWORK_REASON,
      });
      continue;
    }
    workloads.push({
      id: workloadId(namespace, resource.kind, resource.name),
      namespace,
      name: resource.name,
      kind: resource.kind,
      labels: withServerLabels(resource, template.labels),
      ports: template.ports,
      // Looked up on first use (a diagnostic, a report): positions cost a full YAML parse.
      get origin() {
        return resource.locate([]);
      },
    });
  }
  for (const [id, { group, members }] of virtual) {
    const templates: { item: WorkloadResource; template: PodTemplate }[] = [];
    let hostNetwork = false;
    for (const item of members) {
      const template = templateOf(item, byKey, keyOf, diagnostics);
      if (template === null) continue;
      if (excludedHostNetwork(item, template, diagnostics)) hostNetwork = true;
      else templates.push({ item, template });
    }
    const first = templates[0];
    if (first === undefined) {
      if (hostNetwork) excluded.push({ id, reason: HOST_NETWORK_REASON });
      continue;
    }
    const labels = commonLabels(templates.map((t) => t.template.labels));
    const differing = templates.find(
      (t) => !sameLabels(stripRuntime(t.template.labels), stripRuntime(first.template.labels)),
    );
    if (differing !== undefined) {
      diagnostics.push(
        diagnostic(
          "warning",
          "owner-labels-differ",
          `pods of ${id} have different labels (${differing.item.resource.name} vs ${first.item.resource.name}); reachdiff uses only the labels they share, so selectors that depend on the difference are not modelled. Add the owner's manifest to the analyzed paths, or select on the labels the pods share.`,
          differing.item.resource.locate(["metadata", "labels"]),
        ),
      );
    }
    workloads.push({
      id,
      namespace: first.item.namespace,
      name: group.name,
      kind: group.ownerKind,
      labels,
      ports: sortPorts(templates.flatMap((t) => t.template.ports)),
      origin: first.item.resource.locate([]),
    });
  }
  return { workloads, excluded, diagnostics };
}

function controllerOwner(resource: Resource): { kind: string; name: string } | null {
  const refs = isObject(resource.object.metadata)
    ? resource.object.metadata.ownerReferences
    : undefined;
  if (!Array.isArray(refs)) return null;
  for (const ref of refs) {
    if (
      isObject(ref) &&
      ref.controller === true &&
      typeof ref.kind === "string" &&
      typeof ref.name === "string"
    ) {
      // A static pod's mirror is "controlled" by its Node: it is one pod, not a group.
      if (ref.kind === "Node") return null;
      return { kind: ref.kind, name: ref.name };
    }
  }
  return null;
}

/** The pod template; an Argo Rollout may borrow a Deployment's via `spec.workloadRef` (§6, ARGO). */
function templateOf(
  item: WorkloadResource,
  byKey: Map<string, WorkloadResource>,
  keyOf: (ns: string, kind: string, name: string) => string,
  diagnostics: Diagnostic[],
): PodTemplate | null {
  const { resource } = item;
  const own = readPodTemplate(resource.object, podTemplatePath(resource.kind));
  if (own !== null || resource.kind !== "Rollout") return own;
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  const ref = isObject(spec.workloadRef) ? spec.workloadRef : null;
  const target =
    ref !== null && ref.kind === "Deployment" && typeof ref.name === "string"
      ? byKey.get(keyOf(item.namespace, "Deployment", ref.name))
      : undefined;
  if (target !== undefined)
    return readPodTemplate(target.resource.object, podTemplatePath("Deployment"));
  const what =
    ref === null
      ? "has neither spec.template nor spec.workloadRef"
      : `refers to a Deployment that is not in the input`;
  diagnostics.push(
    diagnostic(
      "warning",
      "owner-not-found",
      `Rollout ${resource.name} ${what}; it is left out. Add the Deployment's manifest to the analyzed paths.`,
      resource.locate(ref === null ? ["spec"] : ["spec", "workloadRef"]),
    ),
  );
  return null;
}

function excludedHostNetwork(
  item: WorkloadResource,
  template: PodTemplate,
  diagnostics: Diagnostic[],
): boolean {
  if (!template.hostNetwork) return false;
  const path = [...podTemplatePath(item.resource.kind), "spec", "hostNetwork"];
  diagnostics.push(
    diagnostic(
      "info",
      "host-network",
      `${item.resource.kind} ${item.resource.name} uses hostNetwork: its traffic is node traffic, which pod and namespace selectors do not match; it is not analyzed as a workload.`,
      item.resource.locate(path),
    ),
  );
  return true;
}

function stripRuntime(labels: Labels): Labels {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !PER_POD_LABELS.has(k)));
}

function sameLabels(a: Labels, b: Labels): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

function commonLabels(all: readonly Labels[]): Labels {
  const [first, ...rest] = all;
  if (first === undefined) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(stripRuntime(first))) {
    if (rest.every((l) => l[k] === v)) out[k] = v;
  }
  return out;
}

/**
 * A Job's pods get `job-name` and `batch.kubernetes.io/job-name` (the Job's name)
 * from the API server, unless the Job brings its own selector (`manualSelector`).
 */
function withServerLabels(resource: Resource, labels: Labels): Labels {
  if (resource.kind !== "Job") return labels;
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  if (spec.manualSelector === true) return labels;
  const out: Record<string, string> = { ...labels };
  for (const key of JOB_NAME_LABELS) out[key] = resource.name;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => compareText(a, b)));
}

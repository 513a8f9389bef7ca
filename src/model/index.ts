import { compareText } from "../core/compare-text.js";
import { compareDiagnostics, type Diagnostic } from "../core/diagnostics.js";
import { workloadId } from "../core/ids.js";
import type { ParseResult, Resource } from "../parse/types.js";
import { type Cidr, parseCidr } from "./cidr.js";
import { Duplicates } from "./duplicates.js";
import { classifyResource } from "./kinds.js";
import { validateObjectMeta, validateWorkload } from "./lint-workloads.js";
import { type NamespaceUser, readNamespace, synthesizeNamespaces } from "./namespaces.js";
import { readNetworkPolicy } from "./network-policy.js";
import { ObjectContext } from "./object-context.js";
import { buildWorkloads, type WorkloadResource } from "./owners.js";
import { SkippedKinds } from "./skipped-kinds.js";
import type { ExcludedWorkload, Model, ModelOptions, Namespace, Policy } from "./types.js";

export { NAMESPACE_NAME_LABEL } from "./namespaces.js";
export { selectorMatches } from "./selector.js";

/**
 * Builds the model from parsed resources: namespaces (declared or synthesized),
 * workloads, and policies in the internal form. Objects the API server would
 * reject are left out with an error, and the model is then `incomplete`
 * (semantics.md Part 1). Parse diagnostics are carried through.
 */
export function buildModel(parsed: ParseResult, options: ModelOptions = {}): Model {
  const defaultNamespace = options.defaultNamespace ?? "default";
  const clusterCidrs = (options.clusterCidrs ?? [])
    .map(parseCidr)
    .filter((c): c is Cidr => c !== null);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  let incomplete = parsed.incomplete;
  const report = (ctx: ObjectContext): void => {
    diagnostics.push(...ctx.diagnostics);
    if (ctx.errors > 0) incomplete = true;
  };

  const declared: Namespace[] = [];
  const policies: Policy[] = [];
  const workloadItems: WorkloadResource[] = [];
  const users: NamespaceUser[] = [];
  const duplicates = new Duplicates();
  const rejected: ExcludedWorkload[] = [];
  const skipped = new SkippedKinds();

  for (const resource of [...parsed.resources].sort(compareResources)) {
    const kind = classifyResource(resource);
    if (kind.kind === "skip") {
      skipped.add(resource);
      continue;
    }
    const ctx = new ObjectContext(resource);
    if (kind.kind === "unsupported") {
      ctx.warn(
        "unsupported-kind",
        `${resource.kind} (${resource.apiVersion}) is not evaluated yet; results ignore it, so what it allows or denies is not shown. Review it by hand.`,
        [],
      );
      report(ctx);
      continue;
    }
    if (kind.kind === "kustomization") {
      ctx.warn(
        "kustomization",
        `This ${resource.kind} is not rendered: run \`kustomize build\` and analyze its output. The files it lists are analyzed as they are, without its patches, labels or namespace.`,
        [],
      );
      report(ctx);
      continue;
    }
    if (kind.kind === "reject") {
      ctx.error(kind.code, kind.message, [kind.field]);
      report(ctx);
      continue;
    }
    const namespace = kind.namespaced ? (resource.namespace ?? defaultNamespace) : "";
    if (resource.name === "" && kind.kind !== "network-policy") {
      ctx.error("missing-field", `metadata.name is required: give the ${resource.kind} a name.`, [
        "metadata",
        "name",
      ]);
      report(ctx);
      continue;
    }
    const key = resource.name === "" ? null : `${kind.identity}/${namespace}/${resource.name}`;
    if (key !== null) {
      const duplicate = duplicates.check(resource, key);
      if (duplicate.report !== null) report(duplicate.report);
      if (!duplicate.analyze) continue;
    }
    let accepted = false;
    switch (kind.kind) {
      case "namespace":
        validateObjectMeta(ctx, "namespace");
        if (ctx.errors > 0) break;
        declared.push(readNamespace(resource));
        accepted = true;
        break;
      case "workload":
        if (!validateWorkload(ctx)) {
          rejected.push({
            id: workloadId(namespace, resource.kind, resource.name),
            reason: `the API server would reject it (see the errors at ${resource.file}), so reachdiff leaves it out of the analysis; fix the errors`,
          });
          break;
        }
        workloadItems.push({ resource, namespace });
        users.push(namespaceUser(resource, namespace));
        accepted = true;
        break;
      case "network-policy": {
        if (kind.deprecated) {
          ctx.warn(
            "deprecated-api",
            `${resource.apiVersion} NetworkPolicy was removed in Kubernetes 1.16; analyzed as networking.k8s.io/v1. Change apiVersion to networking.k8s.io/v1.`,
            ["apiVersion"],
          );
        }
        const policy = readNetworkPolicy(ctx, namespace, clusterCidrs);
        if (policy !== null) {
          policies.push(policy);
          users.push(namespaceUser(resource, namespace));
          accepted = true;
        }
        break;
      }
    }
    if (accepted && key !== null) duplicates.accept(key);
    report(ctx);
  }

  diagnostics.push(...skipped.diagnostics());
  const built = buildWorkloads(workloadItems);
  diagnostics.push(...built.diagnostics);
  const ns = synthesizeNamespaces(declared, users);
  diagnostics.push(...ns.diagnostics);
  return {
    namespaces: ns.namespaces,
    workloads: built.workloads.sort((a, b) => compareText(a.id, b.id)),
    policies: policies.sort((a, b) => compareText(a.id, b.id)),
    diagnostics: diagnostics.sort(compareDiagnostics),
    incomplete,
    excluded: [...built.excluded, ...rejected].sort((a, b) => compareText(a.id, b.id)),
  };
}

function compareResources(a: Resource, b: Resource): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.docIndex - b.docIndex || (a.listIndex ?? -1) - (b.listIndex ?? -1);
}

function namespaceUser(resource: Resource, namespace: string): NamespaceUser {
  return {
    namespace,
    file: resource.file,
    order: [resource.docIndex, resource.listIndex ?? -1],
    at: () => resource.locate(["metadata", "namespace"]),
  };
}

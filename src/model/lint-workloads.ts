import type { JsonPath, JsonValue } from "../parse/types.js";
import { describeValue, readLabels } from "./labels.js";
import { formatPath, isObject, type ObjectContext, stringMap, valueAt } from "./object-context.js";
import { readSelector, selectorMatches } from "./selector.js";
import { PROTOCOLS } from "./types.js";
import { dns1123LabelProblem, dns1123SubdomainProblem, portNameProblem } from "./validate-names.js";
import { apiGroup, podTemplatePath } from "./workloads.js";

/** Controllers whose `spec.selector` must select their own template (apps `ValidateDeploymentSpec` & co.). */
const SELECTOR_KINDS = new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job"]);

/**
 * What the API server rejects in a workload (`ValidateObjectMeta`, `ValidateLabels`,
 * `ValidateContainerPorts`, `ValidateDeploymentSpec` and friends), as errors at the
 * offending field: its name, namespace and labels, its pod template's labels and
 * container ports, its selector. Such an object never reaches the cluster, so it is
 * left out of the analysis (semantics.md Part 1, "Object the API server would
 * reject"). Returns false then.
 */
export function validateWorkload(ctx: ObjectContext): boolean {
  const before = ctx.errors;
  validateObjectMeta(ctx, "workload");
  const template = podTemplatePath(ctx.resource.kind);
  if (template.length > 0) {
    const path = [...template, "metadata", "labels"];
    readLabels(ctx, valueAt(ctx.resource.object, path), path);
  }
  const spec = valueAt(ctx.resource.object, [...template, "spec"]);
  if (isObject(spec)) {
    validateContainers(ctx, spec.containers, [...template, "spec", "containers"]);
    validateContainers(ctx, spec.initContainers, [...template, "spec", "initContainers"]);
  }
  validateSelector(ctx, template);
  return ctx.errors === before;
}

/**
 * `metadata.name` (a DNS-1123 subdomain for workloads, a DNS-1123 label for a
 * Namespace), `metadata.namespace` (a DNS-1123 label) and `metadata.labels`.
 */
export function validateObjectMeta(ctx: ObjectContext, what: "workload" | "namespace"): void {
  const { resource } = ctx;
  const problem =
    what === "namespace"
      ? dns1123LabelProblem(resource.name)
      : dns1123SubdomainProblem(resource.name);
  if (problem !== null) {
    ctx.error(
      "invalid-name",
      `metadata.name "${resource.name}" ${problem}, so the API server rejects the ${resource.kind}; rename it, e.g. "${suggestDnsName(resource.name)}".`,
      ["metadata", "name"],
    );
  }
  if (what === "workload" && resource.namespace !== null) {
    const nsProblem = dns1123LabelProblem(resource.namespace);
    if (nsProblem !== null) {
      ctx.error(
        "invalid-name",
        `namespace "${resource.namespace}" ${nsProblem}, so the API server rejects the ${resource.kind}; rename it, e.g. "${suggestDnsName(resource.namespace)}".`,
        ["metadata", "namespace"],
      );
    }
  }
  const metadata = resource.object.metadata;
  readLabels(ctx, isObject(metadata) ? metadata.labels : undefined, ["metadata", "labels"]);
}

/** A valid DNS-1123 label close to `name`, for messages. */
function suggestDnsName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^-a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return cleaned === "" ? "name" : cleaned;
}

function validateContainers(ctx: ObjectContext, containers: JsonValue | undefined, path: JsonPath) {
  if (!Array.isArray(containers)) return;
  containers.forEach((c, i) => {
    if (!isObject(c) || !Array.isArray(c.ports)) return;
    const names = new Map<string, number>();
    c.ports.forEach((p, j) => {
      if (!isObject(p)) return;
      const at = [...path, i, "ports", j];
      const what = `container "${typeof c.name === "string" ? c.name : i}" (${formatPath(at)})`;
      const dropped = "the API server rejects the object, so it is left out";
      const port = p.containerPort;
      if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
        const problem =
          port === undefined
            ? `containerPort is missing in ${what}`
            : `containerPort ${JSON.stringify(port)} of ${what} is not a port number 1-65535`;
        ctx.error(
          "invalid-port",
          `${problem} (${dropped}). Write the port the container listens on.`,
          port === undefined ? at : [...at, "containerPort"],
        );
      }
      const protocol = p.protocol;
      if (protocol !== undefined && protocol !== null && !PROTOCOLS.some((x) => x === protocol)) {
        const upper = typeof protocol === "string" ? protocol.toUpperCase() : "";
        const hint = PROTOCOLS.some((x) => x === upper)
          ? ` Protocols are case-sensitive: write "${upper}".`
          : "";
        ctx.error(
          "invalid-protocol",
          `protocol ${JSON.stringify(protocol)} of ${what} is not one of TCP, UDP, SCTP (${dropped}).${hint}`,
          [...at, "protocol"],
        );
      }
      if (typeof p.name !== "string" || p.name === "") return;
      const problem = portNameProblem(p.name);
      if (problem !== null) {
        ctx.error(
          "invalid-name",
          `port name "${p.name}" of ${what} ${problem} (IANA_SVC_NAME); the API server rejects the object, so it is left out. Rename it, e.g. "${suggestName(p.name)}".`,
          [...at, "name"],
        );
      }
      const first = names.get(p.name);
      if (first !== undefined) {
        ctx.error(
          "invalid-name",
          `port name "${p.name}" is used twice in container "${typeof c.name === "string" ? c.name : i}" (also ports[${first}]); the API server rejects duplicate names within a container, so the object is left out. Give each port its own name.`,
          [...at, "name"],
        );
      } else names.set(p.name, j);
    });
  });
}

/** A valid IANA_SVC_NAME close to `name`, for the message. */
function suggestName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^-a-z0-9]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 15)
    .replace(/-$/, "");
  return /[a-z]/.test(cleaned) ? cleaned : `port-${cleaned}`.slice(0, 15).replace(/-$/, "");
}

function validateSelector(ctx: ObjectContext, template: JsonPath): boolean {
  const { resource } = ctx;
  if (!SELECTOR_KINDS.has(resource.kind)) return true;
  const group = apiGroup(resource.apiVersion);
  const raw = valueAt(resource.object, ["spec", "selector"]);
  // apps/v1 requires a selector; a Job's is generated when it has none.
  if (raw === undefined) {
    if (group !== "apps") return true;
    ctx.error(
      "missing-field",
      `${resource.kind} ${resource.name} has no spec.selector, which apps/v1 requires, so the API server rejects it; it is left out. Add spec.selector.matchLabels with the template's labels.`,
      ["spec"],
    );
    return false;
  }
  const before = ctx.errors;
  const matchLabels = isObject(raw) ? raw.matchLabels : undefined;
  if (isObject(matchLabels)) {
    for (const [key, v] of Object.entries(matchLabels)) {
      if (typeof v === "string" || v === null) continue;
      ctx.error(
        "invalid-selector",
        `spec.selector.matchLabels.${key} must be a string, not ${describeValue(v)}; quote it: "${String(typeof v === "object" ? JSON.stringify(v) : v)}".`,
        ["spec", "selector", "matchLabels", key],
      );
    }
  }
  const selector = readSelector(ctx, raw, ["spec", "selector"]);
  if (ctx.errors > before) return false;
  const labels = stringMap(valueAt(resource.object, [...template, "metadata", "labels"]));
  const empty = Object.keys(selector.matchLabels).length + selector.matchExpressions.length === 0;
  if (empty && group === "apps") {
    ctx.error(
      "invalid-selector",
      `spec.selector of ${resource.kind} ${resource.name} is empty, which the API server rejects; it is left out. Select the template's labels with spec.selector.matchLabels.`,
      ["spec", "selector"],
    );
    return false;
  }
  if (selectorMatches(selector, labels)) return true;
  ctx.error(
    "invalid-selector",
    `spec.selector does not match template labels (${formatPath([...template, "metadata", "labels"])}) of ${resource.kind} ${resource.name}; the API server rejects it, so it is left out. Make spec.selector select the template's labels.`,
    ["spec", "selector"],
  );
  return false;
}

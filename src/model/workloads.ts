import type { JsonPath, JsonValue, Resource } from "../parse/types.js";
import { isObject, stringMap, valueAt } from "./object-context.js";
import { type ContainerPort, type Labels, PROTOCOLS } from "./types.js";

/** Workload kinds and the API groups they come in (semantics.md §6). */
const WORKLOAD_GROUPS: Readonly<Record<string, readonly string[]>> = {
  Pod: [""],
  ReplicationController: [""],
  Deployment: ["apps"],
  ReplicaSet: ["apps"],
  StatefulSet: ["apps"],
  DaemonSet: ["apps"],
  Job: ["batch"],
  CronJob: ["batch"],
  Rollout: ["argoproj.io"],
};

export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

export function isWorkloadKind(resource: Resource): boolean {
  return WORKLOAD_GROUPS[resource.kind]?.includes(apiGroup(resource.apiVersion)) ?? false;
}

/** Where a kind keeps its pod template (`metadata` + `spec`); `[]` for a bare Pod. */
export function podTemplatePath(kind: string): JsonPath {
  switch (kind) {
    case "Pod":
      return [];
    case "CronJob":
      return ["spec", "jobTemplate", "spec", "template"];
    default:
      return ["spec", "template"];
  }
}

export interface PodTemplate {
  readonly labels: Labels;
  readonly ports: readonly ContainerPort[];
  readonly hostNetwork: boolean;
}

/** Labels and ports of the pods a template makes, or null when there is no template. */
export function readPodTemplate(object: JsonValue, path: JsonPath): PodTemplate | null {
  const template = valueAt(object, path) ?? (path.length === 0 ? object : undefined);
  if (!isObject(template)) return null;
  const spec = isObject(template.spec) ? template.spec : {};
  const labels = stringMap(isObject(template.metadata) ? template.metadata.labels : undefined);
  const ports: ContainerPort[] = [];
  const collect = (containers: JsonValue | undefined, sidecarsOnly: boolean): void => {
    if (!Array.isArray(containers)) return;
    for (const c of containers) {
      // Restartable init containers are sidecars and serve traffic (§6).
      if (!isObject(c) || (sidecarsOnly && c.restartPolicy !== "Always")) continue;
      if (Array.isArray(c.ports)) for (const p of c.ports) addPort(ports, p);
    }
  };
  collect(spec.containers, false);
  collect(spec.initContainers, true);
  return { labels, ports: sortPorts(ports), hostNetwork: spec.hostNetwork === true };
}

function addPort(out: ContainerPort[], p: JsonValue): void {
  if (!isObject(p) || typeof p.containerPort !== "number" || !Number.isInteger(p.containerPort))
    return;
  if (p.containerPort < 1 || p.containerPort > 65535) return;
  const protocol =
    p.protocol === undefined || p.protocol === null
      ? "TCP"
      : PROTOCOLS.find((x) => x === p.protocol);
  if (protocol === undefined) return;
  out.push({
    name: typeof p.name === "string" && p.name !== "" ? p.name : null,
    port: p.containerPort,
    protocol,
  });
}

/** Sorted and without duplicates, so equal workloads compare equal. */
export function sortPorts(ports: readonly ContainerPort[]): ContainerPort[] {
  const seen = new Map<string, ContainerPort>();
  for (const p of ports)
    seen.set(`${p.protocol}/${String(p.port).padStart(5, "0")}/${p.name ?? ""}`, p);
  return [...seen.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, p]) => p);
}

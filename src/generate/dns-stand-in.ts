import { compareText } from "../core/compare-text.js";
import { type WorkloadId, workloadId } from "../core/ids.js";
import { NAMESPACE_NAME_LABEL } from "../model/index.js";
import type { Model, Workload } from "../model/types.js";
import { selectorMatches } from "./selectors.js";
import type { DnsTarget } from "./types.js";

/** Not a DNS-1123 name, so it can never be a real object's. */
const STAND_IN_NAME = "(cluster-dns)";

/** The id the DNS stand-in of `dns` gets: `kube-system/(cluster-dns)[Pod]` by default. */
export function dnsStandInId(dns: DnsTarget): WorkloadId {
  return workloadId(dns.namespace, "Pod", STAND_IN_NAME);
}

/**
 * A pod of the DNS target, for repositories that do not declare the cluster's DNS (the
 * usual case: CoreDNS comes with the cluster, not with the application's manifests).
 * Without it the proof would see no DNS destination and the price would say nothing of
 * DNS, although every source the generated policies isolate loses it. Null when some
 * workload of the model already matches the target.
 */
export function dnsStandIn(model: Model, dns: DnsTarget): Workload | null {
  const pods = { matchLabels: dns.podLabels, matchExpressions: [] };
  if (model.workloads.some((w) => w.namespace === dns.namespace && selectorMatches(pods, w.labels)))
    return null;
  return {
    id: dnsStandInId(dns),
    namespace: dns.namespace,
    name: STAND_IN_NAME,
    kind: "Pod",
    labels: { ...dns.podLabels },
    ports: dns.ports.map((p) => ({
      name: p.protocol === "UDP" ? "dns" : `dns-${p.protocol.toLowerCase()}`,
      port: p.port,
      protocol: p.protocol,
    })),
    origin: { file: "", line: 0, column: 0 },
  };
}

/** `model` with the stand-in added (and its namespace, synthesized as the model does, if missing). */
export function withStandIn(model: Model, standIn: Workload | null): Model {
  if (standIn === null) return model;
  const namespaces = model.namespaces.some((n) => n.name === standIn.namespace)
    ? model.namespaces
    : [
        ...model.namespaces,
        {
          name: standIn.namespace,
          labels: { [NAMESPACE_NAME_LABEL]: standIn.namespace },
          declared: false,
          origin: null,
        },
      ].sort((a, b) => compareText(a.name, b.name));
  const workloads = [...model.workloads, standIn].sort((a, b) => compareText(a.id, b.id));
  return { ...model, namespaces, workloads };
}

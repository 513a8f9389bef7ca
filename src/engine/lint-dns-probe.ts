import { compareText } from "../core/compare-text.js";
import { workloadId } from "../core/ids.js";
import type { LabelSelector, Labels, Model, Namespace, Policy, Workload } from "../model/types.js";
import { compileSelector } from "./selector.js";

export const DNS_PORT = 53;
export const KUBE_SYSTEM = "kube-system";
const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

/**
 * A DNS server: the cluster DNS (pods labelled `k8s-app: kube-dns` in kube-system,
 * which CoreDNS keeps for compatibility) or anything declaring port 53 on TCP or UDP.
 */
export function isDnsServer(w: Workload): boolean {
  return (
    (w.namespace === KUBE_SYSTEM && w.labels["k8s-app"] === "kube-dns") ||
    w.ports.some((p) => p.port === DNS_PORT && p.protocol !== "SCTP")
  );
}

/** What a cluster runs when the repository does not show its DNS (kubeadm, most distributions). */
export const ASSUMED_KUBE_DNS: Workload = {
  id: workloadId(KUBE_SYSTEM, "Deployment", "coredns"),
  namespace: KUBE_SYSTEM,
  name: "coredns",
  kind: "Deployment",
  labels: { "k8s-app": "kube-dns" },
  ports: [
    { name: "dns-tcp", port: DNS_PORT, protocol: "TCP" },
    { name: "dns", port: DNS_PORT, protocol: "UDP" },
  ],
  origin: { file: "", line: 0, column: 0 },
};

/**
 * The fewest labels a pod needs to be selected: `matchLabels` as given, one value
 * for `In`, any value for `Exists`, nothing for `NotIn`/`DoesNotExist`. Null when
 * the selector cannot be satisfied (`In` on a key `matchLabels` fixes otherwise).
 */
export function minimalLabels(selector: LabelSelector): Labels | null {
  const labels: Record<string, string> = { ...selector.matchLabels };
  for (const req of selector.matchExpressions) {
    if (Object.hasOwn(labels, req.key)) continue;
    if (req.operator === "In" && req.values[0] !== undefined) labels[req.key] = req.values[0];
    else if (req.operator === "Exists") labels[req.key] = "x";
  }
  return compileSelector(selector)(labels) ? labels : null;
}

/**
 * A stand-in for the pods a namespaced policy selects, for namespaces where the
 * repository holds no workload (policies kept apart from the charts they guard).
 * Its name cannot clash with a real object's (not a DNS-1123 name).
 */
export function probeSubject(policy: Policy): Workload | null {
  if (policy.subject.namespaces.kind !== "named") return null;
  const labels = minimalLabels(policy.subject.pods);
  if (labels === null) return null;
  const namespace = policy.subject.namespaces.name;
  const name = `(pods of ${policy.name})`;
  return {
    id: workloadId(namespace, "Pod", name),
    namespace,
    name,
    kind: "Pod",
    labels,
    ports: [],
    // On first use only: a position costs a YAML parse.
    get origin() {
      return policy.origin;
    },
  };
}

/**
 * The original model cut down to the workloads the DNS lint asks about, plus the
 * assumed cluster DNS when the repository has none. Egress at a source toward a
 * destination depends only on the policies and on those two endpoints' namespace
 * and labels (semantics.md §1), so the answers equal the full model's.
 */
export function probeModel(model: Model, workloads: readonly Workload[]): Model {
  const byId = new Map<string, Workload>();
  for (const w of workloads) byId.set(w.id, w);
  const namespaces: Namespace[] = [...model.namespaces];
  for (const ns of new Set(workloads.map((w) => w.namespace))) {
    if (namespaces.some((n) => n.name === ns)) continue;
    // Synthesized like the model does: only the automatic name label (§2.9).
    namespaces.push({
      name: ns,
      labels: { [NAMESPACE_NAME_LABEL]: ns },
      declared: false,
      origin: null,
    });
  }
  return {
    namespaces: namespaces.sort((a, b) => compareText(a.name, b.name)),
    workloads: [...byId.values()].sort((a, b) => compareText(a.id, b.id)),
    policies: model.policies,
    diagnostics: [],
    incomplete: model.incomplete,
  };
}

/** `app=web, tier=db`, or `every pod` for no labels. */
export function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels).sort(([a], [b]) => compareText(a, b));
  return entries.length === 0 ? "every pod" : entries.map(([k, v]) => `${k}=${v}`).join(", ");
}

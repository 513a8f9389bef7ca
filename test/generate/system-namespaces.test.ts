import { describe, expect, it } from "vitest";
import { planEgress } from "../../src/generate/plan.js";
import { DEFAULT_DNS } from "../../src/generate/types.js";

const CLUSTER = `apiVersion: v1
kind: Namespace
metadata: {name: kube-system}
---
apiVersion: v1
kind: Namespace
metadata: {name: web}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-dns}}
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec:
      containers:
        - name: coredns
          image: coredns
          ports: [{name: dns, containerPort: 53, protocol: UDP}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: site, namespace: web}
spec:
  selector: {matchLabels: {app: site}}
  template:
    metadata: {labels: {app: site}}
    spec:
      containers:
        - name: site
          image: nginx
          ports: [{name: http, containerPort: 80}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: site-from-anywhere, namespace: web}
spec:
  podSelector: {matchLabels: {app: site}}
  ingress:
    - ports: [{port: http}]
`;

describe("system namespaces", () => {
  it("gives kube-system no egress policies even when a rule admits every source, and says so", () => {
    const plan = planEgress([{ path: "cluster.yaml", text: CLUSTER }], {
      defaultDeny: true,
      keepUnisolated: false,
      dns: DEFAULT_DNS,
      outDir: "generated",
    });
    expect(plan.proof.holds).toBe(true);
    expect(plan.generated.policies.map((p) => p.namespace)).not.toContain("kube-system");
    expect(plan.generated.policies.map((p) => p.namespace)).toContain("web");
    expect(plan.generated.notes).toContainEqual({
      kind: "system-namespace-skipped",
      namespace: "kube-system",
    });
  });
});

import { describe, expect, it } from "vitest";
import { modelFromFixtures } from "./helpers.js";
import { type PolicyFacts, policyFacts } from "./summary.js";

/**
 * Every YAML example of the seed articles (test/fixtures/seeds, kept exactly as
 * published, mistakes included) with what the model makes of it: the policy's
 * internal form for the valid ones, the exact diagnostics for all of them.
 */
const rows: [string, string, string[], PolicyFacts | null][] = [
  [
    "a default deny of both directions in monitoring isolates both and allows nothing",
    "000-1-deny-all",
    ["warning namespace-synthesized@5:3"],
    { id: "monitoring/deny-all", subject: "{}", ingress: [], egress: [] },
  ],
  [
    "egress DNS to kube-dns ANDs the namespace and pod selectors",
    "000-2-default-deny-all-egress",
    ["warning namespace-synthesized@3:1"],
    {
      id: "default/default-deny-all-egress",
      subject: "{}",
      ingress: null,
      egress: ["pods{k8s-app=kube-dns} in ns{networking/namespace=kube-system} on TCP/53, UDP/53"],
    },
  ],
  [
    "apiVersion networking.k8s.io/v1n is rejected",
    "000-3-allow-from-ingress",
    ["error unknown-api-version@1:1"],
    null,
  ],
  [
    "the legacy API with protocol tcp and an OR of selectors is rejected for the protocol",
    "000-4-alertmanager-mesh",
    ["warning deprecated-api@1:1", "warning or-instead-of-and@14:7", "error invalid-protocol@19:7"],
    null,
  ],
  [
    "prometheus ORs every pod of its namespace with namespaces labelled name=monitoring",
    "000-5-prometheus",
    ["warning namespace-synthesized@5:3", "warning or-instead-of-and@15:7"],
    {
      id: "monitoring/prometheus",
      subject: "{app=prometheus}",
      ingress: ["pods{} in ns monitoring | pods{} in ns{name=monitoring} on TCP/9090"],
      egress: null,
    },
  ],
  [
    "egress to red pods of the same namespace on port 80 is TCP 80",
    "000-6-allow-egress-same-namespace",
    ["warning namespace-synthesized@5:3"],
    {
      id: "default/allow-egress-same-namespace",
      subject: "{color=blue}",
      ingress: null,
      egress: ["pods{color=red} in ns default on TCP/80"],
    },
  ],
  [
    "allow-same-namespace admits every pod of its own namespace",
    "000-7-allow-same-namespace",
    ["warning namespace-synthesized@3:1"],
    {
      id: "default/allow-same-namespace",
      subject: "{}",
      ingress: ["pods{} in ns default on all"],
      egress: null,
    },
  ],
  [
    "egress to a database subnet is an ipBlock on TCP 3306",
    "000-8-customer-api-allow-web",
    ["warning namespace-synthesized@5:3"],
    {
      id: "prod/customer-api-allow-web",
      subject: "{app=orders}",
      ingress: null,
      egress: ["ipBlock 172.16.32.0/27 on TCP/3306"],
    },
  ],
  [
    "a Calico NetworkPolicy is not evaluated yet",
    "000-9-calico-allow-egress-same-namespace",
    ["warning unsupported-kind@1:1"],
    null,
  ],
  [
    "a Calico GlobalNetworkPolicy is not evaluated yet",
    "000-10-calico-deny-blue",
    ["warning unsupported-kind@1:1"],
    null,
  ],
  [
    "a placeholder line in a Calico policy is a YAML error",
    "000-11-calico-drop-other-ingress",
    ["error yaml-syntax@7:3"],
    null,
  ],
  [
    "the second placeholder Calico policy is a YAML error too",
    "000-12-calico-allow-cluster-internal-ingress",
    ["error yaml-syntax@7:3"],
    null,
  ],
  [
    "a Calico policy with capitalized Metadata is not evaluated yet",
    "000-13-calico-allow-tcp-6379",
    ["warning unsupported-kind@1:1"],
    null,
  ],
  [
    "a default deny without namespace goes to default",
    "001-1-default-deny-all",
    ["warning namespace-synthesized@3:1"],
    { id: "default/default-deny-all", subject: "{}", ingress: [], egress: [] },
  ],
  [
    "ports directly under spec is an unknown field that belongs in a rule",
    "001-2-allow-ingress-namespace",
    ["error unknown-field@17:3"],
    null,
  ],
  [
    "the ingress controller's namespace OR its pods in app-namespace",
    "001-3-allow-ingress-frontend",
    ["warning namespace-synthesized@5:3", "warning or-instead-of-and@17:11"],
    {
      id: "app-namespace/allow-ingress-frontend",
      subject: "{app=frontend}",
      ingress: [
        "pods{} in ns{kubernetes.io/metadata.name=ingress-namespace} | pods{app=ingress-controller} in ns app-namespace on TCP/8443",
      ],
      egress: null,
    },
  ],
  [
    "frontend egress to backend on 8080",
    "001-4-allow-egress-frontend",
    ["warning namespace-synthesized@5:3"],
    {
      id: "app-namespace/allow-egress-frontend",
      subject: "{app=frontend}",
      ingress: null,
      egress: ["pods{app=backend} in ns app-namespace on TCP/8080"],
    },
  ],
  [
    "backend ingress from frontend on 8080",
    "001-5-allow-ingress-backend",
    ["warning namespace-synthesized@5:3"],
    {
      id: "app-namespace/allow-ingress-backend",
      subject: "{app=backend}",
      ingress: ["pods{app=frontend} in ns app-namespace on TCP/8080"],
      egress: null,
    },
  ],
  [
    "the DNS policy without podSelector selects every pod in default",
    "001-6-enable-dns-network-policy",
    ["warning namespace-synthesized@3:1", "warning missing-field@5:1"],
    {
      id: "default/enable-dns-network-policy",
      subject: "{}",
      ingress: null,
      egress: ["pods{k8s-app=kube-dns} in ns{kubernetes.io/metadata.name=kube-system} on UDP/53"],
    },
  ],
  [
    "internal egress to mysql and payroll (and, despite the article, no DNS)",
    "002-1-internal-policy",
    ["warning namespace-synthesized@5:3"],
    {
      id: "default/internal-policy",
      subject: "{name=internal}",
      ingress: null,
      egress: [
        "pods{name=mysql} in ns default on TCP/3306",
        "pods{name=payroll} in ns default on TCP/8080",
      ],
    },
  ],
  [
    "ingress from namespaces labelled environment=production on 8080",
    "003-1-allow-specific-ingress",
    ["warning namespace-synthesized@5:3"],
    {
      id: "production/allow-specific-ingress",
      subject: "{app=myapp}",
      ingress: ["pods{} in ns{environment=production} on TCP/8080"],
      egress: null,
    },
  ],
  [
    "egress to 10.0.0.0/24 on TCP 80",
    "003-2-allow-specific-egress",
    ["warning namespace-synthesized@5:3"],
    {
      id: "production/allow-specific-egress",
      subject: "{app=myapp}",
      ingress: null,
      egress: ["ipBlock 10.0.0.0/24 on TCP/80"],
    },
  ],
  [
    "a `to:` with no value allows DNS to any destination",
    "004-1-default-deny-all-egress",
    ["warning namespace-synthesized@3:1"],
    {
      id: "default/default-deny-all-egress",
      subject: "{}",
      ingress: null,
      egress: ["any on TCP/53, UDP/53"],
    },
  ],
  [
    "DNS narrowed to kube-dns in the labelled kube-system",
    "004-2-default-deny-all-egress-kube-dns",
    ["warning namespace-synthesized@3:1"],
    {
      id: "default/default-deny-all-egress",
      subject: "{}",
      ingress: null,
      egress: ["pods{k8s-app=kube-dns} in ns{networking/namespace=kube-system} on TCP/53, UDP/53"],
    },
  ],
  [
    "egress: [{}] allows all egress of the labelled pods",
    "004-3-internet-egress",
    ["warning namespace-synthesized@3:1"],
    {
      id: "default/internet-egress",
      subject: "{networking/allow-internet-egress=true}",
      ingress: null,
      egress: ["any on all"],
    },
  ],
];

describe("every YAML example of the seed articles", () => {
  it.each(rows)("%s (%s)", (_, name, diagnostics, facts) => {
    const model = modelFromFixtures([`seeds/${name}.yaml`]);
    expect(model.diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}:${d.column}`)).toEqual(
      diagnostics,
    );
    expect(model.policies.map(policyFacts)).toEqual(facts === null ? [] : [facts]);
    expect(model.incomplete).toBe(diagnostics.some((d) => d.startsWith("error")));
  });
});

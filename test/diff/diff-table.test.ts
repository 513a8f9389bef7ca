import { describe, expect, it } from "vitest";
import {
  allowFromYaml,
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  namespaceYaml,
} from "../git/manifests.js";
import { changeLines, diffYaml } from "./helpers.js";

const NS = namespaceYaml("shop");
const WEB = deploymentYaml("shop", "web", { app: "web" }, [8080]);
const DB = deploymentYaml("shop", "db", { app: "db" }, [5432]);
const EVERYONE = "0.0.0.0-255.255.255.255";

const allowFromNamespace = (team: string) =>
  [
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    "  name: db-from-team",
    "  namespace: shop",
    "spec:",
    "  podSelector:",
    "    matchLabels:",
    "      app: db",
    "  ingress:",
    "    - from:",
    "        - namespaceSelector:",
    "            matchLabels:",
    `              team: ${team}`,
    "",
  ].join("\n");

const egressTo = (cidr: string) =>
  [
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    "  name: web-egress",
    "  namespace: shop",
    "spec:",
    "  podSelector:",
    "    matchLabels:",
    "      app: web",
    "  policyTypes: [Egress]",
    "  egress:",
    "    - to:",
    "        - ipBlock:",
    `            cidr: ${cidr}`,
    "",
  ].join("\n");

/** A policy on db with one ingress rule, given as YAML (`{}`: from anyone, any port). */
const dbIngress = (rule: string) =>
  [
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    "  name: db-any",
    "  namespace: shop",
    "spec:",
    "  podSelector:",
    "    matchLabels:",
    "      app: db",
    "  ingress:",
    `    - ${rule}`,
    "",
  ].join("\n");

type Files = Record<string, string>;
const deny: Files = {
  "ns.yaml": NS,
  "web.yaml": WEB,
  "db.yaml": DB,
  "deny.yaml": DEFAULT_DENY_INGRESS("shop"),
};

interface Row {
  readonly base: Files;
  readonly head: Files;
  readonly opened: readonly string[];
  readonly closed: readonly string[];
}

const rows: [string, Row][] = [
  [
    "narrowing a rule without ports to TCP, UDP and SCTP closes the other protocols only",
    {
      base: { ...deny, "any.yaml": dbIngress("{}") },
      head: {
        ...deny,
        "any.yaml": dbIngress("ports: [{protocol: TCP}, {protocol: UDP}, {protocol: SCTP}]"),
      },
      opened: [],
      closed: [
        "shop/db[Deployment] -> shop/db[Deployment] other protocols (ICMP, …) policy [shop/db-any]",
        "shop/web[Deployment] -> shop/db[Deployment] other protocols (ICMP, …) policy [shop/db-any]",
        `${EVERYONE} -> shop/db[Deployment] other protocols (ICMP, …) policy [shop/db-any]`,
      ],
    },
  ],
  [
    "adding a default deny closes all ingress into the namespace, attributed to it",
    {
      base: { "ns.yaml": NS, "web.yaml": WEB, "db.yaml": DB },
      head: deny,
      opened: [],
      closed: [
        "shop/db[Deployment] -> shop/db[Deployment] all policy [shop/default-deny]",
        "shop/db[Deployment] -> shop/web[Deployment] all policy [shop/default-deny]",
        "shop/web[Deployment] -> shop/db[Deployment] all policy [shop/default-deny]",
        "shop/web[Deployment] -> shop/web[Deployment] all policy [shop/default-deny]",
        `${EVERYONE} -> shop/db[Deployment] all policy [shop/default-deny]`,
        `${EVERYONE} -> shop/web[Deployment] all policy [shop/default-deny]`,
      ],
    },
  ],
  [
    "adding an allow under a default deny opens exactly its port",
    {
      base: deny,
      head: { ...deny, "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432]) },
      opened: ["shop/web[Deployment] -> shop/db[Deployment] TCP 5432 policy [shop/web-to-db]"],
      closed: [],
    },
  ],
  [
    "narrowing an allow from two ports to one closes only the removed port",
    {
      base: {
        ...deny,
        "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432, 9187]),
      },
      head: { ...deny, "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432]) },
      opened: [],
      closed: ["shop/web[Deployment] -> shop/db[Deployment] TCP 9187 policy [shop/web-to-db]"],
    },
  ],
  [
    "moving a policy to another file changes nothing",
    {
      base: { ...deny, "allow.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432]) },
      head: { ...deny, "moved.yaml": allowFromYaml("shop", "web-to-db", "db", "web", [5432]) },
      opened: [],
      closed: [],
    },
  ],
  [
    "a namespace label change opens the flows a namespace selector now matches",
    {
      base: {
        ...deny,
        "client.yaml": namespaceYaml("client", { team: "b" }),
        "app.yaml": deploymentYaml("client", "app", { app: "app" }),
        "allow.yaml": allowFromNamespace("a"),
      },
      head: {
        ...deny,
        "client.yaml": namespaceYaml("client", { team: "a" }),
        "app.yaml": deploymentYaml("client", "app", { app: "app" }),
        "allow.yaml": allowFromNamespace("a"),
      },
      opened: ["client/app[Deployment] -> shop/db[Deployment] all policy []"],
      closed: [],
    },
  ],
  [
    "a new workload brings its own flows, caused by its arrival",
    {
      base: deny,
      head: { ...deny, "cache.yaml": deploymentYaml("shop", "cache", { app: "cache" }, [6379]) },
      // Under the ingress default deny only its own egress opens: to the internet.
      opened: [`shop/cache[Deployment] -> ${EVERYONE} all endpoint-added []`],
      closed: [],
    },
  ],
  [
    "a removed workload takes its flows with it, caused by its removal",
    {
      base: { "ns.yaml": NS, "web.yaml": WEB, "db.yaml": DB },
      head: { "ns.yaml": NS, "web.yaml": WEB },
      opened: [],
      closed: [
        "shop/db[Deployment] -> shop/db[Deployment] all endpoint-removed []",
        "shop/db[Deployment] -> shop/web[Deployment] all endpoint-removed []",
        `shop/db[Deployment] -> ${EVERYONE} all endpoint-removed []`,
        "shop/web[Deployment] -> shop/db[Deployment] all endpoint-removed []",
        `${EVERYONE} -> shop/db[Deployment] all endpoint-removed []`,
      ],
    },
  ],
  [
    "a renamed workload with the same labels and ports shows no flow change",
    {
      base: deny,
      head: { ...deny, "db.yaml": deploymentYaml("shop", "database", { app: "db" }, [5432]) },
      opened: [],
      closed: [],
    },
  ],
  [
    "shrinking an egress ipBlock closes exactly the ranges it no longer covers",
    {
      base: { "ns.yaml": NS, "web.yaml": WEB, "egress.yaml": egressTo("10.0.0.0/8") },
      head: { "ns.yaml": NS, "web.yaml": WEB, "egress.yaml": egressTo("10.0.0.0/16") },
      opened: [],
      closed: ["shop/web[Deployment] -> 10.1.0.0-10.255.255.255 all policy [shop/web-egress]"],
    },
  ],
];

describe("diffModels on YAML trees", () => {
  it.each(rows)("%s", (_title, row) => {
    const lines = changeLines(diffYaml(row.base, row.head));
    expect(lines.opened).toEqual(row.opened);
    expect(lines.closed).toEqual(row.closed);
  });
});

import { describe, expect, it } from "vitest";
import { analyzeFixtures, positionsOf } from "./helpers.js";

const dir = (names: readonly string[]) => names.map((n) => `lint/dns/${n}.yaml`);

/**
 * dns-blocked (semantics.md §7, cyclonus' DNS check): [sentence, fixture files,
 * expected warnings as file:line:col, text the (first) message must contain].
 */
const rows: [string, string[], string[], string[]][] = [
  [
    "a default deny of egress with no DNS rule warns once at the deny, naming the workloads",
    ["shop-workloads", "deny-egress"],
    ["deny-egress.yaml:1:1 warning"],
    [
      "4 workloads shop/api[Deployment], shop/db[Deployment], shop/web[Deployment] and 1 more",
      "assumed",
      "Add an egress rule",
    ],
  ],
  [
    "a DNS rule to kube-dns in kube-system selected by name keeps quiet",
    ["shop-workloads", "deny-egress", "allow-dns-by-name"],
    [],
    [],
  ],
  [
    "a DNS rule to a kube-system label the repository does not show warns at that rule's policy and says to declare the label",
    ["shop-workloads", "deny-egress", "allow-dns-by-custom-label"],
    ["allow-dns-by-custom-label.yaml:1:1 warning"],
    ["allow port 53, but only toward peers that match no DNS server", "declared on its Namespace"],
  ],
  [
    "the same rule keeps quiet once kube-system is declared with that label",
    ["shop-workloads", "deny-egress", "allow-dns-by-custom-label", "kube-system-labelled"],
    [],
    [],
  ],
  [
    "UDP 53 to every destination keeps quiet",
    ["shop-workloads", "deny-egress", "allow-dns-anywhere"],
    [],
    [],
  ],
  [
    "UDP 53 to a public resolver's address keeps quiet",
    ["shop-workloads", "deny-egress", "allow-public-resolver"],
    [],
    [],
  ],
  [
    "egress to an intranet range on port 80 only warns",
    ["shop-workloads", "allow-intranet-http"],
    ["allow-intranet-http.yaml:1:1 warning"],
    ["nor on any address outside the cluster"],
  ],
  [
    "a policy isolating one workload warns about that workload only",
    ["shop-workloads", "web-to-db"],
    ["web-to-db.yaml:1:1 warning"],
    ["Workload shop/web[Deployment], isolated for egress by policy shop/web-to-db"],
  ],
  ["ingress isolation alone never warns", ["shop-workloads", "deny-ingress"], [], []],
  [
    "the repository's own DNS server counts, and its DNS rule keeps quiet",
    ["shop-workloads", "deny-egress", "allow-dns-by-name", "kube-dns"],
    [],
    [],
  ],
  [
    "the repository's DNS server behind an ingress deny in kube-system makes the DNS rule useless",
    ["shop-workloads", "deny-egress", "allow-dns-by-name", "kube-dns", "kube-system-deny-ingress"],
    ["allow-dns-by-name.yaml:1:1 warning"],
    ["the DNS server here (kube-system/coredns[Deployment])"],
  ],
  [
    "workloads one DNS policy covers are left out of the deny's warning",
    ["shop-workloads", "deny-egress", "web-allow-dns"],
    ["deny-egress.yaml:1:1 warning"],
    ["3 workloads shop/api[Deployment], shop/db[Deployment], shop/worker[Deployment]"],
  ],
  [
    "without workloads, a deny alone warns at the policy about the pods it selects",
    ["deny-egress"],
    ["deny-egress.yaml:1:1 warning"],
    ["Pods that policy shop/deny-egress selects (every pod in namespace shop)"],
  ],
  [
    "without workloads, a narrow allow for app=web warns with its labels",
    ["web-to-db"],
    ["web-to-db.yaml:1:1 warning"],
    ["(app=web in namespace shop)"],
  ],
  [
    "without workloads, any policy that opens DNS in the namespace keeps it quiet",
    ["deny-egress", "web-allow-dns"],
    [],
    [],
  ],
];

describe("dns-blocked", () => {
  it.each(rows)("%s", (_sentence, files, expected, mentions) => {
    const { model } = analyzeFixtures(dir(files));
    expect(positionsOf(model.diagnostics, "dns-blocked")).toEqual(expected);
    const first = model.diagnostics.find((d) => d.code === "dns-blocked");
    for (const text of mentions) expect(first?.message).toContain(text);
  });
});

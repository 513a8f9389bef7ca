import { describe, expect, it } from "vitest";
import { planCase, reportOf } from "./cases.js";

const STAND_IN = "kube-system/(cluster-dns)[Pod]";

describe("the price of egress isolation: DNS", () => {
  it("lists the sources that lose DNS toward the assumed cluster DNS when the repository declares none", () => {
    const plan = planCase("no-dns-declared");
    expect(plan.proof.holds).toBe(true);
    expect(plan.proof.dnsStandIn).toBe(STAND_IN);
    const dns = plan.proof.price.filter((p) => p.kind === "dns");
    expect(dns.flatMap((p) => p.srcs).sort()).toEqual(["web/api[Pod]", "web/frontend[Pod]"]);
    expect(dns.flatMap((p) => p.dsts)).toEqual([STAND_IN, STAND_IN]);
    const report = reportOf(plan);
    expect(report).toContain("web/frontend[Pod] → the cluster DNS (assumed");
    expect(report).toContain(
      "The repository declares no DNS pod (pods k8s-app=kube-dns in namespace kube-system on UDP 53, TCP 53",
    );
    expect(report).toContain("run with --default-deny");
  });

  it("does not list the assumed DNS's other ports as unisolated egress", () => {
    const plan = planCase("no-dns-declared");
    const unisolated = plan.proof.price.filter((p) => p.kind === "unisolated");
    expect(unisolated.flatMap((p) => p.dsts)).not.toContain(STAND_IN);
  });

  it("lists no DNS loss with --default-deny when every isolated namespace got its default deny", () => {
    const plan = planCase("no-dns-declared", { defaultDeny: true });
    expect(plan.proof.holds).toBe(true);
    expect(plan.proof.price.filter((p) => p.kind === "dns")).toEqual([]);
  });

  it("with --default-deny blames the skipped default deny, not the DNS target, for the DNS that closes", () => {
    const plan = planCase("egress-isolated-namespace", { defaultDeny: true });
    expect(plan.proof.holds).toBe(true);
    const dns = plan.proof.price.filter((p) => p.kind === "dns");
    expect(dns.flatMap((p) => p.srcs)).toEqual(["web/frontend[Deployment]"]);
    const report = reportOf(plan, { defaultDeny: true });
    expect(report).not.toContain("The DNS target given does not match");
    expect(report).toContain(
      "The default deny of web was not generated because existing egress policies (web/api-egress) already decide egress for some of its pods, so nothing generated allows DNS for web/frontend[Deployment]. To keep it, give these pods an egress policy of your own that allows egress to pods k8s-app=kube-dns in namespace kube-system on UDP 53, TCP 53.",
    );
  });
});

describe("the price of egress isolation: --keep-unisolated", () => {
  it("keeps egress toward unisolated destinations for pods that only --default-deny isolates", () => {
    const plan = planCase("egress-isolated-namespace", { defaultDeny: true, keepUnisolated: true });
    expect(plan.proof.holds).toBe(true);
    expect(plan.proof.price.filter((p) => p.kind === "unisolated")).toEqual([]);
    const deny = plan.generated.policies.find(
      (p) => p.namespace === "db" && p.purpose === "default-deny",
    );
    expect(
      deny?.rules.map((r) => r.to.map((t) => `${t.namespace}/${JSON.stringify(t.pods)}`)),
    ).toEqual([
      ['kube-system/{"matchLabels":{"k8s-app":"kube-dns"},"matchExpressions":[]}'],
      [
        'kube-system/{"matchLabels":{"k8s-app":"kube-dns"},"matchExpressions":[]}',
        'web/{"matchLabels":{"app":"api","tier":"be"},"matchExpressions":[]}',
        'web/{"matchLabels":{"app":"frontend"},"matchExpressions":[]}',
      ],
    ]);
    expect(reportOf(plan, { defaultDeny: true, keepUnisolated: true })).not.toContain(
      "match no --keep-unisolated peer",
    );
  });
});

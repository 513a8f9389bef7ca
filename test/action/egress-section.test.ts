import { describe, expect, it } from "vitest";
import type { HeadEgress } from "../../src/action/egress-plan.js";
import { type CommitView, egressSection } from "../../src/action/egress-section.js";
import { ActionInputError, readInputs } from "../../src/action/inputs.js";
import type { EndpointId } from "../../src/core/ids.js";
import { ALL_CONNS } from "../../src/engine/conn-set.js";
import { type EgressPlan, planEgress } from "../../src/generate/plan.js";
import { DEFAULT_DNS } from "../../src/generate/types.js";

const DIR = "policies/generated-egress";

const MANIFESTS = [
  {
    path: "policies/app.yaml",
    text: `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend, namespace: shop}
spec:
  selector: {matchLabels: {app: frontend}}
  template:
    metadata: {labels: {app: frontend}}
    spec: {containers: [{name: main, image: x}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: backend, namespace: shop}
spec:
  selector: {matchLabels: {app: backend}}
  template:
    metadata: {labels: {app: backend}}
    spec: {containers: [{name: main, image: x, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: backend-from-frontend, namespace: shop}
spec:
  podSelector: {matchLabels: {app: backend}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: frontend}}}]
      ports: [{port: 8080}]
`,
  },
];

function realPlan(): EgressPlan {
  return planEgress(MANIFESTS, {
    defaultDeny: false,
    keepUnisolated: false,
    dns: DEFAULT_DNS,
    outDir: DIR,
  });
}

function planned(diff: string, written = ["shop.x.yaml"]): HeadEgress {
  return {
    kind: "planned",
    sha: "a".repeat(40),
    plan: realPlan(),
    diff,
    changes: {
      additions: written.map((w) => ({ path: `${DIR}/${w}`, contents: "x" })),
      deletions: [],
      written,
      removed: [],
      unchanged: [],
    },
  };
}

/** The inputs as the step would see them with these values (by action.yml name). */
const inputsOf = (values: Record<string, string>) => readInputs((name) => values[name] ?? "", {});

const inputsWith = (egressDir: string) =>
  inputsOf({ "egress-dir": egressDir, "generate-egress": "commit" });

describe("the egress-dir input", () => {
  it.each([
    ["a folder under the repository is kept, normalized", "./policies//egress/", "policies/egress"],
    ["the default is policies/generated-egress", "", DIR],
  ])("%s", (_why, given, expected) => {
    expect(inputsWith(given).egressDir).toBe(expected);
  });

  it.each([
    ["a workflow folder is refused", ".github/workflows"],
    ["a .github segment deeper down is refused", "policies/.github"],
    ["the git folder is refused", ".git/hooks"],
    ["a .git segment in any case is refused", "policies/.GIT/x"],
    ["a way out of the repository is refused", "../elsewhere"],
    ["a way out in the middle is refused", "policies/../../elsewhere"],
    ["an absolute path is refused", "/etc/policies"],
    ["the repository root itself is refused", "."],
  ])("%s", (_why, given) => {
    expect(() => inputsWith(given)).toThrow(ActionInputError);
  });
});

describe("the egress-default-deny and egress-keep-unisolated inputs", () => {
  const switches = (name: string, value: string) => {
    const inputs = inputsOf({ [name]: value });
    return { defaultDeny: inputs.egressDefaultDeny, keepUnisolated: inputs.egressKeepUnisolated };
  };

  it.each([
    ["egress-default-deny", "", "left empty is false", false],
    ["egress-default-deny", "true", "set to true turns it on", true],
    ["egress-default-deny", "false", "set to false keeps it off", false],
    ["egress-keep-unisolated", "", "left empty is false", false],
    ["egress-keep-unisolated", "true", "set to true turns it on", true],
    ["egress-keep-unisolated", " false ", "set to false with spaces around keeps it off", false],
  ])("%s %s: %s", (name, value, _why, expected) => {
    const got = switches(name, value);
    expect(name === "egress-default-deny" ? got.defaultDeny : got.keepUnisolated).toBe(expected);
    // One switch never turns on the other.
    expect(name === "egress-default-deny" ? got.keepUnisolated : got.defaultDeny).toBe(false);
  });

  it.each([
    ["egress-default-deny", "yes"],
    ["egress-default-deny", "True"],
    ["egress-default-deny", "1"],
    ["egress-keep-unisolated", "on"],
    ["egress-keep-unisolated", "FALSE"],
  ])("%s: %s is refused with an error naming the input", (name, value) => {
    expect(() => switches(name, value)).toThrow(ActionInputError);
    expect(() => switches(name, value)).toThrow(`input ${name}: "${value}"`);
  });
});

describe("the egress section of the comment", () => {
  it("says loudly, outside any <details>, that a failed proof is a bug", () => {
    const plan = realPlan();
    const broken: EgressPlan = {
      ...plan,
      proof: {
        ...plan.proof,
        holds: false,
        counterExamples: [
          {
            kind: "closed-into-isolated",
            srcs: ["shop/frontend[Deployment]" as EndpointId],
            dsts: ["shop/backend[Deployment]" as EndpointId],
            conns: ALL_CONNS,
          },
        ],
      },
    };
    const { body } = egressSection(
      {
        dir: DIR,
        head: { kind: "proof-failed", sha: "a".repeat(40), plan: broken },
        commit: { kind: "suggest" },
      },
      60_000,
    );
    const loud = body.slice(0, body.indexOf("<details>"));
    expect(loud).toContain("> [!CAUTION]");
    expect(loud).toContain("The proof of the generated egress policies FAILED");
    expect(loud).toContain("bug in reachdiff");
    expect(loud).toContain("shop/frontend[Deployment] → shop/backend[Deployment]");
    expect(body).not.toContain("```diff");
  });

  it("fences a diff that contains backticks with a longer fence", () => {
    const diff = "+# a comment with ``` inside\n+# and ```` four\n";
    const { body } = egressSection(
      { dir: DIR, head: planned(diff), commit: { kind: "suggest" } },
      60_000,
    );
    expect(body).toContain("`````diff\n");
    expect(body).toContain("\n`````\n");
  });

  it("cuts a diff too big for its share of the budget at a line, and says how to see it all", () => {
    const diff = Array.from({ length: 5000 }, (_, i) => `+line ${i}`).join("\n");
    const { body } = egressSection(
      { dir: DIR, head: planned(diff), commit: { kind: "suggest" } },
      10_000,
    );
    expect(body.length).toBeLessThan(10_000);
    expect(body).toMatch(
      /… \d+ more lines left out; run `reachdiff generate-egress --out policies\/generated-egress`/,
    );
    expect(body).toContain("</details>");
  });

  it.each<[string, CommitView, string]>([
    [
      "a suggestion with nothing to change says it is up to date",
      { kind: "suggest" },
      "The generated egress policies are up to date.",
    ],
    [
      "a fork fallback says why",
      { kind: "fallback", reason: "This pull request comes from the fork `x/y`." },
      "This pull request comes from the fork `x/y`.",
    ],
  ])("%s", (_why, commit, expected) => {
    const { body } = egressSection({ dir: DIR, head: planned("", []), commit }, 60_000);
    expect(body).toContain(expected);
    expect(body).not.toContain("```diff");
  });
});

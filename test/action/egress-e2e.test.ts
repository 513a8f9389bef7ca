import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type CommitRecord, FakeGitHub } from "../support/fake-github.js";
import { NAMESPACES, workload } from "./manifests.js";
import {
  type ActionRun,
  buildActionBundle,
  type PrCheckout,
  prCheckout,
  prEvent,
  runAction,
} from "./runner.js";

const TOKEN = "ghs_egressSECRETtoken0123456789";
const DIR = "policies/generated-egress";
const BRANCH_KEY = "acme/infra:feature";

const BACKEND_FROM_FRONTEND = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: backend-from-frontend
  namespace: shop
spec:
  podSelector:
    matchLabels: {app: backend}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels: {app: frontend}
      ports:
        - port: 8080
`;

const BACKEND_FROM_MONITORING = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: backend-from-monitoring
  namespace: shop
spec:
  podSelector:
    matchLabels: {app: backend}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: monitoring}
      ports:
        - port: 8080
`;

/** A policy an earlier run generated for a rule that no longer exists: stale. */
const STALE_GENERATED = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: old-frontend-egress
  namespace: shop
  labels:
    app.kubernetes.io/managed-by: reachdiff
spec:
  podSelector:
    matchLabels: {app: frontend}
  policyTypes: [Egress]
  egress:
    - to:
        - podSelector:
            matchLabels: {app: cache}
`;

/** Written by a person in the egress folder: never deleted, never overwritten. */
const HAND_WRITTEN = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: batch-egress
  namespace: shop
spec:
  podSelector:
    matchLabels: {app: batch}
  policyTypes: [Egress]
  egress:
    - {}
`;

const BASE = {
  "policies/namespaces.yaml": NAMESPACES,
  "policies/apps.yaml": [
    workload("shop", "frontend"),
    workload("shop", "backend"),
    workload("monitoring", "prometheus", 9090),
  ].join("---\n"),
  "policies/backend.yaml": BACKEND_FROM_FRONTEND,
};

const HEAD = {
  "policies/monitoring.yaml": BACKEND_FROM_MONITORING,
  [`${DIR}/shop.old-frontend-egress.yaml`]: STALE_GENERATED,
  [`${DIR}/hand-written.yaml`]: HAND_WRITTEN,
};

let bundle: string;
let gh: FakeGitHub;
let repo: PrCheckout;

beforeAll(async () => {
  bundle = await buildActionBundle();
  repo = prCheckout(BASE, HEAD);
});
beforeEach(async () => {
  gh = await new FakeGitHub().start();
  gh.branches.set(BRANCH_KEY, repo.headSha);
});
afterEach(async () => {
  await gh.stop();
});

function run(
  mode: "suggest" | "commit",
  options: Partial<Parameters<typeof runAction>[2]> = {},
  checkout = repo,
): Promise<ActionRun> {
  return runAction(bundle, checkout, {
    apiUrl: gh.url,
    token: TOKEN,
    inputs: { "generate-egress": mode, "egress-dir": DIR },
    ...options,
  });
}

/** GraphQL mutations (the commit); the `viewer` query that finds our comment is a read. */
const graphqlRequests = () => gh.writes().filter((r) => /graphql$/.test(r.path));
const comment = () => {
  expect(gh.comments).toHaveLength(1);
  return gh.comments[0]!.body;
};
const warnings = (r: ActionRun) => r.stdout.split("\n").filter((l) => l.startsWith("::warning"));
/**
 * The text inside the comment's ```diff fences. Assertions about the diff read only this:
 * the rest of the comment links files at `…/blob/<merge sha>/<path>`, so with a commit id
 * ending in `a` or `b` the whole body contains `a/<path>` or `b/<path>` for any linked file.
 */
const diffOf = (body: string) =>
  [...body.matchAll(/^```diff\n([\s\S]*?)^```$/gm)].map((m) => m[1]!).join("");

/** The additions of a commit, decoded from base64, by path. */
function decoded(record: CommitRecord): Map<string, string> {
  return new Map(
    (record.input.fileChanges.additions ?? []).map((a) => [
      a.path,
      Buffer.from(a.contents, "base64").toString("utf8"),
    ]),
  );
}

describe("generate-egress: suggest", () => {
  it("adds a collapsed section with the unified diff, the proof and the price, and commits nothing", async () => {
    const r = await run("suggest");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const body = comment();
    expect(body).toContain("#### Generated egress policies");
    expect(body).toMatch(
      /<details><summary>Egress for `policies\/generated-egress`: \d+ files would change · proof holds<\/summary>/,
    );
    const diff = diffOf(body);
    expect(diff).toContain(`--- a/${DIR}/shop.old-frontend-egress.yaml\n+++ /dev/null\n`);
    expect(diff).toMatch(new RegExp(`^\\+\\+\\+ b/${DIR}/monitoring\\.[a-z0-9.-]+\\.yaml$`, "m"));
    expect(diff).toContain("+    app.kubernetes.io/managed-by: reachdiff");
    // Never touched, so never in the diff (as `a/…`, `b/…` or anything else).
    expect(diff).not.toContain("hand-written.yaml");
    expect(body).toContain("**Proof: holds.**");
    expect(body).toContain("**Price of egress isolation**");
    expect(graphqlRequests()).toHaveLength(0);
    expect(r.outputs["egress-commit"]).toBe("");
    expect(r.summary).toContain("#### Generated egress policies");
  });

  // Regression: a check on the whole body read the link `…/blob/<sha ending in b>/DIR/hand-written.yaml`
  // (the comment links the analyzed merge commit) as the diff header `+++ b/DIR/hand-written.yaml`,
  // failing 1 run in 8 (commit ids follow the clock).
  it.each([{ suffix: "a" }, { suffix: "b" }])(
    "keeps the hand-written file out of the diff when the merge commit id ends in $suffix and the comment links it",
    async ({ suffix }) => {
      const checkout = prCheckout(BASE, HEAD, { mergeShaSuffix: suffix });
      gh.branches.set(BRANCH_KEY, checkout.headSha);
      const r = await run("suggest", {}, checkout);
      expect(r.code).toBe(0);
      const body = comment();
      expect(body).toContain(`/blob/${checkout.mergeSha}/${DIR}/hand-written.yaml`);
      expect(diffOf(body)).toContain(`--- a/${DIR}/shop.old-frontend-egress.yaml`);
      expect(diffOf(body)).not.toContain("hand-written.yaml");
    },
  );
  it.each([
    ["set to true adds the default-deny egress policy to the diff", "true", true],
    ["left at its default adds no default-deny policy", "", false],
  ])("egress-default-deny %s", async (_why, given, shown) => {
    const r = await run("suggest", {
      inputs: { "generate-egress": "suggest", "egress-dir": DIR, "egress-default-deny": given },
    });
    expect(r.code).toBe(0);
    const diff = diffOf(comment());
    expect(diff.includes("+  name: reachdiff-default-deny-egress")).toBe(shown);
  });
});

describe("generate-egress: commit", () => {
  it("sends one createCommitOnBranch on the PR head with the generated files and the stale one deleted", async () => {
    const r = await run("commit");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(graphqlRequests()).toHaveLength(1);
    expect(gh.commits).toHaveLength(1);
    const record = gh.commits[0]!;
    expect(record.input.expectedHeadOid).toBe(repo.headSha);
    expect(record.input.branch).toEqual({
      repositoryNameWithOwner: "acme/infra",
      branchName: "feature",
    });
    expect(record.input.message.headline).toBe(
      `reachdiff: update generated egress policies in ${DIR}`,
    );
    // Deletions: the stale generated file, never the hand-written one.
    expect(record.input.fileChanges.deletions).toEqual([
      { path: `${DIR}/shop.old-frontend-egress.yaml` },
    ]);
    const files = decoded(record);
    expect(files.size).toBeGreaterThan(0);
    for (const [path, text] of files) {
      expect(path.startsWith(`${DIR}/`)).toBe(true);
      expect(path.slice(DIR.length + 1)).toMatch(/^[a-z0-9.-]+\.yaml$/);
      const policy = parse(text) as {
        kind: string;
        metadata: { namespace: string; labels: Record<string, string> };
        spec: { policyTypes: string[] };
      };
      expect(policy.kind).toBe("NetworkPolicy");
      expect(policy.metadata.labels["app.kubernetes.io/managed-by"]).toBe("reachdiff");
      expect(policy.spec.policyTypes).toEqual(["Egress"]);
    }
    // The recipe: frontend (shop) may reach backend; every monitoring pod may reach backend.
    const namespaces = [...files.values()].map(
      (t) => (parse(t) as { metadata: { namespace: string } }).metadata.namespace,
    );
    expect(namespaces.sort()).toEqual(["monitoring", "shop"]);
    const oid = record.oid;
    expect(r.outputs["egress-commit"]).toBe(oid);
    expect(comment()).toContain(
      `Committed [\`${oid.slice(0, 7)}\`](https://github.test/commit/${oid}) to \`feature\``,
    );
    expect(comment()).toContain("GITHUB_TOKEN");
    // A re-run keeps GITHUB_SHA, the commit before reachdiff's: only a new head checks it.
    expect(comment()).not.toContain("re-run the checks");
    expect(comment()).toContain("push another commit on top (e.g. an empty one)");
    expect(comment()).toContain("close and reopen the PR");
  });

  it("commits nothing and names the file when a hand-written file in egress-dir has one labelled document", async () => {
    const mixed = prCheckout(BASE, {
      ...HEAD,
      [`${DIR}/team.yaml`]: `${HAND_WRITTEN}---\n${STALE_GENERATED.replace("old-frontend-egress", "copied")}`,
    });
    gh.branches.set(BRANCH_KEY, mixed.headSha);
    const r = await run("commit", {}, mixed);
    expect(r.code).toBe(0);
    expect(graphqlRequests()).toHaveLength(0);
    expect(gh.commits).toHaveLength(0);
    expect(warnings(r).some((w) => w.includes(`${DIR}/team.yaml mixes hand-written`))).toBe(true);
    expect(comment()).toContain(
      `Not generated: \`${DIR}/team.yaml\` mixes hand-written policies with generated ones`,
    );
    expect(r.outputs["egress-commit"]).toBe("");
  });

  it("makes no mutation when the PR head already holds the generated files", async () => {
    await run("commit");
    const files = decoded(gh.commits[0]!);
    const upToDate = prCheckout(BASE, {
      "policies/monitoring.yaml": BACKEND_FROM_MONITORING,
      [`${DIR}/hand-written.yaml`]: HAND_WRITTEN,
      ...Object.fromEntries(files),
    });
    const second = await new FakeGitHub().start();
    try {
      second.branches.set(BRANCH_KEY, upToDate.headSha);
      const r = await runAction(bundle, upToDate, {
        apiUrl: second.url,
        token: TOKEN,
        inputs: { "generate-egress": "commit", "egress-dir": DIR },
      });
      expect(r.code).toBe(0);
      expect(second.writes().filter((q) => /graphql$/.test(q.path))).toHaveLength(0);
      expect(second.commits).toHaveLength(0);
      expect(r.outputs["egress-commit"]).toBe("");
      const body = second.comments[0]?.body ?? "";
      expect(body).toContain("The generated egress policies are up to date.");
      expect(body).not.toContain("```diff");
    } finally {
      await second.stop();
    }
  });

  it("on a fork falls back to the suggestion, says why, and sends no mutation", async () => {
    const r = await run("commit", { event: prEvent(repo, "someone/infra") });
    expect(r.code).toBe(0);
    expect(graphqlRequests()).toHaveLength(0);
    const body = comment();
    expect(body).toContain(
      "This pull request comes from the fork `someone/infra`: reachdiff never pushes to a fork, so here is the suggestion instead.",
    );
    expect(body).toContain("```diff");
    expect(r.outputs["egress-commit"]).toBe("");
  });

  it("warns that the branch moved when GitHub refuses the expectedHeadOid, and does not fail", async () => {
    gh.branches.set(BRANCH_KEY, "f".repeat(40));
    const r = await run("commit");
    expect(r.code).toBe(0);
    expect(graphqlRequests()).toHaveLength(1);
    expect(gh.commits).toHaveLength(0);
    expect(warnings(r).some((w) => w.includes("the branch moved; re-run"))).toBe(true);
    expect(r.stdout).not.toContain("::error::");
    expect(comment()).toContain("Nothing was committed: the branch feature moved after");
    expect(r.outputs["egress-commit"]).toBe("");
  });

  it("without contents: write warns and shows the suggestion instead of failing", async () => {
    gh.inject({
      path: /graphql$/,
      status: 403,
      body: { message: "Resource not accessible by integration" },
      times: 1,
    });
    const r = await run("commit");
    expect(r.code).toBe(0);
    expect(gh.commits).toHaveLength(0);
    expect(warnings(r).some((w) => w.includes("grant `contents: write`"))).toBe(true);
    expect(comment()).toContain("```diff");
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commentMarker } from "../../src/render/marker.js";
import { FakeGitHub } from "../support/fake-github.js";
import { NAMESPACES, workload } from "./manifests.js";
import {
  type ActionRun,
  buildActionBundle,
  git,
  type PrCheckout,
  prCheckout,
  prEvent,
  runAction,
} from "./runner.js";

const TOKEN = "ghs_e2eSECRETtoken0123456789";

const DENY_BACKEND = `apiVersion: networking.k8s.io/v1
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

const ALLOW_MONITORING = `apiVersion: networking.k8s.io/v1
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

const BASE = {
  "policies/namespaces.yaml": NAMESPACES,
  "policies/apps.yaml": [
    workload("shop", "frontend"),
    workload("shop", "backend"),
    workload("monitoring", "prometheus", 9090),
  ].join("---\n"),
  "policies/backend.yaml": DENY_BACKEND,
};

const MARKER = commentMarker(["policies"]);

let bundle: string;
let gh: FakeGitHub;
let repo: PrCheckout;

beforeAll(async () => {
  bundle = await buildActionBundle();
  // One repo for the common case; tests that need another shape build their own.
  repo = prCheckout(BASE, { "policies/monitoring.yaml": ALLOW_MONITORING });
});
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(async () => {
  await gh.stop();
});

function run(
  options: Partial<Parameters<typeof runAction>[2]> = {},
  checkout = repo,
): Promise<ActionRun> {
  return runAction(bundle, checkout, { apiUrl: gh.url, token: TOKEN, ...options });
}

/**
 * The token is registered once with `::add-mask::` (the runner consumes that command and
 * masks the value; it is never displayed); it must appear nowhere else.
 */
function expectNoToken(r: ActionRun): void {
  const report = r.outputs.report ? readFileSync(r.outputs.report, "utf8") : "";
  const masks = r.stdout.split("\n").filter((l) => l.startsWith("::add-mask::"));
  expect(masks).toEqual([`::add-mask::${TOKEN}`]);
  const stdout = r.stdout.replace(`::add-mask::${TOKEN}`, "");
  for (const text of [stdout, r.stderr, r.summary, JSON.stringify(r.outputs), report]) {
    expect(text).not.toContain(TOKEN);
  }
}

describe("the Action on a pull request merge commit", () => {
  it("posts one sticky comment, writes the outputs, the report and the summary", async () => {
    const r = await run();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    const comment = gh.comments[0]!;
    expect(comment.body).toContain(MARKER);
    expect(comment.body.split("\n")[0]).toBe(MARKER);
    expect(comment.body).toContain("opens 1 flow");
    expect(comment.body).toContain("shop/backend-from-monitoring");
    expect(Number(r.outputs.opened)).toBeGreaterThan(0);
    expect(r.outputs.closed).toBe("0");
    expect(r.outputs["comment-url"]).toBe(comment.html_url);
    const report = JSON.parse(readFileSync(r.outputs.report!, "utf8"));
    expect(report).toMatchObject({ schemaVersion: 1 });
    expect(report.opened).toContainEqual(
      expect.objectContaining({
        src: "monitoring/prometheus[Deployment]",
        dst: "shop/backend[Deployment]",
      }),
    );
    expect(r.summary).toContain("shop/backend-from-monitoring");
    expectNoToken(r);
  });

  it("updates its comment on the next run instead of adding one, and makes no call when unchanged", async () => {
    gh.seedComment(1, `${MARKER}\nan older report`);
    const first = await run();
    expect(first.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).not.toContain("an older report");
    const writes = gh.writes().length;
    const second = await run();
    expect(second.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.writes()).toHaveLength(writes);
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);
  });

  it("finds its comment on the third page of a long PR (Link pagination) and updates it in place", async () => {
    const human = { login: "alice", type: "User" } as const;
    for (let i = 0; i < 230; i++) gh.seedComment(1, `review comment ${i}`, human);
    const ours = gh.seedComment(1, `${MARKER}\nan older report`);
    for (let i = 0; i < 20; i++) gh.seedComment(1, `later comment ${i}`, human);
    const r = await run();
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(251);
    expect(ours.body).toContain("shop/backend-from-monitoring");
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/acme/infra/issues/comments/${ours.id}`,
    ]);
    const pages = gh.requests.filter((q) => q.method === "GET" && q.path.endsWith("/comments"));
    expect(pages).toHaveLength(3);
    expect(r.outputs["comment-url"]).toBe(ours.html_url);
  });

  it("makes no call on a later run with the same findings, though its run link differs", async () => {
    const first = await run();
    const body = gh.comments[0]!.body;
    expect(body).toContain("https://github.test/acme/infra/actions/runs/42");
    const writes = gh.writes().length;
    const later = await run({ env: { GITHUB_RUN_ID: "43" } });
    expect(later.code).toBe(0);
    expect(gh.writes()).toHaveLength(writes);
    expect(gh.comments[0]!.body).toBe(body);
    expect(later.outputs["comment-url"]).toBe(first.outputs["comment-url"]);
    expect(later.stdout).toMatch(/already up to date/);
  });

  it("leaves alone another bot's comment that carries the marker and posts its own", async () => {
    const other = gh.seedComment(1, `${MARKER}\nquoted by another bot`, {
      login: "some-other-app[bot]",
      type: "Bot",
    });
    const r = await run();
    expect(r.code).toBe(0);
    expect(other.body).toBe(`${MARKER}\nquoted by another bot`);
    expect(gh.writes().map((w) => w.method)).toEqual(["POST"]);
    expect(gh.comments.map((c) => c.user.login)).toEqual([
      "some-other-app[bot]",
      "github-actions[bot]",
    ]);
    expect(r.outputs["comment-url"]).toBe(gh.comments[1]!.html_url);
  });

  it.each([
    [
      "a 502 on the comment list is retried",
      { method: "GET", path: /comments$/, status: 502, times: 1 },
    ],
    [
      "a secondary rate limit (403, retry-after: 1) on the post is waited out",
      {
        method: "POST",
        path: /comments$/,
        status: 403,
        headers: { "retry-after": "1" },
        body: { message: "You have exceeded a secondary rate limit" },
        times: 1,
      },
    ],
  ])("%s", async (_s, fault) => {
    gh.inject(fault);
    const r = await run();
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expectNoToken(r);
  });

  it("warns but does not fail when the token may not comment (a fork PR)", async () => {
    gh.inject({
      method: "POST",
      path: /comments$/,
      status: 403,
      body: { message: "Resource not accessible by integration" },
      times: 1,
    });
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*may not comment/);
    expect(r.summary).toContain("shop/backend-from-monitoring");
    expect(r.summary).toMatch(/may not comment/);
    expect(Number(r.outputs.opened)).toBeGreaterThan(0);
    expectNoToken(r);
  });

  // A 5xx that never ends is retried with plugin-retry's back-off (1 + 4 + 9 s, too slow here;
  // github-adapters.test.ts covers it with a short base); a secondary limit obeys retry-after.
  it("fails with a message, after writing the summary, when GitHub keeps failing", async () => {
    gh.inject({
      method: "GET",
      path: /comments$/,
      status: 403,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit" },
      times: 99,
    });
    const r = await run();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::reachdiff: GitHub kept failing/);
    expect(r.summary).toContain("shop/backend-from-monitoring");
    expectNoToken(r);
  });

  it("keeps the reports of two steps over different paths in one job apart", async () => {
    const runnerTemp = mkdtempSync(join(repo.root, "job-temp-"));
    const all = await run({ runnerTemp, inputs: { comment: "off", paths: "policies" } });
    const one = await run({
      runnerTemp,
      inputs: { comment: "off", paths: "policies/backend.yaml" },
    });
    expect(all.outputs.report).not.toBe(one.outputs.report);
    expect(dirname(all.outputs.report!)).toBe(runnerTemp);
    expect(all.outputs.report).toMatch(/reachdiff-report-[0-9a-f]{12}\.json$/);
    const first = JSON.parse(readFileSync(all.outputs.report!, "utf8"));
    expect(first.opened.length).toBe(Number(all.outputs.opened));
    expect(Number(all.outputs.opened)).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(one.outputs.report!, "utf8")).opened).toEqual([]);
  });

  it.each([
    ["fail-on: opened fails the job because flows opened", "opened", 1],
    ["fail-on: closed passes because nothing closed", "closed", 0],
    ["fail-on: never passes", "never", 0],
  ])("%s", async (_s, failOn, code) => {
    const r = await run({ inputs: { "fail-on": failOn, comment: "off" } });
    expect(r.code).toBe(code);
    expect(gh.requests).toHaveLength(0);
  });

  it("rejects a bad input value before doing anything", async () => {
    const r = await run({ inputs: { comment: "sometimes" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*input comment/);
    expect(gh.requests).toHaveLength(0);
  });
});

describe("other shapes", () => {
  it("posts nothing when the PR changes no reachability and there is no earlier comment", async () => {
    const same = prCheckout(BASE, {
      "policies/apps.yaml": `${BASE["policies/apps.yaml"]}\n# a comment\n`,
    });
    const r = await run({}, same);
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(0);
    expect(gh.writes()).toHaveLength(0);
    expect(r.outputs.opened).toBe("0");
  });

  it("posts nothing for a PR that changes nothing when the repository already has a warning elsewhere", async () => {
    const standing = {
      ...BASE,
      "policies/backend.yaml": DENY_BACKEND.replace("- port: 8080", "- port: http"),
    };
    const same = prCheckout(standing, {
      "policies/apps.yaml": `${standing["policies/apps.yaml"]}\n# a comment\n`,
    });
    const r = await run({}, same);
    expect(r.code).toBe(0);
    expect(r.outputs.opened).toBe("0");
    expect(gh.comments).toHaveLength(0);
    expect(gh.writes()).toHaveLength(0);
    // The summary still has the whole report, the standing warning included.
    expect(r.summary).toContain("policies/backend.yaml");
  });

  it("annotates an error in a changed file and fails with fail-on: error", async () => {
    const broken = prCheckout(BASE, {
      "policies/broken.yaml":
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: x\n  namespace: shop\nspec:\n  podSelector: {}\n  ingress:\n    - ports:\n        - port: 8080\n          protocol: ICMP\n",
    });
    const r = await run({ inputs: { comment: "off" } }, broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error title=[^,]*invalid-protocol,file=policies\/broken\.yaml,line=11,col=11::/,
    );
  });

  it("posts the counts-only form when GitHub says the full comment is too long", async () => {
    // A default deny in each of 40 namespaces: 40 rows that no grouping can merge.
    const names = Array.from({ length: 40 }, (_, i) => `team-${String(i).padStart(2, "0")}`);
    const base: Record<string, string> = { ...BASE };
    const head: Record<string, string> = {};
    for (const ns of names) {
      base[`policies/${ns}/app.yaml`] = workload(ns, "api");
      head[`policies/${ns}/deny.yaml`] =
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n`;
    }
    const wide = prCheckout(base, head);
    await gh.stop();
    gh = await new FakeGitHub({ maxBodyLength: 2_100 }).start();
    const r = await run({}, wide);
    expect(r.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body.length).toBeLessThanOrEqual(2_100);
    expect(r.stdout).toMatch(/counts only/);
  });

  it("on workflow_dispatch analyzes the checkout, writes the summary, posts nothing", async () => {
    const r = await run({ eventName: "workflow_dispatch", event: {} });
    expect(r.code).toBe(0);
    expect(r.summary.length).toBeGreaterThan(0);
    expect(gh.requests).toHaveLength(0);
    expect(JSON.parse(readFileSync(r.outputs.report!, "utf8"))).toHaveProperty("flows");
  });

  it("on a push compares the previous commit with the pushed one", async () => {
    const r = await run({
      eventName: "push",
      event: { before: repo.baseSha, after: repo.mergeSha },
      inputs: { comment: "update" },
    });
    expect(r.code).toBe(0);
    expect(Number(r.outputs.opened)).toBeGreaterThan(0);
    expect(gh.requests).toHaveLength(0);
  });

  it.each([
    [
      "fails with fail-on: error (the default)",
      "error",
      1,
      /::error::reachdiff: .*not in this clone/,
    ],
    [
      "warns without failing with fail-on: never",
      "never",
      0,
      /::warning::reachdiff: .*not failing/,
    ],
    [
      "warns without failing with fail-on: opened",
      "opened",
      0,
      /::warning::reachdiff: .*not failing/,
    ],
  ])(
    "an unreadable PR head %s, and still writes the outputs and the summary",
    async (_s, failOn, code, says) => {
      const target = prCheckout(BASE, { "policies/monitoring.yaml": ALLOW_MONITORING });
      git(target.workspace, "fetch", "-q", "--depth=1", "origin", "main");
      git(target.workspace, "checkout", "-q", "--detach", "FETCH_HEAD");
      const gone = { ...target, headSha: "abcdef".repeat(6).slice(0, 40) };
      const r = await run(
        { eventName: "pull_request_target", event: prEvent(gone), inputs: { "fail-on": failOn } },
        target,
      );
      expect(r.code).toBe(code);
      expect(r.stdout).toMatch(says);
      expect(r.outputs).toMatchObject({ opened: "", closed: "", "comment-url": "" });
      const report = JSON.parse(readFileSync(r.outputs.report!, "utf8"));
      expect(report).toMatchObject({ schemaVersion: 1, error: { kind: "shallow-clone" } });
      expect(r.summary).toContain("could not read the revisions");
      expect(r.summary).toContain(gone.headSha);
      expect(gh.writes()).toHaveLength(0);
    },
  );

  it("on pull_request_target fetches a fork's head from refs/pull/N/head, and says so", async () => {
    const target = prCheckout(BASE, { "policies/monitoring.yaml": ALLOW_MONITORING });
    // A fork's branch is not in the base repository: only refs/pull/1/* lead to its head.
    git(join(target.root, "origin.git"), "update-ref", "-d", "refs/heads/feature");
    const base = { ...target, workspace: baseCheckout(target) };
    const r = await run(
      { eventName: "pull_request_target", event: prEvent(base, "someone/fork") },
      base,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `reachdiff: the PR head ${target.headSha.slice(0, 7)} was not in the checkout: fetched refs/pull/1/head from origin`,
    );
    expect(Number(r.outputs.opened)).toBeGreaterThan(0);
    expect(gh.comments).toHaveLength(1);
  });

  it.each([
    ["refs/pull/N/head cannot be fetched", true, /fetching refs\/pull\/1\/head failed/],
    [
      "refs/pull/N/head moved past it",
      false,
      /refs\/pull\/1\/head was fetched but no longer leads to it/,
    ],
  ])(
    "on pull_request_target, a head that is missing because %s says what helps, not fetch-depth",
    async (_s, dropRef, says) => {
      const target = prCheckout(BASE, { "policies/monitoring.yaml": ALLOW_MONITORING });
      if (dropRef) git(join(target.root, "origin.git"), "update-ref", "-d", "refs/pull/1/head");
      const base = { ...target, workspace: baseCheckout(target) };
      const gone = { ...base, headSha: "abcdef".repeat(7).slice(0, 40) };
      const r = await run({ eventName: "pull_request_target", event: prEvent(gone) }, base);
      expect(r.code).toBe(1);
      const error = r.stdout.split("\n").find((l) => l.startsWith("::error::")) ?? "";
      expect(error).toMatch(says);
      expect(error).toMatch(/persist-credentials/);
      expect(error).toMatch(/fetch-depth cannot help/);
      expect(error).not.toMatch(/set `fetch-depth/);
    },
  );

  it("on pull_request_target does not mistake a base tip that merged an earlier PR for this PR's merge", async () => {
    const target = baseTipMergedEarlierPr();
    const r = await run(
      { eventName: "pull_request_target", event: prEvent(target, "someone/fork") },
      target,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/merge commit of PR/);
    expect(r.outputs.opened).toBe("0");
    expect(r.outputs.closed).toBe("0");
    expect(gh.comments).toHaveLength(0);
  });

  it.each([
    ["after a force-push whose previous tip is gone", true, /is gone after the force-push/],
    [
      "whose previous commit cannot be fetched",
      false,
      /is not in the clone and cannot be fetched from origin/,
    ],
  ])(
    "on a push %s compares the pushed commit with its first parent, with a warning",
    async (_s, forced, says) => {
      const r = await run({
        eventName: "push",
        event: { before: "1234567890abcdef".repeat(3).slice(0, 40), after: repo.mergeSha, forced },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        new RegExp(`::warning::reachdiff: the previous commit 1234567 ${says.source}`),
      );
      expect(r.stdout).toMatch(/first parent instead/);
      expect(r.stdout).not.toMatch(/fetch-depth/);
      // The merge commit's first parent is main before the merge: the PR's change shows.
      expect(Number(r.outputs.opened)).toBeGreaterThan(0);
    },
  );

  it("on pull_request_target reads the PR head from git objects (base checked out)", async () => {
    const target = prCheckout(BASE, { "policies/monitoring.yaml": ALLOW_MONITORING });
    // pull_request_target checks out the base branch, not the merge commit.
    git(target.workspace, "fetch", "-q", "--depth=1", "origin", "main");
    git(target.workspace, "checkout", "-q", "--detach", "FETCH_HEAD");
    const r = await run(
      { eventName: "pull_request_target", event: prEvent(target, "someone/fork") },
      target,
    );
    expect(r.code).toBe(0);
    expect(Number(r.outputs.opened)).toBeGreaterThan(0);
    expect(gh.comments).toHaveLength(1);
  });
});

/**
 * A base branch whose tip is the merge of an earlier PR (that opened monitoring -> backend),
 * and this PR on top of it changing only a YAML comment; the workspace is the base branch
 * at depth 1, as actions/checkout leaves it for pull_request_target.
 */
function baseTipMergedEarlierPr(): PrCheckout {
  const root = mkdtempSync(join(tmpdir(), "reachdiff-action-"));
  const origin = join(root, "origin.git");
  const dev = join(root, "dev");
  const workspace = join(root, "workspace");
  const commit = (files: Record<string, string>, message: string): string => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dev, path)), { recursive: true });
      writeFileSync(join(dev, path), text);
    }
    git(dev, "add", "-A");
    git(dev, "commit", "-q", "-m", message);
    return git(dev, "rev-parse", "HEAD");
  };
  mkdirSync(dev);
  git(root, "init", "-q", "--bare", "-b", "main", origin);
  git(dev, "init", "-q", "-b", "main");
  commit(BASE, "base");
  git(dev, "checkout", "-q", "-b", "earlier");
  commit({ "policies/monitoring.yaml": ALLOW_MONITORING }, "an earlier PR");
  git(dev, "checkout", "-q", "main");
  commit({ "docs/notes.md": "unrelated\n" }, "unrelated");
  git(dev, "merge", "-q", "--no-ff", "-m", "Merge PR #0", "earlier");
  const baseSha = git(dev, "rev-parse", "HEAD");
  git(dev, "checkout", "-q", "-b", "feature");
  const headSha = commit(
    { "policies/apps.yaml": `${BASE["policies/apps.yaml"]}\n# a comment\n` },
    "cosmetic",
  );
  git(dev, "push", "-q", origin, "main", "feature");
  mkdirSync(workspace);
  git(workspace, "init", "-q");
  git(workspace, "remote", "add", "origin", `file://${origin}`);
  git(workspace, "fetch", "-q", "--no-tags", "--depth=1", "origin", "main");
  git(workspace, "checkout", "-q", "--detach", "FETCH_HEAD");
  return { root, workspace, baseSha, headSha, mergeSha: baseSha };
}

/** A fresh workspace of the base branch at depth 1, as actions/checkout makes for pull_request_target. */
function baseCheckout(checkout: PrCheckout): string {
  const workspace = mkdtempSync(join(checkout.root, "base-workspace-"));
  git(workspace, "init", "-q");
  git(workspace, "remote", "add", "origin", `file://${join(checkout.root, "origin.git")}`);
  git(workspace, "fetch", "-q", "--no-tags", "--depth=1", "origin", "main");
  git(workspace, "checkout", "-q", "--detach", "FETCH_HEAD");
  return workspace;
}

import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withoutRunLinks } from "../../src/action/comment.js";
import { createGitHubClient, type GitHubClient } from "../../src/adapters/github-client.js";
import { type CommentMode, upsertStickyComment } from "../../src/adapters/github-comment.js";
import { commitOnBranch } from "../../src/adapters/github-commit.js";
import { classifyGitHubError } from "../../src/adapters/github-errors.js";
import { commentMarker } from "../../src/render/marker.js";
import { BOT, FakeGitHub } from "../support/fake-github.js";

const TOKEN = "ghs_secretTOKENvalue123";
const ISSUE = { owner: "acme", repo: "infra", issueNumber: 7 };
const MARKER = commentMarker(["policies"]);
const HUMAN = { login: "mallory", type: "User" } as const;
const OTHER_BOT = { login: "some-other-app[bot]", type: "Bot" } as const;
const APP_BOT = { login: "reachdiff-app[bot]", type: "Bot" } as const;

let gh: FakeGitHub;
let logs: string[];
let client: GitHubClient;

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  logs = [];
  client = createGitHubClient({
    token: TOKEN,
    baseUrl: gh.url,
    retryBaseMs: 5,
    throttleId: randomUUID(),
    log: { debug: (m) => logs.push(m), warning: (m) => logs.push(m) },
  });
});
afterEach(async () => {
  await gh.stop();
});

function clientFor(server: FakeGitHub): GitHubClient {
  return createGitHubClient({
    token: TOKEN,
    baseUrl: server.url,
    retryBaseMs: 5,
    throttleId: randomUUID(),
  });
}

function request(body: string) {
  return {
    issue: ISSUE,
    mode: "update" as const,
    marker: MARKER,
    body: `${MARKER}\n${body}`,
    smallBody: `${MARKER}\nsmall`,
    changed: true,
  };
}

function upsert(body: string, mode: CommentMode = "update", changed = true) {
  return upsertStickyComment(client, {
    issue: ISSUE,
    mode,
    marker: MARKER,
    body: `${MARKER}\n${body}`,
    smallBody: `${MARKER}\ncounts only`,
    changed,
  });
}

describe("the marker", () => {
  it.each([
    ["the same paths in another order give the same marker", ["a", "b"], ["b", "a"], true],
    ["`./policies/` and `policies` are the same path", ["./policies/"], ["policies"], true],
    ["different paths give different markers", ["a"], ["b"], false],
  ])("%s", (_s, left, right, same) => {
    expect(commentMarker(left) === commentMarker(right)).toBe(same);
    expect(commentMarker(left)).toMatch(/^<!-- reachdiff:[0-9a-f]{12} -->$/);
  });
});

describe("the sticky comment", () => {
  it("is created when there is none, with the token in the header only", async () => {
    const out = await upsert("opens 1 flow");
    expect(out).toMatchObject({ kind: "created", small: false });
    expect(gh.comments.map((c) => c.body)).toEqual([`${MARKER}\nopens 1 flow`]);
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it("is found on the third page among 250 comments and updated in place", async () => {
    for (let i = 0; i < 230; i++) gh.seedComment(7, `chatter ${i}`, HUMAN);
    const ours = gh.seedComment(7, `${MARKER}\nold`, BOT);
    for (let i = 0; i < 19; i++) gh.seedComment(7, `more ${i}`, HUMAN);
    const out = await upsert("new text");
    expect(out).toMatchObject({ kind: "updated", id: ours.id });
    expect(ours.body).toBe(`${MARKER}\nnew text`);
    expect(gh.comments).toHaveLength(250);
    const pages = gh.requests.filter((r) => r.method === "GET" && r.path.endsWith("/comments"));
    expect(pages).toHaveLength(3);
  });

  it("ignores a human's comment that copies the marker", async () => {
    const fake = gh.seedComment(7, `${MARKER}\nI am not the bot`, HUMAN);
    const out = await upsert("real");
    expect(out.kind).toBe("created");
    expect(fake.body).toContain("not the bot");
  });

  it("ignores another bot's comment that copies the marker, and posts its own", async () => {
    const other = gh.seedComment(7, `${MARKER}\nquoted by another app`, OTHER_BOT);
    const out = await upsert("real");
    expect(out.kind).toBe("created");
    expect(other.body).toContain("quoted by another app");
    expect(gh.requests.filter((r) => r.method === "PATCH")).toHaveLength(0);
  });

  it("finds an App token's own comment through the GraphQL viewer, not github-actions[bot]'s", async () => {
    const app = await new FakeGitHub({ actor: APP_BOT }).start();
    try {
      const mine = app.seedComment(7, `${MARKER}\nby the app`, APP_BOT);
      const actions = app.seedComment(7, `${MARKER}\nby github-actions`, BOT);
      const out = await upsertStickyComment(clientFor(app), request("updated"));
      expect(out).toMatchObject({ kind: "updated", id: mine.id });
      expect(actions.body).toContain("by github-actions");
    } finally {
      await app.stop();
    }
  });

  it("counts only github-actions[bot]'s comment when the token cannot tell who it is", async () => {
    const blind = await new FakeGitHub({ viewerQuery: false }).start();
    try {
      const other = blind.seedComment(7, `${MARKER}\nquoted by another app`, OTHER_BOT);
      const ours = blind.seedComment(7, `${MARKER}\nold`, BOT);
      blind.seedComment(7, `${MARKER}\nquoted again`, OTHER_BOT);
      const out = await upsertStickyComment(clientFor(blind), request("updated"));
      expect(out).toMatchObject({ kind: "updated", id: ours.id });
      expect(other.body).toContain("quoted by another app");
    } finally {
      await blind.stop();
    }
  });

  it.each([
    [
      "posts a new comment when GitHub refuses to edit the earlier one (403)",
      403,
      "Resource not accessible by integration",
    ],
    [
      "posts a new comment when the earlier one is gone by the time it is edited (404)",
      404,
      "Not Found",
    ],
  ])("%s", async (_s, status, message) => {
    const ours = gh.seedComment(7, `${MARKER}\nold`, BOT);
    gh.inject({ method: "PATCH", status, body: { message }, times: 1 });
    const out = await upsert("new text");
    expect(out).toMatchObject({ kind: "created", notEdited: ours.id });
    expect(gh.comments.map((c) => c.body)).toEqual([`${MARKER}\nold`, `${MARKER}\nnew text`]);
  });

  it("does not post a second comment when the edit hits a secondary rate limit", async () => {
    gh.seedComment(7, `${MARKER}\nold`, BOT);
    gh.inject({
      method: "PATCH",
      status: 403,
      body: { message: "You have exceeded a secondary rate limit" },
      headers: { "retry-after": "1" },
      times: 9,
    });
    const error = await upsert("new text").catch((e: unknown) => e);
    expect(classifyGitHubError(error).kind).toBe("transient");
    expect(gh.comments).toHaveLength(1);
  });

  it("makes no write at all when the body is unchanged", async () => {
    await upsert("same");
    const before = gh.writes().length;
    const out = await upsert("same");
    expect(out.kind).toBe("unchanged");
    expect(gh.writes()).toHaveLength(before);
  });

  it("makes no write when the bodies differ only in what `comparable` leaves out", async () => {
    const ours = gh.seedComment(7, `${MARKER}\nsame [run](https://x/actions/runs/1)`, BOT);
    const out = await upsertStickyComment(client, {
      ...request("same [run](https://x/actions/runs/2)"),
      comparable: withoutRunLinks,
    });
    expect(out).toMatchObject({ kind: "unchanged", id: ours.id });
    expect(gh.writes()).toHaveLength(0);
  });

  it.each([
    [
      "a link to another run (or attempt) is not a change",
      "opens 1 flow, see [the run](https://h/o/r/actions/runs/7/attempts/2).",
      true,
    ],
    ["a changed count is", "opens 2 flows, see [the run](https://h/o/r/actions/runs/8).", false],
  ])("comparing without run links: %s", (_s, other, same) => {
    const mine = "opens 1 flow, see [the run](https://h/o/r/actions/runs/8).";
    expect(withoutRunLinks(mine) === withoutRunLinks(other)).toBe(same);
  });

  it.each([
    ["no change and no earlier comment: no comment", false, false, "none", 0],
    ["no change but an earlier comment: it is updated to say so", false, true, "updated", 1],
    ["a change and an earlier comment: it is updated", true, true, "updated", 1],
  ] as const)("%s", async (_s, changed, earlier, kind, comments) => {
    if (earlier) gh.seedComment(7, `${MARKER}\nopens 2 flows`);
    const out = await upsert("no reachability change", "update", changed);
    expect(out.kind).toBe(kind);
    expect(gh.comments).toHaveLength(comments);
  });

  it("`new` posts a fresh comment each run; `off` makes no request", async () => {
    await upsert("one", "new");
    await upsert("two", "new");
    expect(gh.comments.map((c) => c.body.split("\n")[1])).toEqual(["one", "two"]);
    const count = gh.requests.length;
    expect(await upsert("three", "off")).toEqual({ kind: "off" });
    expect(gh.requests).toHaveLength(count);
  });

  it("falls back to the counts-only form when GitHub answers 422 body too long", async () => {
    const small = await new FakeGitHub({ maxBodyLength: 100 }).start();
    try {
      const c = createGitHubClient({ token: TOKEN, baseUrl: small.url, throttleId: randomUUID() });
      const out = await upsertStickyComment(c, {
        issue: ISSUE,
        mode: "update",
        marker: MARKER,
        body: `${MARKER}\n${"x".repeat(500)}`,
        smallBody: `${MARKER}\ncounts only`,
        changed: true,
      });
      expect(out).toMatchObject({ kind: "created", small: true });
      expect(small.comments.map((x) => x.body)).toEqual([`${MARKER}\ncounts only`]);
    } finally {
      await small.stop();
    }
  });

  it("uses the authenticated user's login when the token can read it (a PAT)", async () => {
    const pat = await new FakeGitHub({ userEndpoint: true, actor: HUMAN }).start();
    try {
      const botComment = pat.seedComment(7, `${MARKER}\nby a bot`, BOT);
      const mine = pat.seedComment(7, `${MARKER}\nby me`, HUMAN);
      const c = createGitHubClient({ token: TOKEN, baseUrl: pat.url, throttleId: randomUUID() });
      const out = await upsertStickyComment(c, {
        issue: ISSUE,
        mode: "update",
        marker: MARKER,
        body: `${MARKER}\nupdated`,
        smallBody: `${MARKER}\nsmall`,
        changed: true,
      });
      expect(out).toMatchObject({ kind: "updated", id: mine.id });
      expect(botComment.body).toContain("by a bot");
    } finally {
      await pat.stop();
    }
  });
});

describe("retries and failures", () => {
  const list = () =>
    client.rest.issues.listComments({ owner: "acme", repo: "infra", issue_number: 7 });

  it("retries a 502 and then succeeds", async () => {
    gh.inject({
      method: "GET",
      path: /comments$/,
      status: 502,
      body: { message: "Bad Gateway" },
      times: 1,
    });
    await expect(list()).resolves.toMatchObject({ status: 200 });
    expect(gh.requests).toHaveLength(2);
  });

  it("waits out a secondary rate limit (403 with retry-after) and then succeeds", async () => {
    gh.inject({
      method: "GET",
      status: 403,
      headers: { "retry-after": "1" },
      body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes." },
      times: 1,
    });
    await expect(list()).resolves.toMatchObject({ status: 200 });
    expect(gh.requests).toHaveLength(2);
    expect(logs.join("\n")).toMatch(/secondary rate limit .*retrying after 1 s/);
  });

  it("gives up on a 5xx that does not end, as a transient failure", async () => {
    gh.inject({ method: "GET", status: 503, body: { message: "Service Unavailable" }, times: 99 });
    const error = await list().catch((e: unknown) => e);
    expect(classifyGitHubError(error).kind).toBe("transient");
    expect(gh.requests).toHaveLength(4);
  });

  it("does not retry 'Resource not accessible by integration', and calls it a permission problem", async () => {
    gh.inject({
      method: "POST",
      path: /comments$/,
      status: 403,
      body: { message: "Resource not accessible by integration" },
      times: 1,
    });
    const error = await upsert("x").catch((e: unknown) => e);
    expect(classifyGitHubError(error).kind).toBe("permission");
    expect(gh.writes()).toHaveLength(1);
  });

  it("never puts the token in a log line", async () => {
    gh.inject({ method: "GET", status: 502, body: { message: `echo ${TOKEN}` }, times: 1 });
    await list();
    expect(logs.join("\n")).not.toContain(TOKEN);
  });
});

describe("createCommitOnBranch", () => {
  const HEAD = "a".repeat(40);
  const request = {
    repository: "acme/infra",
    branch: "feature",
    expectedHeadOid: HEAD,
    headline: "reachdiff: generated egress policies",
    additions: [
      { path: "policies/generated-egress/b.yaml", contents: "kind: B\n" },
      { path: "policies/generated-egress/a.yaml", contents: "kind: A\n" },
    ],
    deletions: ["policies/generated-egress/old.yaml"],
  };

  it("sends one commit whose parent is the analyzed head, files base64-encoded and sorted", async () => {
    gh.branches.set("acme/infra:feature", HEAD);
    const out = await commitOnBranch(client, request);
    expect(out).toMatchObject({ kind: "committed" });
    expect(gh.commits).toHaveLength(1);
    const input = gh.commits[0]!.input;
    expect(input.expectedHeadOid).toBe(HEAD);
    expect(input.branch).toEqual({ repositoryNameWithOwner: "acme/infra", branchName: "feature" });
    expect(input.fileChanges.additions).toEqual([
      {
        path: "policies/generated-egress/a.yaml",
        contents: Buffer.from("kind: A\n").toString("base64"),
      },
      {
        path: "policies/generated-egress/b.yaml",
        contents: Buffer.from("kind: B\n").toString("base64"),
      },
    ]);
    expect(input.fileChanges.deletions).toEqual([{ path: "policies/generated-egress/old.yaml" }]);
  });

  it("fails safely, committing nothing, when the branch moved", async () => {
    gh.branches.set("acme/infra:feature", "b".repeat(40));
    await expect(commitOnBranch(client, request)).rejects.toThrow(/moved/);
    expect(gh.commits).toHaveLength(0);
  });

  it("makes no call when nothing changed", async () => {
    const out = await commitOnBranch(client, { ...request, additions: [], deletions: [] });
    expect(out).toEqual({ kind: "nothing-to-commit" });
    expect(gh.requests).toHaveLength(0);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { blobOid, createParseCache } from "../../src/adapters/git-blob-cache.js";
import { GitSourceError, openGitReader } from "../../src/adapters/git-source.js";
import {
  createPullRequestRepo,
  createRepo,
  removeTempRepos,
  shallowClone,
} from "../support/git-repo.js";
import { DEFAULT_DENY_INGRESS, deploymentYaml, namespaceYaml } from "./manifests.js";

afterAll(removeTempRepos);

const BASE_FILES = {
  "k8s/ns.yaml": namespaceYaml("shop"),
  "k8s/app.yaml": deploymentYaml("shop", "web", { app: "web" }),
  "k8s/extra.json": JSON.stringify({
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: "x" },
  }),
  "k8s/notes.md": "# not a manifest\n",
  "k8s/node_modules/pkg/bad.yaml": "not: scanned\n",
  "other/outside.yaml": namespaceYaml("other"),
};

async function rejection(promise: Promise<unknown>): Promise<GitSourceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitSourceError) return error;
    throw error;
  }
  throw new Error("expected a GitSourceError");
}

describe("resolve", () => {
  const repo = createRepo();
  const first = repo.commit("first", BASE_FILES);
  repo.git("tag", "v1");
  const second = repo.commit("second", { "k8s/policy.yaml": DEFAULT_DENY_INGRESS("shop") });
  const reader = openGitReader(repo.dir);
  afterAll(() => reader.close());

  it.each([
    ["HEAD resolves to the newest commit", "HEAD", second],
    ["a branch name resolves to its tip", "main", second],
    ["a tag resolves to its commit", "v1", first],
    ["HEAD~1 resolves to the parent", "HEAD~1", first],
    ["an abbreviated id resolves to the full id", first.slice(0, 8), first],
  ])("%s", async (_title, rev, sha) => {
    expect(await reader.resolve(rev)).toBe(sha);
  });

  it.each([
    [
      "an option-looking rev is refused before git sees it",
      "--upload-pack=touch /tmp/pwned",
      "invalid-revision",
    ],
    ["a short option is refused", "-h", "invalid-revision"],
    ["an empty rev is refused", "", "invalid-revision"],
    ["a rev with a newline is refused", "HEAD\nHEAD", "invalid-revision"],
    ["an unknown branch is unknown", "no-such-branch", "unknown-revision"],
    ["a tree is not a commit", "HEAD^{tree}", "unknown-revision"],
    [
      "the full id of a tree is not a commit, and is not fetched",
      repo.git("rev-parse", "HEAD^{tree}").trim(),
      "unknown-revision",
    ],
    ["a missing full id in a complete clone cannot be fetched", "0".repeat(40), "shallow-clone"],
  ])("%s", async (_title, rev, kind) => {
    const error = await rejection(reader.resolve(rev));
    expect(error.kind).toBe(kind);
    expect(error.exitCode).toBe(2);
  });
});

describe("readTree", () => {
  const repo = createRepo();
  repo.link("k8s/link.yaml", "../other/outside.yaml");
  const sha = repo.commit("first", BASE_FILES);
  const reader = openGitReader(repo.dir);
  afterAll(() => reader.close());

  it("reads .yaml/.yml/.json blobs under the paths, sorted, skipping node_modules and symlinks", async () => {
    const files = await reader.readTree(sha, ["k8s"]);
    expect(files.map((f) => f.path)).toEqual(["k8s/app.yaml", "k8s/extra.json", "k8s/ns.yaml"]);
    expect(files[2]!.text).toBe(BASE_FILES["k8s/ns.yaml"]);
  });

  it("gives each file its blob id, the same id git computes", async () => {
    const files = await reader.readTree(sha, ["."]);
    for (const f of files) {
      expect(f.oid).toBe(repo.git("rev-parse", `${sha}:${f.path}`));
      expect(blobOid(f.text)).toBe(f.oid);
    }
    expect(files.map((f) => f.path)).toContain("other/outside.yaml");
  });

  it("reads an old revision without touching the working tree", async () => {
    const next = repo.commit("rewrite", { "k8s/ns.yaml": namespaceYaml("shop", { team: "a" }) });
    const [before, after] = await Promise.all([
      reader.readTree(sha, ["k8s/ns.yaml"]),
      reader.readTree(next, ["k8s/ns.yaml"]),
    ]);
    expect(before[0]!.text).toBe(BASE_FILES["k8s/ns.yaml"]);
    expect(after[0]!.text).toContain("team: a");
  });

  it("a path missing at that revision lists nothing", async () => {
    expect(await reader.readTree(sha, ["not-there"])).toEqual([]);
  });
});

describe("the parse cache", () => {
  it("parses a blob shared by both revisions once", async () => {
    const repo = createRepo();
    const a = repo.commit("a", BASE_FILES);
    const b = repo.commit("b", { "k8s/policy.yaml": DEFAULT_DENY_INGRESS("shop") });
    const reader = openGitReader(repo.dir);
    const cache = createParseCache();
    const base = cache.parse(await reader.readTree(a, ["k8s"]));
    const head = cache.parse(await reader.readTree(b, ["k8s"]));
    reader.close();
    expect(cache.parsedCount).toBe(4); // 3 shared files + 1 new
    expect(head.resources.length).toBe(base.resources.length + 1);
  });
});

describe("shallow clones", () => {
  const pr = createPullRequestRepo(BASE_FILES, { "k8s/policy.yaml": DEFAULT_DENY_INGRESS("shop") });

  it("fetches the first parent of a merge commit that a depth-1 clone lacks", async () => {
    const clone = shallowClone(pr.repo);
    expect(clone.git("rev-parse", "--is-shallow-repository")).toBe("true");
    const reader = openGitReader(clone.dir);
    try {
      expect(await reader.resolve("HEAD")).toBe(pr.merge);
      expect(await reader.resolve("HEAD^1")).toBe(pr.main);
      expect(await reader.resolve("HEAD^2")).toBe(pr.pr);
      const files = await reader.readTree(pr.main, ["k8s"]);
      expect(files.map((f) => f.path)).not.toContain("k8s/policy.yaml");
    } finally {
      reader.close();
    }
  });

  it("fetches a full commit id that is not in the clone, and says so", async () => {
    const clone = shallowClone(pr.repo);
    const notes: string[] = [];
    const reader = openGitReader(clone.dir, (m) => notes.push(m));
    try {
      expect(await reader.resolve(pr.base)).toBe(pr.base);
      expect(notes).toEqual([
        `fetched ${pr.base} (depth 1) from origin: it was not in this shallow clone`,
      ]);
      expect(await reader.resolve(pr.base)).toBe(pr.base);
      expect(notes).toHaveLength(1);
    } finally {
      reader.close();
    }
  });

  it("a branch name or short id missing from the clone is not said to have failed a fetch", async () => {
    const clone = shallowClone(pr.repo);
    const reader = openGitReader(clone.dir);
    try {
      for (const rev of ["origin/pr", pr.base.slice(0, 7)]) {
        const error = await rejection(reader.resolve(rev));
        expect(error.kind).toBe("shallow-clone");
        expect(error.message).toContain(
          `${rev} is not in this shallow clone (only a full commit id is fetched on demand)`,
        );
        expect(error.message).not.toContain("failed");
        expect(error.message).toContain("fetch-depth: 0");
      }
    } finally {
      reader.close();
    }
  });

  it("names fetch-depth when the missing commit cannot be fetched", async () => {
    const clone = shallowClone(pr.repo);
    clone.git("remote", "set-url", "origin", `${pr.repo.dir}-gone`);
    const reader = openGitReader(clone.dir);
    try {
      const error = await rejection(reader.resolve("HEAD^1"));
      expect(error.kind).toBe("shallow-clone");
      expect(error.message).toContain("fetch-depth");
      expect(error.message).toContain(`fetching ${pr.main} from origin failed`);
    } finally {
      reader.close();
    }
  });
});

import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDiffJson } from "../support/contract-schema.js";
import { createRepo, removeTempRepos } from "../support/git-repo.js";
import { runCli } from "../support/run-cli.js";

const NS = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
`;
const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 80}]}]
`;
const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

afterAll(() => removeTempRepos());

describe("reachdiff diff on git revisions", () => {
  const repo = createRepo();
  repo.commit("base", { "k8s/ns.yaml": NS, "k8s/web.yaml": WEB });
  repo.commit("deny", { "k8s/deny.yaml": DENY });

  it("reports what a commit closes, as the contract's JSON", async () => {
    const r = await runCli(
      ["diff", "--base", "HEAD~1", "--head", "HEAD", "k8s", "--format", "json"],
      {
        cwd: repo.dir,
      },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      opened: unknown[];
      closed: { src: string; dst: string; cause: string; policies: string[] }[];
    };
    expect(doc.opened).toEqual([]);
    expect(doc.closed).toContainEqual(
      expect.objectContaining({
        src: "shop/web[Deployment]",
        dst: "shop/web[Deployment]",
        cause: "policy",
        policies: ["shop/default-deny"],
      }),
    );
  });

  it("exits 1 with --exit-code when something changed, 0 when nothing did", async () => {
    const changed = await runCli(["diff", "--base", "HEAD~1", "--head", "HEAD", "--exit-code"], {
      cwd: repo.dir,
    });
    expect(changed.code).toBe(1);
    const same = await runCli(["diff", "--base", "HEAD", "--exit-code"], { cwd: repo.dir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("no reachability change");
  });

  it("compares against the working tree when --head is left out", async () => {
    writeFileSync(join(repo.dir, "k8s/deny.yaml"), "");
    try {
      const r = await runCli(["diff", "--base", "HEAD", "k8s", "--format", "json"], {
        cwd: repo.dir,
      });
      const doc = JSON.parse(r.stdout) as { opened: { policies: string[] }[]; head: string };
      expect(doc.head).toBe("working tree");
      expect(doc.opened.length).toBeGreaterThan(0);
    } finally {
      repo.git("checkout", "--", "k8s/deny.yaml");
    }
  });

  it("puts the hidden marker on the first line of the markdown comment", async () => {
    const r = await runCli(
      ["diff", "--base", "HEAD~1", "--head", "HEAD", "k8s", "--format", "markdown"],
      {
        cwd: repo.dir,
      },
    );
    expect(r.stdout.split("\n")[0]).toMatch(/^<!-- reachdiff:[0-9a-f]+ -->$/);
    expect(r.stdout).toContain("closes 2 flows");
  });

  it.each([
    ["an option smuggled in as a revision", "--upload-pack=touch /tmp/pwned"],
    ["a revision git does not know", "no-such-branch"],
  ])("rejects %s with exit 2", async (_what, rev) => {
    const r = await runCli(["diff", `--base=${rev}`, "--head", "HEAD"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("reachdiff diff:");
  });

  it.each([
    ["the id of a tree", "HEAD^{tree}", "is a tree, not a commit"],
    ["the id of a blob", "HEAD:k8s/ns.yaml", "is a blob, not a commit"],
  ])(
    "rejects %s as the base with exit 2, naming what it is instead of blaming fetch-depth",
    async (_what, spec, message) => {
      const id = repo.git("rev-parse", spec).trim();
      const r = await runCli(["diff", "--base", id, "k8s"], { cwd: repo.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${id} ${message}`);
      expect(r.stderr).not.toContain("fetch-depth");
    },
  );

  it("says a path outside the repository is outside it, with exit 2", async () => {
    const r = await runCli(["diff", "--base", "HEAD~1", "--head", "HEAD", "/etc"], {
      cwd: repo.dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the path /etc is outside the git repository");
  });

  it("exits 2 and says the head is incomplete when a head file does not parse", async () => {
    writeFileSync(join(repo.dir, "k8s/broken.yaml"), "kind: [\n");
    try {
      const r = await runCli(["diff", "--base", "HEAD", "k8s", "--format", "markdown"], {
        cwd: repo.dir,
      });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain("incomplete");
      expect(r.stdout).not.toContain("no reachability change");
    } finally {
      rmSync(join(repo.dir, "k8s/broken.yaml"));
    }
  });
});

describe("reachdiff diff --merge-commit", () => {
  it("diffs a pull request's merge commit against its first parent", async () => {
    const repo = createRepo();
    repo.commit("base", { "k8s/ns.yaml": NS, "k8s/web.yaml": WEB });
    repo.git("checkout", "-q", "-b", "pr");
    repo.commit("deny", { "k8s/deny.yaml": DENY });
    repo.git("checkout", "-q", "main");
    repo.commit("unrelated", { "README.md": "docs" });
    repo.git("merge", "-q", "--no-ff", "-m", "Merge pr", "pr");
    const r = await runCli(["diff", "--merge-commit", "k8s", "--format", "json"], {
      cwd: repo.dir,
    });
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as { closed: { policies: string[] }[] };
    expect(doc.closed.length).toBeGreaterThan(0);
    expect(doc.closed.every((c) => c.policies.includes("shop/default-deny"))).toBe(true);
  });

  it("says so when HEAD is not a merge commit", async () => {
    const repo = createRepo();
    repo.commit("base", { "k8s/ns.yaml": NS });
    const r = await runCli(["diff", "--merge-commit"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("HEAD is not a merge commit");
  });
});

describe("reachdiff diff on two folders", () => {
  const webIngress = (rule: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ${rule}
`;
  const folders = (rule: string) => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-other-"));
    writeFileSync(join(dir, "ns.yaml"), NS);
    writeFileSync(join(dir, "web.yaml"), WEB);
    writeFileSync(join(dir, "pol.yaml"), webIngress(rule));
    return dir;
  };

  it("lists the protocols other than TCP, UDP and SCTP when a rule narrows to those three", async () => {
    const base = folders("{}");
    const head = folders("ports: [{protocol: TCP}, {protocol: UDP}, {protocol: SCTP}]");
    try {
      const json = await runCli([
        "diff",
        "--base-dir",
        base,
        "--head-dir",
        head,
        "--format",
        "json",
      ]);
      expect(json.code).toBe(0);
      const doc = JSON.parse(json.stdout) as { opened: unknown[]; closed: unknown[] };
      expect(checkDiffJson(doc)).toEqual([]);
      expect(doc.opened).toEqual([]);
      expect(doc.closed).toContainEqual(
        expect.objectContaining({
          src: "shop/web[Deployment]",
          dst: "shop/web[Deployment]",
          conns: [],
          otherProtocols: true,
          policies: ["shop/web-in"],
        }),
      );
      const text = await runCli(["diff", "--base-dir", base, "--head-dir", head, "--no-color"]);
      expect(text.stdout).toContain("other protocols (ICMP, …)");
      const analyze = await runCli(["analyze", head, "--format", "json"]);
      const flows = (JSON.parse(analyze.stdout) as { flows: Record<string, unknown>[] }).flows;
      expect(flows.find((f) => f.dst === "shop/web[Deployment]")).toEqual({
        src: "shop/web[Deployment]",
        dst: "shop/web[Deployment]",
        conns: [
          { protocol: "TCP", ports: [[1, 65535]] },
          { protocol: "UDP", ports: [[1, 65535]] },
          { protocol: "SCTP", ports: [[1, 65535]] },
        ],
      });
    } finally {
      rmSync(base, { recursive: true, force: true });
      rmSync(head, { recursive: true, force: true });
    }
  });

  it("diffs the bundled example pair without git", async () => {
    const r = await runCli([
      "diff",
      "--base-dir",
      "examples/pr-change/base",
      "--head-dir",
      "examples/pr-change/head",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      opened: { src: string; dst: string }[];
      closed: { src: string; dst: string }[];
    };
    expect(doc.closed).toContainEqual(
      expect.objectContaining({ src: "shop/api[Deployment]", dst: "shop/redis[Deployment]" }),
    );
    expect(doc.opened).toContainEqual(
      expect.objectContaining({
        src: "shop/frontend[Deployment]",
        dst: "203.0.113.0-203.0.113.255",
      }),
    );
  });

  it.each([
    [["diff", "--base-dir", "a"], "--base-dir and --head-dir go together"],
    [["diff"], "--base REV, --merge-commit or --base-dir/--head-dir is required"],
    [
      ["diff", "--base-dir", "no-such-folder", "--head-dir", "examples/pr-change/head"],
      "--base-dir no-such-folder does not exist",
    ],
    [
      ["diff", "--base-dir", "examples/pr-change/base", "--head-dir", "package.json"],
      "--head-dir package.json is not a folder",
    ],
    [
      [
        "diff",
        "--base-dir",
        "examples/pr-change/base",
        "--head-dir",
        "examples/pr-change/head",
        "nope",
      ],
      "nope:1:1: error: nope exists neither in the base (examples/pr-change/base) nor in the head (examples/pr-change/head). Check the path: it is relative to each of the two folders (--base-dir and --head-dir). [unreadable-path]",
    ],
  ])("rejects %j with exit 2", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });

  it("warns no-manifests for a side that holds no manifest, and keeps the exit code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-cli-empty-base-"));
    try {
      const r = await runCli(["diff", "--base-dir", dir, "--head-dir", "examples/pr-change/head"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        `warning: no Kubernetes manifests found in the base (${dir}); check the path [no-manifests]`,
      );
      expect(r.stderr).not.toContain("in the head");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints the base's errors on stderr, where 'see the errors above' points", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-cli-base-"));
    try {
      writeFileSync(join(dir, "broken.yaml"), "kind: [\n");
      const r = await runCli([
        "diff",
        "--base-dir",
        dir,
        "--head-dir",
        "examples/pr-change/head",
        "--format",
        "json",
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("broken.yaml:2:1: error:");
      expect(r.stderr).toContain("the base could not be read whole");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("reachdiff generate-egress", () => {
  it("writes the policies, then --check passes, then fails once the folder is stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-cli-egress-"));
    try {
      cpSync("policies", join(dir, "policies"), { recursive: true });
      const first = await runCli(
        ["generate-egress", "policies", "--out", "generated", "--default-deny"],
        {
          cwd: dir,
        },
      );
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("Proof: holds");
      const files = readdirSync(join(dir, "generated"));
      expect(files.length).toBeGreaterThan(0);
      expect(files.some((f) => f.startsWith("kube-system."))).toBe(false);
      const check = await runCli(
        ["generate-egress", "policies", "--out", "generated", "--default-deny", "--check"],
        {
          cwd: dir,
        },
      );
      expect(check.code).toBe(0);
      rmSync(join(dir, "generated", files[0]!));
      const stale = await runCli(
        ["generate-egress", "policies", "--out", "generated", "--default-deny", "--check"],
        {
          cwd: dir,
        },
      );
      expect(stale.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [["generate-egress", "policies"], "--out DIR is required"],
    [["generate-egress", "policies", "--out", "x", "--check", "--commit"], "cannot be combined"],
    [["generate-egress", "policies", "--out", "x", "--dns-port", "99999"], "--dns-port takes"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

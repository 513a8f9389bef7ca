import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

describe("reachdiff analyze", () => {
  it("prints a readable report of the example tree and exits 0", async () => {
    const r = await runCli(["analyze", "policies"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("shop/api[Deployment]");
  });

  it("prints the contract's JSON document", async () => {
    const r = await runCli(["analyze", "policies", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schemaVersion: number;
      flows: { src: string; dst: string; conns: unknown }[];
    };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.flows).toContainEqual({
      src: "shop/frontend[Deployment]",
      dst: "shop/api[Deployment]",
      conns: [{ protocol: "TCP", ports: [[8080, 8080]] }],
    });
  });

  it.each([
    ["mermaid", "flowchart"],
    ["dot", "digraph"],
    ["markdown", "shop/api"],
  ])("offers --format %s", async (format, needle) => {
    const r = await runCli(["analyze", "policies", "--format", format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(needle);
  });

  it("exits 2 with file:line:col when a manifest does not parse", async () => {
    const r = await runCli(["analyze", "test/fixtures/cli/unparseable.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /test\/fixtures\/cli\/unparseable\.yaml:\d+:\d+: error: .*\[yaml-syntax\]/,
    );
  });

  it("still reports the other files when one file in a folder cannot be read, and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-cli-dangling-"));
    try {
      cpSync("policies", join(dir, "policies"), { recursive: true });
      symlinkSync(join(dir, "gone.yaml"), join(dir, "policies", "dangling.yaml"));
      const r = await runCli(["analyze", "policies"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/policies\/dangling\.yaml:1:1: error: .*\[unreadable-path\]/);
      expect(r.stdout).toContain("shop/api[Deployment]");
      expect(r.stderr).toContain("the result is incomplete");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [[], "(see the warnings above)"],
    [["--quiet"], "(run without --quiet to see why)"],
  ])(
    "with only a Helm warning and %j, the closing line points where the reason is",
    async (flags, hint) => {
      const dir = mkdtempSync(join(tmpdir(), "reachdiff-cli-helm-"));
      try {
        writeFileSync(join(dir, "chart.yaml"), "metadata:\n  name: {{ .Values.name }}\n");
        const r = await runCli(["analyze", dir, ...flags]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(
          `the result is incomplete: some input could not be used ${hint}`,
        );
        expect(r.stderr).not.toContain("see the errors above");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.each([
    [["analyze", "policies", "--namespace", "Bad_NS!"], "--namespace"],
    [
      ["generate-egress", "policies", "--dns-namespace", "kube_system", "--check", "--out", "x"],
      "--dns-namespace",
    ],
  ])("rejects %j, which is no namespace name, with exit 2", async (argv, option) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${option} "${argv[3]}" is not a valid namespace name`);
    expect(r.stdout).toBe("");
  });

  it.each([
    ["an empty folder", {}],
    ["a folder with no Kubernetes object", { "notes.yaml": "title: not a manifest\n" }],
  ])("warns no-manifests on %s, and keeps exit 0", async (_, files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-cli-empty-"));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const r = await runCli(["analyze", dir]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        `${dir}:1:1: warning: no Kubernetes manifests found under ${dir}; check the path [no-manifests]`,
      );
      expect(r.stdout).toContain("diagnostics: 1 warning");
      const lint = await runCli(["lint", dir]);
      expect(lint.code).toBe(0);
      expect(lint.stdout).toContain("[no-manifests]");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 on a path that does not exist", async () => {
    const r = await runCli(["analyze", "no/such/dir"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[unreadable-path]");
  });
});

describe("reachdiff lint", () => {
  it("exits 1 and names the file, line and column of what the API server would reject", async () => {
    const r = await runCli(["lint", "test/fixtures/cli/broken-policy.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("test/fixtures/cli/broken-policy.yaml:14:11: error:");
    expect(r.stdout).toContain("[invalid-protocol]");
  });

  it("exits 0 on the clean example tree", async () => {
    const r = await runCli(["lint", "policies"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no problems found");
  });

  it("prints JSON with --format json", async () => {
    const r = await runCli(["lint", "test/fixtures/cli/broken-policy.yaml", "--format", "json"]);
    const doc = JSON.parse(r.stdout) as { diagnostics: { code: string; line: number }[] };
    expect(doc.diagnostics.map((d) => d.code)).toContain("invalid-protocol");
  });
});

describe("reachdiff explain", () => {
  it.each([
    ["shop/frontend[Deployment]", "shop/api[Deployment]", "8080/TCP", "ALLOWED"],
    ["shop/frontend[Deployment]", "shop/postgres[StatefulSet]", "5432", "DENIED"],
    ["shop/api[Deployment]", "shop/redis[Deployment]", "6379", "DENIED"],
  ])("explains %s → %s on %s as %s", async (src, dst, port, verdict) => {
    const r = await runCli(["explain", src, dst, port, "policies"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`verdict: ${verdict}`);
  });

  it("says which endpoint it does not know", async () => {
    const r = await runCli([
      "explain",
      "shop/nope[Deployment]",
      "shop/api[Deployment]",
      "policies",
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('unknown source "shop/nope[Deployment]"');
  });

  it("says a hostNetwork workload is left out because of hostNetwork, not that it is unknown", async () => {
    const r = await runCli([
      "explain",
      "x/agent[Pod]",
      "x/web[Pod]",
      "test/fixtures/cli/host-network.yaml",
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("source x/agent[Pod] is not analyzed: it uses hostNetwork: true");
    expect(r.stdout).not.toContain("unknown source");
  });
});

describe("usage", () => {
  it.each([
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["analyze", "--frobnicate"], "Unknown option"],
    [["analyze", "--format", "pdf", "policies"], "--format must be one of"],
    [["explain", "only-one"], "SRC and DST are required"],
  ])("rejects %j with exit 2", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it.each(["analyze", "diff", "explain", "lint", "generate-egress"])(
    "prints help for %s",
    async (command) => {
      const r = await runCli([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`reachdiff ${command}`);
    },
  );
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEgressDir } from "../../src/adapters/egress-dir.js";
import { runGenerateEgress } from "../../src/app/generate-egress.js";
import { renderEgressSuggestion } from "../../src/render/egress-diff.js";
import { createRepo, type TempRepo } from "../support/git-repo.js";

const FIXTURE = join(import.meta.dirname, "../fixtures/generate/seed-001-ingress-only");
const input = readFileSync(join(FIXTURE, "input.yaml"), "utf8");

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = createRepo();
  r.git("config", "user.name", "Egress Bot");
  r.git("config", "user.email", "bot@example.com");
  r.commit("manifests", { "policies/app.yaml": input });
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const request = (cwd: string, extra: Partial<Parameters<typeof runGenerateEgress>[0]> = {}) =>
  runGenerateEgress({
    paths: ["policies"],
    cwd,
    out: "policies/generated-egress",
    defaultDeny: true,
    keepUnisolated: false,
    check: false,
    commit: false,
    ...extra,
  });

describe("runGenerateEgress", () => {
  it("writes the proven policies, and a second run (reading its own output) changes nothing", async () => {
    const r = repo();
    const first = await request(r.dir);
    expect(first.exitCode).toBe(0);
    expect(first.plan?.proof.holds).toBe(true);
    expect(first.sync?.written).toHaveLength(4);
    expect(first.report).toContain("Proof: holds");
    const second = await request(r.dir);
    expect(second.exitCode).toBe(0);
    expect(second.sync).toMatchObject({ written: [], removed: [], stale: false });
    expect(second.sync?.unchanged).toHaveLength(4);
  });

  it("with --check exits 1 when DIR is stale and 0 once it is up to date", async () => {
    const r = repo();
    expect((await request(r.dir, { check: true })).exitCode).toBe(1);
    expect(await readEgressDir(join(r.dir, "policies/generated-egress"))).toEqual([]);
    await request(r.dir);
    expect((await request(r.dir, { check: true })).exitCode).toBe(0);
  });

  it("removes a policy it generated earlier when its source goes away", async () => {
    const r = repo();
    await request(r.dir);
    r.write({
      "policies/app.yaml": input.replace(
        /---\napiVersion: networking.k8s.io\/v1\nkind: NetworkPolicy\nmetadata:\n {2}name: allow-ingress-backend[\s\S]*$/,
        "",
      ),
    });
    const again = await request(r.dir);
    expect(again.sync?.removed).toEqual(["app-namespace.reachdiff-egress-app-frontend.yaml"]);
  });

  it("with --commit commits only DIR's changes, with a message listing the policies", async () => {
    const r = repo();
    r.write({ "unrelated.txt": "work in progress\n" });
    r.git("add", "unrelated.txt");
    const result = await request(r.dir, { commit: true });
    expect(result.exitCode).toBe(0);
    expect(result.commit).toBe(r.git("rev-parse", "HEAD"));
    const files = r.git("show", "--name-only", "--format=", "HEAD").split("\n").sort();
    expect(files).toEqual([
      "policies/generated-egress/app-namespace.reachdiff-default-deny-egress.yaml",
      "policies/generated-egress/app-namespace.reachdiff-egress-app-frontend.yaml",
      "policies/generated-egress/ingress-namespace.reachdiff-default-deny-egress.yaml",
      "policies/generated-egress/ingress-namespace.reachdiff-egress-app-ingress-controller.yaml",
    ]);
    const message = r.git("log", "-1", "--format=%B");
    expect(message).toMatch(
      /^reachdiff: update generated egress policies in policies\/generated-egress\n/,
    );
    expect(message).toContain(
      "- policies/generated-egress/app-namespace.reachdiff-egress-app-frontend.yaml",
    );
    expect(r.git("diff", "--cached", "--name-only")).toBe("unrelated.txt");
    expect(r.git("rev-list", "--count", "HEAD")).toBe("2");
    // Nothing changed: no second commit.
    const again = await request(r.dir, { commit: true });
    expect(again.commit).toBeNull();
    expect(r.git("rev-list", "--count", "HEAD")).toBe("2");
  });

  it("with --commit prints the commit id in the text report and in the JSON", async () => {
    const r = repo();
    const text = await request(r.dir, { commit: true });
    const id = r.git("rev-parse", "HEAD");
    expect(text.report).toContain(`Committed ${id}.`);
    r.write({
      "policies/generated-egress/ingress-namespace.reachdiff-default-deny-egress.yaml": null,
    });
    const json = await request(r.dir, { commit: true, format: "json" });
    expect(JSON.parse(json.report).commit).toBe(r.git("rev-parse", "HEAD"));
    const again = await request(r.dir, { commit: true, format: "json" });
    expect(JSON.parse(again.report).commit).toBeNull();
    expect((await request(r.dir, { commit: true })).report).toContain(
      "Nothing committed: policies/generated-egress was up to date.",
    );
  });

  it("with --commit outside a git repository exits 2 before writing anything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reachdiff-no-git-"));
    try {
      mkdirSync(join(dir, "policies"));
      writeFileSync(join(dir, "policies/app.yaml"), input);
      const result = await request(dir, { commit: true });
      expect(result.exitCode).toBe(2);
      expect(result.error).toMatch(/^--commit needs a git repository, and .* is not inside one/);
      expect(existsSync(join(dir, "policies/generated-egress"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("with --commit and a DIR outside the repository exits 2 before writing anything", async () => {
    const r = repo();
    const outside = mkdtempSync(join(tmpdir(), "reachdiff-outside-"));
    try {
      const result = await request(r.dir, { commit: true, out: join(outside, "egress") });
      expect(result.exitCode).toBe(2);
      expect(result.error).toMatch(/^--commit commits only inside the repository/);
      expect(existsSync(join(outside, "egress"))).toBe(false);
      expect(r.git("status", "--porcelain")).toBe("");
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("commits the removal of a stale policy", async () => {
    const r = repo();
    await request(r.dir, { commit: true });
    r.commit("drop the backend policy", {
      "policies/app.yaml": input.replace(
        /---\napiVersion: networking.k8s.io\/v1\nkind: NetworkPolicy\nmetadata:\n {2}name: allow-ingress-backend[\s\S]*$/,
        "",
      ),
    });
    const result = await request(r.dir, { commit: true });
    expect(result.commit).not.toBeNull();
    expect(r.git("show", "--name-status", "--format=", "HEAD")).toBe(
      "D\tpolicies/generated-egress/app-namespace.reachdiff-egress-app-frontend.yaml",
    );
  });

  it("writes nothing and exits 2 when the manifests have errors", async () => {
    const r = repo();
    r.write({
      "policies/bad.yaml":
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: bad}\nspec: {policyTypes: [Sideways]}\n",
    });
    const result = await request(r.dir);
    expect(result.exitCode).toBe(2);
    expect(result.error).toMatch(/errors/);
    expect(await readEgressDir(join(r.dir, "policies/generated-egress"))).toEqual([]);
  });

  it("exits 2 on a DIR inside .github", async () => {
    const r = repo();
    const result = await request(r.dir, { out: ".github/egress" });
    expect(result.exitCode).toBe(2);
    expect(result.error).toMatch(/\.github/);
  });

  it("renders what would change as a unified diff for the Action's suggest mode", async () => {
    const r = repo();
    const result = await request(r.dir, { check: true });
    const current = await readEgressDir(join(r.dir, "policies/generated-egress"));
    const diff = renderEgressSuggestion(
      current,
      result.plan?.files ?? [],
      "policies/generated-egress",
    );
    expect(diff).toContain(
      "+++ b/policies/generated-egress/app-namespace.reachdiff-egress-app-frontend.yaml",
    );
    expect(diff).toContain("--- /dev/null");
    expect(renderEgressSuggestion(result.plan?.files ?? [], result.plan?.files ?? [])).toBe("");
  });
});

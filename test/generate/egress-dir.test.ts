import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EgressDirError, readEgressDir, syncEgressDir } from "../../src/adapters/egress-dir.js";

const made: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), "reachdiff-egress-"));
  made.push(d);
  return d;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ours = (name: string, extra = "") => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: shop
  labels:
    app.kubernetes.io/managed-by: reachdiff
spec:
  podSelector: {}
  policyTypes: [Egress]${extra}
`;

describe("syncEgressDir on a real folder", () => {
  it("writes, then a second run changes nothing", async () => {
    const dir = join(tmp(), "out");
    const files = [
      { path: "shop.a.yaml", text: ours("a") },
      { path: "shop.b.yaml", text: ours("b") },
    ];
    const first = await syncEgressDir(dir, files, { check: false });
    expect(first).toEqual({
      written: ["shop.a.yaml", "shop.b.yaml"],
      removed: [],
      unchanged: [],
      stale: true,
    });
    expect(readFileSync(join(dir, "shop.a.yaml"), "utf8")).toBe(ours("a"));
    const second = await syncEgressDir(dir, files, { check: false });
    expect(second).toEqual({
      written: [],
      removed: [],
      unchanged: ["shop.a.yaml", "shop.b.yaml"],
      stale: false,
    });
  });

  it("removes stale files it generated and nothing else", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "shop.old.yaml"), ours("old"));
    writeFileSync(join(dir, "hand-written.yaml"), ours("x").replace("reachdiff", "someone-else"));
    writeFileSync(join(dir, "README.md"), "notes\n");
    const result = await syncEgressDir(dir, [{ path: "shop.a.yaml", text: ours("a") }], {
      check: false,
    });
    expect(result.removed).toEqual(["shop.old.yaml"]);
    expect(readdirSync(dir).sort()).toEqual(["README.md", "hand-written.yaml", "shop.a.yaml"]);
  });

  it("with check, writes nothing and reports staleness", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "shop.old.yaml"), ours("old"));
    writeFileSync(join(dir, "shop.a.yaml"), ours("a", "\n# edited"));
    const result = await syncEgressDir(dir, [{ path: "shop.a.yaml", text: ours("a") }], {
      check: true,
    });
    expect(result).toEqual({
      written: ["shop.a.yaml"],
      removed: ["shop.old.yaml"],
      unchanged: [],
      stale: true,
    });
    expect(readdirSync(dir).sort()).toEqual(["shop.a.yaml", "shop.old.yaml"]);
    expect(readFileSync(join(dir, "shop.a.yaml"), "utf8")).toContain("# edited");
  });

  it("reads back only the files it generated", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "shop.a.yaml"), ours("a"));
    writeFileSync(join(dir, "other.yaml"), "kind: ConfigMap\n");
    expect((await readEgressDir(dir)).map((f) => f.path)).toEqual(["shop.a.yaml"]);
  });

  it.each([
    ["a folder inside .git/", ".git/policies"],
    ["a folder inside .github/", ".github/workflows/egress"],
  ])("refuses %s", async (_what, rel) => {
    const root = tmp();
    await expect(syncEgressDir(join(root, rel), [], { check: false })).rejects.toBeInstanceOf(
      EgressDirError,
    );
    expect(existsSync(join(root, rel))).toBe(false);
  });

  it("refuses a folder that reaches .git through a symlink", async () => {
    const root = tmp();
    mkdirSync(join(root, ".git"));
    symlinkSync(join(root, ".git"), join(root, "out"));
    await expect(syncEgressDir(join(root, "out"), [], { check: false })).rejects.toBeInstanceOf(
      EgressDirError,
    );
  });

  it.each([
    ["a parent-folder escape", "../escape.yaml"],
    ["a nested escape", "sub/../../escape.yaml"],
    ["an absolute path", "/tmp/escape.yaml"],
    ["a backslash path", "..\\escape.yaml"],
  ])("refuses %s in a generated file path", async (_what, p) => {
    const root = tmp();
    const dir = join(root, "out");
    await expect(
      syncEgressDir(dir, [{ path: p, text: ours("x") }], { check: false }),
    ).rejects.toBeInstanceOf(EgressDirError);
    expect(existsSync(join(root, "escape.yaml"))).toBe(false);
  });

  it("refuses to write through a symlink that leads out of DIR", async () => {
    const root = tmp();
    const outside = join(root, "outside");
    mkdirSync(outside);
    const dir = join(root, "out");
    mkdirSync(dir);
    symlinkSync(outside, join(dir, "sub"));
    symlinkSync(join(outside, "target.yaml"), join(dir, "shop.a.yaml"));
    await expect(
      syncEgressDir(dir, [{ path: "sub/shop.a.yaml", text: ours("a") }], { check: false }),
    ).rejects.toBeInstanceOf(EgressDirError);
    await expect(
      syncEgressDir(dir, [{ path: "shop.a.yaml", text: ours("a") }], { check: false }),
    ).rejects.toBeInstanceOf(EgressDirError);
    expect(readdirSync(outside)).toEqual([]);
  });

  it.each([
    ["a symlink named as DIR inside the working directory", "out", false],
    ["a folder below such a symlink", "out/sub", false],
    ["the same outside folder named explicitly through ..", "../outside", true],
  ])(
    "a DIR that leads outside the working directory: %s (allowed: %s)",
    async (_what, rel, allowed) => {
      const root = tmp();
      const cwd = join(root, "repo");
      const outside = join(root, "outside");
      mkdirSync(cwd);
      mkdirSync(outside);
      symlinkSync(outside, join(cwd, "out"));
      const sync = syncEgressDir(join(cwd, rel), [{ path: "shop.a.yaml", text: ours("a") }], {
        check: false,
        cwd,
      });
      if (allowed) {
        await sync;
        expect(readdirSync(outside)).toEqual(["shop.a.yaml"]);
      } else {
        await expect(sync).rejects.toThrow(/leads outside the working directory/);
        expect(readdirSync(outside)).toEqual([]);
      }
    },
  );

  it("refuses to overwrite a file it did not generate", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "shop.a.yaml"), "kind: ConfigMap\n");
    await expect(
      syncEgressDir(dir, [{ path: "shop.a.yaml", text: ours("a") }], { check: false }),
    ).rejects.toThrow(/did not generate/);
    expect(readFileSync(join(dir, "shop.a.yaml"), "utf8")).toBe("kind: ConfigMap\n");
  });

  it("never removes a hand-written multi-document file in which one document carries the label, and says which file", async () => {
    const dir = tmp();
    const handWritten = `${ours("x").replace("reachdiff", "someone-else")}---\n${ours("copied")}`;
    writeFileSync(join(dir, "team.yaml"), handWritten);
    writeFileSync(join(dir, "shop.old.yaml"), ours("old"));
    const sync = syncEgressDir(dir, [{ path: "shop.a.yaml", text: ours("a") }], { check: false });
    await expect(sync).rejects.toBeInstanceOf(EgressDirError);
    await expect(sync).rejects.toThrow(/team\.yaml: only some of its documents carry/);
    expect(readFileSync(join(dir, "team.yaml"), "utf8")).toBe(handWritten);
    // Refused before anything was written or removed.
    expect(readdirSync(dir).sort()).toEqual(["shop.old.yaml", "team.yaml"]);
  });

  it("never overwrites a mixed file that has a generated file's name", async () => {
    const dir = tmp();
    const mixed = `${ours("a")}---\nkind: ConfigMap\n`;
    writeFileSync(join(dir, "shop.a.yaml"), mixed);
    await expect(
      syncEgressDir(dir, [{ path: "shop.a.yaml", text: ours("a") }], { check: true }),
    ).rejects.toThrow(/shop\.a\.yaml: only some of its documents carry/);
    expect(readFileSync(join(dir, "shop.a.yaml"), "utf8")).toBe(mixed);
  });

  it("still removes a stale file of its own with several documents, all labelled", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "shop.old.yaml"), `${ours("old")}---\n${ours("older")}`);
    const result = await syncEgressDir(dir, [], { check: false });
    expect(result.removed).toEqual(["shop.old.yaml"]);
  });

  it("reads back no mixed file as its own", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "team.yaml"), `kind: ConfigMap\n---\n${ours("copied")}`);
    expect(await readEgressDir(dir)).toEqual([]);
  });
});

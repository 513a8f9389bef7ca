import { describe, expect, it } from "vitest";
import { renderComment } from "../../src/render/comment.js";
import { renderDiffText } from "../../src/render/diff-text.js";
import {
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  diffOf,
  namespaceYaml,
  policyYaml,
} from "./helpers.js";

const apps = [namespaceYaml("shop"), deploymentYaml("shop", "web", { app: "web" })].join("---\n");
const base = { "apps.yaml": apps, "deny.yaml": policyYaml("shop", "deny", DEFAULT_DENY_INGRESS) };
// The deny's file no longer parses in the head: its policy is missing there, not removed.
const head = { "apps.yaml": apps, "deny.yaml": `${base["deny.yaml"]}  ingress: [\n` };
const input = { diff: diffOf(base, head), base: { label: "a" }, head: { label: "b" } };

describe("a policy whose file does not parse in the head", () => {
  it("is listed as unreadable in the head, not removed, and its flows as the file's consequence", () => {
    const { body } = renderComment({ ...input, marker: "reachdiff:t" });
    expect(body).not.toContain("(removed)");
    expect(body).toContain("| `shop/deny` | unreadable in head | `deny.yaml:1` |");
    expect(body).toContain("| head file unreadable | `shop/deny` (unreadable in head)");
  });

  it("puts the diagnostics right after the verdict, in the comment and the text", () => {
    const { body } = renderComment({ ...input, marker: "reachdiff:t" });
    const at = (s: string) => body.indexOf(s);
    expect(at("#### Diagnostics")).toBeGreaterThan(at("Base `a` → head `b`."));
    expect(at("#### Diagnostics")).toBeLessThan(at("#### New exposure to the internet"));
    const text = renderDiffText(input, { color: false });
    expect(text.indexOf("Diagnostics (head: 1 error)")).toBeLessThan(text.indexOf("New exposure"));
    expect(text).toContain("unreadable in head shop/deny  deny.yaml:1");
  });
});

import { describe, expect, it } from "vitest";
import type { Origin } from "../../src/core/source.js";
import { renderComment } from "../../src/render/comment.js";
import type { OriginSide } from "../../src/render/diagnostics.js";
import { renderDiffText } from "../../src/render/diff-text.js";
import {
  DEFAULT_DENY_INGRESS,
  deploymentYaml,
  diffOf,
  namespaceYaml,
  policyYaml,
} from "./helpers.js";

const apps = [
  namespaceYaml("shop"),
  deploymentYaml("shop", "web", { app: "web" }),
  deploymentYaml("shop", "db", { app: "db" }, [5432]),
].join("---\n");
const allow = policyYaml(
  "shop",
  "allow-web",
  "podSelector: {matchLabels: {app: db}}\ningress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]",
);
// The head drops the allow (a removed policy, only in the base) and adds a deny.
const base = { "apps.yaml": apps, "allow.yaml": allow };
const head = { "apps.yaml": apps, "deny.yaml": policyYaml("shop", "deny", DEFAULT_DENY_INGRESS) };
const input = { diff: diffOf(base, head), base: { label: "a" }, head: { label: "b" } };
const link = (o: Origin, side: OriginSide) => `https://x/blob/${side}/${o.file}#L${o.line}`;

describe("places of the base side", () => {
  it("link a removed policy to the base revision's blob, an added one to the head's", () => {
    const { body } = renderComment({ ...input, marker: "reachdiff:t", fileLink: link });
    expect(body).toContain(
      "| `shop/allow-web` | removed | [`allow.yaml:1`](https://x/blob/base/allow.yaml#L1) |",
    );
    expect(body).toContain(
      "| `shop/deny` | added | [`deny.yaml:1`](https://x/blob/head/deny.yaml#L1) |",
    );
    expect(body).not.toContain("https://x/blob/head/allow.yaml");
  });

  it("are marked (base) in the text output", () => {
    const text = renderDiffText(input, { color: false });
    expect(text).toContain("removed shop/allow-web  allow.yaml:1 (base)");
    expect(text).toContain("added shop/deny  deny.yaml:1\n");
  });
});

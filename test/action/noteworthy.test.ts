import { describe, expect, it } from "vitest";
import { diagnosticsWorthSaying } from "../../src/action/noteworthy.js";
import type { Diagnostic } from "../../src/core/diagnostics.js";

function diag(
  severity: Diagnostic["severity"],
  file: string,
  line = 3,
  message = "Named port does not match",
): Diagnostic {
  return { severity, code: "named-port-unresolved", message, file, line, column: 7 };
}

describe("which diagnostics are worth a PR comment", () => {
  it.each([
    [
      "a warning the base already had, in a file the PR did not touch, is not",
      "warning",
      [diag("warning", "a.yaml", 9)],
      new Set(["b.yaml"]),
      false,
    ],
    ["a warning new in the head is", "warning", [], new Set(["b.yaml"]), true],
    [
      "a warning whose message changed counts as new",
      "warning",
      [diag("warning", "a.yaml", 3, "other")],
      new Set<string>(),
      true,
    ],
    [
      "a standing warning in a changed file is",
      "warning",
      [diag("warning", "a.yaml")],
      new Set(["a.yaml"]),
      true,
    ],
    [
      "a standing warning is when git could not tell what changed",
      "warning",
      [diag("warning", "a.yaml")],
      null,
      true,
    ],
    [
      "an error always is, even one the base had",
      "error",
      [diag("error", "a.yaml")],
      new Set<string>(),
      true,
    ],
    ["an info never is", "info", [], new Set(["a.yaml"]), false],
  ] as const)("%s", (_s, severity, base, changed, expected) => {
    expect(diagnosticsWorthSaying([diag(severity, "a.yaml")], base, changed)).toBe(expected);
  });
});

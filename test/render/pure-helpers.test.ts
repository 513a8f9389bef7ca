import { describe, expect, it } from "vitest";
import type { EndpointId, ExternalId, WorkloadId } from "../../src/core/ids.js";
import { collapsible, fitBudget, type Rung } from "../../src/render/budget.js";
import { countPairs } from "../../src/render/change-rows.js";
import { dotString, mdCode, mdText, mermaidLabel } from "../../src/render/escape.js";
import { formatCount, plural } from "../../src/render/format.js";
import { formatEndpoints, type Universe } from "../../src/render/grouping.js";
import { isPrivateRange } from "../../src/render/private-ranges.js";
import { unbalanced } from "./helpers.js";

const v4 = (a: string): bigint =>
  a.split(".").reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);

describe("private address space", () => {
  it.each([
    ["10.0.0.0-10.255.255.255 (RFC 1918) is private", "10.0.0.0", "10.255.255.255", true],
    ["a /24 inside 172.16/12 is private", "172.20.1.0", "172.20.1.255", true],
    ["192.168.1.7 alone is private", "192.168.1.7", "192.168.1.7", true],
    ["100.64/10 shared space is private", "100.64.0.0", "100.127.255.255", true],
    ["127/8 loopback is private", "127.0.0.0", "127.255.255.255", true],
    ["169.254/16 link-local is private", "169.254.0.0", "169.254.255.255", true],
    ["8.8.8.8 is the internet", "8.8.8.8", "8.8.8.8", false],
    ["the whole IPv4 space reaches the internet", "0.0.0.0", "255.255.255.255", false],
    ["a range straddling 10/8 and 11/8 reaches the internet", "10.255.255.0", "11.0.0.10", false],
    ["172.32.0.0 just past 172.16/12 is the internet", "172.32.0.0", "172.32.0.0", false],
  ])("%s", (_name, start, end, expected) => {
    expect(isPrivateRange({ family: 4, start: v4(start), end: v4(end) })).toBe(expected);
  });

  it.each([
    ["fc00::/7 unique-local is private", 0xfc00n << 112n, (0xfe00n << 112n) - 1n, true],
    ["fe80::/10 link-local is private", 0xfe80n << 112n, (0xfec0n << 112n) - 1n, true],
    ["::1 is private", 1n, 1n, true],
    ["2001:db8:: is the internet", 0x20010db8n << 96n, 0x20010db8n << 96n, false],
  ])("IPv6: %s", (_name, start, end, expected) => {
    expect(isPrivateRange({ family: 6, start, end })).toBe(expected);
  });
});

describe("escaping", () => {
  it.each([
    ["a pipe in a cell is escaped", mdText("a|b"), "a\\|b"],
    ["HTML cannot open a details block", mdText("<details>"), "&lt;details&gt;"],
    ["emphasis characters are literal", mdText("*x*_y_"), "\\*x\\*\\_y\\_"],
    ["a code span with a backtick gets a longer fence", mdCode("a`b"), "``a`b``"],
    ["a code span keeps pipes out of the table", mdCode("a|b"), "`a\\|b`"],
    ["mermaid labels lose quotes and brackets", mermaidLabel('x"[y]'), "x#34;#91;y#93;"],
    ["mermaid labels cannot close a fence", mermaidLabel("```"), "#96;#96;#96;"],
    ["dot strings escape quotes and backslashes", dotString('a"b\\c'), '"a\\"b\\\\c"'],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("numbers", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [102400, "102,400"],
    [1234567, "1,234,567"],
  ])("%i is written %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("one flow, two flows", () => {
    expect([plural(1, "flow"), plural(2, "flow"), plural(2, "policy", "policies")]).toEqual([
      "1 flow",
      "2 flows",
      "2 policies",
    ]);
  });
});

const w = (ns: string, name: string, kind = "Deployment") => `${ns}/${name}[${kind}]` as WorkloadId;
const x = (id: string) => id as ExternalId;

const UNIVERSE: Universe = {
  byNamespace: new Map([
    ["db", [w("db", "pg")]],
    ["shop", [w("shop", "api"), w("shop", "cart"), w("shop", "web")]],
  ]),
  workloadCount: 4,
  externals: [
    x("0.0.0.0-9.255.255.255"),
    x("10.0.0.0-10.255.255.255"),
    x("11.0.0.0-255.255.255.255"),
  ],
  publicExternals: new Set([x("0.0.0.0-9.255.255.255"), x("11.0.0.0-255.255.255.255")]),
};

describe("describing endpoint sets", () => {
  const all: EndpointId[] = [...[...UNIVERSE.byNamespace.values()].flat(), ...UNIVERSE.externals];
  it.each([
    ["every workload and every range is anything", all, "anything (every workload, any address)"],
    ["every workload is any workload", [...UNIVERSE.byNamespace.values()].flat(), "any workload"],
    [
      "a whole namespace is named as one",
      [w("shop", "api"), w("shop", "cart"), w("shop", "web")],
      "every workload in `shop`",
    ],
    [
      "part of a namespace lists its workloads",
      [w("shop", "web"), w("shop", "api")],
      "`shop/api[Deployment]`, `shop/web[Deployment]`",
    ],
    [
      "every public range is the internet",
      [x("0.0.0.0-9.255.255.255"), x("11.0.0.0-255.255.255.255")],
      "the internet",
    ],
    [
      "the internet plus a private range names the range",
      [...UNIVERSE.externals],
      "any address outside the cluster",
    ],
    [
      "one public range is named by its id",
      [x("0.0.0.0-9.255.255.255")],
      "`0.0.0.0-9.255.255.255`",
    ],
    [
      "a namespace and the internet",
      [w("db", "pg"), x("0.0.0.0-9.255.255.255"), x("11.0.0.0-255.255.255.255")],
      "every workload in `db`, the internet",
    ],
    ["nothing is nothing", [], "nothing"],
  ])("%s", (_name, ids, expected) => {
    expect(formatEndpoints(ids as EndpointId[], UNIVERSE, "markdown")).toBe(expected);
  });

  it("text style says 'any workload in ns X'", () => {
    expect(formatEndpoints([w("db", "pg")], UNIVERSE, "text")).toBe("any workload in ns db");
  });

  it("many workloads of one namespace become a count", () => {
    const u: Universe = {
      ...UNIVERSE,
      byNamespace: new Map([["big", Array.from({ length: 20 }, (_, i) => w("big", `w${i}`))]]),
      workloadCount: 20,
    };
    expect(
      formatEndpoints(
        Array.from({ length: 12 }, (_, i) => w("big", `w${i}`)),
        u,
        "markdown",
      ),
    ).toBe("12 workloads in `big`");
  });
});

describe("counting pairs without listing them", () => {
  it.each([
    [
      "3 sources × 2 destinations",
      [w("a", "x"), w("a", "y"), w("a", "z")],
      [w("b", "p"), w("b", "q")],
      6,
    ],
    ["a Deployment's replicas count as a flow to itself", [w("a", "x")], [w("a", "x")], 1],
    [
      "a bare Pod's traffic to itself is loopback and does not count",
      [w("a", "p", "Pod")],
      [w("a", "p", "Pod")],
      0,
    ],
    [
      "external to external does not count",
      [x("0.0.0.0-9.255.255.255"), w("a", "x")],
      [x("10.0.0.0-10.255.255.255")],
      1,
    ],
  ])("%s", (_name, srcs, dsts, expected) => {
    expect(countPairs(srcs as EndpointId[], dsts as EndpointId[])).toBe(expected);
  });
});

describe("the budget ladder", () => {
  const big = (n: number) => `| a | b |\n| --- | --- |\n${"| x | y |\n".repeat(n)}`;
  const rungs: Rung[] = [
    {
      name: "full",
      sections: [
        { key: "h", text: "# verdict" },
        { key: "t", text: collapsible("rows", big(2000), true) },
        { key: "g", text: "```mermaid\nflowchart LR\n```" },
      ],
      cuts: [],
    },
    {
      name: "grouped",
      sections: [
        { key: "h", text: "# verdict" },
        { key: "t", text: big(50) },
      ],
      cuts: ["rows grouped"],
    },
    { name: "counts", sections: [{ key: "h", text: "# verdict" }], cuts: ["rows"] },
  ];
  const footer = (cuts: readonly string[]) =>
    cuts.length ? `cut: ${cuts.join(", ")}` : "all there";

  it.each([
    ["a large budget keeps the full rung", 100_000, "full", false],
    ["a middle budget falls to the grouped rung", 1_000, "grouped", true],
    ["a small budget keeps the counts only", 100, "counts", true],
    ["a tiny budget still returns the verdict", 5, "verdict", true],
  ])("%s", (_name, budget, rung, truncated) => {
    const fitted = fitBudget(rungs, budget, footer);
    expect(fitted.rung).toBe(rung);
    expect(fitted.truncated).toBe(truncated);
    expect(unbalanced(fitted.body)).toEqual([]);
    if (rung !== "verdict") expect(fitted.body.length).toBeLessThanOrEqual(budget);
    expect(fitted.body.trimEnd().split("\n").at(-1)).toMatch(truncated ? /^cut: / : /^all there$/);
  });
});

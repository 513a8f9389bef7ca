import { describe, expect, it } from "vitest";
import { formatAddress, parseAddress, partitionAddressSpace } from "../../src/engine/index.js";
import type { Peer } from "../../src/model/types.js";
import { ipBlock, model, netpol, rule, sel, workload } from "../support/model-builders.js";
import { flowText } from "./helpers.js";

const withBlocks = (...blocks: Peer[]) =>
  model({ policies: [netpol("x", "p", { subject: sel(), egress: blocks.map((b) => rule([b])) })] });

describe("the address-space partition (contract.md, Endpoint ids)", () => {
  it.each<[string, Peer[], string[]]>([
    ["no ipBlock leaves all of IPv4 as one range", [], ["0.0.0.0-255.255.255.255"]],
    ["0.0.0.0/0 is one range", [ipBlock("0.0.0.0/0")], ["0.0.0.0-255.255.255.255"]],
    [
      "a cidr cuts the space around it",
      [ipBlock("10.0.0.0/8")],
      ["0.0.0.0-9.255.255.255", "10.0.0.0-10.255.255.255", "11.0.0.0-255.255.255.255"],
    ],
    [
      "an except cuts a hole in its cidr",
      [ipBlock("10.0.0.0/8", ["10.1.0.0/16"])],
      [
        "0.0.0.0-9.255.255.255",
        "10.0.0.0-10.0.255.255",
        "10.1.0.0-10.1.255.255",
        "10.2.0.0-10.255.255.255",
        "11.0.0.0-255.255.255.255",
      ],
    ],
    [
      "a block at the very end of the space",
      [ipBlock("255.255.255.255/32")],
      ["0.0.0.0-255.255.255.254", "255.255.255.255-255.255.255.255"],
    ],
    [
      "nested blocks refine each other",
      [ipBlock("10.0.0.0/8"), ipBlock("10.0.0.0/16")],
      [
        "0.0.0.0-9.255.255.255",
        "10.0.0.0-10.0.255.255",
        "10.1.0.0-10.255.255.255",
        "11.0.0.0-255.255.255.255",
      ],
    ],
    [
      "an IPv6 block adds the IPv6 space, compressed",
      [ipBlock("2001:db8::/32")],
      [
        "0.0.0.0-255.255.255.255",
        "::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
        "2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
        "2001:db9::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
      ],
    ],
  ])("%s", (_sentence, blocks, ids) => {
    expect(partitionAddressSpace([withBlocks(...blocks)]).map((e) => e.id)).toEqual(ids);
  });

  it("splits over the ipBlocks of both revisions together", () => {
    const base = withBlocks(ipBlock("10.0.0.0/8"));
    const head = withBlocks(ipBlock("10.0.0.0/16"));
    expect(partitionAddressSpace([base, head]).map((e) => e.id)).toEqual([
      "0.0.0.0-9.255.255.255",
      "10.0.0.0-10.0.255.255",
      "10.1.0.0-10.255.255.255",
      "11.0.0.0-255.255.255.255",
    ]);
  });
});

describe("address text", () => {
  it.each<[string, 4 | 6, string, string]>([
    ["IPv4 is dotted", 4, "10.1.2.3", "10.1.2.3"],
    ["the IPv6 zero address is ::", 6, "::", "::"],
    ["loopback is ::1", 6, "0:0:0:0:0:0:0:1", "::1"],
    [
      "leading zeros and upper case are dropped",
      6,
      "2001:0DB8:0000:0000:0000:0000:0000:0001",
      "2001:db8::1",
    ],
    ["a single zero group is not compressed", 6, "2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["the longest zero run is compressed", 6, "2001:0:0:1:0:0:0:1", "2001:0:0:1::1"],
    [
      "the leftmost of equal zero runs is compressed",
      6,
      "2001:db8:0:0:1:0:0:1",
      "2001:db8::1:0:0:1",
    ],
    ["an embedded IPv4 tail is read", 6, "::ffff:1.2.3.4", "::ffff:102:304"],
  ])("%s", (_sentence, family, text, canonical) => {
    const parsed = parseAddress(text);
    expect(parsed?.family).toBe(family);
    expect(formatAddress(family, parsed!.value)).toBe(canonical);
  });

  it.each(["1.2.3", "256.1.1.1", "1::2::3", "12345::", "hello"])("%s is not an address", (text) => {
    expect(parseAddress(text)).toBeNull();
  });
});

describe("ipBlock flows (semantics.md §2.5)", () => {
  const m = model({
    workloads: [workload("x", "a")],
    policies: [
      netpol("x", "p", {
        egress: [rule([ipBlock("10.0.0.0/8", ["10.1.0.0/16"])]), rule([ipBlock("2001:db8::/32")])],
      }),
    ],
  });
  it.each<[string, string, string]>([
    ["the cidr minus its except is allowed", "10.0.0.0-10.0.255.255", "all"],
    ["the part after the except is allowed", "10.2.0.0-10.255.255.255", "all"],
    ["the except is not allowed", "10.1.0.0-10.1.255.255", "none"],
    ["addresses outside the cidr are not allowed", "11.0.0.0-255.255.255.255", "none"],
    [
      "an IPv6 block allows its IPv6 range",
      "2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
      "all",
    ],
    [
      "an IPv4 block never matches IPv6 addresses",
      "::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
      "none",
    ],
  ])("%s", (_sentence, dst, expected) => {
    expect(flowText(m, "x/a[Deployment]", dst)).toBe(expected);
  });
});

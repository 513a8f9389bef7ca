import { describe, expect, it } from "vitest";
import {
  formatIp,
  ipBlockRanges,
  isStrictSubset,
  parseCidr,
  parseIp,
} from "../../src/model/cidr.js";

const v4 = (text: string): bigint => parseIp(text)!.value;

describe("parseCidr", () => {
  it.each([
    ["an IPv4 network parses", "10.0.0.0/24", "10.0.0.0/24", false],
    ["host bits are masked and flagged", "10.0.0.5/24", "10.0.0.0/24", true],
    ["a /32 is a single address", "192.168.1.7/32", "192.168.1.7/32", false],
    ["0.0.0.0/0 is the whole IPv4 space", "0.0.0.0/0", "0.0.0.0/0", false],
    ["leading zeros are read as decimal (legacy parsing)", "010.0.0.0/8", "10.0.0.0/8", false],
    ["an IPv6 network parses", "2001:db8::/32", "2001:db8::/32", false],
    ["IPv6 host bits are masked", "2001:db8::1/64", "2001:db8::/64", true],
    ["::/0 is the whole IPv6 space", "::/0", "::/0", false],
  ])("%s: %s", (_, text, canonical, hostBits) => {
    const c = parseCidr(text);
    expect(c).not.toBeNull();
    expect(`${formatIp({ family: c!.family, value: c!.address })}/${c!.prefix}`).toBe(canonical);
    expect(c!.hostBitsSet).toBe(hostBits);
  });

  it.each([
    ["an octet with a leading zero", "010.0.0.0/8", true],
    ["a prefix with a leading zero", "10.0.0.0/08", true],
    ["an embedded IPv4 octet in IPv6", "::ffff:010.0.0.0/104", true],
    ["a plain 0 octet is fine", "10.0.0.0/8", false],
    ["IPv6 groups may have leading zeros", "2001:0db8::/32", false],
  ])("leading zeros are flagged: %s (%s)", (_, text, flagged) => {
    expect(parseCidr(text)!.leadingZeros).toBe(flagged);
  });

  it.each([
    ["a bare address is not a CIDR", "10.0.0.0"],
    ["a prefix over 32 is invalid for IPv4", "10.0.0.0/33"],
    ["a prefix over 128 is invalid for IPv6", "::/129"],
    ["an octet over 255 is invalid", "10.0.0.256/24"],
    ["three octets are not an address", "10.0.0/24"],
    ["text is not an address", "internet/0"],
    ["two :: are invalid", "2001::db8::/64"],
    ["an empty prefix is invalid", "10.0.0.0/"],
  ])("%s: %s", (_, text) => {
    expect(parseCidr(text)).toBeNull();
  });
});

describe("isStrictSubset (except must be strictly inside cidr)", () => {
  it.each([
    ["a longer prefix inside is a strict subset", "10.0.0.0/25", "10.0.0.0/24", true],
    ["an equal CIDR is not", "10.0.0.0/24", "10.0.0.0/24", false],
    ["a shorter prefix is not", "10.0.0.0/16", "10.0.0.0/24", false],
    ["an outside network is not", "10.0.1.0/25", "10.0.0.0/24", false],
    ["another family is not", "::/120", "10.0.0.0/24", false],
    ["IPv6 inside IPv6 is", "2001:db8:1::/48", "2001:db8::/32", true],
  ])("%s: %s in %s", (_, inner, outer, expected) => {
    expect(isStrictSubset(parseCidr(inner)!, parseCidr(outer)!)).toBe(expected);
  });
});

describe("ipBlockRanges", () => {
  it("cidr minus excepts is sorted disjoint ranges", () => {
    expect(ipBlockRanges("10.0.0.0/8", ["10.1.0.0/16", "10.0.0.0/16"])).toEqual([
      { family: 4, start: v4("10.2.0.0"), end: v4("10.255.255.255") },
    ]);
    expect(ipBlockRanges("10.0.0.0/24", ["10.0.0.128/25"])).toEqual([
      { family: 4, start: v4("10.0.0.0"), end: v4("10.0.0.127") },
    ]);
  });

  it("an except in the middle splits the range in two", () => {
    expect(ipBlockRanges("0.0.0.0/0", ["10.0.0.0/8"])).toEqual([
      { family: 4, start: 0n, end: v4("9.255.255.255") },
      { family: 4, start: v4("11.0.0.0"), end: v4("255.255.255.255") },
    ]);
  });

  it("IPv6 ranges use bigints over 128 bits", () => {
    const r = ipBlockRanges("::/0", []);
    expect(r).toEqual([{ family: 6, start: 0n, end: (1n << 128n) - 1n }]);
  });
});

describe("formatIp", () => {
  it.each([
    ["IPv4 prints dotted", "192.168.0.1", "192.168.0.1"],
    ["IPv6 compresses the longest zero run", "2001:0db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["IPv6 all zeros is ::", "0:0:0:0:0:0:0:0", "::"],
    ["an embedded IPv4 suffix parses", "::ffff:10.0.0.1", "::ffff:a00:1"],
  ])("%s: %s", (_, text, expected) => {
    const ip = parseIp(text)!;
    expect(formatIp(ip)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import {
  ALL_CONNS,
  type ConnSet,
  connsEqual,
  connsFromJson,
  connsOf,
  connsToJson,
  EMPTY_CONNS,
  formatConns,
  intersect,
  isAll,
  isEmpty,
  isSubset,
  OTHER_CONNS,
  otherProtocols,
  subtract,
  union,
} from "../../src/engine/conn-set.js";

const tcp = (...ranges: [number, number][]) => connsOf("TCP", ranges);
const udp = (...ranges: [number, number][]) => connsOf("UDP", ranges);
/** What `ports: [{protocol: TCP}, {protocol: UDP}, {protocol: SCTP}]` allows. */
const threeFull = union(
  connsOf("TCP", [[1, 65535]]),
  union(connsOf("UDP", [[1, 65535]]), connsOf("SCTP", [[1, 65535]])),
);

describe("connection sets", () => {
  it.each<[string, ConnSet, string]>([
    ["overlapping ranges merge", tcp([80, 90], [85, 100]), "TCP 80-100"],
    ["adjacent ranges merge", tcp([80, 80], [81, 81]), "TCP 80-81"],
    ["ranges are sorted", tcp([443, 443], [80, 80]), "TCP 80,443"],
    ["a reversed range is dropped", tcp([90, 80]), "none"],
    ["the empty set is none", EMPTY_CONNS, "none"],
    ["every protocol and port is all", ALL_CONNS, "all"],
    ["a whole protocol says any port", connsOf("UDP", [[1, 65535]]), "UDP any port"],
    [
      "TCP, UDP and SCTP in full are not all",
      threeFull,
      "TCP any port; UDP any port; SCTP any port",
    ],
    ["the other protocols alone name ICMP", OTHER_CONNS, "other protocols (ICMP, …)"],
    [
      "the other protocols come after the ports",
      union(tcp([80, 80]), OTHER_CONNS),
      "TCP 80; other protocols (ICMP, …)",
    ],
  ])("%s: %s", (_s, set, text) => {
    expect(formatConns(set)).toBe(text);
  });

  it.each<[string, ConnSet, ConnSet, string]>([
    ["union of two protocols keeps both", tcp([80, 80]), udp([53, 53]), "TCP 80; UDP 53"],
    ["union fills a gap", tcp([1, 79], [81, 65535]), tcp([80, 80]), "TCP any port"],
    ["union with all is all", tcp([80, 80]), ALL_CONNS, "all"],
    ["union with empty is the same set", tcp([80, 80]), EMPTY_CONNS, "TCP 80"],
    ["union of the three protocols and the other protocols is all", threeFull, OTHER_CONNS, "all"],
  ])("%s", (_s, a, b, text) => {
    expect(formatConns(union(a, b))).toBe(text);
    expect(formatConns(union(b, a))).toBe(text);
  });

  it.each<[string, ConnSet, ConnSet, string]>([
    ["intersection keeps the overlap", tcp([80, 90]), tcp([85, 100]), "TCP 85-90"],
    ["intersection of other protocols is empty", tcp([80, 80]), udp([80, 80]), "none"],
    ["intersection with all is the same set", udp([53, 53]), ALL_CONNS, "UDP 53"],
    ["intersection cuts several ranges", tcp([1, 10], [20, 30]), tcp([5, 25]), "TCP 5-10,20-25"],
    [
      "intersection of all and the three protocols has no other protocols",
      ALL_CONNS,
      threeFull,
      "TCP any port; UDP any port; SCTP any port",
    ],
    ["intersection of the other protocols and ports is empty", OTHER_CONNS, tcp([80, 80]), "none"],
    [
      "intersection keeps the other protocols when both have them",
      ALL_CONNS,
      OTHER_CONNS,
      "other protocols (ICMP, …)",
    ],
  ])("%s", (_s, a, b, text) => {
    expect(formatConns(intersect(a, b))).toBe(text);
    expect(formatConns(intersect(b, a))).toBe(text);
  });

  it.each<[string, ConnSet, ConnSet, string]>([
    ["subtracting a middle port splits a range", tcp([80, 90]), tcp([85, 85]), "TCP 80-84,86-90"],
    ["subtracting all leaves nothing", tcp([80, 90]), ALL_CONNS, "none"],
    ["subtracting another protocol changes nothing", tcp([80, 80]), udp([80, 80]), "TCP 80"],
    [
      "subtracting from all leaves the rest",
      ALL_CONNS,
      connsOf("TCP", [[1, 65535]]),
      "UDP any port; SCTP any port; other protocols (ICMP, …)",
    ],
    [
      "subtracting the three protocols from all leaves the other protocols",
      ALL_CONNS,
      threeFull,
      "other protocols (ICMP, …)",
    ],
    [
      "subtracting the other protocols from all leaves the three protocols",
      ALL_CONNS,
      OTHER_CONNS,
      "TCP any port; UDP any port; SCTP any port",
    ],
    [
      "subtracting ports never removes the other protocols",
      OTHER_CONNS,
      threeFull,
      "other protocols (ICMP, …)",
    ],
    [
      "subtracting several ranges",
      tcp([1, 100]),
      tcp([1, 10], [50, 60], [100, 200]),
      "TCP 11-49,61-99",
    ],
  ])("%s", (_s, a, b, text) => {
    expect(formatConns(subtract(a, b))).toBe(text);
  });

  it.each<[string, ConnSet, unknown]>([
    ["all is the string all", ALL_CONNS, "all"],
    ["the empty set is an empty list", EMPTY_CONNS, []],
    [
      "protocols are listed TCP, UDP, SCTP with inclusive ranges",
      union(connsOf("SCTP", [[9, 9]]), union(udp([53, 53]), tcp([80, 80], [8000, 8080]))),
      [
        {
          protocol: "TCP",
          ports: [
            [80, 80],
            [8000, 8080],
          ],
        },
        { protocol: "UDP", ports: [[53, 53]] },
        { protocol: "SCTP", ports: [[9, 9]] },
      ],
    ],
    [
      "TCP, UDP and SCTP in full are the three-entry list",
      threeFull,
      [
        { protocol: "TCP", ports: [[1, 65535]] },
        { protocol: "UDP", ports: [[1, 65535]] },
        { protocol: "SCTP", ports: [[1, 65535]] },
      ],
    ],
  ])("JSON: %s", (_s, set, json) => {
    expect(connsToJson(set)).toEqual(json);
    expect(connsToJson(connsFromJson(connsToJson(set)))).toEqual(json);
    expect(otherProtocols(set)).toBe(false);
  });

  it.each<[string, ConnSet, unknown, boolean]>([
    ["all says nothing more", ALL_CONNS, "all", false],
    ["the other protocols alone are an empty list plus the flag", OTHER_CONNS, [], true],
    [
      "all but a port keeps the flag",
      subtract(ALL_CONNS, tcp([22, 22])),
      [
        {
          protocol: "TCP",
          ports: [
            [1, 21],
            [23, 65535],
          ],
        },
        { protocol: "UDP", ports: [[1, 65535]] },
        { protocol: "SCTP", ports: [[1, 65535]] },
      ],
      true,
    ],
  ])("JSON with other protocols: %s", (_s, set, json, flag) => {
    expect(connsToJson(set)).toEqual(json);
    expect(otherProtocols(set)).toBe(flag);
    expect(connsEqual(connsFromJson(connsToJson(set), otherProtocols(set)), set)).toBe(true);
  });

  it.each<[string, ConnSet, boolean, boolean]>([
    ["the empty set", EMPTY_CONNS, true, false],
    ["the other protocols alone are not empty", OTHER_CONNS, false, false],
    ["the three protocols in full are not all", threeFull, false, false],
    ["all", ALL_CONNS, false, true],
  ])("empty and all: %s", (_s, set, empty, all) => {
    expect(isEmpty(set)).toBe(empty);
    expect(isAll(set)).toBe(all);
  });

  it.each<[string, ConnSet, ConnSet, boolean]>([
    ["a port is inside its range", tcp([80, 80]), tcp([1, 100]), true],
    ["a range is not inside a single port", tcp([1, 100]), tcp([80, 80]), false],
    ["everything is inside all", udp([5, 6]), ALL_CONNS, true],
    ["the empty set is inside anything", EMPTY_CONNS, tcp([1, 1]), true],
    ["the other protocols are not inside the three protocols", OTHER_CONNS, threeFull, false],
    ["the three protocols are inside all", threeFull, ALL_CONNS, true],
  ])("subset: %s", (_s, b, a, expected) => {
    expect(isSubset(b, a)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import {
  ALL_CONNS,
  type ConnSet,
  connsFromJson,
  connsOf,
  connsToJson,
  EMPTY_CONNS,
  formatConns,
  intersect,
  isSubset,
  subtract,
  union,
} from "../../src/engine/conn-set.js";

const tcp = (...ranges: [number, number][]) => connsOf("TCP", ranges);
const udp = (...ranges: [number, number][]) => connsOf("UDP", ranges);

describe("connection sets", () => {
  it.each<[string, ConnSet, string]>([
    ["overlapping ranges merge", tcp([80, 90], [85, 100]), "TCP 80-100"],
    ["adjacent ranges merge", tcp([80, 80], [81, 81]), "TCP 80-81"],
    ["ranges are sorted", tcp([443, 443], [80, 80]), "TCP 80,443"],
    ["a reversed range is dropped", tcp([90, 80]), "none"],
    ["the empty set is none", EMPTY_CONNS, "none"],
    ["every protocol and port is all", ALL_CONNS, "all"],
    ["a whole protocol says any port", connsOf("UDP", [[1, 65535]]), "UDP any port"],
  ])("%s: %s", (_s, set, text) => {
    expect(formatConns(set)).toBe(text);
  });

  it.each<[string, ConnSet, ConnSet, string]>([
    ["union of two protocols keeps both", tcp([80, 80]), udp([53, 53]), "TCP 80; UDP 53"],
    ["union fills a gap", tcp([1, 79], [81, 65535]), tcp([80, 80]), "TCP any port"],
    ["union with all is all", tcp([80, 80]), ALL_CONNS, "all"],
    ["union with empty is the same set", tcp([80, 80]), EMPTY_CONNS, "TCP 80"],
  ])("%s", (_s, a, b, text) => {
    expect(formatConns(union(a, b))).toBe(text);
    expect(formatConns(union(b, a))).toBe(text);
  });

  it.each<[string, ConnSet, ConnSet, string]>([
    ["intersection keeps the overlap", tcp([80, 90]), tcp([85, 100]), "TCP 85-90"],
    ["intersection of other protocols is empty", tcp([80, 80]), udp([80, 80]), "none"],
    ["intersection with all is the same set", udp([53, 53]), ALL_CONNS, "UDP 53"],
    ["intersection cuts several ranges", tcp([1, 10], [20, 30]), tcp([5, 25]), "TCP 5-10,20-25"],
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
      "UDP any port; SCTP any port",
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
  ])("JSON: %s", (_s, set, json) => {
    expect(connsToJson(set)).toEqual(json);
    expect(connsToJson(connsFromJson(connsToJson(set)))).toEqual(json);
  });

  it.each<[string, ConnSet, ConnSet, boolean]>([
    ["a port is inside its range", tcp([80, 80]), tcp([1, 100]), true],
    ["a range is not inside a single port", tcp([1, 100]), tcp([80, 80]), false],
    ["everything is inside all", udp([5, 6]), ALL_CONNS, true],
    ["the empty set is inside anything", EMPTY_CONNS, tcp([1, 1]), true],
  ])("subset: %s", (_s, b, a, expected) => {
    expect(isSubset(b, a)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import type { PortMatch } from "../../src/model/types.js";
import {
  cport,
  model,
  named,
  netpol,
  proto,
  rule,
  sctp,
  sel,
  tcp,
  udp,
  workload,
} from "../support/model-builders.js";
import { flowText } from "./helpers.js";

const INTERNET = "0.0.0.0-255.255.255.255";
const SERVER_PORTS = [
  cport(80, "http"),
  cport(8080, "http"),
  cport(53, "dns", "UDP"),
  cport(9090, "metrics"),
];

describe("ingress ports at the destination (semantics.md §2.6)", () => {
  it.each<[string, readonly PortMatch[] | "all", string]>([
    ["a numeric port allows that TCP port", [tcp(80)], "TCP 80"],
    ["endPort gives an inclusive range", [tcp(80, 90)], "TCP 80-90"],
    ["a protocol-only entry allows every port of that protocol", [proto("UDP")], "UDP any port"],
    ["missing ports allow every protocol and port", "all", "all"],
    ["SCTP is a protocol like the others", [sctp(9090)], "SCTP 9090"],
    ["entries are ORed", [tcp(80), udp(53)], "TCP 80; UDP 53"],
    [
      "a named port resolves to every container port with that name",
      [named("http")],
      "TCP 80,8080",
    ],
    ["a named port resolves with its own protocol", [named("dns", "UDP")], "UDP 53"],
    [
      "a named port with another protocol than the container's resolves to nothing",
      [named("metrics", "UDP")],
      "none",
    ],
    ["a named port the destination does not declare allows nothing", [named("nope")], "none"],
    ["a named port and a number combine", [named("metrics"), tcp(81)], "TCP 81,9090"],
  ])("%s", (_sentence, ports, expected) => {
    const m = model({
      workloads: [workload("x", "server", { labels: { pod: "s" }, ports: SERVER_PORTS })],
      policies: [netpol("x", "p", { subject: sel({ pod: "s" }), ingress: [rule("any", ports)] })],
    });
    expect(flowText(m, INTERNET, "x/server[Deployment]")).toBe(expected);
  });
});

describe("egress named ports resolve on each destination (semantics.md §2.6)", () => {
  const m = model({
    workloads: [
      workload("x", "client", { labels: { pod: "c" } }),
      workload("x", "server", { labels: { pod: "s" }, ports: SERVER_PORTS }),
      workload("y", "web", { labels: { pod: "w" }, ports: [cport(81, "http")] }),
      workload("y", "udp", { labels: { pod: "u" }, ports: [cport(80, "http", "UDP")] }),
    ],
    policies: [
      netpol("x", "p", { subject: sel({ pod: "c" }), egress: [rule("any", [named("http")])] }),
    ],
  });
  it.each<[string, string, string]>([
    ["a destination with two http ports gets both", "x/server[Deployment]", "TCP 80,8080"],
    ["another destination gets its own number", "y/web[Deployment]", "TCP 81"],
    ["a destination whose http port is UDP gets nothing", "y/udp[Deployment]", "none"],
    ["an external destination never matches a named port", INTERNET, "none"],
  ])("%s", (_sentence, dst, expected) => {
    expect(flowText(m, "x/client[Deployment]", dst)).toBe(expected);
  });
});

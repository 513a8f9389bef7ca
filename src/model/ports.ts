import type { JsonPath, JsonValue } from "../parse/types.js";
import { isObject, type ObjectContext } from "./object-context.js";
import { type PortMatch, PROTOCOLS, type Protocol } from "./types.js";
import { portNameProblem } from "./validate-names.js";

/**
 * A rule's `ports` (semantics.md §2.3, §2.6): missing or `[]` is `"all"`; an entry
 * without `port` is every port of its protocol; protocol defaults to TCP.
 * Rejections (`ValidateNetworkPolicyPort`) are reported as errors.
 */
export function readPorts(
  ctx: ObjectContext,
  value: JsonValue | undefined,
  path: JsonPath,
): readonly PortMatch[] | "all" {
  if (!Array.isArray(value) || value.length === 0) return "all";
  const out: PortMatch[] = [];
  value.forEach((entry, i) => {
    const port = readPort(ctx, entry, [...path, i]);
    if (port !== null) out.push(port);
  });
  return out;
}

function readPort(ctx: ObjectContext, entry: JsonValue, path: JsonPath): PortMatch | null {
  // `ports: [{}]` and `ports: [null]` both decode to an empty NetworkPolicyPort.
  const obj = isObject(entry) ? entry : {};
  const protocol = readProtocol(ctx, obj.protocol, [...path, "protocol"]);
  const port = obj.port ?? undefined;
  const endPort = obj.endPort ?? undefined;
  const endPath = [...path, "endPort"];
  if (port === undefined) {
    if (endPort !== undefined) {
      ctx.error(
        "invalid-endport",
        "endPort needs a numeric port: add port (the start of the range).",
        endPath,
      );
    }
    return protocol === null ? null : { kind: "range", protocol, from: 1, to: 65535 };
  }
  if (typeof port === "string") {
    const problem = portNameProblem(port);
    if (problem !== null) {
      const hint = /^[0-9]+$/.test(port)
        ? ` Write the number without quotes (port: ${port}); a quoted number is read as a port name.`
        : "";
      ctx.error("invalid-port", `port name "${port}" ${problem}.${hint}`, [...path, "port"]);
      return null;
    }
    if (endPort !== undefined) {
      ctx.error(
        "invalid-endport",
        `endPort cannot be used with a named port ("${port}").`,
        endPath,
      );
    }
    if (protocol === null) return null;
    const named: PortMatch = { kind: "named", protocol, name: port };
    // Looked up on first use (a warning about the name); not enumerable, so it is not
    // part of the port's value.
    Object.defineProperty(named, "origin", {
      get: () => ctx.resource.locate([...path, "port"]),
      enumerable: false,
    });
    return named;
  }
  if (typeof port !== "number" || !Number.isInteger(port)) return null;
  if (port < 1 || port > 65535) {
    ctx.error(
      "invalid-port",
      `port ${port} is outside 1-65535; write the destination port number (1-65535) or a port name.`,
      [...path, "port"],
    );
    return null;
  }
  let to = port;
  if (typeof endPort === "number") {
    if (endPort < port) {
      ctx.error(
        "invalid-endport",
        `endPort ${endPort} is less than port ${port}; endPort is the last port of the range, so make it at least ${port} (or swap the two).`,
        endPath,
      );
      return null;
    }
    if (endPort > 65535) {
      ctx.error(
        "invalid-endport",
        `endPort ${endPort} is outside 1-65535; make it at most 65535.`,
        endPath,
      );
      return null;
    }
    to = endPort;
  }
  return protocol === null ? null : { kind: "range", protocol, from: port, to };
}

function readProtocol(
  ctx: ObjectContext,
  value: JsonValue | undefined,
  path: JsonPath,
): Protocol | null {
  if (value === undefined || value === null) return "TCP";
  const protocol = PROTOCOLS.find((p) => p === value);
  if (protocol !== undefined) return protocol;
  if (typeof value !== "string") return null; // reported as invalid-type
  const upper = PROTOCOLS.find((p) => p === value.toUpperCase());
  const hint = upper !== undefined ? ` Protocols are case-sensitive: write "${upper}".` : "";
  ctx.error("invalid-protocol", `protocol "${value}" is not one of TCP, UDP, SCTP.${hint}`, path);
  return null;
}

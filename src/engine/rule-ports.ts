import { assertNever } from "../core/assert-never.js";
import type { ContainerPort, PortMatch, Protocol, Rule } from "../model/types.js";
import {
  ALL_CONNS,
  type ConnSet,
  connsOf,
  EMPTY_CONNS,
  type PortRange,
  portRangeConns,
  union,
} from "./conn-set.js";

/** A named port entry of a rule, resolved per destination. */
export interface NamedPort {
  readonly protocol: Protocol;
  readonly name: string;
}

/** A rule's ports split into the part that is the same everywhere and the named part. */
export interface RulePorts {
  /** The numeric entries (or everything, for `ports: all`). */
  readonly numeric: ConnSet;
  readonly named: readonly NamedPort[];
}

export function splitRulePorts(rule: Rule): RulePorts {
  if (rule.ports === "all") return { numeric: ALL_CONNS, named: [] };
  let numeric = EMPTY_CONNS;
  const named: NamedPort[] = [];
  for (const port of rule.ports) numeric = addPort(numeric, named, port);
  return { numeric, named };
}

function addPort(numeric: ConnSet, named: NamedPort[], port: PortMatch): ConnSet {
  switch (port.kind) {
    case "range":
      return union(numeric, portRangeConns(port.protocol, port.from, port.to));
    case "named":
      named.push({ protocol: port.protocol, name: port.name });
      return numeric;
    default:
      return assertNever(port, "port match");
  }
}

/**
 * The numbers a named port stands for on a destination: every container port with
 * that name AND the rule's protocol (semantics.md §2.6; names are unique only per
 * container, so a name may resolve to several numbers).
 */
export function resolveNamedPort(ports: readonly ContainerPort[], named: NamedPort): PortRange[] {
  return ports
    .filter((p) => p.name === named.name && p.protocol === named.protocol)
    .map((p) => [p.port, p.port] as const);
}

/**
 * What a rule's ports allow on a destination: `ports` is the destination workload's
 * container ports, or null for an external destination, where a named port matches
 * nothing (semantics.md §2.6).
 */
export function rulePortsAt(rp: RulePorts, ports: readonly ContainerPort[] | null): ConnSet {
  if (rp.named.length === 0 || ports === null) return rp.numeric;
  let out = rp.numeric;
  for (const n of rp.named) {
    const ranges = resolveNamedPort(ports, n);
    if (ranges.length > 0) out = union(out, connsOf(n.protocol, ranges));
  }
  return out;
}

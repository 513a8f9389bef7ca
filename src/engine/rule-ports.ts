import { assertNever } from "../core/assert-never.js";
import type { ContainerPort, PortMatch, Protocol, Rule } from "../model/types.js";
import {
  ALL_CONNS,
  type ConnSet,
  connsOf,
  EMPTY_CONNS,
  isEmpty,
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
  /** A canonical text of `named`: rules with equal keys resolve alike on every class. */
  readonly namedKey: string;
}

export function splitRulePorts(rule: Rule): RulePorts {
  if (rule.ports === "all") return { numeric: ALL_CONNS, named: [], namedKey: "" };
  let numeric = EMPTY_CONNS;
  const named: NamedPort[] = [];
  for (const port of rule.ports) numeric = addPort(numeric, named, port);
  const namedKey = named.length === 0 ? "" : JSON.stringify(named.map((n) => [n.protocol, n.name]));
  return { numeric, named, namedKey };
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

/** What the named ports of rules allow on classes, resolved once per (class ports, names). */
export interface NamedPortResolver {
  /** `rulePortsAt(ports, classes[cls].ports)`, cached. */
  portsAt(ports: RulePorts, cls: number): ConnSet;
  /** Whether some named port of `ports` resolves on class `cls`. */
  resolves(ports: RulePorts, cls: number): boolean;
}

export function namedPortResolver(
  classes: readonly { readonly ports: readonly ContainerPort[] }[],
): NamedPortResolver {
  // Classes with equal container ports resolve alike: one signature each.
  const signatures = new Map<string, number>();
  const signature = classes.map((c) => {
    const key = JSON.stringify(c.ports.map((p) => [p.name, p.port, p.protocol]));
    let id = signatures.get(key);
    if (id === undefined) {
      id = signatures.size;
      signatures.set(key, id);
    }
    return id;
  });
  const cache = new Map<string, ConnSet>();
  const namedAt = (ports: RulePorts, cls: number): ConnSet => {
    const key = `${signature[cls]!}|${ports.namedKey}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = rulePortsAt(
        { numeric: EMPTY_CONNS, named: ports.named, namedKey: ports.namedKey },
        classes[cls]!.ports,
      );
      cache.set(key, hit);
    }
    return hit;
  };
  return {
    portsAt: (ports, cls) =>
      ports.named.length === 0 ? ports.numeric : union(ports.numeric, namedAt(ports, cls)),
    resolves: (ports, cls) => ports.named.length > 0 && !isEmpty(namedAt(ports, cls)),
  };
}

import type { Direction } from "../model/types.js";
import type { CompiledModel, CompiledPolicy, PeerSet } from "./compile.js";
import {
  ALL_CONNS,
  type ConnSet,
  connsEqual,
  EMPTY_CONNS,
  isEmpty,
  isSubset,
  union,
} from "./conn-set.js";
import { evaluateDirection, keyNode } from "./evaluate.js";
import { type RulePorts, rulePortsAt } from "./rule-ports.js";

/**
 * A rule that names many peers, kept as its shared peer set instead of one entry per
 * peer: every peer in `peers` also gets `conns` and, on classes, `named` resolved there.
 */
export interface WideEntry {
  readonly peers: PeerSet;
  readonly conns: ConnSet;
  /** Egress named ports, resolved at each destination class (§2.6); null when none. */
  readonly named: RulePorts | null;
}

/**
 * What one class allows in one direction, per peer node (design.md: "for each
 * isolated destination class, union the allowed sets of the rules that select it").
 * A peer gets `overrides` (or `fallback`), joined with every wide entry that contains
 * it. A default deny over thousands of classes is one EMPTY fallback, and a thousand
 * rules to `namespaceSelector: {}` are a thousand references to one shared set, not a
 * million entries. Keys: a class index, or `classes.length + external index`.
 */
export interface DirectionTable {
  readonly fallback: ConnSet;
  /** Peers with a value of their own, fallback included; never equal to fallback. */
  readonly overrides: ReadonlyMap<number, ConnSet>;
  readonly wide: readonly WideEntry[];
}

/** Rules naming more peers than this stay shared sets ({@link WideEntry}). */
const NARROW_PEERS = 64;

const ALLOW_ALL: DirectionTable = { fallback: ALL_CONNS, overrides: new Map(), wide: [] };

/** What the table allows to or from the peer `key`. */
export function tableLookup(compiled: CompiledModel, table: DirectionTable, key: number): ConnSet {
  let out = table.overrides.get(key) ?? table.fallback;
  const n = compiled.classes.length;
  for (const w of table.wide) {
    if (key < n) {
      if (!w.peers.classSet.has(key)) continue;
      out = union(out, w.conns);
      if (w.named) out = union(out, compiled.portsAt(w.named, key));
    } else if (w.peers.externalSet.has(key - n)) {
      out = union(out, w.conns);
    }
  }
  return out;
}

/** Every peer whose set differs from the fallback, once each, with its set. */
export function* tableExceptions(
  compiled: CompiledModel,
  table: DirectionTable,
): Generator<[number, ConnSet]> {
  if (table.wide.length === 0) {
    yield* table.overrides;
    return;
  }
  const n = compiled.classes.length;
  const keys = new Set(table.overrides.keys());
  for (const w of table.wide) {
    for (const c of w.peers.classes) keys.add(c);
    for (const x of w.peers.externals) keys.add(n + x);
  }
  for (const key of keys) {
    const v = tableLookup(compiled, table, key);
    if (!connsEqual(v, table.fallback)) yield [key, v];
  }
}

/** NetworkPolicy only: allow rules, one tier, so the result is a plain union (§2.1). */
function isAllowOnly(policies: readonly CompiledPolicy[], direction: Direction): boolean {
  return policies.every(
    (cp) =>
      cp.policy.tier === "networkpolicy" &&
      cp[direction]!.rules.every((r) => r.rule.action === "allow"),
  );
}

function fastTable(compiled: CompiledModel, direction: Direction, subject: number): DirectionTable {
  const policies = compiled.applicable[direction][subject]!;
  if (!policies.some((cp) => cp[direction]!.isolates)) return ALLOW_ALL;
  const { classes } = compiled;
  const n = classes.length;
  const subjectPorts = direction === "ingress" ? classes[subject]!.ports : null;
  const rules = policies.flatMap((cp) => cp[direction]!.rules);
  // Rules with any peer give every peer the same (egress: the numeric part).
  let fallback = EMPTY_CONNS;
  for (const r of rules) {
    if (!r.anyPeer) continue;
    fallback = union(
      fallback,
      direction === "ingress" ? rulePortsAt(r.ports, subjectPorts) : r.ports.numeric,
    );
  }
  const extra = new Map<number, ConnSet>();
  const add = (key: number, conns: ConnSet) => {
    if (!isEmpty(conns)) extra.set(key, union(extra.get(key) ?? EMPTY_CONNS, conns));
  };
  const wide = new Map<number, { peers: PeerSet; conns: ConnSet; named: RulePorts[] }>();
  const addWide = (peers: PeerSet, conns: ConnSet, named: RulePorts | null) => {
    if (named === null && isSubset(conns, fallback)) return;
    let w = wide.get(peers.id);
    if (!w) {
      w = { peers, conns: EMPTY_CONNS, named: [] };
      wide.set(peers.id, w);
    }
    w.conns = union(w.conns, conns);
    if (named) w.named.push(named);
  };
  for (const r of rules) {
    const named = r.ports.named.length > 0 ? r.ports : null;
    if (direction === "ingress") {
      if (r.anyPeer) continue;
      const conns = rulePortsAt(r.ports, subjectPorts);
      if (isEmpty(conns)) continue;
      if (r.peerSet.classes.length + r.peerSet.externals.length > NARROW_PEERS) {
        addWide(r.peerSet, conns, null);
        continue;
      }
      for (const c of r.peerSet.classes) add(c, conns);
      for (const e of r.peerSet.externals) add(n + e, conns);
    } else if (r.anyPeer) {
      // Named ports resolve on each destination class (§2.6).
      if (named) addWide(compiled.everyClass, EMPTY_CONNS, named);
    } else if (r.peerSet.classes.length + r.peerSet.externals.length > NARROW_PEERS) {
      addWide(r.peerSet, r.ports.numeric, named);
    } else {
      for (const c of r.peerSet.classes) add(c, compiled.portsAt(r.ports, c));
      for (const e of r.peerSet.externals) add(n + e, r.ports.numeric);
    }
  }
  const overrides = new Map<number, ConnSet>();
  for (const [key, conns] of extra) {
    const v = union(fallback, conns);
    if (!connsEqual(v, fallback)) overrides.set(key, v);
  }
  const entries: WideEntry[] = [];
  for (const w of wide.values()) {
    // Several rules with the same peers and named ports: one entry per distinct names.
    const names = [...new Map(w.named.map((rp) => [rp.namedKey, rp])).values()];
    if (names.length === 0) entries.push({ peers: w.peers, conns: w.conns, named: null });
    names.forEach((rp, i) => {
      entries.push({ peers: w.peers, conns: i === 0 ? w.conns : EMPTY_CONNS, named: rp });
    });
  }
  return { fallback, overrides, wide: entries };
}

function genericTable(
  compiled: CompiledModel,
  direction: Direction,
  subject: number,
): DirectionTable {
  const n = compiled.classes.length;
  const keys = new Set<number>();
  for (const cp of compiled.applicable[direction][subject]!) {
    for (const r of cp[direction]!.rules) {
      for (const c of r.classSet) keys.add(c);
      for (const e of r.externalSet) keys.add(n + e);
      for (const t of r.namedTargets) keys.add(t);
    }
  }
  const fallback = evaluateDirection(compiled, direction, subject, null);
  const overrides = new Map<number, ConnSet>();
  for (const key of [...keys].sort((a, b) => a - b)) {
    const v = evaluateDirection(compiled, direction, subject, keyNode(compiled, key));
    if (!connsEqual(v, fallback)) overrides.set(key, v);
  }
  return { fallback, overrides, wide: [] };
}

/** What `subject` allows in `direction`, per peer. */
export function directionTable(
  compiled: CompiledModel,
  direction: Direction,
  subject: number,
): DirectionTable {
  const policies = compiled.applicable[direction][subject]!;
  if (policies.length === 0) return ALLOW_ALL;
  return isAllowOnly(policies, direction)
    ? fastTable(compiled, direction, subject)
    : genericTable(compiled, direction, subject);
}

import type { IpRange } from "./types.js";

/**
 * IP address and CIDR helpers shared by the model (ipBlock validation) and the
 * engine (address-space partition). Addresses are bigints for both families.
 */

export type IpFamily = 4 | 6;

export interface IpAddress {
  readonly family: IpFamily;
  readonly value: bigint;
}

/** A parsed CIDR. `address` has its host bits masked (semantics.md §2.5). */
export interface Cidr {
  readonly family: IpFamily;
  readonly address: bigint;
  readonly prefix: number;
  /** True when the text had host bits set (`10.0.0.5/24`): legacy parsing masks them. */
  readonly hostBitsSet: boolean;
  /**
   * True when an IPv4 octet or the prefix has a leading zero (`010.0.0.0/8`): legacy
   * parsing reads it as decimal, other tools as octal; StrictIPCIDRValidation rejects it.
   */
  readonly leadingZeros: boolean;
}

export function familyBits(family: IpFamily): number {
  return family === 4 ? 32 : 128;
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // Legacy parsing (ParseIPSloppy) accepts leading zeros as decimal.
    if (!/^[0-9]{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const items = part.split(":");
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (i === items.length - 1 && item.includes(".")) {
        const v4 = parseIpv4(item);
        if (v4 === null) return null;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(item)) return null;
      out.push(Number.parseInt(item, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === null || tail === null) return null;
  let all: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    all = head;
  }
  if (all.length !== 8) return null;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** Parses an IPv4 or IPv6 address; null when it is not one. */
export function parseIp(text: string): IpAddress | null {
  if (text.includes(":")) {
    const value = parseIpv6(text);
    return value === null ? null : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === null ? null : { family: 4, value };
}

/** Parses `ADDRESS/PREFIX`; null when invalid. Host bits are masked, not rejected. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf("/");
  if (slash < 0) return null;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (ip === null || !/^[0-9]{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  const bits = familyBits(ip.family);
  if (prefix > bits) return null;
  const address = ip.value & prefixMask(ip.family, prefix);
  const octets = text
    .slice(0, slash)
    .split(/[:.]/)
    .slice(ip.family === 4 ? 0 : -4);
  const leadingZeros =
    /^0[0-9]/.test(prefixText) || (text.includes(".") && octets.some((o) => /^0[0-9]/.test(o)));
  return { family: ip.family, address, prefix, hostBitsSet: address !== ip.value, leadingZeros };
}

function prefixMask(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(familyBits(family));
  const all = (1n << bits) - 1n;
  return all ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

/** The addresses a CIDR covers. */
export function cidrRange(cidr: Cidr): IpRange {
  const hostBits = BigInt(familyBits(cidr.family) - cidr.prefix);
  return { family: cidr.family, start: cidr.address, end: cidr.address + (1n << hostBits) - 1n };
}

/** True when `inner` lies inside `outer` with a strictly longer prefix (K8S-VAL ValidateIPBlock). */
export function isStrictSubset(inner: Cidr, outer: Cidr): boolean {
  if (inner.family !== outer.family || inner.prefix <= outer.prefix) return false;
  const o = cidrRange(outer);
  return inner.address >= o.start && inner.address <= o.end;
}

/** `cidr` text of a parsed CIDR in canonical form (host bits masked). */
export function formatCidr(cidr: Cidr): string {
  return `${formatIp({ family: cidr.family, value: cidr.address })}/${cidr.prefix}`;
}

/** Canonical text of an address (RFC 5952 for IPv6: lowercase, longest zero run as `::`). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((ip.value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

/** Sorts ranges (IPv4 first) and merges overlapping or adjacent ones. */
export function normalizeIpRanges(ranges: readonly IpRange[]): IpRange[] {
  const sorted = [...ranges].sort(compareIpRanges);
  const out: IpRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === r.family && r.start <= last.end + 1n) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end };
    } else {
      out.push(r);
    }
  }
  return out;
}

export function compareIpRanges(a: IpRange, b: IpRange): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.end === b.end ? 0 : a.end < b.end ? -1 : 1;
}

/** `base` minus `remove`, as sorted disjoint ranges. */
export function subtractIpRanges(base: readonly IpRange[], remove: readonly IpRange[]): IpRange[] {
  let current = normalizeIpRanges(base);
  for (const cut of normalizeIpRanges(remove)) {
    const next: IpRange[] = [];
    for (const r of current) {
      if (r.family !== cut.family || cut.end < r.start || cut.start > r.end) {
        next.push(r);
        continue;
      }
      if (cut.start > r.start) next.push({ ...r, end: cut.start - 1n });
      if (cut.end < r.end) next.push({ ...r, start: cut.end + 1n });
    }
    current = next;
  }
  return current;
}

/** True when the two ranges share an address. */
export function ipRangesOverlap(a: IpRange, b: IpRange): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** The ranges of `cidr` minus every `except`; null when a text does not parse. */
export function ipBlockRanges(cidr: string, except: readonly string[]): IpRange[] | null {
  const base = parseCidr(cidr);
  if (base === null) return null;
  const cuts: IpRange[] = [];
  for (const text of except) {
    const c = parseCidr(text);
    if (c === null) return null;
    cuts.push(cidrRange(c));
  }
  return subtractIpRanges([cidrRange(base)], cuts);
}

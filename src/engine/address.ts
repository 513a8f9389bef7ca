import { type ExternalId, externalId } from "../core/ids.js";

/** The largest address of each family. */
export const MAX_ADDRESS: Readonly<Record<4 | 6, bigint>> = {
  4: (1n << 32n) - 1n,
  6: (1n << 128n) - 1n,
};

/** Dotted-quad text of an IPv4 address. */
function formatV4(value: bigint): string {
  const parts: string[] = [];
  for (let shift = 24n; shift >= 0n; shift -= 8n) parts.push(String((value >> shift) & 0xffn));
  return parts.join(".");
}

/**
 * RFC 5952 canonical text of an IPv6 address: lowercase hex, no leading zeros, the
 * longest run (leftmost on a tie) of two or more zero groups written as `::`.
 */
function formatV6(value: bigint): string {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(":");
  const head = hex.slice(0, bestStart).join(":");
  const tail = hex.slice(bestStart + bestLen).join(":");
  return `${head}::${tail}`;
}

/** The canonical text of an address (IPv4 dotted, IPv6 compressed). */
export function formatAddress(family: 4 | 6, value: bigint): string {
  return family === 4 ? formatV4(value) : formatV6(value);
}

/** The contract's id of an address range: `START-END` (contract.md, "Endpoint ids"). */
export function rangeId(family: 4 | 6, start: bigint, end: bigint): ExternalId {
  return externalId(formatAddress(family, start), formatAddress(family, end));
}

function parseV4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseGroups(text: string): number[] | null {
  if (text === "") return [];
  const out: number[] = [];
  for (const g of text.split(":")) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    out.push(Number.parseInt(g, 16));
  }
  return out;
}

function parseV6(text: string): bigint | null {
  let body = text;
  let tailV4: bigint | null = null;
  const lastColon = body.lastIndexOf(":");
  if (body.includes(".") && lastColon >= 0) {
    tailV4 = parseV4(body.slice(lastColon + 1));
    if (tailV4 === null) return null;
    // Keep the colon so that a trailing `::` stays recognisable.
    body = `${body.slice(0, lastColon + 1)}0:0`;
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0]!);
    const tail = parseGroups(halves[1]!);
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(body);
    if (all?.length !== 8) return null;
    groups = all;
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  if (tailV4 !== null) value = (value & ~0xffffffffn) | tailV4;
  return value;
}

/** Parses an IPv4 or IPv6 address (no prefix); null when the text is not one. */
export function parseAddress(text: string): { family: 4 | 6; value: bigint } | null {
  if (text.includes(":")) {
    const value = parseV6(text);
    return value === null ? null : { family: 6, value };
  }
  const value = parseV4(text);
  return value === null ? null : { family: 4, value };
}

import type { ExternalRange } from "../engine/types.js";

/**
 * Address space that is not "the internet": RFC 1918 private ranges, shared address
 * space (RFC 6598), loopback, link-local, "this network", unique-local and link-local
 * IPv6. The PR comment ranks an opened flow to or from any other address first
 * (issue 3, "new exposure to the internet").
 */
const PRIVATE_V4: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
];

const PRIVATE_V6: readonly (readonly [bigint, number])[] = [
  [0n, 128], // ::
  [1n, 128], // ::1
  [0xfc00n << 112n, 7], // fc00::/7
  [0xfe80n << 112n, 10], // fe80::/10
];

interface Span {
  readonly start: bigint;
  readonly end: bigint;
}

function v4(text: string): bigint {
  return text.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function cidrSpan(start: bigint, prefix: number, bits: number): Span {
  const size = 1n << BigInt(bits - prefix);
  return { start, end: start + size - 1n };
}

function merged(spans: Span[]): Span[] {
  spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1n) {
      let end = s.end;
      if (last.end > end) end = last.end; // bigint: Math.max does not apply
      out[out.length - 1] = { start: last.start, end };
    } else out.push(s);
  }
  return out;
}

const SPANS: Record<4 | 6, readonly Span[]> = {
  4: merged(PRIVATE_V4.map(([a, p]) => cidrSpan(v4(a), p, 32))),
  6: merged(PRIVATE_V6.map(([a, p]) => cidrSpan(a, p, 128))),
};

/** True when every address of the range is private (not on the public internet). */
export function isPrivateRange(range: Pick<ExternalRange, "family" | "start" | "end">): boolean {
  // The spans are merged and disjoint, so the range is private iff one span contains it.
  return SPANS[range.family].some((s) => s.start <= range.start && range.end <= s.end);
}

/** True when some address of the range is on the public internet. */
export function isPublicRange(range: Pick<ExternalRange, "family" | "start" | "end">): boolean {
  return !isPrivateRange(range);
}

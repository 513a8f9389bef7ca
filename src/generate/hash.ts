/**
 * FNV-1a, 32 bits, over the UTF-16 code units of `text`, as 8 hex digits. A small
 * pure hash for deterministic name suffixes (the pure core may not use node:crypto).
 */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

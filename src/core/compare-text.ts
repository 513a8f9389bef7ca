/** Code-unit order: stable and locale-free, for deterministic output (style.md, habit 5). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True when a JSON text, already decoded by `JSON.parse` into `value`, repeated a key
 * in some object: `JSON.parse` keeps the last one in silence, where the YAML decoder
 * (and kubectl) reject the object. Counts the keys of the text (strings followed by
 * `:`) in one scan and those of the value in one walk; they differ exactly when a key
 * was dropped.
 */
export function hasDuplicateKeys(text: string, value: unknown): boolean {
  return countTextKeys(text) !== countValueKeys(value);
}

function countTextKeys(text: string): number {
  let keys = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== 0x22) {
      i++;
      continue;
    }
    // A string: skip to its closing quote, then see whether a ':' follows.
    i++;
    while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    i++;
    let j = i;
    while (j < text.length && " \t\n\r".includes(text[j]!)) j++;
    if (text.charCodeAt(j) === 0x3a) keys++;
    i = j;
  }
  return keys;
}

function countValueKeys(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else {
      const entries = Object.values(v);
      keys += entries.length;
      for (const item of entries) stack.push(item);
    }
  }
  return keys;
}

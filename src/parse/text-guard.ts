import { Lexer } from "yaml";

/** Why a file cannot be read as YAML or JSON text at all, and where. */
export interface TextProblem {
  readonly offset: number;
  /** One sentence: what is wrong; the caller adds that the file was skipped. */
  readonly reason: string;
}

/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before any
 * parser sees them: the `yaml` package composes recursively, overflows the stack
 * near 800 levels and, on a few hundred thousand, exhausts memory while printing
 * the error. No Kubernetes manifest nests anywhere near this deep.
 */
export const MAX_FLOW_DEPTH = 100;

/** Block nesting (indentation plus `- `, `? `, `: ` indicators) deeper than this is refused too. */
export const MAX_BLOCK_DEPTH = 300;

/**
 * C0 control characters other than tab, LF and CR, and DEL: YAML 1.2 (c-printable)
 * and Kubernetes' decoder reject them, and the `yaml` package would keep them
 * inside a key or value (`kind: Pod\0` silently becomes an unknown kind).
 * U+FFFD is what a file that is not valid UTF-8 decodes to.
 */
function firstUnprintable(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0x7f || c === 0xfffd) return i;
  }
  return -1;
}

const DEEP_BLOCK = new RegExp(`^(?:[ \\t]|[-?:][ \\t]){${MAX_BLOCK_DEPTH}}`, "m");

/**
 * The first reason `text` is not something a YAML or JSON parser should be given:
 * binary content, invalid UTF-8, or block nesting deep enough to crash the parser.
 * `null` for every ordinary manifest; one linear scan. Deep flow nesting is checked
 * by {@link findDeepNesting} only where it can matter, since that check lexes the file.
 */
export function findTextProblem(text: string): TextProblem | null {
  const bad = firstUnprintable(text);
  if (bad >= 0) {
    const code = text.charCodeAt(bad);
    const reason =
      code === 0xfffd
        ? "the file is not valid UTF-8 text (a byte sequence here could not be decoded, or the file holds U+FFFD); is it a binary file? Save it as UTF-8"
        : `the file holds the control character U+${code.toString(16).toUpperCase().padStart(4, "0")} here, which YAML and JSON do not allow; is it a binary file? Remove the character`;
    return { offset: bad, reason };
  }
  const block = DEEP_BLOCK.exec(text);
  if (block !== null) {
    return {
      offset: block.index + block[0].length,
      reason: `blocks nest more than ${MAX_BLOCK_DEPTH} levels deep here, deeper than reachdiff reads (no Kubernetes manifest does); flatten the document`,
    };
  }
  return null;
}

const DEEP_FLOW_REASON = `lists and mappings nest more than ${MAX_FLOW_DEPTH} levels deep here, deeper than reachdiff reads (no Kubernetes manifest does); flatten the document`;

/**
 * Flow nesting deeper than the `yaml` package survives, found exactly on its lexer's
 * tokens. Called before that package parses a file, and when a fast-decoded value is
 * deeper than MAX_FLOW_DEPTH (then it also finds where).
 */
export function findDeepNesting(text: string): TextProblem | null {
  const deep = deepFlowOffset(text);
  return deep === null ? null : { offset: deep, reason: DEEP_FLOW_REASON };
}

/**
 * True when a decoded value nests deeper than `max` (iterative: a hostile value must
 * not overflow the stack here either). Linear in the value's size, far cheaper than
 * lexing its text.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A decoded value nests too deep, but the lexer finds no flow nesting: blame block depth. */
export const DEEP_VALUE_REASON = `lists and mappings nest more than ${MAX_FLOW_DEPTH} levels deep, deeper than reachdiff reads (no Kubernetes manifest does); flatten the document`;

/**
 * Offset of the first `[` or `{` that opens level MAX_FLOW_DEPTH + 1, counted on
 * the `yaml` lexer's tokens (iterative, and exact about quotes, comments and block
 * scalars). Skipped when the file has too few brackets to get that deep.
 */
function deepFlowOffset(text: string): number | null {
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= MAX_FLOW_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets <= MAX_FLOW_DEPTH) return null;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return offset;
    } else if (token === "]" || token === "}") {
      depth = Math.max(0, depth - 1);
    } else if (token === "\u0002" || token === "\u0018" || token === "\u001f") {
      // The lexer's own markers (document, flow end, scalar): not source text.
      // A document boundary resets flow depth, as an unclosed flow cannot span documents.
      if (token === "\u0002") depth = 0;
      continue;
    }
    offset += token.length;
  }
  return null;
}

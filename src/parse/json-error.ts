/** Where a JSON text first goes wrong, and why. */
export interface JsonError {
  readonly offset: number;
  readonly reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/**
 * Finds the first syntax error of a JSON text. Called only after `JSON.parse`
 * failed: its messages carry no reliable position across Node versions, and an
 * error without line:col is no help to the person fixing the file.
 */
export function findJsonError(text: string): JsonError {
  let i = 0;
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const skipSpace = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const expect = (what: string): void => {
    if (i >= text.length) fail(`unexpected end of file, expected ${what}`);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`expected ${word}`);
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail("control character in a string (escape it, e.g. \\n)");
      if (text[i] === "\\") {
        i++;
        if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i, i + 5)))
          fail("bad escape in a string");
      }
      i++;
    }
    if (i >= text.length) fail("unterminated string");
    i++;
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail("malformed number");
    i += m![0].length;
  };
  const container = (close: "}" | "]"): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (close === "}") {
        skipSpace();
        expect("a property name");
        if (text[i] !== '"') fail("expected a property name in double quotes");
        string();
        skipSpace();
        expect("':'");
        if (text[i] !== ":") fail("expected ':' after the property name");
        i++;
      }
      value();
      skipSpace();
      expect(`',' or '${close}'`);
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ",") fail(`expected ',' or '${close}'`);
      i++;
      skipSpace();
      if (text[i] === close) fail(`trailing comma before '${close}'`);
    }
  };
  const value = (): void => {
    skipSpace();
    expect("a value");
    const c = text[i]!;
    if (c === "{") container("}");
    else if (c === "[") container("]");
    else if (c === '"') string();
    else if (c === "-" || (c >= "0" && c <= "9")) number();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else fail(`unexpected character '${c}'`);
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail("unexpected text after the JSON value");
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, reason: e.reason };
    throw e;
  }
  // JSON.parse disagreed with this scanner: point at the start rather than guess.
  return { offset: 0, reason: "the file is not valid JSON" };
}

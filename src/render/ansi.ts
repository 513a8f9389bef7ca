/** ANSI styling that is the identity when color is off (the CLI decides TTY/--no-color). */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap =
  (on: boolean, open: number, close: number) =>
  (s: string): string =>
    on ? `\u001b[${open}m${s}\u001b[${close}m` : s;

export function paint(color: boolean): Paint {
  return {
    bold: wrap(color, 1, 22),
    dim: wrap(color, 2, 22),
    red: wrap(color, 31, 39),
    green: wrap(color, 32, 39),
    yellow: wrap(color, 33, 39),
    cyan: wrap(color, 36, 39),
  };
}

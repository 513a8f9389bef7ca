/**
 * The comment's size budget (design.md, "Diff without drowning the reviewer"; the
 * terraform / argocd-diff-preview renderers in style.md). A comment is built from
 * whole sections — a table, a fence or a `<details>` block is always inside one
 * section — so dropping or swapping sections can never leave one unbalanced.
 */

/** A whole markdown block: it is kept or dropped, never cut. */
export interface Section {
  readonly key: string;
  readonly text: string;
}

/** One rung of the ladder: the sections to show and what they leave out. */
export interface Rung {
  readonly name: string;
  readonly sections: readonly Section[];
  /** What this rung leaves out, in words, for the last line; empty on the full rung. */
  readonly cuts: readonly string[];
}

export interface Fitted {
  readonly body: string;
  readonly truncated: boolean;
  readonly rung: string;
}

export function assemble(sections: readonly Section[], footer: string): string {
  return `${[...sections.map((s) => s.text.trimEnd()), footer].join("\n\n")}\n`;
}

/**
 * Tries each rung in order and keeps the first whose body fits `budget` characters.
 * When none fits, the last rung's first section (the verdict) and the footer stand
 * alone. `footer` writes the last line from the rung's cuts.
 */
export function fitBudget(
  rungs: readonly Rung[],
  budget: number,
  footer: (cuts: readonly string[]) => string,
): Fitted {
  for (const [i, rung] of rungs.entries()) {
    const body = assemble(rung.sections, footer(rung.cuts));
    if (body.length <= budget)
      return { body, truncated: i > 0 || rung.cuts.length > 0, rung: rung.name };
  }
  const last = rungs[rungs.length - 1];
  const head = last?.sections.slice(0, 1) ?? [];
  const cuts = ["everything but the verdict left out"];
  return { body: assemble(head, footer(cuts)), truncated: true, rung: "verdict" };
}

/** Wraps a block in a collapsed `<details>` when it is long. */
export function collapsible(summary: string, block: string, collapse: boolean): string {
  if (!collapse) return block;
  return `<details><summary>${summary}</summary>\n\n${block.trimEnd()}\n\n</details>`;
}

import { fitBudget, type Rung, type Section } from "./budget.js";
import { changeRows } from "./change-rows.js";
import {
  type CommentContext,
  diagnosticsSection,
  extraSection,
  fullRiskSections,
  graphSection,
  groupedRiskSections,
  headerSection,
  policiesSection,
  renamesSection,
} from "./comment-sections.js";
import type { FileLink } from "./diagnostics.js";
import { type DiffReportInput, type DiffSideInfo, resolveSides } from "./diff-input.js";
import { formatCount, plural } from "./format.js";
import { policyLookup } from "./policy-info.js";
import { RISKS, type Risk, riskShort, riskTitle } from "./risk.js";

/** GitHub rejects comments over 65,536 characters; stay well below. */
export const COMMENT_BUDGET = 60_000;

/** A side's label, diagnostics and completeness (default: the side's model). */
export type CommentSide = DiffSideInfo;

export interface CommentInput extends DiffReportInput {
  /**
   * E.g. `reachdiff:<hash>`: the first line becomes `<!-- reachdiff:<hash> -->`. A
   * marker that is already an HTML comment (as `commentMarker` makes) is used as is.
   */
  readonly marker: string;
  /**
   * Makes a `file:line` link to the blob at the side's revision (a removed policy, a rule
   * that no longer allows a closed flow and a base error are in the base); null for plain text.
   */
  readonly fileLink?: FileLink;
  /** Sections the caller adds (egress suggestion, commit link), after the diagnostics. */
  readonly extraSections?: readonly { readonly title: string; readonly body: string }[];
  /** Where the full report is, for the last line. */
  readonly fullReport?: string;
}

export interface RenderedComment {
  readonly body: string;
  /** True when anything was grouped further or left out to fit the budget. */
  readonly truncated: boolean;
}

const DEFAULT_FULL_REPORT = "the job summary and the JSON report artifact";

/** The risks left out first when grouped rows do not fit, lowest risk first. */
const SHED_ORDER: readonly Risk[] = ["closed", "opened", "cross-namespace"];

/** A risk's heading and count, its rows left out: one whole section, never a cut table. */
function shedSection(ctx: CommentContext, risk: Risk, where: string): Section {
  return {
    key: `risk-${risk}`,
    text: `#### ${riskTitle(risk)} (${plural(ctx.rows.counts[risk], "flow")})\n\nRows left out to fit the comment; every pair is in ${where}.`,
  };
}

function present(sections: readonly (Section | null)[]): Section[] {
  return sections.filter((s): s is Section => s !== null);
}

/**
 * The PR comment (issue 3): marker, verdict, counts by risk, then the changes risk
 * first, renames, changed policies, the changed-edge graph, diagnostics (head errors
 * first) and the caller's sections. It degrades full → grouped → counts only to fit
 * `budget` characters, always by whole sections. Pure and byte-identical for
 * identical input.
 */
export function renderComment(input: CommentInput, budget = COMMENT_BUDGET): RenderedComment {
  const ctx: CommentContext = {
    diff: input.diff,
    rows: changeRows(input.diff),
    sides: resolveSides(input),
    marker: input.marker,
    fileLink: input.fileLink,
    policy: policyLookup(input.diff),
  };
  const header = headerSection(ctx);
  const extras = (input.extraSections ?? []).map((s, i) => extraSection(i, s.title, s.body));
  const renames = renamesSection(ctx);
  const policies = policiesSection(ctx);
  const full = fullRiskSections(ctx);
  const grouped = groupedRiskSections(ctx);
  const graph = graphSection(ctx);
  const extraCut = extras.length > 0 ? ["the added sections left out"] : [];

  // An incomplete side is the first thing to know: its diagnostics come right after the
  // verdict, before changes that may only reflect the broken input.
  const early = ctx.sides.head.incomplete || ctx.sides.base.incomplete;
  const arrange = (diagnostics: Section | null, body: readonly (Section | null)[]): Section[] =>
    early ? present([header, diagnostics, ...body]) : present([header, ...body, diagnostics]);

  const where = input.fullReport ?? DEFAULT_FULL_REPORT;
  const changedPolicies = ctx.diff.policyChanges.length;
  const policyCut = (max: number): string[] =>
    changedPolicies > max
      ? [
          `${formatCount(changedPolicies - max)} of ${formatCount(changedPolicies)} changed policies not listed`,
        ]
      : [];
  // A full rung that had to hide rows is worse than the grouped one: skip it then.
  const fullRungs: Rung[] =
    full.cuts.length > 0
      ? []
      : [
          {
            name: "full",
            sections: [
              ...arrange(diagnosticsSection(ctx, 50), [...full.sections, renames, policies, graph]),
              ...extras,
            ],
            cuts: policyCut(50),
          },
          {
            name: "full-no-graph",
            sections: [
              ...arrange(diagnosticsSection(ctx, 50), [...full.sections, renames, policies]),
              ...extras,
            ],
            cuts: [...(graph ? ["graph left out"] : []), ...policyCut(50)],
          },
        ];
  // Past the grouped rung, the lowest risks go first (closed, then other opened, then
  // cross-namespace): internet and any-namespace exposure stay listed as long as they fit.
  const shedRungs: Rung[] = SHED_ORDER.map((_, i) => {
    const shed = new Set(SHED_ORDER.slice(0, i + 1));
    const shedding = RISKS.filter((r) => shed.has(r) && ctx.rows.counts[r] > 0);
    return {
      name: `grouped-without-${SHED_ORDER[i]}`,
      sections: [
        ...arrange(diagnosticsSection(ctx, 20), [
          ...grouped.sections.map((sec) => {
            const risk = RISKS.find((r) => sec.key === `risk-${r}`);
            return risk !== undefined && shed.has(risk) ? shedSection(ctx, risk, where) : sec;
          }),
          renamesSection(ctx, 20),
          policiesSection(ctx, 20),
        ]),
        ...extras,
      ],
      cuts: [
        "rows grouped by namespace",
        `rows of ${shedding.map((r) => riskShort(r)).join(", ")} left out`,
        ...grouped.cuts.filter(
          (c) => !shedding.some((r) => c.endsWith(`of ${riskShort(r)} left out`)),
        ),
        ...(graph ? ["graph left out"] : []),
        ...policyCut(20),
      ],
    };
  }).filter((_, i) => ctx.rows.counts[SHED_ORDER[i]!] > 0); // else the same as the rung before
  const rungs: Rung[] = [
    ...fullRungs,
    {
      name: "grouped",
      sections: [
        ...arrange(diagnosticsSection(ctx, 20), [
          ...grouped.sections,
          renamesSection(ctx, 20),
          policiesSection(ctx, 20),
        ]),
        ...extras,
      ],
      cuts: [
        "rows grouped by namespace",
        ...grouped.cuts,
        ...(graph ? ["graph left out"] : []),
        ...policyCut(20),
      ],
    },
    ...shedRungs,
    {
      name: "counts",
      sections: [...arrange(diagnosticsSection(ctx, 5), [policiesSection(ctx, 10)]), ...extras],
      cuts: ["counts only, rows left out", ...(graph ? ["graph left out"] : []), ...policyCut(10)],
    },
    {
      name: "counts-no-extras",
      sections: arrange(diagnosticsSection(ctx, 5), [policiesSection(ctx, 10)]),
      cuts: [
        "counts only, rows left out",
        ...(graph ? ["graph left out"] : []),
        ...policyCut(10),
        ...extraCut,
      ],
    },
    {
      name: "counts-bare",
      sections: present([header, diagnosticsSection(ctx, 0)]),
      cuts: [
        "counts only, rows left out",
        "lists of policies and diagnostics left out",
        ...extraCut,
      ],
    },
  ];
  const footer = (cuts: readonly string[]): string =>
    cuts.length === 0
      ? `<sub>Every changed pair is in ${where}.</sub>`
      : `<sub>Shortened to fit ${formatCount(budget)} characters: ${cuts.join("; ")}. The full report is in ${where}.</sub>`;
  const fitted = fitBudget(rungs, budget, footer);
  return { body: fitted.body, truncated: fitted.truncated };
}

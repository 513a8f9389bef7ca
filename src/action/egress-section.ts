import { assertNever } from "../core/assert-never.js";
import { formatConns } from "../engine/conn-set.js";
import type { EgressPlan } from "../generate/plan.js";
import type { PriceKind } from "../generate/proof.js";
import { renderEgressReport } from "../render/egress-report.js";
import type { EgressSwitches, HeadEgress } from "./egress-plan.js";

/** A section the comment renderer adds after its own (`CommentInput.extraSections`). */
export interface ExtraSection {
  readonly title: string;
  readonly body: string;
}

/** What happened to the commit, as the section tells it. */
export type CommitView =
  /** `suggest` mode. */
  | { readonly kind: "suggest" }
  /** `commit` was asked but cannot be done here (fork, not a PR, no token, no rights). */
  | { readonly kind: "fallback"; readonly reason: string }
  | {
      readonly kind: "committed";
      readonly oid: string;
      readonly url: string;
      readonly branch: string;
    }
  | { readonly kind: "up-to-date" }
  | { readonly kind: "moved"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string };

export interface EgressView {
  readonly dir: string;
  readonly head: HeadEgress;
  readonly commit: CommitView;
  /** The switches the policies were generated with (the report's "how to keep it"); off when absent. */
  readonly switches?: EgressSwitches;
}

export const EGRESS_TITLE = "Generated egress policies";
const UP_TO_DATE = "The generated egress policies are up to date.";
const MAX_COUNTER_EXAMPLES = 10;
const NO_SWITCHES: EgressSwitches = { defaultDeny: false, keepUnisolated: false };

/**
 * The comment's egress section (issue 5, "In the Action"): the verdict in the open, the
 * diff, the proof and the price of isolation in one collapsed `<details>`. A failed proof
 * is a bug and is said loudly, outside any `<details>`. The diff and the report are cut to
 * a share of `budget` so the comment ladder can keep the section whole.
 */
export function egressSection(view: EgressView, budget: number): ExtraSection {
  const { head, dir } = view;
  const code = `\`${dir}\``;
  switch (head.kind) {
    case "input-errors":
      return {
        title: EGRESS_TITLE,
        body: `Not generated: the manifests of the PR head (${head.sha.slice(0, 7)}) have errors, so generated egress policies could miss flows. Fix the errors above and run again.`,
      };
    case "proof-failed":
      return {
        title: EGRESS_TITLE,
        body: proofFailed(head.plan, dir, view.switches ?? NO_SWITCHES, budget),
      };
    case "conflict":
      return { title: EGRESS_TITLE, body: conflictText(head.paths, head.mixed, code) };
    case "planned":
      break;
    default:
      return assertNever(head, "head egress");
  }
  const { changes, plan, diff } = head;
  const n = changes.written.length + changes.removed.length;
  const counts = `${changes.written.length} written, ${changes.removed.length} removed`;
  const lines: string[] = [];
  const status = statusLine(view.commit, n === 0, code, counts);
  lines.push(status);
  lines.push("");
  const summary =
    n === 0
      ? "up to date"
      : view.commit.kind === "committed"
        ? `committed: ${counts}`
        : `${n} file${n === 1 ? "" : "s"} would change`;
  lines.push(`<details><summary>Egress for ${code}: ${summary} · proof holds</summary>`, "");
  const ignored = plan.proof.ignored.length;
  lines.push(
    ignored === 0
      ? "**Proof: holds.** With these policies, no flow that ingress policies allow between pods closes, and nothing opens (checked with reachdiff's own engine)."
      : `**Proof: holds for the NetworkPolicies reachdiff evaluates.** With these policies, no flow they allow between pods closes, and nothing opens (checked with reachdiff's own engine). ${ignored} object${ignored === 1 ? "" : "s"} of kinds it does not evaluate ${ignored === 1 ? "was" : "were"} ignored: see the report below.`,
    "",
    priceSummary(plan),
    "",
  );
  if (n > 0) lines.push(fence("diff", cut(diff, Math.floor(budget * 0.4), dir)), "");
  const report = renderEgressReport(
    {
      generated: plan.generated,
      proof: plan.proof,
      out: dir,
      ...(view.switches ?? NO_SWITCHES),
      sync: {
        written: changes.written,
        removed: changes.removed,
        unchanged: changes.unchanged,
        check: view.commit.kind !== "committed",
      },
    },
    "markdown",
  ).replace(/^(#{2,3}) /gm, "##### ");
  lines.push(cut(report, Math.floor(budget * 0.15), dir), "", "</details>");
  return { title: EGRESS_TITLE, body: lines.join("\n") };
}

function conflictText(paths: readonly string[], mixed: readonly string[], code: string): string {
  const list = (xs: readonly string[]) => xs.map((p) => `\`${p}\``).join(", ");
  const parts: string[] = [];
  if (paths.length > 0) {
    const one = paths.length === 1;
    parts.push(
      `${list(paths)} ${one ? "is" : "are"} in the way and reachdiff did not generate ${one ? "it" : "them"} (no \`app.kubernetes.io/managed-by: reachdiff\` label). Move ${one ? "it" : "them"} out of ${code} or choose another \`egress-dir\`.`,
    );
  }
  if (mixed.length > 0) {
    const one = mixed.length === 1;
    parts.push(
      `${list(mixed)} ${one ? "mixes" : "mix"} hand-written policies with generated ones (only some of ${one ? "its" : "their"} documents carry the \`app.kubernetes.io/managed-by: reachdiff\` label), so reachdiff neither overwrites nor removes ${one ? "it" : "them"}. Move the hand-written documents to a file of their own.`,
    );
  }
  return `Not generated: ${parts.join(" ")}`;
}

function statusLine(commit: CommitView, upToDate: boolean, code: string, counts: string): string {
  switch (commit.kind) {
    case "committed":
      return `Committed [\`${commit.oid.slice(0, 7)}\`](${commit.url}) to \`${commit.branch}\` (${counts} in ${code}). GitHub does not start workflows for commits made with \`GITHUB_TOKEN\`, and re-running this workflow checks the commit before it: to check this commit, push another commit on top (e.g. an empty one) or close and reopen the PR; or pass a GitHub App token or a PAT as \`github-token\`, whose commits do start workflows.`;
    case "up-to-date":
      return UP_TO_DATE;
    case "suggest":
      return upToDate ? UP_TO_DATE : `Suggested change to ${code} (${counts}): see the diff below.`;
    case "fallback":
      return upToDate
        ? `${UP_TO_DATE} ${commit.reason}`
        : `${commit.reason} Suggested change to ${code} (${counts}): see the diff below.`;
    case "moved":
      return `> [!WARNING]\n> Nothing was committed: ${commit.message}. Re-run the workflow on the new head.`;
    case "failed":
      return `> [!WARNING]\n> Nothing was committed: ${commit.message}.`;
    default:
      return assertNever(commit, "commit view");
  }
}

const PRICE_WORDS: Record<PriceKind, string> = {
  external: "to the internet and other addresses outside the cluster",
  unisolated: "to workloads that no ingress policy isolates",
  dns: "to DNS",
};

/** One sentence: which kinds of flows close, from how many sources. */
function priceSummary(plan: EgressPlan): string {
  const parts: string[] = [];
  for (const kind of ["external", "unisolated", "dns"] as const) {
    const items = plan.proof.price.filter((p) => p.kind === kind);
    if (items.length === 0) continue;
    const srcs = new Set(items.flatMap((p) => p.srcs)).size;
    parts.push(`egress ${PRICE_WORDS[kind]} from ${srcs} workload${srcs === 1 ? "" : "s"}`);
  }
  return parts.length === 0
    ? "**Price of egress isolation:** none, no other flow closes."
    : `**Price of egress isolation** (flows that close, listed below with how to keep them): ${parts.join("; ")}.`;
}

function proofFailed(
  plan: EgressPlan,
  dir: string,
  switches: EgressSwitches,
  budget: number,
): string {
  const xs = plan.proof.counterExamples;
  const list = xs
    .slice(0, MAX_COUNTER_EXAMPLES)
    .map(
      (x) => `> - ${x.kind}: ${x.srcs.join(", ")} → ${x.dsts.join(", ")}: ${formatConns(x.conns)}`,
    );
  if (xs.length > MAX_COUNTER_EXAMPLES)
    list.push(`> - … and ${xs.length - MAX_COUNTER_EXAMPLES} more`);
  const rejected = plan.proof.diagnostics
    .filter((d) => d.message.startsWith("reachdiff bug: generated YAML"))
    .slice(0, MAX_COUNTER_EXAMPLES)
    .map((d) => `> - ${d.message}`);
  return [
    "> [!CAUTION]",
    `> **The proof of the generated egress policies FAILED.** This is a bug in reachdiff, not in your manifests: nothing was suggested or committed to \`${dir}\`, and this step fails. Please report it with the counter-examples below.`,
    ">",
    ...list,
    ...rejected,
    "",
    "<details><summary>The generated set that failed</summary>",
    "",
    cut(
      renderEgressReport(
        {
          generated: plan.generated,
          proof: plan.proof,
          out: dir,
          ...switches,
          sync: null,
        },
        "markdown",
      ).replace(/^(#{2,3}) /gm, "##### "),
      Math.floor(budget * 0.3),
      dir,
    ),
    "",
    "</details>",
  ].join("\n");
}

/** A fence longer than any backtick run inside, so generated text can never close it. */
function fence(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}

/** At most `max` characters, cut at a line end, saying what is left out and where it is. */
function cut(text: string, max: number, dir: string): string {
  if (text.length <= Math.max(max, 500)) return text;
  const end = text.lastIndexOf("\n", Math.max(max, 500));
  const kept = text.slice(0, Math.max(end, 0));
  const left = text
    .slice(kept.length)
    .split("\n")
    .filter((l) => l !== "").length;
  return `${kept}\n… ${left} more lines left out; run \`reachdiff generate-egress --out ${dir}\` to see them all.\n`;
}

import { formatSelector } from "./selectors.js";
import type { GenerateNote } from "./types.js";

type LeftAloneNote = Extract<GenerateNote, { kind: "left-alone" }>;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Why a source got no egress policy, pod by pod where the repository shows the pods
 * (the report and the `generate-skipped` info say the same): which of its pods existing
 * egress policies already isolate, and that the others stay unisolated for egress.
 */
export function describeLeftAlone(note: LeftAloneNote): string {
  const sel = formatSelector(note.pods);
  const reasons: string[] = [];
  if (note.isolated.length > 0) {
    const many = note.isolated.length > 1;
    const by = [...new Set(note.isolated.flatMap((x) => x.by))].sort();
    reasons.push(
      `${list(note.isolated.map((x) => x.workload))} ${many ? "are" : "is"} already isolated for egress by ${list(by)}, and a policy for ${sel} would select ${many ? "them" : "it"} too, adding to the egress ${list(by)} ${by.length > 1 ? "allow" : "allows"}`,
    );
  }
  if (note.heldBack.length > 0) {
    const many = note.heldBack.length > 1;
    const sources = [...new Set(note.heldBack.map((x) => formatSelector(x.by)))];
    reasons.push(
      `${list(note.heldBack.map((x) => x.workload))} ${many ? "are" : "is"} also selected by the source ${list(sources)}, which is left alone, and a policy for ${sel} would isolate ${many ? "them" : "it"} without that source's egress`,
    );
  }
  if (note.isolated.length === 0 && note.heldBack.length === 0) {
    for (const o of note.overlaps) {
      reasons.push(
        o.by.length > 0
          ? `its selector and ${formatSelector(o.pods)} (isolated for egress by ${list(o.by)}) contain one another, so pods the repository does not show may already be isolated for egress`
          : `its selector and the left-alone source ${formatSelector(o.pods)} contain one another`,
      );
    }
  }
  const others = note.unisolated.filter((w) => !note.isolated.some((x) => x.workload === w));
  const outcome =
    others.length > 0
      ? `So ${note.isolated.length > 0 ? "the other pods" : "its pods"}, ${list(others)}, stay unisolated for egress (they keep all their egress); write their egress policy by hand to isolate them.`
      : note.isolated.length > 0 && note.heldBack.length === 0
        ? `The intent of ${list(note.isolatedBy)} is kept.`
        : "Its pods stay unisolated for egress.";
  return `${reasons.join("; ")}. ${outcome}`;
}

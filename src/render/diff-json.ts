import type { EndpointId, PolicyId, WorkloadId } from "../core/ids.js";
import { iterateChangePairs, iterateChanges } from "../diff/index.js";
import type { ChangeGroup, DiffCause, FlowChange } from "../diff/types.js";
import { type ConnsJson, connsToJson, otherProtocols } from "../engine/conn-set.js";
import type { Direction } from "../model/types.js";
import { type DiagnosticJson, diagnosticsToJson } from "./diagnostics-json.js";
import { type DiffReportInput, resolveSides } from "./diff-input.js";
import { ITEM_INDENT, indentedJson, jsonObjectChunks } from "./json-stream.js";

export interface FlowChangeJson {
  readonly src: EndpointId;
  readonly dst: EndpointId;
  readonly conns: ConnsJson;
  /**
   * Additive to the contract: present (true) when the change includes the protocols other
   * than TCP/UDP/SCTP (ICMP, …) and `conns` is not `"all"`; `conns` is `[]` when that is
   * the whole change (`ingress: [{}]` narrowed to TCP, UDP and SCTP).
   */
  readonly otherProtocols?: true;
  readonly cause: DiffCause;
  readonly policies: readonly PolicyId[];
  /**
   * Additive to the contract: the rules responsible (0-based `index` in the policy's
   * rule list for `direction`, and where the rule is); empty when a policy alone
   * explains the change (isolation) or nothing does.
   */
  readonly rules: readonly RuleRefJson[];
}

export interface RuleRefJson {
  readonly policy: PolicyId;
  readonly direction: Direction;
  readonly index: number;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** `reachdiff diff --format json` (contract.md), plus additive `incomplete` and `renamed`. */
export interface DiffJson {
  readonly schemaVersion: 1;
  readonly base: string;
  readonly head: string;
  readonly opened: readonly FlowChangeJson[];
  readonly closed: readonly FlowChangeJson[];
  readonly diagnostics: {
    readonly base: readonly DiagnosticJson[];
    readonly head: readonly DiagnosticJson[];
  };
  /** True for a side whose input was partly unusable (errors, unparseable files). */
  readonly incomplete: { readonly base: boolean; readonly head: boolean };
  /** Workloads seen as renamed: their flows are compared through the rename. */
  readonly renamed: readonly { readonly from: WorkloadId; readonly to: WorkloadId }[];
}

function changeJson(c: FlowChange): FlowChangeJson {
  return {
    src: c.src,
    dst: c.dst,
    conns: connsToJson(c.conns),
    ...(otherProtocols(c.conns) ? { otherProtocols: true as const } : {}),
    cause: c.cause,
    policies: [...c.policies],
    rules: (c.rules ?? []).map((r) => ({
      policy: r.policy,
      direction: r.direction,
      index: r.index,
      file: r.origin.file,
      line: r.origin.line,
      column: r.origin.column,
    })),
  };
}

function* changesJson(groups: readonly ChangeGroup[]): Generator<FlowChangeJson> {
  for (const c of iterateChanges(groups)) yield changeJson(c);
}

/** Stand-ins for src and dst: ids never hold a NUL, so each occurs once in a template. */
const SRC = "\u0000src" as FlowChange["src"];
const DST = "\u0000dst" as FlowChange["dst"];

/**
 * The pairs' JSON text. Every pair of a group shares all but src and dst, so a group's
 * text is written once, as a template split where they go: `JSON.stringify` per pair
 * would spend most of the time on the same connections and rules again.
 */
function* changeTexts(groups: readonly ChangeGroup[]): Generator<string> {
  const templates = new Map<ChangeGroup, readonly [string, string, string]>();
  for (const { src, dst, group } of iterateChangePairs(groups)) {
    let t = templates.get(group);
    if (t === undefined) {
      const text = indentedJson(changeJson({ ...group, src: SRC, dst: DST }), ITEM_INDENT);
      const [before = "", rest = ""] = text.split(JSON.stringify(SRC));
      const [middle = "", after = ""] = rest.split(JSON.stringify(DST));
      t = [before, middle, after];
      templates.set(group, t);
    }
    yield `${t[0]}${JSON.stringify(src)}${t[1]}${JSON.stringify(dst)}${t[2]}`;
  }
}

/** The diff document: every changed pair, expanded from the change groups. */
export function diffToJson(input: DiffReportInput): DiffJson {
  const { base, head } = resolveSides(input);
  return {
    schemaVersion: 1,
    base: base.label,
    head: head.label,
    opened: [...changesJson(input.diff.opened)],
    closed: [...changesJson(input.diff.closed)],
    diagnostics: {
      base: diagnosticsToJson(base.diagnostics),
      head: diagnosticsToJson(head.diagnostics),
    },
    incomplete: { base: base.incomplete, head: head.incomplete },
    renamed: input.diff.renames.map((r) => ({ from: r.from, to: r.to })),
  };
}

/**
 * The diff document as the CLI prints it (two-space indent, final newline), in chunks:
 * the pairs are expanded while writing, so millions of them never sit in memory.
 * Joined, the chunks are exactly `JSON.stringify(diffToJson(input), null, 2)` and a newline.
 */
export function* diffJsonChunks(input: DiffReportInput): Generator<string> {
  const { base, head } = resolveSides(input);
  yield* jsonObjectChunks([
    { key: "schemaVersion", value: 1 },
    { key: "base", value: base.label },
    { key: "head", value: head.label },
    { key: "opened", texts: changeTexts(input.diff.opened) },
    { key: "closed", texts: changeTexts(input.diff.closed) },
    {
      key: "diagnostics",
      value: {
        base: diagnosticsToJson(base.diagnostics),
        head: diagnosticsToJson(head.diagnostics),
      },
    },
    { key: "incomplete", value: { base: base.incomplete, head: head.incomplete } },
    { key: "renamed", value: input.diff.renames.map((r) => ({ from: r.from, to: r.to })) },
  ]);
}

/** The whole diff document as one string (small inputs and tests; the CLI streams). */
export function renderDiffJson(input: DiffReportInput): string {
  return [...diffJsonChunks(input)].join("");
}

import type { EndpointId, PolicyId, WorkloadId } from "../core/ids.js";
import { expandChanges } from "../diff/index.js";
import type { DiffCause, FlowChange } from "../diff/types.js";
import { type ConnsJson, connsToJson, otherProtocols } from "../engine/conn-set.js";
import type { Direction } from "../model/types.js";
import { type DiagnosticJson, diagnosticsToJson } from "./diagnostics-json.js";
import { type DiffReportInput, resolveSides } from "./diff-input.js";

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

/** The diff document: every changed pair, expanded from the change groups. */
export function diffToJson(input: DiffReportInput): DiffJson {
  const { base, head } = resolveSides(input);
  return {
    schemaVersion: 1,
    base: base.label,
    head: head.label,
    opened: expandChanges(input.diff.opened).map(changeJson),
    closed: expandChanges(input.diff.closed).map(changeJson),
    diagnostics: {
      base: diagnosticsToJson(base.diagnostics),
      head: diagnosticsToJson(head.diagnostics),
    },
    incomplete: { base: base.incomplete, head: head.incomplete },
    renamed: input.diff.renames.map((r) => ({ from: r.from, to: r.to })),
  };
}

/** The diff document as the CLI prints it (two-space indent, final newline). */
export function renderDiffJson(input: DiffReportInput): string {
  return `${JSON.stringify(diffToJson(input), null, 2)}\n`;
}

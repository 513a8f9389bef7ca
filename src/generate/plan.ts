import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { SourceFile } from "../core/source.js";
import { diffModels } from "../diff/index.js";
import type { GraphDiff } from "../diff/types.js";
import { buildModel } from "../model/index.js";
import { classifyResource } from "../model/kinds.js";
import type { Model, ModelOptions } from "../model/types.js";
import { parseFiles } from "../parse/index.js";
import type { Resource } from "../parse/types.js";
import { renderEgressFiles } from "../render/egress-yaml.js";
import { dnsStandIn, withStandIn } from "./dns-stand-in.js";
import { generateEgress } from "./generate-egress.js";
import { withoutGenerated } from "./previous.js";
import { type EgressProof, type IgnoredObject, proveEgress } from "./proof.js";
import type { GenerateOptions, GenerateResult } from "./types.js";

export interface PlanOptions extends GenerateOptions {
  readonly model?: ModelOptions;
  /** Prefix of the generated files' paths in diagnostics (the output folder). */
  readonly outDir?: string;
}

/** The generated policies, their files, and the proof that they break nothing. */
export interface EgressPlan {
  readonly generated: GenerateResult;
  /** One file per policy; `path` is the file name under the output folder. */
  readonly files: readonly SourceFile[];
  /** The repository without previously generated policies. */
  readonly base: Model;
  /** The same plus the generated policies, parsed back from their YAML. */
  readonly head: Model;
  /**
   * From `base` to `head`, both with a stand-in pod for the DNS target when the
   * repository declares none (`proof.dnsStandIn`), so the price names the DNS loss.
   */
  readonly diff: GraphDiff;
  readonly proof: EgressProof;
  /** The repository's own diagnostics, then the generator's, then the proof's. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The whole pure egress pipeline: parse → model → generate → YAML → parse the YAML
 * back → diff (issue 5, "Proof"). The head is built from the generated text itself,
 * so what is proven is exactly what would be written.
 */
export function planEgress(sources: readonly SourceFile[], options: PlanOptions): EgressPlan {
  const parsed = withoutGenerated(parseFiles(sources));
  const base = buildModel(parsed, options.model);
  const generated = generateEgress(base, options);
  const files = renderEgressFiles(generated.policies);
  const prefix = options.outDir ? `${options.outDir.replace(/\/+$/, "")}/` : "";
  const own = parseFiles(files.map((f) => ({ path: prefix + f.path, text: f.text })));
  const head = buildModel(
    {
      resources: [...parsed.resources, ...own.resources],
      diagnostics: [...parsed.diagnostics, ...own.diagnostics],
      incomplete: parsed.incomplete || own.incomplete,
    },
    options.model,
  );
  const standIn = dnsStandIn(base, options.dns);
  const diff = diffModels(withStandIn(base, standIn), withStandIn(head, standIn));
  const proof = proveEgress(diff, options.dns, {
    dnsStandIn: standIn?.id ?? null,
    ignored: ignoredObjects(parsed.resources),
  });
  // The generated YAML must be clean: an error or a warning it brings (a duplicate name
  // whose copy is ignored, …) is a bug like any counter-example. The diagnostics are
  // compared with the repository's own, so a warning the repository already draws that
  // moves to a generated file (the first user of an undeclared namespace) is not one.
  const invalid = introducedProblems(base.diagnostics, head.diagnostics).map((d) =>
    diagnostic(
      "error",
      "proof-failed",
      `reachdiff bug: generated YAML ${d.severity === "error" ? "rejected" : "warned about"}: ${d.message} [${d.code}]`,
      d,
    ),
  );
  const proofAll: EgressProof =
    invalid.length === 0
      ? proof
      : { ...proof, holds: false, diagnostics: [...proof.diagnostics, ...invalid] };
  return {
    generated,
    files,
    base,
    head,
    diff,
    proof: proofAll,
    diagnostics: [...base.diagnostics, ...generated.diagnostics, ...proofAll.diagnostics],
  };
}

/** The policy objects of kinds the engine does not evaluate (`unsupported-kind`), in input order. */
function ignoredObjects(resources: readonly Resource[]): IgnoredObject[] {
  return resources
    .filter((r) => classifyResource(r).kind === "unsupported")
    .map((r) => ({ kind: r.kind, namespace: r.namespace, name: r.name, file: r.file }));
}

/**
 * The warnings and errors `head` has beyond `base`'s, compared as a multiset of severity,
 * code and message (not position): what the generated files bring to the repository.
 */
export function introducedProblems(
  base: readonly Diagnostic[],
  head: readonly Diagnostic[],
): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.severity}\u0000${d.code}\u0000${d.message}`;
  const left = new Map<string, number>();
  for (const d of base) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of head) {
    if (d.severity === "info") continue;
    const n = left.get(key(d)) ?? 0;
    if (n > 0) left.set(key(d), n - 1);
    else out.push(d);
  }
  return out;
}

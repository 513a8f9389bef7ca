import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { SourceFile } from "../core/source.js";
import { diffModels } from "../diff/index.js";
import type { GraphDiff } from "../diff/types.js";
import { buildModel } from "../model/index.js";
import type { Model, ModelOptions } from "../model/types.js";
import { parseFiles } from "../parse/index.js";
import { renderEgressFiles } from "../render/egress-yaml.js";
import { generateEgress } from "./generate-egress.js";
import { withoutGenerated } from "./previous.js";
import { type EgressProof, proveEgress } from "./proof.js";
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
  const diff = diffModels(base, head);
  const proof = proveEgress(diff, options.dns);
  // The generated YAML must be valid: an error in it is a bug like any counter-example.
  const ownPaths = new Set(files.map((f) => prefix + f.path));
  const invalid = [...own.diagnostics, ...head.diagnostics]
    .filter((d) => d.severity === "error" && ownPaths.has(d.file))
    .map((d) =>
      diagnostic(
        "error",
        "proof-failed",
        `reachdiff bug: generated YAML rejected: ${d.message}`,
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

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type EgressPlan, planEgress } from "../../src/generate/plan.js";
import { DEFAULT_DNS } from "../../src/generate/types.js";
import { renderEgressReport } from "../../src/render/egress-report.js";

const ROOT = join(import.meta.dirname, "../fixtures/generate-cases");

export interface CaseOptions {
  readonly defaultDeny?: boolean;
  readonly keepUnisolated?: boolean;
}

/** The plan for `test/fixtures/generate-cases/<name>/input.yaml`. */
export function planCase(name: string, options: CaseOptions = {}): EgressPlan {
  const text = readFileSync(join(ROOT, name, "input.yaml"), "utf8");
  return planEgress([{ path: `${name}/input.yaml`, text }], {
    defaultDeny: options.defaultDeny ?? false,
    keepUnisolated: options.keepUnisolated ?? false,
    dns: DEFAULT_DNS,
    outDir: "generated",
  });
}

/** The text report `generate-egress` prints for that plan. */
export function reportOf(plan: EgressPlan, options: CaseOptions = {}): string {
  return renderEgressReport(
    {
      generated: plan.generated,
      proof: plan.proof,
      out: "generated",
      defaultDeny: options.defaultDeny ?? false,
      keepUnisolated: options.keepUnisolated ?? false,
      sync: null,
    },
    "text",
  );
}

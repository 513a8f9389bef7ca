export { generateEgress } from "./generate-egress.js";
export { fnv1a32 } from "./hash.js";
export { type EgressPlan, type PlanOptions, planEgress } from "./plan.js";
export { isGeneratedResource, withoutGenerated } from "./previous.js";
export * from "./proof.js";
export * from "./types.js";

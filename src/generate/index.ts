export { generateEgress } from "./generate-egress.js";
export { fnv1a32 } from "./hash.js";
export * from "./types.js";

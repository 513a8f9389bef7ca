/**
 * A quick, non-asserting performance check (not a test): builds a cluster of N
 * workloads with a default deny per namespace plus allow rules, and prints how long
 * buildGraph and the flow expansion take. Run:
 *   npx esbuild test/engine/perf-check.ts --bundle --platform=node --format=esm --outfile=/tmp/perf/check.mjs && node /tmp/perf/check.mjs 5000
 */
import { buildGraph, expandFlows } from "../../src/engine/index.js";
import type { Policy, Workload } from "../../src/model/types.js";
import {
  cport,
  ipBlock,
  model,
  named,
  namespace,
  netpol,
  podsIn,
  podsWhere,
  rule,
  sel,
  tcp,
  workload,
} from "../support/model-builders.js";

const n = Number(process.argv[2] ?? 5000);
const namespaces = Array.from({ length: 50 }, (_, i) => namespace(`ns${i}`, { team: `t${i % 5}` }));
const workloads: Workload[] = [];
for (let i = 0; i < n; i++) {
  const ns = `ns${i % 50}`;
  workloads.push(
    workload(ns, `w${i}`, {
      labels: { app: `app${i % Number(process.argv[3] ?? 400)}`, tier: `tier${i % 3}` },
      ports: [cport(8080, "http")],
    }),
  );
}
const policies: Policy[] = [];
for (let i = 0; i < 50; i++) {
  const ns = `ns${i}`;
  policies.push(netpol(ns, "default-deny", { ingress: [], egress: [] }));
  policies.push(
    netpol(ns, "allow-dns", {
      egress: [rule([podsWhere(sel({ "kubernetes.io/metadata.name": "ns0" }))], [tcp(53)])],
    }),
  );
  policies.push(
    netpol(ns, "allow-tier", {
      subject: sel({ tier: "tier1" }),
      ingress: [rule([podsIn(ns, sel({ tier: "tier0" }))], [named("http")])],
      egress: [
        rule([podsIn(ns, sel({ tier: "tier1" }))]),
        rule([ipBlock(`10.${i}.0.0/16`)], [tcp(443)]),
      ],
    }),
  );
}
const m = model({ namespaces, workloads, policies });
let t = performance.now();
const graph = buildGraph(m);
console.log(
  `buildGraph: ${graph.classes.length} classes, ${graph.externals.length} externals, ${(performance.now() - t).toFixed(0)} ms`,
);
t = performance.now();
let count = 0;
for (const _ of expandFlows(graph)) count++;
console.log(`expandFlows: ${count} flows, ${(performance.now() - t).toFixed(0)} ms`);

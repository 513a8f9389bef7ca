/**
 * A small structural validator for the contract's JSON documents (contract.md,
 * `analyze --format json` and `diff --format json`). It checks exactly the shapes the
 * contract fixes and allows additive fields. Returns the problems found, as
 * `path: what` lines; an empty list means valid.
 */

type Problems = string[];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const WORKLOAD_ID = /^[^/\s]+\/[^[\s]+\[[A-Za-z]+\]$/;
const RANGE_ID = /^[0-9a-fA-F.:]+-[0-9a-fA-F.:]+$/;
const PROTOCOLS = ["TCP", "UDP", "SCTP"];
const SEVERITIES = ["error", "warning", "info"];
const CAUSES = ["policy", "endpoint-added", "endpoint-removed"];

function endpointId(v: unknown, at: string, out: Problems): void {
  if (typeof v !== "string" || !(WORKLOAD_ID.test(v) || RANGE_ID.test(v))) {
    out.push(`${at}: not an endpoint id: ${JSON.stringify(v)}`);
  }
}

/**
 * `"all"` or a list sorted by protocol, each with merged, sorted inclusive ranges. The
 * additive `otherProtocols` (README) may only be `true`, never next to `"all"`, and is
 * what lets the list be empty: a change of the protocols other than TCP/UDP/SCTP alone.
 */
export function checkConns(v: unknown, at: string, out: Problems, other?: unknown): void {
  if (other !== undefined && other !== true) {
    out.push(`${at}: otherProtocols may only be true`);
  }
  if (v === "all") {
    if (other !== undefined) out.push(`${at}: otherProtocols next to "all"`);
    return;
  }
  if (Array.isArray(v) && v.length === 0 && other === true) return;
  if (!Array.isArray(v) || v.length === 0) {
    out.push(`${at}: conns must be "all" or a non-empty list`);
    return;
  }
  let lastProto = -1;
  for (const [i, e] of (v as unknown[]).entries()) {
    const here = `${at}[${i}]`;
    if (!isObject(e)) {
      out.push(`${here}: not an object`);
      continue;
    }
    const p = PROTOCOLS.indexOf(e.protocol as string);
    if (p < 0) out.push(`${here}.protocol: ${JSON.stringify(e.protocol)}`);
    if (p <= lastProto) out.push(`${here}: protocols not sorted or repeated`);
    lastProto = p;
    if (!Array.isArray(e.ports) || e.ports.length === 0) {
      out.push(`${here}.ports: must be a non-empty list`);
      continue;
    }
    let lastEnd = -1;
    for (const [j, r] of (e.ports as unknown[]).entries()) {
      const ok =
        Array.isArray(r) &&
        r.length === 2 &&
        Number.isInteger(r[0]) &&
        Number.isInteger(r[1]) &&
        1 <= r[0] &&
        r[0] <= r[1] &&
        r[1] <= 65535;
      if (!ok) {
        out.push(`${here}.ports[${j}]: not a [from, to] port range`);
        continue;
      }
      // Merged: the next range starts after a gap.
      if (r[0] <= lastEnd + 1) out.push(`${here}.ports[${j}]: ranges not sorted and merged`);
      lastEnd = r[1];
    }
  }
}

function checkDiagnostics(v: unknown, at: string, out: Problems): void {
  if (!Array.isArray(v)) {
    out.push(`${at}: must be a list`);
    return;
  }
  for (const [i, d] of (v as unknown[]).entries()) {
    const here = `${at}[${i}]`;
    if (!isObject(d)) {
      out.push(`${here}: not an object`);
      continue;
    }
    if (!SEVERITIES.includes(d.severity as string)) out.push(`${here}.severity`);
    for (const k of ["code", "message", "file"]) {
      if (typeof d[k] !== "string" || d[k] === "") out.push(`${here}.${k}: must be a string`);
    }
    for (const k of ["line", "column"]) {
      if (!Number.isInteger(d[k]) || (d[k] as number) < 1) out.push(`${here}.${k}: must be ≥ 1`);
    }
  }
}

export function checkAnalyzeJson(doc: unknown): Problems {
  const out: Problems = [];
  if (!isObject(doc)) return ["$: not an object"];
  if (doc.schemaVersion !== 1) out.push("$.schemaVersion: must be 1");
  const ids = new Set<string>();
  if (!Array.isArray(doc.endpoints)) out.push("$.endpoints: must be a list");
  else
    for (const [i, e] of (doc.endpoints as unknown[]).entries()) {
      const at = `$.endpoints[${i}]`;
      if (!isObject(e)) {
        out.push(`${at}: not an object`);
        continue;
      }
      endpointId(e.id, `${at}.id`, out);
      if (typeof e.id === "string") {
        if (ids.has(e.id)) out.push(`${at}.id: duplicate ${e.id}`);
        ids.add(e.id);
      }
      if (e.type === "workload") {
        for (const k of ["namespace", "name", "kind"]) {
          if (typeof e[k] !== "string") out.push(`${at}.${k}: must be a string`);
        }
        if (e.id !== `${e.namespace}/${e.name}[${e.kind}]`)
          out.push(`${at}.id: not NAMESPACE/NAME[KIND]`);
        if (!isObject(e.labels) || !Object.values(e.labels).every((x) => typeof x === "string")) {
          out.push(`${at}.labels: must map strings to strings`);
        }
      } else if (e.type === "external") {
        if (
          !Array.isArray(e.ranges) ||
          !e.ranges.every((r) => typeof r === "string" && RANGE_ID.test(r))
        ) {
          out.push(`${at}.ranges: must be a list of START-END`);
        }
      } else out.push(`${at}.type: must be workload or external`);
    }
  if (!Array.isArray(doc.flows)) out.push("$.flows: must be a list");
  else
    for (const [i, f] of (doc.flows as unknown[]).entries()) {
      const at = `$.flows[${i}]`;
      if (!isObject(f)) {
        out.push(`${at}: not an object`);
        continue;
      }
      for (const k of ["src", "dst"] as const) {
        if (!ids.has(f[k] as string))
          out.push(`${at}.${k}: not a listed endpoint: ${String(f[k])}`);
      }
      if (!WORKLOAD_ID.test(String(f.src)) && !WORKLOAD_ID.test(String(f.dst))) {
        out.push(`${at}: external to external is left out`);
      }
      checkConns(f.conns, `${at}.conns`, out, f.otherProtocols);
    }
  checkDiagnostics(doc.diagnostics, "$.diagnostics", out);
  return out;
}

function checkChanges(v: unknown, at: string, out: Problems): void {
  if (!Array.isArray(v)) {
    out.push(`${at}: must be a list`);
    return;
  }
  for (const [i, c] of (v as unknown[]).entries()) {
    const here = `${at}[${i}]`;
    if (!isObject(c)) {
      out.push(`${here}: not an object`);
      continue;
    }
    endpointId(c.src, `${here}.src`, out);
    endpointId(c.dst, `${here}.dst`, out);
    checkConns(c.conns, `${here}.conns`, out, c.otherProtocols);
    if (!CAUSES.includes(c.cause as string)) out.push(`${here}.cause: ${JSON.stringify(c.cause)}`);
    if (!Array.isArray(c.policies) || !c.policies.every((p) => typeof p === "string")) {
      out.push(`${here}.policies: must be a list of ids`);
    }
  }
}

export function checkDiffJson(doc: unknown): Problems {
  const out: Problems = [];
  if (!isObject(doc)) return ["$: not an object"];
  if (doc.schemaVersion !== 1) out.push("$.schemaVersion: must be 1");
  for (const k of ["base", "head"])
    if (typeof doc[k] !== "string") out.push(`$.${k}: must be a string`);
  checkChanges(doc.opened, "$.opened", out);
  checkChanges(doc.closed, "$.closed", out);
  if (!isObject(doc.diagnostics)) out.push("$.diagnostics: must be {base, head}");
  else {
    checkDiagnostics(doc.diagnostics.base, "$.diagnostics.base", out);
    checkDiagnostics(doc.diagnostics.head, "$.diagnostics.head", out);
  }
  return out;
}

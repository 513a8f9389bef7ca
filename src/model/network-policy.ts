import { policyId } from "../core/ids.js";
import type { JsonObject, JsonPath, JsonValue } from "../parse/types.js";
import type { Cidr } from "./cidr.js";
import { policyFingerprint } from "./fingerprint.js";
import { lintNetworkPolicy } from "./lint-policy.js";
import { isObject, type ObjectContext } from "./object-context.js";
import { readPeers } from "./peers.js";
import { readPorts } from "./ports.js";
import { NETWORK_POLICY_SCHEMA } from "./schema.js";
import { MATCH_ALL, readSelector } from "./selector.js";
import type { Direction, Policy, PolicyDirection, Rule } from "./types.js";
import { validateFields } from "./validate-fields.js";
import { dns1123LabelProblem, dns1123SubdomainProblem } from "./validate-names.js";

/**
 * A `networking.k8s.io/v1` NetworkPolicy in the internal form (tier
 * `networkpolicy`, priority 0, every rule `allow`), or null when the API server
 * would reject it (the errors are on `ctx`).
 */
export function readNetworkPolicy(
  ctx: ObjectContext,
  namespace: string,
  clusterCidrs: readonly Cidr[],
): Policy | null {
  const { resource } = ctx;
  const object = resource.object;
  validateFields(ctx, NETWORK_POLICY_SCHEMA);
  const name = checkMetadata(ctx, namespace);
  const spec: JsonObject = isObject(object.spec) ? object.spec : {};
  const types = readPolicyTypes(ctx, spec);
  const podSelector = spec.podSelector ?? undefined;
  const pods =
    podSelector === undefined ? MATCH_ALL : readSelector(ctx, podSelector, ["spec", "podSelector"]);
  const peerOptions = { namespace, clusterCidrs };
  const rulesOf = (direction: Direction): Rule[] => {
    const list = spec[direction];
    if (!Array.isArray(list)) return [];
    const peersKey = direction === "ingress" ? "from" : "to";
    return list.map((raw, index): Rule => {
      const path: JsonPath = ["spec", direction, index];
      const rule: JsonObject = isObject(raw) ? raw : {};
      return {
        index,
        action: "allow",
        peers: readPeers(ctx, rule[peersKey], [...path, peersKey], peerOptions),
        ports: readPorts(ctx, rule.ports, [...path, "ports"]),
        // Looked up on first use (a report, an explanation): positions cost a full
        // YAML parse of the file, which a clean analysis never needs.
        get origin() {
          return resource.locate(path);
        },
        name: null,
      };
    });
  };
  // Rules of a direction not in policyTypes are still validated by the API server.
  const ingressRules = rulesOf("ingress");
  const egressRules = rulesOf("egress");
  lintNetworkPolicy(ctx, spec, types.explicit);
  if (ctx.errors > 0 || name === null) return null;
  const direction = (on: boolean, rules: Rule[]): PolicyDirection | null =>
    on ? { isolates: true, rules } : null;
  const fields: Omit<Policy, "fingerprint" | "origin"> = {
    id: policyId(namespace, name),
    kind: "NetworkPolicy",
    namespace,
    name,
    tier: "networkpolicy",
    priority: 0,
    subject: { namespaces: { kind: "named", name: namespace }, pods },
    ingress: direction(types.ingress, ingressRules),
    egress: direction(types.egress, egressRules),
  };
  const fingerprint = policyFingerprint(fields);
  return {
    ...fields,
    fingerprint,
    get origin() {
      return resource.locate([]);
    },
    get subjectOrigin() {
      return resource.locate(["spec", "podSelector"]);
    },
  };
}

function checkMetadata(ctx: ObjectContext, namespace: string): string | null {
  const name = isObject(ctx.resource.object.metadata)
    ? ctx.resource.object.metadata.name
    : undefined;
  if (typeof name !== "string" || name === "") {
    ctx.error("missing-field", "metadata.name is required: give the policy a name.", [
      "metadata",
      "name",
    ]);
    return null;
  }
  const problem = dns1123SubdomainProblem(name);
  if (problem !== null) {
    ctx.error("invalid-name", `metadata.name "${name}" ${problem}.`, ["metadata", "name"]);
    return null;
  }
  const nsProblem = dns1123LabelProblem(namespace);
  if (nsProblem !== null) {
    ctx.error("invalid-name", `namespace "${namespace}" ${nsProblem}.`, ["metadata", "namespace"]);
  }
  return name;
}

interface PolicyTypes {
  readonly ingress: boolean;
  readonly egress: boolean;
  /** Whether the manifest lists policyTypes (non-empty) itself. */
  readonly explicit: boolean;
}

/**
 * semantics.md §2.2: an empty or missing `policyTypes` becomes `[Ingress]`, plus
 * `Egress` when `spec.egress` is a non-empty list (SetDefaults_NetworkPolicy).
 * At most two entries, each exactly `Ingress` or `Egress`.
 */
function readPolicyTypes(ctx: ObjectContext, spec: JsonObject): PolicyTypes {
  const raw: JsonValue | undefined = spec.policyTypes ?? undefined;
  const list = Array.isArray(raw) ? raw : [];
  if (list.length === 0) {
    const egress = spec.egress;
    return { ingress: true, egress: Array.isArray(egress) && egress.length > 0, explicit: false };
  }
  if (list.length > 2) {
    ctx.error(
      "invalid-policy-types",
      `policyTypes may list at most 2 values (Ingress, Egress), not ${list.length}.`,
      ["spec", "policyTypes", 2],
    );
  }
  list.forEach((t, i) => {
    if (t === "Ingress" || t === "Egress" || typeof t !== "string") return;
    const fix = ["Ingress", "Egress"].find((v) => v.toLowerCase() === t.toLowerCase());
    const hint = fix !== undefined ? ` Values are case-sensitive: write "${fix}".` : "";
    ctx.error("invalid-policy-types", `policyTypes value "${t}" is not Ingress or Egress.${hint}`, [
      "spec",
      "policyTypes",
      i,
    ]);
  });
  return { ingress: list.includes("Ingress"), egress: list.includes("Egress"), explicit: true };
}

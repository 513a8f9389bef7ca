import type { JsonObject, JsonValue } from "../parse/types.js";
import { isObject, type ObjectContext } from "./object-context.js";

/**
 * Warnings for NetworkPolicies the API server accepts but that probably do not do
 * what their author meant (the mistakes the seed articles make).
 */
export function lintNetworkPolicy(
  ctx: ObjectContext,
  spec: JsonObject,
  explicitTypes: boolean,
): void {
  if (!isObject(ctx.resource.object.spec)) {
    ctx.warn(
      "missing-field",
      "the policy has no spec: it selects every pod in its namespace and denies all their ingress. Add spec.podSelector and rules.",
      [],
    );
    return;
  }
  if ((spec.podSelector ?? undefined) === undefined) {
    ctx.warn(
      "missing-field",
      "spec.podSelector is missing, so the policy selects every pod in its namespace; write podSelector: {} to say so, or a selector for the pods you mean.",
      ["spec"],
    );
  }
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
  const egress = spec.egress ?? undefined;
  const ingress = spec.ingress ?? undefined;
  if (explicitTypes && !types.includes("Egress") && Array.isArray(egress) && egress.length > 0) {
    ctx.warn(
      "policy-types-egress-ignored",
      "the egress rules are ignored: policyTypes does not list Egress. Add Egress to policyTypes, or remove the rules.",
      ["spec", "egress"],
    );
  }
  if (explicitTypes && !types.includes("Ingress") && Array.isArray(ingress) && ingress.length > 0) {
    ctx.warn(
      "ingress-in-egress-policy",
      "the ingress rules are ignored: policyTypes does not list Ingress. Add Ingress to policyTypes, or remove the rules.",
      ["spec", "ingress"],
    );
  }
  if (!explicitTypes && Array.isArray(egress) && egress.length === 0) {
    ctx.warn(
      "policy-types-egress-ignored",
      "egress: [] without policyTypes is not a deny-all: the API server defaults policyTypes to [Ingress]. Add policyTypes: [Ingress, Egress] to deny all egress.",
      ["spec", "egress"],
    );
  }
  lintOrInsteadOfAnd(ctx, spec, "ingress", "from");
  lintOrInsteadOfAnd(ctx, spec, "egress", "to");
}

type PeerShape = "pods-only" | "namespaces-only" | "other";

function peerShape(peer: JsonValue): PeerShape {
  if (!isObject(peer)) return "other";
  const pod = (peer.podSelector ?? undefined) !== undefined;
  const ns = (peer.namespaceSelector ?? undefined) !== undefined;
  const ip = (peer.ipBlock ?? undefined) !== undefined;
  if (ip) return "other";
  if (pod && !ns) return "pods-only";
  if (ns && !pod) return "namespaces-only";
  return "other";
}

/**
 * A `from`/`to` list with a podSelector-only entry and a separate
 * namespaceSelector-only entry: the two are ORed (semantics.md §2.4), which
 * usually was meant as one entry that ANDs them.
 */
function lintOrInsteadOfAnd(
  ctx: ObjectContext,
  spec: JsonObject,
  direction: "ingress" | "egress",
  key: "from" | "to",
): void {
  const rules = spec[direction];
  if (!Array.isArray(rules)) return;
  rules.forEach((rule, r) => {
    const peers = isObject(rule) ? rule[key] : undefined;
    if (!Array.isArray(peers)) return;
    const shapes = peers.map(peerShape);
    const podAt = shapes.indexOf("pods-only");
    const nsAt = shapes.indexOf("namespaces-only");
    if (podAt < 0 || nsAt < 0) return;
    const later = Math.max(podAt, nsAt);
    const [first, second] =
      podAt < nsAt
        ? [`${key}[${podAt}] (podSelector)`, `${key}[${nsAt}] (namespaceSelector)`]
        : [`${key}[${nsAt}] (namespaceSelector)`, `${key}[${podAt}] (podSelector)`];
    ctx.warn(
      "or-instead-of-and",
      `${first} and ${second} are separate peers, so they are ORed: pods matching the podSelector in the policy's namespace, OR every pod in the selected namespaces. To require both, put podSelector and namespaceSelector in one entry (remove the "-" before the second).`,
      ["spec", direction, r, key, later],
    );
  });
}

/**
 * fast-check arbitraries for random small clusters: 1–3 namespaces with labels,
 * 1–6 workloads with labels from a tiny alphabet and a few named ports, 0–4 policies
 * (mostly NetworkPolicies, sometimes admin or baseline tiers) with random rules,
 * peers, ports and ipBlocks.
 */
import fc from "fast-check";
import type {
  ContainerPort,
  LabelSelector,
  Model,
  Namespace,
  Peer,
  Policy,
  PortMatch,
  Rule,
  RuleAction,
  SelectorRequirement,
  Workload,
} from "../../src/model/types.js";
import {
  cport,
  expr,
  ipBlock,
  model,
  named,
  namespace,
  netpol,
  podsIn,
  podsWhere,
  proto,
  rule,
  sctp,
  sel,
  tcp,
  tiered,
  udp,
  workload,
} from "./model-builders.js";

const NAMESPACES = ["x", "y", "z"] as const;
const KEYS = ["app", "tier"] as const;
const NS_KEYS = ["team", "kubernetes.io/metadata.name"] as const;
const VALUES = ["a", "b"] as const;

const CONTAINER_PORTS: readonly ContainerPort[] = [
  cport(80, "http"),
  cport(8080, "http"),
  cport(53, "dns", "UDP"),
  cport(53, "dns", "TCP"),
  cport(9090, "metrics"),
  cport(81),
];

const PORT_MATCHES: readonly PortMatch[] = [
  tcp(80),
  tcp(80, 81),
  tcp(8000, 9000),
  udp(53),
  sctp(9090),
  proto("UDP"),
  proto("TCP"),
  named("http"),
  named("dns", "UDP"),
  named("metrics", "UDP"), // protocol mismatch: resolves nowhere
  named("nope"),
];

const IP_BLOCKS: readonly Peer[] = [
  ipBlock("10.0.0.0/8", ["10.1.0.0/16"]),
  ipBlock("10.0.0.0/16"),
  ipBlock("0.0.0.0/0", ["10.0.0.0/8", "192.168.0.0/16"]),
  ipBlock("192.168.1.0/24"),
  ipBlock("2001:db8::/32", ["2001:db8:1::/48"]),
];

const labelsArb = (keys: readonly string[]) =>
  fc
    .subarray([...keys])
    .chain((ks) =>
      fc
        .tuple(...ks.map(() => fc.constantFrom(...VALUES)))
        .map((vs) => Object.fromEntries(ks.map((k, i) => [k, vs[i]!]))),
    );

const requirementArb = (
  keys: readonly string[],
  values: readonly string[],
): fc.Arbitrary<SelectorRequirement> =>
  fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...keys),
        fc.constantFrom("In" as const, "NotIn" as const),
        fc.subarray([...values], { minLength: 1 }),
      )
      .map(([k, op, vs]) => expr(k, op, vs)),
    fc
      .tuple(fc.constantFrom(...keys), fc.constantFrom("Exists" as const, "DoesNotExist" as const))
      .map(([k, op]) => expr(k, op)),
  );

const selectorArb = (
  keys: readonly string[],
  values: readonly string[] = VALUES,
): fc.Arbitrary<LabelSelector> =>
  fc
    .tuple(
      fc
        .subarray([...keys], { maxLength: 1 })
        .chain((ks) =>
          fc
            .tuple(...ks.map(() => fc.constantFrom(...values)))
            .map((vs) => Object.fromEntries(ks.map((k, i) => [k, vs[i]!]))),
        ),
      fc.array(requirementArb(keys, values), { maxLength: 2 }),
    )
    .map(([ml, me]) => sel(ml, me));

const nsSelectorArb = selectorArb(NS_KEYS, [...VALUES, ...NAMESPACES]);

const peerArb = (ns: string): fc.Arbitrary<Peer> =>
  fc.oneof(
    { weight: 3, arbitrary: selectorArb(KEYS).map((s) => podsIn(ns, s)) },
    {
      weight: 2,
      arbitrary: fc.tuple(nsSelectorArb, selectorArb(KEYS)).map(([n, p]) => podsWhere(n, p)),
    },
    { weight: 1, arbitrary: nsSelectorArb.map((n) => podsWhere(n)) },
    { weight: 2, arbitrary: fc.constantFrom(...IP_BLOCKS) },
  );

const ruleArb = (ns: string, actions: readonly RuleAction[]): fc.Arbitrary<Rule> =>
  fc
    .tuple(
      fc.oneof(fc.constant("any" as const), fc.array(peerArb(ns), { minLength: 1, maxLength: 2 })),
      fc.oneof(
        fc.constant("all" as const),
        fc.subarray([...PORT_MATCHES], { minLength: 1, maxLength: 2 }),
      ),
      fc.constantFrom(...actions),
    )
    .map(([peers, ports, action]) => rule(peers, ports, action));

const rulesArb = (ns: string, actions: readonly RuleAction[]) =>
  fc.option(fc.array(ruleArb(ns, actions), { maxLength: 3 }), { nil: null, freq: 3 });

const netpolArb = (namespaces: readonly string[], name: string): fc.Arbitrary<Policy> =>
  fc
    .constantFrom(...namespaces)
    .chain((ns) =>
      fc
        .tuple(selectorArb(KEYS), rulesArb(ns, ["allow"]), rulesArb(ns, ["allow"]))
        .map(([subject, ingress, egress]) => netpol(ns, name, { subject, ingress, egress })),
    );

const tieredArb = (name: string): fc.Arbitrary<Policy> =>
  fc.constantFrom("admin" as const, "baseline" as const).chain((tier) => {
    const actions: RuleAction[] = tier === "admin" ? ["allow", "deny", "pass"] : ["allow", "deny"];
    return fc
      .tuple(
        fc.integer({ min: 0, max: 2 }),
        nsSelectorArb,
        selectorArb(KEYS),
        rulesArb("x", actions),
        rulesArb("x", actions),
      )
      .map(([priority, namespaces, pods, ingress, egress]) =>
        tiered(tier, name, priority, { namespaces, pods, ingress, egress }),
      );
  });

export const policyArb = (
  namespaces: readonly string[],
  name: string,
  withTiers: boolean,
): fc.Arbitrary<Policy> =>
  withTiers
    ? fc.oneof(
        { weight: 3, arbitrary: netpolArb(namespaces, name) },
        { weight: 1, arbitrary: tieredArb(name) },
      )
    : netpolArb(namespaces, name);

const workloadArb = (namespaces: readonly string[], name: string): fc.Arbitrary<Workload> =>
  fc
    .tuple(
      fc.constantFrom(...namespaces),
      fc.constantFrom("Deployment", "Pod", "StatefulSet"),
      labelsArb(KEYS),
      fc.subarray([...CONTAINER_PORTS], { maxLength: 3 }),
    )
    .map(([ns, kind, labels, ports]) => workload(ns, name, { kind, labels, ports }));

/** A random small cluster. `withTiers` adds admin/baseline policies to exercise the generic path. */
export const clusterArb = (opts: { withTiers?: boolean } = {}): fc.Arbitrary<Model> =>
  fc
    .subarray([...NAMESPACES], { minLength: 1 })
    .chain((names) =>
      fc.tuple(
        fc.tuple(...names.map((n) => labelsArb(["team"]).map((l): Namespace => namespace(n, l)))),
        fc
          .integer({ min: 1, max: 6 })
          .chain((k) =>
            fc.tuple(...Array.from({ length: k }, (_, i) => workloadArb(names, `w${i}`))),
          ),
        fc
          .integer({ min: 0, max: 4 })
          .chain((k) =>
            k === 0
              ? fc.constant([] as Policy[])
              : fc.tuple(
                  ...Array.from({ length: k }, (_, i) =>
                    policyArb(names, `p${i}`, opts.withTiers ?? false),
                  ),
                ),
          ),
      ),
    )
    .map(([namespaces, workloads, policies]) => model({ namespaces, workloads, policies }));

export { ruleArb };

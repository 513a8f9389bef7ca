/**
 * The shape of a NetworkPolicy as the API server's OpenAPI schema describes it
 * (networking/v1 types.go, ObjectMeta), for strict field validation: kubectl
 * `--validate=strict` rejects unknown fields and wrong value types.
 */
export type FieldSchema =
  | { readonly type: "object"; readonly fields: Readonly<Record<string, FieldSchema>> }
  | { readonly type: "array"; readonly items: FieldSchema }
  | { readonly type: "string" }
  | { readonly type: "integer" }
  | { readonly type: "boolean" }
  | { readonly type: "int-or-string" }
  | { readonly type: "string-map" }
  | { readonly type: "any" };

const str: FieldSchema = { type: "string" };
const int: FieldSchema = { type: "integer" };
const any: FieldSchema = { type: "any" };
const stringMap: FieldSchema = { type: "string-map" };
const object = (fields: Record<string, FieldSchema>): FieldSchema => ({ type: "object", fields });
const array = (items: FieldSchema): FieldSchema => ({ type: "array", items });

export const LABEL_SELECTOR_SCHEMA = object({
  matchLabels: stringMap,
  matchExpressions: array(object({ key: str, operator: str, values: array(str) })),
});

const OBJECT_META_SCHEMA = object({
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int,
  creationTimestamp: any,
  deletionTimestamp: any,
  deletionGracePeriodSeconds: int,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: any,
  finalizers: array(str),
  managedFields: any,
});

const PEER_SCHEMA = object({
  podSelector: LABEL_SELECTOR_SCHEMA,
  namespaceSelector: LABEL_SELECTOR_SCHEMA,
  ipBlock: object({ cidr: str, except: array(str) }),
});

const PORT_SCHEMA = object({ protocol: str, port: { type: "int-or-string" }, endPort: int });

export const NETWORK_POLICY_SCHEMA = object({
  apiVersion: str,
  kind: str,
  metadata: OBJECT_META_SCHEMA,
  spec: object({
    podSelector: LABEL_SELECTOR_SCHEMA,
    ingress: array(object({ from: array(PEER_SCHEMA), ports: array(PORT_SCHEMA) })),
    egress: array(object({ to: array(PEER_SCHEMA), ports: array(PORT_SCHEMA) })),
    policyTypes: array(str),
  }),
  // NetworkPolicyStatus existed in 1.24–1.26; ignored by enforcement.
  status: any,
});

/** Where each field name of the NetworkPolicy spec may appear, e.g. `ports` → `spec.ingress[]`. */
export function fieldHomes(schema: FieldSchema, at = ""): Map<string, string[]> {
  const homes = new Map<string, string[]>();
  const walk = (s: FieldSchema, path: string): void => {
    if (s.type === "array") walk(s.items, `${path}[]`);
    if (s.type !== "object") return;
    for (const [name, child] of Object.entries(s.fields)) {
      if (path === "" && name === "metadata") continue;
      const list = homes.get(name) ?? [];
      list.push(path === "" ? "(top level)" : path);
      homes.set(name, list);
      walk(child, path === "" ? name : `${path}.${name}`);
    }
  };
  walk(schema, at);
  return homes;
}

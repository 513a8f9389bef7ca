/** Small real manifests for git and diff tests. */

export function namespaceYaml(name: string, labels: Record<string, string> = {}): string {
  const lines = Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`);
  return [
    "apiVersion: v1",
    "kind: Namespace",
    "metadata:",
    `  name: ${name}`,
    ...(lines.length ? ["  labels:", ...lines] : []),
    "",
  ].join("\n");
}

export function deploymentYaml(
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ports: readonly number[] = [8080],
): string {
  const labelLines = Object.entries(labels).map(([k, v]) => `        ${k}: ${v}`);
  const selectorLines = Object.entries(labels).map(([k, v]) => `      ${k}: ${v}`);
  return [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    "spec:",
    "  selector:",
    "    matchLabels:",
    ...selectorLines,
    "  template:",
    "    metadata:",
    "      labels:",
    ...labelLines,
    "    spec:",
    "      containers:",
    "        - name: main",
    "          image: example/app:1",
    ...(ports.length
      ? ["          ports:", ...ports.map((p) => `            - containerPort: ${p}`)]
      : []),
    "",
  ].join("\n");
}

export const DEFAULT_DENY_INGRESS = (namespace: string) =>
  [
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    "  name: default-deny",
    `  namespace: ${namespace}`,
    "spec:",
    "  podSelector: {}",
    "  policyTypes:",
    "    - Ingress",
    "",
  ].join("\n");

/** An ingress policy on `app: <target>` allowing `app: <from>` (same namespace) on `ports`. */
export function allowFromYaml(
  namespace: string,
  name: string,
  target: string,
  from: string,
  ports: readonly number[],
): string {
  return [
    "apiVersion: networking.k8s.io/v1",
    "kind: NetworkPolicy",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    "spec:",
    "  podSelector:",
    "    matchLabels:",
    `      app: ${target}`,
    "  ingress:",
    "    - from:",
    "        - podSelector:",
    "            matchLabels:",
    `              app: ${from}`,
    "      ports:",
    ...ports.map((p) => `        - port: ${p}`),
    "",
  ].join("\n");
}

import { parse, parseAllDocuments } from "yaml";

/**
 * Some upstream tests relabel a namespace or a pod before their last probe
 * (`AddNamespaceLabel`, `AddPodLabels`). A scenario says so in `relabel.yaml`:
 *
 *   namespaces: { y: { ns2: updated } }
 *   pods: { x/b: { pod2: updated } }
 *
 * and this adds those labels to the shared cluster manifest, strictly: naming a
 * namespace or pod that is not in the cluster fails.
 */
export function applyRelabel(clusterText: string, relabelText: string, file: string): string {
  const spec: unknown = parse(relabelText);
  const wanted = new Map<string, Record<string, string>>();
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new Error(`${file}: must be a mapping with "namespaces" and/or "pods"`);
  }
  for (const [section, entries] of Object.entries(spec)) {
    if (section !== "namespaces" && section !== "pods") {
      throw new Error(`${file}: unknown key "${section}" (allowed: namespaces, pods)`);
    }
    if (typeof entries !== "object" || entries === null)
      throw new Error(`${file}: ${section} must be a mapping`);
    for (const [target, labels] of Object.entries(entries as Record<string, unknown>)) {
      if (typeof labels !== "object" || labels === null)
        throw new Error(`${file}: ${target} needs a label map`);
      const kind = section === "namespaces" ? "Namespace" : "Pod";
      wanted.set(`${kind} ${target}`, labels as Record<string, string>);
    }
  }
  const found = new Set<string>();
  const docs = parseAllDocuments(clusterText);
  if (!Array.isArray(docs)) throw new Error("cluster.yaml is empty");
  const out = docs.map((doc) => {
    const kind = doc.getIn(["kind"]);
    const name = doc.getIn(["metadata", "name"]);
    const ns = doc.getIn(["metadata", "namespace"]);
    const key =
      kind === "Pod" ? `Pod ${String(ns)}/${String(name)}` : `${String(kind)} ${String(name)}`;
    const labels = wanted.get(key);
    if (labels) {
      found.add(key);
      for (const [k, v] of Object.entries(labels)) doc.setIn(["metadata", "labels", k], String(v));
    }
    return String(doc);
  });
  for (const key of wanted.keys()) {
    if (!found.has(key)) throw new Error(`${file}: ${key} is not in cluster.yaml`);
  }
  // Every document after the first carries its own "---" marker, so joining keeps them apart.
  const joined = out.join("");
  if (parseAllDocuments(joined).length !== docs.length)
    throw new Error(`${file}: relabelling lost a document`);
  return joined;
}

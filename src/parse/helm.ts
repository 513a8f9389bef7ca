import type { JsonPath } from "./types.js";

/**
 * A Go-template action as Helm writes them: `{{-`, `-}}` or `{{ .Values…`,
 * `{{ include …`, `{{ if …` and the like. Only used to point at the template in a
 * file that did not parse: Alertmanager and Prometheus configs write `{{ if }}`,
 * `{{ range }}` and `{{- … }}` too, inside strings and block scalars that are valid
 * YAML, so a match alone says nothing (see {@link findHelmValue}).
 */
const HELM_ACTION =
  /\{\{-|-\}\}|\{\{\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include\s|template\s|if\s|else\b|end\b|range\s|with\s|define\s|toYaml\b|tpl\s|\/\*)/;

/** The offset of the first Helm-looking template action in `text`, else of the first `{{`. */
export function templateOffset(text: string): number {
  const m = HELM_ACTION.exec(text);
  if (m === null) return text.indexOf("{{");
  return m.index + Math.max(m[0].indexOf("{{"), 0);
}

/** What only Helm puts in a template: its built-in objects, and `include`, `tpl`, `toYaml`. */
const HELM_REFERENCE =
  /\{\{[^}]*?(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template)\b|\{\{-?\s*(?:include|tpl|toYaml)\s/;

/**
 * The path of the first key or one-line string of a decoded document that holds a
 * Helm-only reference (`{{ .Values.image }}`, `{{ include … }}`): a template that
 * happens to be valid YAML, such as a quoted `"{{ .Release.Name }}"`. Multi-line
 * strings (block scalars: an embedded config file, Alertmanager templates) and
 * comments are not looked at, so valid YAML that only carries templates as text is
 * read normally. Null when there is none. The caller looks only in files with a `{{`.
 */
export function findHelmValue(value: unknown): JsonPath | null {
  const stack: [unknown, JsonPath][] = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === "string") {
      if (!v.includes("\n") && HELM_REFERENCE.test(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
    } else if (typeof v === "object" && v !== null) {
      const entries = Object.entries(v);
      for (const [key] of entries) if (HELM_REFERENCE.test(key)) return [...path, key];
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push([entries[i]![1], [...path, entries[i]![0]]]);
    }
  }
  return null;
}

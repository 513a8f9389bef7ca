/**
 * A Go-template action that only Helm writes: `{{-`, `-}}` or `{{ .Values…`,
 * `{{ include …`, `{{ if …` and the like. Prometheus rules and Alertmanager
 * configs also hold `{{ $labels… }}` inside strings and block scalars, and
 * those are valid YAML. Any other `{{` that breaks the YAML is caught after
 * decoding (see `parseFile`): an unquoted `{{` never decodes cleanly.
 */
const HELM_ACTION =
  /\{\{-|-\}\}|\{\{\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include\s|template\s|if\s|else\b|end\b|range\s|with\s|define\s|toYaml\b|tpl\s|\/\*)/;

/**
 * The offset of the first Helm-only template action in `text`, or -1. Cheap
 * when there is no `{{` at all, which is the common case.
 */
export function findHelmAction(text: string): number {
  if (!text.includes("{{")) return -1;
  const m = HELM_ACTION.exec(text);
  if (m === null) return -1;
  return m.index + Math.max(m[0].indexOf("{{"), 0);
}

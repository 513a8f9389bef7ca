/**
 * Escaping for every output language in one place: ids and file paths come from user
 * manifests and must never break a table, a code fence, a `<details>` block, a
 * mermaid label or a dot string.
 */

/** Text outside code: no HTML tags, no table breaks, no markdown emphasis. */
export function mdText(text: string): string {
  return text
    .replace(/([\\`*_[\]])/g, "\\$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

/**
 * An inline code span that is also safe in a table cell: backticks inside get a longer
 * fence, pipes are escaped (GFM applies `\|` inside code spans in tables), newlines go.
 */
export function mdCode(text: string): string {
  const flat = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const runs = flat.match(/`+/g) ?? [];
  const longest = runs.reduce((m, r) => Math.max(m, r.length), 0);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A URL inside `(...)` of a markdown link: no spaces, no parentheses that end it early. */
export function mdUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A mermaid node or edge label, used inside `"..."`: entity codes for what breaks it. */
export function mermaidLabel(text: string): string {
  return text.replace(/["<>`#&|\r\n[\]{}]/g, (c) => {
    if (c === "\r" || c === "\n") return " ";
    return `#${c.charCodeAt(0)};`;
  });
}

/** A double-quoted dot (graphviz) string. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

/** Text placed inside an HTML comment (`<!-- ... -->`): no `--`, no `>`. */
export function htmlCommentText(text: string): string {
  return text.replace(/-{2,}/g, "-").replace(/>/g, "");
}

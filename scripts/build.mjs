// Bundles the CLI and the Action entry points. Deterministic: same source, same bytes
// (CI rebuilds and fails when dist/ differs from what is committed).
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const banner = {
  js: 'import { createRequire as __reachdiffCreateRequire } from "node:module";\nconst require = __reachdiffCreateRequire(import.meta.url);',
};

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  banner,
  define: { __REACHDIFF_VERSION__: JSON.stringify(version) },
};

await build({
  ...common,
  entryPoints: ["src/cli.ts"],
  outfile: "dist/cli.js",
  banner: { js: `#!/usr/bin/env node\n${banner.js}` },
});
await build({ ...common, entryPoints: ["src/action.ts"], outfile: "dist/index.js" });

// The esbuild options of the bundles, shared by scripts/build.mjs and the tests that
// build the Action exactly as it ships.
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

export const REQUIRE_SHIM =
  'import { createRequire as __reachdiffCreateRequire } from "node:module";\nconst require = __reachdiffCreateRequire(import.meta.url);';

/** Options for one bundle: `entry` (a path) into `outfile`. */
export function bundleOptions(entry, outfile, { shebang = false } = {}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    logLevel: "warning",
    banner: { js: shebang ? `#!/usr/bin/env node\n${REQUIRE_SHIM}` : REQUIRE_SHIM },
    define: { __REACHDIFF_VERSION__: JSON.stringify(version) },
  };
}

// Bundles the CLI and the Action entry points. Deterministic: same source, same bytes
// (CI rebuilds and fails when dist/ differs from what is committed).
import { build } from "esbuild";
import { bundleOptions } from "./esbuild-options.mjs";

await build(bundleOptions("src/cli.ts", "dist/cli.js", { shebang: true }));
await build(bundleOptions("src/action.ts", "dist/index.js"));

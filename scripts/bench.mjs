// `npm run bench`: speed figures for each stage of the pipeline on synthetic clusters.
// Not a test: it prints numbers and asserts nothing. Bundles scripts/bench-core.ts with
// esbuild into a temp file and runs it with node.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { $ } from "zx";

const out = join(tmpdir(), `reachdiff-bench-${process.pid}.mjs`);
await build({
  entryPoints: [new URL("./bench-core.ts", import.meta.url).pathname],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  banner: {
    js: 'import { createRequire as __cr } from "node:module";\nconst require = __cr(import.meta.url);',
  },
});
await $({ stdio: "inherit" })`node ${out} ${process.argv.slice(2)}`;
await $`rm -f ${out}`;

import type { BuildOptions } from "esbuild";

export declare const REQUIRE_SHIM: string;
export declare function bundleOptions(
  entry: string,
  outfile: string,
  options?: { shebang?: boolean },
): BuildOptions;

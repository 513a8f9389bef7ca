import { formatConns } from "../../src/engine/conn-set.js";
import { buildGraph, expandFlows } from "../../src/engine/index.js";
import type { Model } from "../../src/model/types.js";

/** The flow's connections from `src` to `dst` in the engine's output, formatted (`none` when absent). */
export function flowText(m: Model, src: string, dst: string): string {
  for (const f of expandFlows(buildGraph(m))) {
    if (f.src === src && f.dst === dst) return formatConns(f.conns);
  }
  return "none";
}

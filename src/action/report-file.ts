import { tmpdir } from "node:os";
import { join } from "node:path";
import { commentMarker } from "../render/marker.js";

/**
 * Where the step's JSON report goes (the `report` output): `RUNNER_TEMP` (else the OS temp),
 * named `reachdiff-report-HASH.json` with the HASH of the comment marker (the sorted,
 * normalized `paths`), so two reachdiff steps over different folders in one job keep
 * their reports apart, as they keep their comments.
 */
export function reportFilePath(env: NodeJS.ProcessEnv, paths: readonly string[]): string {
  const hash = /reachdiff:([0-9a-f]+)/.exec(commentMarker(paths))?.[1] ?? "report";
  return join(env.RUNNER_TEMP || tmpdir(), `reachdiff-report-${hash}.json`);
}

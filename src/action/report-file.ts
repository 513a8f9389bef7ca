import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the step's JSON report goes (the `report` output): `RUNNER_TEMP`, else the OS temp. */
export function reportFilePath(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TEMP || tmpdir(), "reachdiff-report.json");
}

import { writeFile } from "node:fs/promises";
import type { GitSourceError } from "../adapters/git-source.js";
import type { FailOn } from "./inputs.js";
import type { ActionIo } from "./io.js";

export interface UnreadableRequest {
  readonly error: GitSourceError;
  readonly failOn: ReadonlySet<FailOn>;
  /** Where the `report` output points. */
  readonly reportPath: string;
  readonly io: ActionIo;
}

/**
 * A revision that cannot be read (issue 4: "an unreadable head" is part of the `error`
 * gate). The summary says why and every output is set, so later steps never read stale
 * values: `opened` and `closed` are empty (unknown, not zero) and `report` names a JSON
 * document `{schemaVersion: 1, error: {kind, message}}`. The step fails only when `fail-on`
 * names `error` (the default); otherwise it warns. Returns the failure message or null.
 */
export async function reportUnreadable(req: UnreadableRequest): Promise<string | null> {
  const { error, io } = req;
  const fails = req.failOn.has("error");
  const document = { schemaVersion: 1, error: { kind: error.kind, message: error.message } };
  await writeFile(req.reportPath, `${JSON.stringify(document, null, 2)}\n`, "utf8");
  io.setOutput("opened", "");
  io.setOutput("closed", "");
  io.setOutput("report", req.reportPath);
  io.setOutput("comment-url", "");
  io.setOutput("egress-commit", "");
  const consequence = fails
    ? "The step fails (`fail-on` includes `error`)."
    : "The step does not fail: `fail-on` does not include `error`.";
  await io.appendSummary(
    `### reachdiff could not read the revisions\n\n${error.message}\n\nNothing was compared. ${consequence}\n`,
  );
  if (fails) return `reachdiff: ${error.message}`;
  io.warning(`reachdiff: ${error.message} (not failing: fail-on does not include error)`);
  return null;
}

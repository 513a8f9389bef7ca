/**
 * The GitHub Action's entry point (bundled to dist/index.js). It only wires the real
 * adapters to `run` and turns the outcome, or an unexpected error, into one `setFailed`.
 */
import { coreIo } from "./action/io.js";
import { run } from "./action/run.js";
import { createGitHubClient, redactToken } from "./adapters/github-client.js";

try {
  const result = await run({
    env: process.env,
    io: coreIo,
    createGitHub: createGitHubClient,
    cwd: process.cwd(),
  });
  if (result.failure !== null) coreIo.setFailed(result.failure);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const token = process.env["INPUT_GITHUB-TOKEN"] || process.env.GITHUB_TOKEN || "";
  coreIo.setFailed(`reachdiff: ${redactToken(message, token)}`);
}

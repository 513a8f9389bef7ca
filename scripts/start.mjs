// `npm start`: the main job on the bundled example — the PR comment for the newest
// change to policies/, as reachdiff would post it. Without git history (a tarball)
// it diffs the bundled before/after pair instead.
import { $, cd } from "zx";

$.verbose = false;
$.quiet = true;
cd(new URL("..", import.meta.url).pathname);

const cli = ["node", "dist/cli.js"];
let args;
const inGit = await $`git rev-parse --is-inside-work-tree`.nothrow();
const newest = inGit.exitCode === 0 ? await $`git log -1 --format=%H -- policies`.nothrow() : null;
const sha = newest?.stdout.trim();
const parent = sha ? await $`git rev-parse --verify --quiet ${`${sha}^`}`.nothrow() : null;
if (sha && parent?.exitCode === 0) {
  const subject = (await $`git log -1 --format=%s ${sha}`).stdout.trim();
  console.error(`reachdiff: the PR comment for ${sha.slice(0, 7)} "${subject}"\n`);
  args = ["diff", "--base", `${sha}^`, "--head", sha, "policies", "--format", "markdown"];
} else {
  console.error("reachdiff: no git history here; diffing examples/pr-change/{base,head}\n");
  args = [
    "diff",
    "--base-dir",
    "examples/pr-change/base",
    "--head-dir",
    "examples/pr-change/head",
    "--format",
    "markdown",
  ];
}
const run = await $({ stdio: "inherit" })`${cli} ${args}`.nothrow();
process.exitCode = run.exitCode ?? 2;

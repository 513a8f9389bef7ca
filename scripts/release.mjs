#!/usr/bin/env node
// Tags a release of the Action: `vX.Y.Z` from package.json, and moves the major tag `vX`
// (what users write in `uses: OWNER/reachdiff@vX`) to the same commit.
//
//   node scripts/release.mjs [--dry-run] [--remote origin]
//
// Refuses, changing nothing, when: the tree is dirty; dist/ differs from a fresh
// `npm run package`; HEAD is not on the remote yet; vX.Y.Z already exists; or the current
// vX is not an ancestor of HEAD (a major tag only ever moves forward).
//
// Nothing is ever force-pushed. Moving vX is two explicit, ordinary pushes:
//   1. git push REMOTE :refs/tags/vX          (delete the old tag ref)
//   2. git push REMOTE refs/tags/vX           (push the new one)
// Between the two, `@vX` does not resolve for a moment (seconds); the script does them back
// to back, and if step 2 fails it prints the exact command that puts the old tag back. We
// accept that short window rather than a force push, which could silently replace a tag
// someone else moved in the meantime: step 1 is preceded by a check that the remote vX is
// still the commit we saw, and the new vX must descend from it.
import { $, argv, echo, fs } from "zx";

$.verbose = false;
const dryRun = Boolean(argv["dry-run"]);
const remote = String(argv.remote ?? "origin");

function refuse(message) {
  echo(`release: refused: ${message}`);
  process.exit(1);
}

async function run(cmd) {
  if (dryRun) {
    echo(`[dry-run] ${cmd.join(" ")}`);
    return;
  }
  echo(`$ ${cmd.join(" ")}`);
  await $`${cmd}`;
}

const { version } = JSON.parse(await fs.readFile("package.json", "utf8"));
const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
if (!m) refuse(`package.json version "${version}" is not X.Y.Z`);
const tag = `v${version}`;
const major = `v${m[1]}`;

if ((await $`git status --porcelain`).stdout.trim() !== "") {
  refuse("the working tree has changes: commit or remove them first");
}

echo("release: rebuilding dist/ to check that it is fresh…");
let stale;
try {
  await $`npm run --silent package`;
  stale = (await $`git status --porcelain -- dist/`).stdout.trim();
} finally {
  // The check must change nothing: put dist/ back as committed (the tree was clean above,
  // so anything new or different under dist/ is the rebuild's), whether it differed or not.
  await $`git checkout -- dist/`.nothrow();
  await $`git clean -fdq -- dist/`.nothrow();
}
if (stale !== "") {
  refuse(
    `dist/ is stale (a fresh build differs):\n${stale}\nRun \`npm run package\`, commit dist/ and try again.`,
  );
}

const head = (await $`git rev-parse HEAD`).stdout.trim();
await $`git fetch --quiet --tags ${remote}`;
const onRemote = await $`git branch -r --contains ${head}`.nothrow();
if (onRemote.stdout.trim() === "")
  refuse(`HEAD ${head.slice(0, 7)} is not on ${remote} yet: push it first`);

const existing = await $`git rev-parse -q --verify refs/tags/${tag}`.nothrow();
if (existing.exitCode === 0) refuse(`${tag} already exists: bump the version in package.json`);

const remoteMajor = (
  await $`git ls-remote --tags ${remote} refs/tags/${major}^{} refs/tags/${major}`
).stdout
  .trim()
  .split("\n")
  .filter(Boolean)
  .map((line) => line.split("\t"));
// An annotated tag lists its commit as `refs/tags/vX^{}`; a lightweight one only `refs/tags/vX`.
const peeled = remoteMajor.find(([, ref]) => ref.endsWith("^{}")) ?? remoteMajor[0];
const oldMajor = peeled?.[0] ?? null;
if (oldMajor !== null) {
  const ancestor = await $`git merge-base --is-ancestor ${oldMajor} ${head}`.nothrow();
  if (ancestor.exitCode !== 0) {
    refuse(
      `${major} on ${remote} (${oldMajor.slice(0, 7)}) is not an ancestor of HEAD: a major tag only moves forward`,
    );
  }
}

await run(["git", "tag", "-a", tag, "-m", `reachdiff ${tag}`, head]);
await run(["git", "push", remote, `refs/tags/${tag}`]);

if (oldMajor === head) {
  echo(`release: ${major} already points at ${head.slice(0, 7)}`);
} else {
  const local = await $`git rev-parse -q --verify refs/tags/${major}`.nothrow();
  if (local.exitCode === 0) await run(["git", "tag", "-d", major]);
  await run(["git", "tag", "-a", major, "-m", `reachdiff ${tag}`, head]);
  if (oldMajor !== null) {
    // Re-check right before deleting: someone may have moved it since we looked.
    const now = (await $`git ls-remote --tags ${remote} refs/tags/${major}^{} refs/tags/${major}`)
      .stdout;
    if (!now.includes(oldMajor))
      refuse(`${major} on ${remote} changed while releasing; nothing was moved`);
    echo(
      `release: moving ${major} from ${oldMajor.slice(0, 7)} to ${head.slice(0, 7)} by deleting and re-pushing the tag (no force push)`,
    );
    await run(["git", "push", remote, `:refs/tags/${major}`]);
  }
  try {
    await run(["git", "push", remote, `refs/tags/${major}`]);
  } catch (error) {
    echo(`release: pushing ${major} failed: ${error.message}`);
    if (oldMajor !== null)
      echo(`release: restore the old tag with: git push ${remote} ${oldMajor}:refs/tags/${major}`);
    process.exit(1);
  }
}
echo(
  `release: ${tag} and ${major} → ${head.slice(0, 7)}${dryRun ? " (dry run: nothing was pushed)" : ""}`,
);

import { once } from "node:events";
import { main } from "./cli/main.js";

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  outAsync: async (text) => {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  },
});
process.exitCode = code;

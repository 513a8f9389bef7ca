import { main } from "./cli/main.js";

/**
 * Writes to `stream` until its reader goes away (`reachdiff … | head`): then the rest of
 * the output is dropped quietly, where Node would print an EPIPE stack trace, and the
 * command still ends with its own exit code.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: writer(process.stdout),
  err: writer(process.stderr),
});
process.exitCode = code;

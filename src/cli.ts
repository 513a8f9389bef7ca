import { once } from "node:events";
import { main } from "./cli/main.js";

/**
 * Writes to `stream` until its reader goes away (`reachdiff … | head`): then the rest of
 * the output is dropped quietly, where Node would print an EPIPE stack trace, and the
 * command still ends with its own exit code.
 */
function writer(stream: NodeJS.WriteStream): {
  write: (text: string) => void;
  writeAsync: (text: string) => Promise<void>;
} {
  let closed = false;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
    // A reader gone mid-stream must not leave a writer waiting for 'drain'.
    stream.emit("drain");
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    // Streamed output (JSON of millions of pairs) waits for the reader to keep up.
    writeAsync: async (text) => {
      if (closed) return;
      if (!stream.write(text) && !closed) await once(stream, "drain");
    },
  };
}

const stdout = writer(process.stdout);
const stderr = writer(process.stderr);
const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: stdout.write,
  err: stderr.write,
  outAsync: stdout.writeAsync,
});
process.exitCode = code;

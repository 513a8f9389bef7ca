/** Ends an exhaustive `switch`: the compiler proves the call unreachable. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

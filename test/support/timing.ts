/** Timing for the tests that hold the engine to linear time on a machine other work shares. */

/** Milliseconds one run takes. */
export function millisecondsOf(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The faster of two runs after a warm-up: the least disturbed by other work, so a busy machine does not fail the test. */
export function fastest(run: () => void): number {
  run();
  return Math.min(millisecondsOf(run), millisecondsOf(run));
}

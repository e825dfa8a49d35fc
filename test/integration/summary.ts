/**
 * How the suite tells a runner its totals: one console line, prefixed with this marker and followed by JSON.
 * The real-VS-Code runner reads it from the workbench log to print "N passed, N failed"; other runners show it.
 */
export const SUMMARY_MARKER = 'sourcing-lens-suite-summary ';

export interface SuiteSummary {
  passed: number;
  failed: number;
  pending: number;
  vscodeVersion: string;
}

/** Ends a run in either extension host: prints the summary line, then settles run()'s promise (a rejection
 *  is how VS Code learns that tests failed). */
export function reportRun(
  stats: { passes: number; pending: number },
  failures: number,
  vscodeVersion: string,
  resolve: () => void,
  reject: (e: Error) => void,
): void {
  const summary: SuiteSummary = { passed: stats.passes, failed: failures, pending: stats.pending, vscodeVersion };
  console.log(SUMMARY_MARKER + JSON.stringify(summary));
  if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
  else resolve();
}

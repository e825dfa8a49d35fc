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

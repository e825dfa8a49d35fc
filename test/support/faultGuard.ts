/**
 * Mocha root hooks (loaded by .mocharc.json): a stage fault raised while a test runs fails that test, so that a
 * stage which throws on a fixture cannot pass for a stage that found nothing; and claims are read by the rules
 * alone (see rulesOnlyClaims.ts). A test that provokes faults on purpose reads them with `collectFaults`.
 */
import { describeFault, FAULT_LOG_MARK, onStageFault, type StageFault } from '../../server/src/engine/faults';
// before any test file loads (many analyse their story as they load)
import './rulesOnlyClaims';

let unexpected: StageFault[] = [];
/** Stage faults a language server logged to a test's client (a spawned server's faults reach the test only so). */
let logged: string[] = [];
let collecting: StageFault[] | null = null;

/** Runs `run` and returns the stage faults it raised instead of failing the test on them. */
export function collectFaults<T>(run: () => T): { result: T; faults: StageFault[] } {
  const outer = collecting;
  const faults: StageFault[] = [];
  collecting = faults;
  try {
    return { result: run(), faults };
  } finally {
    collecting = outer;
  }
}

/** A message a language server logged: a stage fault among them fails the test that is running. */
export function noteServerLog(message: string): void {
  if (message.includes(FAULT_LOG_MARK)) logged.push(message);
}

export const mochaHooks = {
  // registered under mocha only: a script that merely imports the LSP client keeps the engine's console report
  beforeAll(): void {
    onStageFault((fault) => (collecting ?? unexpected).push(fault));
  },
  afterEach(): void {
    if (unexpected.length === 0 && logged.length === 0) return;
    const faults = [...unexpected.map(describeFault), ...logged];
    unexpected = [];
    logged = [];
    throw new Error(`the engine reported ${faults.length} stage fault(s):\n${faults.join('\n')}`);
  },
};

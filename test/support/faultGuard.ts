/**
 * Mocha root hooks (loaded by .mocharc.json): a stage fault raised while a test runs fails that test, so that a
 * stage which throws on a fixture cannot pass for a stage that found nothing; and claims are read by the rules
 * alone (see rulesOnlyClaims.ts). A test that provokes faults on purpose reads them with `collectFaults`.
 */
import { describeFault, onStageFault, type StageFault } from '../../server/src/engine/faults';
import { takeServerFaults } from './serverLog';
// before any test file loads (many analyse their story as they load)
import './rulesOnlyClaims';

let unexpected: StageFault[] = [];
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

export const mochaHooks = {
  // registered under mocha only: a script outside it keeps the engine's console report
  beforeAll(): void {
    onStageFault((fault) => (collecting ?? unexpected).push(fault));
  },
  afterEach(): void {
    // a spawned server's faults reach the test only through its log (serverLog.ts)
    const faults = [...unexpected.map(describeFault), ...takeServerFaults()];
    unexpected = [];
    if (faults.length === 0) return;
    throw new Error(`the engine reported ${faults.length} stage fault(s):\n${faults.join('\n')}`);
  },
};

/**
 * Mocha root hooks (loaded by .mocharc.json): a stage fault raised while a test runs fails that test, so that a
 * stage which throws on a fixture cannot pass for a stage that found nothing. A test that provokes faults on
 * purpose reads them with `collectFaults`.
 */
import { describeFault, onStageFault, type StageFault } from '../../server/src/engine/faults';

let unexpected: StageFault[] = [];
let collecting: StageFault[] | null = null;

onStageFault((fault) => (collecting ?? unexpected).push(fault));

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
  afterEach(): void {
    if (unexpected.length === 0) return;
    const faults = unexpected;
    unexpected = [];
    throw new Error(`the engine reported ${faults.length} stage fault(s):\n${faults.map(describeFault).join('\n')}`);
  },
};

/**
 * A stage of the pipeline that throws on some paragraph must neither take the article down with it nor hide: the
 * stage's result for that paragraph falls back to "found nothing", the rest of the article still gets its model,
 * and the fault goes to whoever listens — the language server's output, the test suites' guard. With nobody
 * listening it goes to the console, so that a fault is never swallowed without a trace.
 */
export type Stage = 'mentions' | 'attributions' | 'actors' | 'signed quotes' | 'quote continuation' | 'headline quotes';

export interface StageFault {
  stage: Stage;
  /** Where the paragraph the stage was reading starts in the article; 0 for stages that read the whole article. */
  offset: number;
  error: unknown;
}

export type FaultListener = (fault: StageFault) => void;

const listeners = new Set<FaultListener>();

/** Hears every stage fault from now on, until the returned disposer is called. */
export function onStageFault(listener: FaultListener): { dispose(): void } {
  listeners.add(listener);
  return { dispose: () => listeners.delete(listener) };
}

/** What every logged stage fault says, so that a reader of the log (a test's client) can tell one. */
export const FAULT_LOG_MARK = 'stage failed on the paragraph at offset';

/** One line for a log: which stage, where, and why (the stack, when the error has one). */
export function describeFault({ stage, offset, error }: StageFault): string {
  const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `Sourcing Lens: the ${stage} ${FAULT_LOG_MARK} ${offset}; it was read as finding nothing. ${why}`;
}

/** `run()`, or `fallback` after reporting the fault when it throws. */
export function guarded<T>(stage: Stage, offset: number, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const fault = { stage, offset, error };
    if (listeners.size === 0) console.error(describeFault(fault));
    for (const listener of listeners) listener(fault);
    return fallback;
  }
}

/**
 * The off-thread analyst in a browser: a nested Web Worker per long analysis, running the server's own script
 * (`main.ts` starts `serveAnalysis` when the worker's name says it is an analyst). The job is its first message,
 * as a Web Worker has no start-up data. Cancelling terminates the worker, which frees its memory at once.
 */
import type { HouseStyle } from '../../houseStyle/houseStyle';
import { modelFromThread, startJob, NEXT_PART, type AnalystMessage, type OffThreadAnalyst } from '../offThread';

/** The name an analyst worker is started with. */
export const ANALYST_WORKER = 'sourcing-lens-analyst';

/** A Web Worker and a worker's own scope, as far as these files use them (compiled without the DOM library). */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}
interface WebWorker extends MessagePortLike {
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}
declare const Worker: new (url: string, options: { name: string }) => WebWorker;

/** Whether this host can start a worker from a worker (every current browser can). */
export const canStartWorkers = (): boolean => typeof Worker === 'function';

export function webWorkerAnalyst(script: string): OffThreadAnalyst {
  return {
    analyze(text, style, onProgress, cancelled) {
      const worker = new Worker(script, { name: ANALYST_WORKER });
      const thread = {
        askNext: () => setTimeout(() => worker.postMessage(NEXT_PART), 0),
        terminate: () => worker.terminate(),
        listen(onMessage: (message: AnalystMessage) => void, onError: (error: Error) => void) {
          worker.addEventListener('message', (event) => onMessage(event.data as AnalystMessage));
          worker.addEventListener('error', (event) => onError(new Error(`the analysis worker failed: ${event.message ?? 'no reason given'}`)));
        },
      };
      worker.postMessage({ text, style } satisfies { text: string; style: HouseStyle });
      return modelFromThread(thread, text, onProgress, cancelled);
    },
  };
}

/** The analyst worker's side: the first message is the job, each later one asks for the next part. */
export function serveAnalysis(scope: MessagePortLike): void {
  let next: (() => void) | undefined;
  scope.addEventListener('message', ({ data }) => {
    if (next) next();
    else next = startJob(data as { text: string; style: HouseStyle }, (message) => scope.postMessage(message));
  });
}

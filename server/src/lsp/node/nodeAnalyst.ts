/**
 * The off-thread analyst in Node: one worker thread per long analysis, running the server's own script (the
 * bundle is a single file, so `main.ts` starts `serveAnalysis` when it finds itself in a worker). Cancelling
 * terminates the thread, which frees everything the analysis allocated at once.
 */
import { parentPort, Worker, workerData } from 'worker_threads';
import type { HouseStyle } from '../../houseStyle/houseStyle';
import { modelFromThread, NEXT_PART, startJob, type AnalystMessage, type OffThreadAnalyst } from '../offThread';

interface Job {
  text: string;
  style: HouseStyle;
}

export function workerThreadAnalyst(script: string): OffThreadAnalyst {
  return {
    analyze(text, style, onProgress, cancelled) {
      const worker = new Worker(script, { workerData: { text, style } satisfies Job });
      const thread = {
        askNext: () => setImmediate(() => worker.postMessage(NEXT_PART)),
        terminate: () => void worker.terminate().catch(() => undefined), // already exiting: nothing more to free
        listen(onMessage: (message: AnalystMessage) => void, onError: (error: Error) => void) {
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', (code) => onError(new Error(`the analysis thread exited with code ${code}`))); // no-op once settled
        },
      };
      return modelFromThread(thread, text, onProgress, cancelled);
    },
  };
}

/** The worker's side: analyse the job it was started with, then hand the model over a part at a time. */
export function serveAnalysis(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis runs in a worker thread');
  const next = startJob(workerData as Job, (message) => port.postMessage(message));
  port.on('message', next);
}

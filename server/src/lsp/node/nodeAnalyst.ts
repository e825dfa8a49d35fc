/**
 * The off-thread analyst in Node: one worker thread per long analysis, running the server's own script (the
 * bundle is a single file, so `main.ts` starts `serveAnalysis` when it finds itself in a worker). Cancelling
 * terminates the thread, which frees everything the analysis allocated at once.
 */
import { parentPort, Worker, workerData } from 'worker_threads';
import type { HouseStyle } from '../../houseStyle/houseStyle';
import type { ArticleModel } from '../../engine/model';
import { AnalysisCancelled, analyzeForServer, ModelAssembler, type AnalystMessage, type OffThreadAnalyst } from '../offThread';

interface Job {
  text: string;
  style: HouseStyle;
}

/** The server asks for the next slice once it has taken the last one in, after the requests waiting meanwhile. */
const NEXT = 'next';

export function workerThreadAnalyst(script: string): OffThreadAnalyst {
  return {
    analyze(text, style, onProgress, cancelled) {
      const worker = new Worker(script, { workerData: { text, style } satisfies Job });
      const assembler = new ModelAssembler();
      return new Promise<ArticleModel>((resolve, reject) => {
        const stop = (error: Error) => {
          worker.terminate().catch(() => undefined); // already exiting: nothing more to free
          reject(error);
        };
        cancelled.then(() => stop(new AnalysisCancelled()), stop);
        worker.on('error', stop);
        worker.on('exit', (code) => reject(new Error(`the analysis thread exited with code ${code}`))); // no-op once settled
        worker.on('message', (message: AnalystMessage) => {
          if (message.kind === 'progress') onProgress(message.progress);
          else if (message.kind === 'failed') stop(new Error(message.message));
          else if (message.kind === 'done') {
            resolve(assembler.model(text));
            worker.terminate().catch(() => undefined);
          } else {
            assembler.add(message);
            setImmediate(() => worker.postMessage(NEXT));
          }
        });
      });
    },
  };
}

/** The worker's side: analyse the job it was started with, then hand the model over a slice at a time. */
export function serveAnalysis(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis runs in a worker thread');
  const { text, style } = workerData as Job;
  try {
    const next = analyzeForServer(text, style, (message) => port.postMessage(message));
    port.on('message', next);
    next();
  } catch (error) {
    port.postMessage({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies AnalystMessage);
  }
}

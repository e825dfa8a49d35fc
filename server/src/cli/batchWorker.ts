/**
 * A worker thread of `analyze --jsonl` (batch.ts): answers the lines posted to it, one by one, with its own
 * paragraph cache.
 */
import { parentPort } from 'worker_threads';
import { BatchReader } from './batch';

const reader = new BatchReader();
parentPort!.on('message', ({ seq, line }: { seq: number; line: string }) => {
  void reader.answer(line).then((answer) => parentPort!.postMessage({ seq, line: answer }));
});

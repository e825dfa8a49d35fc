/**
 * A worker thread of `analyze --jsonl` (batch.ts): answers the lines posted to it, one by one, with its own
 * paragraph cache. Lines arrive and leave as UTF-8 bytes (see batch.ts).
 */
import { parentPort } from 'worker_threads';
import { BatchReader, type Job } from './batch';

const reader = new BatchReader();
const decoder = new TextDecoder();
const encoder = new TextEncoder();
parentPort!.on('message', ({ seq, line }: Job) => {
  void reader.answer(decoder.decode(line)).then((answer) => {
    // the answer, newline included, goes back as bytes the main thread writes as they are
    const bytes = encoder.encode(answer + '\n');
    parentPort!.postMessage({ seq, line: bytes } satisfies Job, [bytes.buffer as ArrayBuffer]);
  });
});

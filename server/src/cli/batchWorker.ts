/**
 * A worker process of `analyze --jsonl` (batch.ts): reads input lines on stdin and writes one answer line per input
 * line on stdout, in order, one article at a time, with its own paragraph cache.
 */
import { once } from 'events';
import { BatchReader, splitLines } from './batch';

const reader = new BatchReader();
const decoder = new TextDecoder();
const lines: Uint8Array[] = [];
let answering = false;

/** Answers the lines waiting, oldest first; waits for stdout to drain rather than buffer answers without bound. */
async function answerWaiting(): Promise<void> {
  answering = true;
  for (let line = lines.shift(); line !== undefined; line = lines.shift()) {
    const answer = await reader.answer(decoder.decode(line));
    if (!process.stdout.write(answer + '\n')) await once(process.stdout, 'drain');
  }
  answering = false;
}

splitLines(
  process.stdin,
  (line) => {
    lines.push(line);
    if (!answering) void answerWaiting();
  },
  () => undefined,
);

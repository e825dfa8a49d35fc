/**
 * `sourcing-lens analyze --jsonl [--jobs N]`: the streaming batch mode that distributed engines drive unchanged
 * (GNU parallel, Spark's `rdd.pipe`). JSON Lines in on stdin, `{"id": …, "text": "…"}` or `{"id": …, "path": "…"}`;
 * one line out per input, in input order: the analyze JSON contract plus "id", or `{"id": …, "error": "…"}`.
 *
 * Articles are spread over N worker threads, each with its own paragraph cache and house-style lookup. Memory
 * stays flat on an endless stream: at most `jobs × IN_FLIGHT_PER_JOB` lines are read and not yet written; past
 * that, stdin is paused until the oldest is written, and nothing new is taken while stdout is not draining.
 */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { Worker } from 'worker_threads';
import { diskHouseStyles, placeOf } from './check';
import { ParagraphCaches } from '../engine/analyze';
import { analyzeUnderHouseStyle, type HouseStyle } from '../houseStyle/houseStyle';
import { toJson } from './report';

/** Lines read and not yet written, per worker: enough to keep every worker busy while the output waits in order. */
const IN_FLIGHT_PER_JOB = 16;
/** Lines posted to one worker at a time, so that it never idles between messages. */
const POSTED_PER_JOB = 2;

/** Why a file could not be read, in words. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return String((error as Error).message ?? error);
}

/** What one worker keeps between lines: its paragraph caches and the house styles it has read. */
export class BatchReader {
  private readonly caches = new ParagraphCaches();
  private readonly styles = diskHouseStyles((problem) => process.stderr.write(`sourcing-lens: ${placeOf(problem)}: ${problem.message}\n`));

  /** The output line for one input line (without its newline). Never throws. */
  async answer(line: string): Promise<string> {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (error) {
      return JSON.stringify({ id: null, error: `invalid JSON: ${(error as Error).message}` });
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return JSON.stringify({ id: null, error: 'not a JSON object' });
    }
    const { id = null, text, path } = input as { id?: unknown; text?: unknown; path?: unknown };
    try {
      if (typeof text === 'string') return this.report(id, null, text, (await this.styles.forFolder(pathToFileURL(process.cwd()).href)).style);
      if (typeof path !== 'string') return JSON.stringify({ id, error: 'no "text" or "path" string' });
      let read: string;
      try {
        read = readFileSync(path, 'utf8');
      } catch (error) {
        return JSON.stringify({ id, error: `cannot read ${path}: ${readFailure(error)}` });
      }
      return this.report(id, path, read, await this.styles.forFile(pathToFileURL(resolve(path)).href));
    } catch (error) {
      // The engine promises never to throw; if it does, the line says so and the stream goes on.
      process.stderr.write(`sourcing-lens: analysis failed for id ${JSON.stringify(id)}: ${(error as Error).stack ?? error}\n`);
      return JSON.stringify({ id, error: `analysis failed: ${(error as Error).message}` });
    }
  }

  /** The analyze contract for one article, read under its house style (its folder's; the working folder's for text). */
  private report(id: unknown, path: string | null, text: string, style: HouseStyle): string {
    const model = analyzeUnderHouseStyle(text, style, this.caches);
    return JSON.stringify({ id, ...toJson(path ?? '', model), file: path });
  }
}

/** Calls `onLine` for each line of a stream as it arrives (a last line without a newline too), then `onEnd`. */
function splitLines(input: NodeJS.ReadableStream, onLine: (line: string) => void, onEnd: () => void): void {
  let pieces: string[] = [];
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', from)) {
      pieces.push(chunk.slice(from, newline));
      onLine(pieces.join('').replace(/\r$/, ''));
      pieces = [];
      from = newline + 1;
    }
    if (from < chunk.length) pieces.push(chunk.slice(from));
  });
  input.on('end', () => {
    if (pieces.length > 0) onLine(pieces.join('').replace(/\r$/, ''));
    onEnd();
  });
}

interface Job {
  seq: number;
  line: string;
}

/** Runs the batch: resolves with the exit code once every line is written (2 when a worker dies). */
export function runBatch(jobs: number, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  return new Promise((finish) => {
    const workers = Array.from({ length: jobs }, () => ({ thread: new Worker(join(__dirname, 'batchWorker.js')), posted: 0 }));
    const waiting: Job[] = [];
    const written = new Map<number, string>();
    let read = 0;
    let next = 0;
    let ended = false;
    let blocked = false;
    let failed = false;
    const limit = jobs * IN_FLIGHT_PER_JOB;

    const stop = (code: number) => {
      for (const worker of workers) void worker.thread.terminate();
      finish(code);
    };
    const post = () => {
      for (const worker of workers) {
        while (!blocked && worker.posted < POSTED_PER_JOB && waiting.length > 0) {
          worker.thread.postMessage(waiting.shift());
          worker.posted++;
        }
      }
    };
    const throttle = () => {
      if (!ended && (blocked || read - next >= limit)) input.pause();
      else if (!ended) input.resume();
    };
    const flush = () => {
      for (let line = written.get(next); line !== undefined; line = written.get(next)) {
        written.delete(next++);
        if (!output.write(line + '\n') && !blocked) {
          blocked = true;
          output.once('drain', () => {
            blocked = false;
            post();
            throttle();
          });
        }
      }
      if (ended && next === read && !failed) stop(0);
    };

    for (const worker of workers) {
      worker.thread.on('message', ({ seq, line }: { seq: number; line: string }) => {
        worker.posted--;
        written.set(seq, line);
        flush();
        post();
        throttle();
      });
      worker.thread.on('error', (error) => {
        failed = true;
        process.stderr.write(`sourcing-lens: a batch worker failed: ${error.stack ?? error}\n`);
        stop(2);
      });
    }

    splitLines(
      input,
      (line) => {
        if (!line.trim()) return;
        waiting.push({ seq: read++, line });
        post();
        throttle();
      },
      () => {
        ended = true;
        flush();
      },
    );
  });
}

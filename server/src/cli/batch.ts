/**
 * `sourcing-lens analyze --jsonl [--jobs N]`: the streaming batch mode that distributed engines drive unchanged
 * (GNU parallel, Spark's `rdd.pipe`). JSON Lines in on stdin, `{"id": …, "text": "…"}` or `{"id": …, "path": "…"}`;
 * one line out per input, in input order: the analyze JSON contract plus "id", or `{"id": …, "error": "…"}`.
 *
 * Articles are spread over N worker processes (batchWorker.ts), each with its own paragraph cache and house-style
 * lookup. Memory stays flat on an endless stream: at most `jobs × IN_FLIGHT_PER_JOB` lines are read and not yet
 * written; past that, stdin is paused until the oldest is written, and nothing new is taken while stdout is not
 * draining.
 *
 * Processes, not worker threads: two analysing threads in one process each took about a fifth more CPU time per
 * article than one alone, while two separate processes each ran as fast as one (`npm run bench` on 2 cores: 1.5×
 * with threads). The main process only moves bytes: it never decodes an input line nor encodes an output one.
 */
import { readFileSync } from 'fs';
import { spawn, type ChildProcessByStdio } from 'child_process';
import { join, resolve } from 'path';
import type { Readable, Writable } from 'stream';
import { pathToFileURL } from 'url';
import { diskHouseStyles, placeOf } from './check';
import { ParagraphCaches } from '../engine/analyze';
import { analyzeUnderHouseStyle, type HouseStyle } from '../houseStyle/houseStyle';
import { toJson } from './report';

/** Lines read and not yet written, per worker: enough to keep every worker busy while the output waits in order. */
const IN_FLIGHT_PER_JOB = 16;
/** Lines posted to one worker at a time, so that it never idles between lines. */
const POSTED_PER_JOB = 2;

/** Why a file could not be read, in words. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return String((error as Error).message ?? error);
}

/** What one worker process keeps between lines: its paragraph caches and the house styles it has read. */
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

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** A line's bytes in a buffer of its own (so it can be moved to a worker), without a trailing carriage return. */
function ownLine(bytes: Buffer): Uint8Array {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  return Uint8Array.prototype.slice.call(bytes, 0, end);
}

/** Spaces, tabs and nothing else: a blank line, which is skipped. */
const isBlank = (line: Uint8Array) => line.every((byte) => byte === 0x20 || byte === 0x09);

/** Calls `onLine` with each line's bytes as it arrives (a last line without a newline too), then `onEnd`. */
export function splitLines(input: NodeJS.ReadableStream, onLine: (line: Uint8Array) => void, onEnd: () => void): void {
  let pieces: Buffer[] = [];
  input.on('data', (chunk: Buffer) => {
    let from = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline >= 0; newline = chunk.indexOf(NEWLINE, from)) {
      pieces.push(chunk.subarray(from, newline));
      onLine(ownLine(Buffer.concat(pieces)));
      pieces = [];
      from = newline + 1;
    }
    if (from < chunk.length) pieces.push(chunk.subarray(from));
  });
  input.on('end', () => {
    if (pieces.length > 0) onLine(ownLine(Buffer.concat(pieces)));
    onEnd();
  });
}

/**
 * V8 compiles and collects garbage on background threads, so one worker alone would keep about 1.4 cores busy and
 * one `--jobs 1` process per core (the GNU parallel and Spark recipes) would crowd its neighbours: each worker runs
 * V8 single-threaded, one core per process.
 */
const WORKER_ARGS = [...process.execArgv, '--single-threaded', join(__dirname, 'batchWorker.js')];

/** A worker process and the sequence numbers of the lines posted to it, oldest first (it answers in order). */
interface BatchWorker {
  process: ChildProcessByStdio<Writable, Readable, null>;
  posted: number[];
}

const NEWLINE_BYTES = new Uint8Array([NEWLINE]);

/** Runs the batch: resolves with the exit code once every line is written (2 when a worker fails). */
export function runBatch(jobs: number, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  return new Promise((finish) => {
    const waiting: { seq: number; line: Uint8Array }[] = [];
    const written = new Map<number, Uint8Array>();
    let read = 0;
    let next = 0;
    let ended = false;
    let blocked = false;
    let settled = false;
    const limit = jobs * IN_FLIGHT_PER_JOB;

    const stop = (code: number) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) {
        if (code === 0) worker.process.stdin.end();
        else worker.process.kill();
      }
      if (code !== 0) input.pause();
      finish(code);
    };
    const fail = (why: string) => {
      if (settled) return;
      process.stderr.write(`sourcing-lens: a batch worker failed: ${why}\n`);
      stop(2);
    };
    const post = () => {
      for (const worker of workers) {
        while (!blocked && !settled && worker.posted.length < POSTED_PER_JOB && waiting.length > 0) {
          const { seq, line } = waiting.shift()!;
          worker.process.stdin.write(line);
          worker.process.stdin.write(NEWLINE_BYTES);
          worker.posted.push(seq);
        }
      }
    };
    const throttle = () => {
      if (ended || settled) return;
      if (blocked || read - next >= limit) input.pause();
      else input.resume();
    };
    const flush = () => {
      for (let line = written.get(next); line !== undefined; line = written.get(next)) {
        written.delete(next++);
        output.write(line);
        if (!output.write(NEWLINE_BYTES) && !blocked) {
          blocked = true;
          output.once('drain', () => {
            blocked = false;
            post();
            throttle();
          });
        }
      }
      if (ended && next === read) stop(0);
    };
    const answered = (worker: BatchWorker, line: Uint8Array) => {
      const seq = worker.posted.shift();
      if (seq === undefined) return fail('it wrote a line nobody asked for');
      written.set(seq, line);
      flush();
      post();
      throttle();
    };

    const workers: BatchWorker[] = Array.from({ length: jobs }, () => {
      const worker: BatchWorker = { process: spawn(process.execPath, WORKER_ARGS, { stdio: ['pipe', 'pipe', 'inherit'] }), posted: [] };
      worker.process.on('error', (error) => fail(error.message));
      worker.process.stdin.on('error', (error) => fail(`its input closed: ${error.message}`));
      worker.process.on('exit', (code, signal) => fail(`it exited (${signal ?? `code ${code}`}) with ${worker.posted.length} lines unanswered`));
      splitLines(worker.process.stdout, (line) => answered(worker, line), () => undefined);
      return worker;
    });

    splitLines(
      input,
      (line) => {
        if (isBlank(line)) return;
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

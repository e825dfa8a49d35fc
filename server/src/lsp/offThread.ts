/**
 * Analyses too long to run between two requests (a forced read of a multi-megabyte file) go to another thread, so
 * hovers and diagnostics on other documents are answered meanwhile. The server sees only `OffThreadAnalyst`; the
 * Node implementation (a worker thread) lives in node/nodeAnalyst.ts, the browser one (a nested Web Worker) in
 * browser/webWorkerAnalyst.ts, both around the two sides here: plain TypeScript over the engine, no Node built-in.
 *
 * The model comes back in parts, one per message, each sent when the server asks for it: a 20 MB article's model
 * holds millions of objects, and copying it into the server's thread in one message would stall it for seconds.
 */
import { analyze, ParagraphCache, type ParagraphReading } from '../engine/analyze';
import { applyHouseStyle, type HouseStyle } from '../houseStyle/houseStyle';
import type { Actor, ArticleModel, Mention } from '../engine/model';
import { splitParagraphs } from '../engine/segments/segments';
import { BUILT_IN_VOCABULARY, extendVocabulary } from '../engine/lexicon/vocabulary';

export interface AnalysisProgress {
  paragraphsRead: number;
  paragraphs: number;
}

export interface OffThreadAnalyst {
  /**
   * The article's model, read on another thread. When `cancelled` settles first, the thread is stopped (its memory
   * goes with it) and the promise rejects with `AnalysisCancelled`.
   */
  analyze(text: string, style: HouseStyle, onProgress: (progress: AnalysisProgress) => void, cancelled: Promise<void>): Promise<ArticleModel>;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('the analysis was cancelled');
  }
}

/**
 * The model's lists, sent a slice at a time; the text stays with the server, which has it already. A record, so
 * that a list added to the model and forgotten here fails to compile.
 */
type ListKey = Exclude<keyof ArticleModel, 'text'>;
const LIST_KEYS: Record<ListKey, true> = {
  paragraphs: true,
  sentences: true,
  quotes: true,
  actors: true,
  attributions: true,
  findings: true,
  suppressed: true,
};
const LISTS = Object.keys(LIST_KEYS) as ListKey[];

/**
 * Items per message: small enough that copying one slice into the server's thread takes a few milliseconds (an
 * attribution is a dozen objects). An actor's mentions, thousands in a long file, come in slices of their own.
 */
const SLICE = 250;

/** What the analysing thread sends: progress while it reads, then the model one slice per request. */
export type AnalystMessage =
  | { kind: 'progress'; progress: AnalysisProgress }
  | { kind: 'slice'; list: ListKey; items: unknown[] }
  | { kind: 'mentions'; actor: number; items: Mention[] }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

/** What the server posts to ask the analysing thread for the next part of the model. */
export const NEXT_PART = 'next';

/** An analysis in its thread, as the server drives it. */
export interface AnalystThread {
  /** Asks for the next part, after the requests waiting meanwhile. */
  askNext(): void;
  /** Stops the thread, which frees everything the analysis allocated at once. */
  terminate(): void;
  listen(onMessage: (message: AnalystMessage) => void, onError: (error: Error) => void): void;
}

/** The server's side of one analysis, whatever the thread: progress, then the model put back together part by part. */
export function modelFromThread(
  thread: AnalystThread,
  text: string,
  onProgress: (progress: AnalysisProgress) => void,
  cancelled: Promise<void>,
): Promise<ArticleModel> {
  const assembler = new ModelAssembler();
  return new Promise<ArticleModel>((resolve, reject) => {
    const stop = (error: Error) => {
      thread.terminate();
      reject(error); // no-op once settled
    };
    cancelled.then(() => stop(new AnalysisCancelled()), stop);
    thread.listen((message) => {
      if (message.kind === 'progress') onProgress(message.progress);
      else if (message.kind === 'failed') stop(new Error(message.message));
      else if (message.kind === 'done') {
        resolve(assembler.model(text));
        thread.terminate();
      } else {
        assembler.add(message);
        thread.askNext();
      }
    }, stop);
  });
}

/**
 * The analysing thread's side of a job: reads it and posts its first part; returns what to call on each request
 * for the next part. An analysis that throws is posted as `failed` (the server's request then fails, logged).
 */
export function startJob({ text, style }: { text: string; style: HouseStyle }, post: (message: AnalystMessage) => void): () => void {
  try {
    const next = analyzeForServer(text, style, post);
    next();
    return next;
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return () => undefined;
  }
}

/** A paragraph cache that counts its reads, to report how far the analysis has gone. */
class CountingCache extends ParagraphCache {
  constructor(
    style: HouseStyle,
    private readonly onRead: () => void,
  ) {
    super(extendVocabulary(BUILT_IN_VOCABULARY, style), Infinity);
  }

  override read(paragraph: string): ParagraphReading {
    const reading = super.read(paragraph);
    this.onRead();
    return reading;
  }
}

/**
 * The analysing thread's side: reads the article, posting progress about every percent, and returns a function
 * that posts the next message of the model each time it is called (`done` last).
 */
function analyzeForServer(text: string, style: HouseStyle, post: (message: AnalystMessage) => void): () => void {
  const paragraphs = splitParagraphs(text).length;
  const step = Math.max(1, Math.floor(paragraphs / 100));
  let paragraphsRead = 0;
  const cache = new CountingCache(style, () => {
    if (++paragraphsRead % step === 0) post({ kind: 'progress', progress: { paragraphsRead, paragraphs } });
  });
  const model = applyHouseStyle(analyze(text, cache), style);
  const slices = (function* (): Generator<AnalystMessage> {
    for (const list of LISTS) {
      const items: unknown[] = list === 'actors' ? model.actors.map((actor) => ({ ...actor, mentions: [] })) : model[list];
      for (let i = 0; i < items.length; i += SLICE) yield { kind: 'slice', list, items: items.slice(i, i + SLICE) };
    }
    for (const [actor, { mentions }] of model.actors.entries()) {
      for (let i = 0; i < mentions.length; i += SLICE) yield { kind: 'mentions', actor, items: mentions.slice(i, i + SLICE) };
    }
  })();
  return () => post(slices.next().value ?? { kind: 'done' });
}

/** The server's side: puts the model back together from the slices. */
class ModelAssembler {
  private readonly lists = new Map<ListKey, unknown[]>(LISTS.map((list) => [list, []]));

  add(message: Extract<AnalystMessage, { kind: 'slice' | 'mentions' }>): void {
    if (message.kind === 'slice') this.lists.get(message.list)?.push(...message.items);
    else (this.lists.get('actors')?.[message.actor] as Actor | undefined)?.mentions.push(...message.items);
  }

  model(text: string): ArticleModel {
    return { text, ...Object.fromEntries(this.lists) } as unknown as ArticleModel;
  }
}

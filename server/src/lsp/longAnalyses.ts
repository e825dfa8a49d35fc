/**
 * Long analyses, with work-done progress: on another thread when the host has one, cancellable by the writer; a
 * newer version of the document, or its closing, cancels it too, and a cancelled analysis answers its requests
 * with ContentModified. A host with no second thread (a browser worker) reads the article between requests, and
 * the progress says that other files wait meanwhile.
 */
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { ParagraphCaches } from '../engine/analyze';
import type { ArticleModel } from '../engine/model';
import { analyzeUnderHouseStyle, type HouseStyle } from '../houseStyle/houseStyle';
import type { Log } from './guard';
import { AnalysisCancelled } from './offThread';
import { nextTurn, type RuntimeEnvironment } from './runtime';

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export class LongAnalyses {
  /** uri → cancels its analysis (and with it, the thread's memory). */
  private readonly runs = new Map<string, () => void>();

  constructor(
    private readonly connection: Connection,
    private readonly runtime: RuntimeEnvironment,
    private readonly caches: ParagraphCaches,
    private readonly log: Log,
  ) {}

  async run(uri: string, text: string, style: HouseStyle): Promise<ArticleModel> {
    const analyst = this.runtime.offThread;
    if (!analyst) return this.runHere(uri, text, style);
    this.cancel(uri);
    let cancel = () => {};
    const cancelled = new Promise<void>((resolve) => (cancel = resolve));
    this.runs.set(uri, cancel);
    const progress = await this.progress();
    progress.begin(`Sourcing Lens: reading ${fileName(uri)}`, 0, undefined, true);
    if ('token' in progress) progress.token.onCancellationRequested(cancel);
    const report = ({ paragraphsRead, paragraphs }: { paragraphsRead: number; paragraphs: number }) =>
      progress.report(Math.floor((90 * paragraphsRead) / paragraphs), `${paragraphsRead} of ${paragraphs} paragraphs read`);
    try {
      return await analyst.analyze(text, style, report, cancelled);
    } catch (error) {
      if (error instanceof AnalysisCancelled) throw new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed or closed while it was analysed`);
      throw error;
    } finally {
      progress.done();
      if (this.runs.get(uri) === cancel) this.runs.delete(uri);
    }
  }

  /** No second thread: the article is read here, once the progress that says so has gone out. */
  private async runHere(uri: string, text: string, style: HouseStyle): Promise<ArticleModel> {
    const progress = await this.progress();
    progress.begin(`Sourcing Lens: reading ${fileName(uri)}`, undefined, 'a long file, read without a background thread here: other files wait');
    try {
      await nextTurn(this.runtime);
      return analyzeUnderHouseStyle(text, style, this.caches);
    } finally {
      progress.done();
    }
  }

  private progress() {
    return this.connection.window.createWorkDoneProgress().catch((error) => {
      this.log('creating progress', error);
      return this.connection.window.attachWorkDoneProgress(undefined);
    });
  }

  cancel(uri: string): void {
    this.runs.get(uri)?.();
  }

  cancelAll(): void {
    for (const cancel of [...this.runs.values()]) cancel();
  }
}

/** A cancelled analysis: its requests are answered ContentModified, which is nothing to log. */
export const isContentModified = (error: unknown): boolean => error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified;

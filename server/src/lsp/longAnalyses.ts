/**
 * Long analyses on another thread, with work-done progress the writer can cancel. A newer version of the
 * document, or its closing, cancels it too; a cancelled analysis answers its requests with ContentModified.
 */
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { ArticleModel } from '../engine/model';
import type { HouseStyle } from '../houseStyle/houseStyle';
import type { Log } from './guard';
import { AnalysisCancelled, type OffThreadAnalyst } from './offThread';

export class LongAnalyses {
  /** uri → cancels its analysis (and with it, the thread's memory). */
  private readonly runs = new Map<string, () => void>();

  constructor(
    private readonly connection: Connection,
    private readonly analyst: OffThreadAnalyst,
    private readonly log: Log,
  ) {}

  async run(uri: string, text: string, style: HouseStyle): Promise<ArticleModel> {
    this.cancel(uri);
    let cancel = () => {};
    const cancelled = new Promise<void>((resolve) => (cancel = resolve));
    this.runs.set(uri, cancel);
    const progress = await this.connection.window.createWorkDoneProgress().catch((error) => {
      this.log('creating progress', error);
      return this.connection.window.attachWorkDoneProgress(undefined);
    });
    progress.begin(`Sourcing Lens: reading ${uri.slice(uri.lastIndexOf('/') + 1)}`, 0, undefined, true);
    if ('token' in progress) progress.token.onCancellationRequested(cancel);
    const report = ({ paragraphsRead, paragraphs }: { paragraphsRead: number; paragraphs: number }) =>
      progress.report(Math.floor((90 * paragraphsRead) / paragraphs), `${paragraphsRead} of ${paragraphs} paragraphs read`);
    try {
      return await this.analyst.analyze(text, style, report, cancelled);
    } catch (error) {
      if (error instanceof AnalysisCancelled) throw new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed or closed while it was analysed`);
      throw error;
    } finally {
      progress.done();
      if (this.runs.get(uri) === cancel) this.runs.delete(uri);
    }
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

/**
 * When diagnostics go out: a short wait after an edit (longer while keys come fast), then pushed — or, for a
 * client that pulls, answered once the edits have settled. Findings are converted a slice at a time so that a
 * long file's tens of thousands do not hold up the requests waiting meanwhile.
 */
import type { Connection, Diagnostic, Disposable, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../engine/model';
import { oversizeDiagnostic, toDiagnostics } from './features/diagnostics';
import type { Settings } from './features/settings';
import type { Log } from './guard';
import { isContentModified } from './longAnalyses';
import type { DocumentReadings } from './readings';
import { nextTurn, type RuntimeEnvironment } from './runtime';

/** The longest wait before diagnostics, while keys come fast (the `debounceMs` initialization option). */
export const DEFAULT_DEBOUNCE_MS = 200;
/** The wait after an edit that follows a pause: re-reading after a one-word edit takes a few
 * milliseconds, and 10 ms still gathers the changes an editor sends together (a replace-all, an undo). */
const QUICK_DEBOUNCE_MS = 10;
/** Findings per turn of the event loop: a long file has tens of thousands, and requests wait between turns. */
const FINDINGS_PER_TURN = 250;

/**
 * How long diagnostics wait after an edit, given the gap since the previous one. After a pause the writer is
 * looking: a short wait. While keys come fast, twice the gap between them, so the wait outlasts the next key and
 * diagnostics follow the burst rather than every keystroke; never longer than `longestMs`.
 */
export function typingDebounce(gapMs: number, longestMs: number): number {
  if (gapMs >= longestMs) return Math.min(QUICK_DEBOUNCE_MS, longestMs);
  return Math.min(longestMs, Math.max(QUICK_DEBOUNCE_MS, 2 * gapMs));
}

export class DiagnosticsSchedule {
  /** Whether the client pulls diagnostics (then nothing is pushed for open documents). */
  pulls = false;
  debounceMs = DEFAULT_DEBOUNCE_MS;
  private readonly timers = new Map<string, Disposable>();
  private readonly settledWaiters = new Map<string, (() => void)[]>();
  private readonly lastEdit = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly readings: DocumentReadings,
    private readonly runtime: RuntimeEnvironment,
    private readonly log: Log,
  ) {}

  /** A document changed: diagnostics after the wait its typing pace calls for (at once for the first text). */
  edited(uri: string): void {
    const now = performance.now();
    const previous = this.lastEdit.get(uri);
    this.lastEdit.set(uri, now);
    this.schedule(uri, previous === undefined ? 0 : typingDebounce(now - previous, this.debounceMs));
  }

  schedule(uri: string, delay: number): void {
    this.timers.get(uri)?.dispose();
    const timer = this.runtime.timer.setTimeout(() => {
      this.settle(uri);
      if (!this.pulls) this.publish(uri).catch((error) => isContentModified(error) || this.log(`analysing ${uri}`, error));
    }, delay);
    this.timers.set(uri, timer);
  }

  async publish(uri: string): Promise<void> {
    // A newer edit, or a close and reopen under the same URI, has its own run coming.
    const published = await this.diagnosticsOf(uri);
    if (published) await this.connection.sendDiagnostics({ uri, ...published });
  }

  /** For a pull: the diagnostics once the edits have settled (the same wait as a push), for the latest version. */
  async pulled(uri: string): Promise<Diagnostic[]> {
    for (;;) {
      await this.settled(uri);
      const pulled = await this.diagnosticsOf(uri);
      if (pulled || !this.documents.get(uri)) return pulled?.diagnostics ?? [];
    }
  }

  /** A document closed: no wait for it is pending any more. */
  forget(uri: string): void {
    this.settle(uri);
    this.lastEdit.delete(uri);
  }

  settleAll(): void {
    for (const uri of [...this.timers.keys()]) this.settle(uri);
  }

  /** The diagnostics of a document's current version; undefined when it changed, closed or reopened meanwhile. */
  private async diagnosticsOf(uri: string): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const current = () => this.documents.get(uri) === doc && doc.version === version;
    const gate = await this.readings.gateOf(doc);
    if (!current()) return undefined;
    let diagnostics: Diagnostic[] = [];
    if (gate.kind === 'on') {
      const model = await this.readings.modelOf(doc);
      if (!current()) return undefined;
      diagnostics = await this.inTurns(model, doc, gate.settings);
      if (!current()) return undefined;
    } else if (gate.kind === 'oversize') diagnostics = [oversizeDiagnostic(gate.bytes, gate.limit)];
    return { version, diagnostics };
  }

  /** The model's diagnostics, converted a slice of findings at a time, letting waiting requests through between. */
  private async inTurns(model: ArticleModel, doc: TextDocument, settings: Settings): Promise<Diagnostic[]> {
    const diagnostics: Diagnostic[] = [];
    for (let i = 0; i < model.findings.length; i += FINDINGS_PER_TURN) {
      if (i > 0) await nextTurn(this.runtime);
      diagnostics.push(...toDiagnostics({ ...model, findings: model.findings.slice(i, i + FINDINGS_PER_TURN) }, doc, settings));
    }
    return diagnostics;
  }

  /** Resolves when no wait after an edit is pending for the document. */
  private settled(uri: string): Promise<void> {
    if (!this.timers.has(uri)) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.set(uri, [...(this.settledWaiters.get(uri) ?? []), resolve]));
  }

  private settle(uri: string): void {
    this.timers.get(uri)?.dispose();
    this.timers.delete(uri);
    for (const resolve of this.settledWaiters.get(uri) ?? []) resolve();
    this.settledWaiters.delete(uri);
  }
}

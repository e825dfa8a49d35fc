/**
 * The document readings: for each version of each open document, whether the settings let the server read it (a
 * gate: on, skipped for its size with a notice, or off) and its model, each worked out once. A long document is
 * read with progress (longAnalyses.ts), on another thread when the host offers one, so requests on other
 * documents go on being answered.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParagraphCaches } from '../engine/analyze';
import type { ArticleModel } from '../engine/model';
import { analyzeUnderHouseStyle } from '../houseStyle/houseStyle';
import type { EditorHouseStyles } from './features/houseStyle';
import { isEnabledFor, sizeOver, type Settings } from './features/settings';
import type { WorkspaceFolders } from './folders';
import type { LongAnalyses } from './longAnalyses';
import type { ServerSettings } from './settingsStore';

/** Longer texts are analysed off the request loop (about 30,000 words: a second or more of analysis). */
const OFF_THREAD_CHARS = 200_000;

/** Whether a document is read, skipped for its size (with a notice), or left alone. */
export type Gate = { kind: 'on'; settings: Settings } | { kind: 'oversize'; bytes: number; limit: number } | { kind: 'off' };

/**
 * What the server knows about one version of one open document. Kept per TextDocument object, not per URI: a
 * document closed and reopened under the same URI starts again at version 1 and must not inherit anything.
 */
interface Reading {
  version: number;
  gate?: Promise<Gate>;
  model?: Promise<ArticleModel>;
}

export interface OpenArticle {
  doc: TextDocument;
  model: ArticleModel;
}

export interface ReadingSources {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: ServerSettings;
  houseStyles: EditorHouseStyles;
  folders: WorkspaceFolders;
  caches: ParagraphCaches;
  long: LongAnalyses;
}

export class DocumentReadings {
  private readings = new WeakMap<TextDocument, Reading>();
  /** Documents "Analyze This File" turned on, whatever the settings say, while they are open. */
  private readonly forced = new Set<string>();

  constructor(private readonly from: ReadingSources) {}

  gateOf(doc: TextDocument): Promise<Gate> {
    const reading = this.readingOf(doc);
    return (reading.gate ??= this.decide(doc));
  }

  modelOf(doc: TextDocument): Promise<ArticleModel> {
    const reading = this.readingOf(doc);
    return (reading.model ??= this.analyse(doc));
  }

  /** The model of an open document the settings let the server read, or undefined. */
  async articleAt(uri: string): Promise<OpenArticle | undefined> {
    const { documents } = this.from;
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let gate: Gate | undefined;
    // Edited while the settings were fetched: decide again for the current text (a few times at most).
    for (let tries = 0, version = -1; tries < 3 && version !== doc.version; tries++) {
      version = doc.version;
      gate = await this.gateOf(doc);
      if (documents.get(uri) !== doc) return undefined; // closed, or closed and reopened, meanwhile
    }
    return gate?.kind === 'on' ? { doc, model: await this.modelOf(doc) } : undefined;
  }

  /** "Analyze This File": the document is read whatever the settings say, from now until it closes. */
  force(doc: TextDocument): void {
    this.forced.add(doc.uri);
    this.readings.delete(doc);
  }

  /** A document closed: "Analyze This File" lasts while the file is open (an untitled URI is reused). */
  forget(uri: string): void {
    this.forced.delete(uri);
  }

  /** Settings or house style changed what is read and how: every document is decided and read again. */
  reset(): void {
    this.readings = new WeakMap();
  }

  private readingOf(doc: TextDocument): Reading {
    let reading = this.readings.get(doc);
    if (!reading || reading.version !== doc.version) {
      reading = { version: doc.version };
      this.readings.set(doc, reading);
    }
    return reading;
  }

  private async decide(doc: TextDocument): Promise<Gate> {
    // Read the text before waiting: the document object changes in place with the next edit.
    const text = doc.getText();
    const settings = await this.from.settings.for(doc.uri);
    if (this.forced.has(doc.uri)) return { kind: 'on', settings };
    const path = this.from.folders.relativePath(doc.uri);
    if (!isEnabledFor(settings, { path, languageId: doc.languageId, text })) return { kind: 'off' };
    const bytes = sizeOver(text, settings.maxFileSize);
    return bytes === undefined ? { kind: 'on', settings } : { kind: 'oversize', bytes, limit: settings.maxFileSize };
  }

  /** Analyses the current version of a document: here, or on another thread when it is long. */
  private async analyse(doc: TextDocument): Promise<ArticleModel> {
    const { connection, houseStyles, caches, long } = this.from;
    const { uri, version } = doc;
    const text = doc.getText();
    const style = await houseStyles.forUri(uri);
    const started = performance.now();
    const model = text.length >= OFF_THREAD_CHARS ? await long.run(uri, text, style) : analyzeUnderHouseStyle(text, style, caches);
    connection.tracer.log(`Analysed ${uri} v${version} in ${(performance.now() - started).toFixed(1)} ms`);
    return model;
  }
}

/**
 * The language server: keeps the open articles, analyses each one (debounced while typing, with one paragraph
 * cache per house vocabulary shared by the stories under it, so an edit re-reads only the paragraphs it touched)
 * and serves the feature views of the model. Every request is guarded: an error is logged and answered with an empty result, never a crash.
 * A long article is read on another thread, so requests on other documents go on being answered meanwhile.
 * Diagnostics are pushed, or pulled by the clients that announce it.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCaches } from '../engine/analyze';
import { describeFault, onStageFault } from '../engine/faults';
import { analyzeUnderHouseStyle } from '../houseStyle/houseStyle';
import type { ArticleModel } from '../engine/model';
import { codeActions, SELECT_RANGE_COMMAND } from './features/codeActions';
import { oversizeDiagnostic, toDiagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { hoverAt } from './features/hover';
import { EditorHouseStyles } from './features/houseStyle';
import { inlayHints } from './features/inlayHints';
import { definition, prepareRename, references, rename } from './features/navigation';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { DEFAULT_SETTINGS, isEnabledFor, readSettings, type Settings } from './features/settings';
import { registerSourcingSummary } from './features/sourcingSummary';
import { registerWorkspaceCheck } from './features/workspaceCheck';
import { workspaceSymbols } from './features/workspaceSymbols';
import { HOUSE_STYLE_FILE } from '../houseStyle/files';
import { AnalysisCancelled, type OffThreadAnalyst } from './offThread';
import type { HouseStyle } from '../houseStyle/houseStyle';

/** `workspace/executeCommand` with arguments `[uri]`: read this file whatever the language and size settings say. */
export const ANALYZE_FILE_COMMAND = 'sourcingLens.analyzeFile';
/** The same as a request: params `{ uri }`, result `{ uri, actors, findings }` or null when the file is not open. */
export const ANALYZE_FILE_REQUEST = 'sourcingLens/analyzeFile';

/** The longest wait before diagnostics, while keys come fast (the `debounceMs` initialization option). */
const DEFAULT_DEBOUNCE_MS = 200;
/** The wait after an edit that follows a pause: re-reading after a one-word edit takes a few
 * milliseconds, and 10 ms still gathers the changes an editor sends together (a replace-all, an undo). */
const QUICK_DEBOUNCE_MS = 10;
/** Longer texts are analysed off the request loop (about 30,000 words: a second or more of analysis). */
const OFF_THREAD_CHARS = 200_000;

/**
 * How long diagnostics wait after an edit, given the gap since the previous one. After a pause the writer is
 * looking: a short wait. While keys come fast, twice the gap between them, so the wait outlasts the next key and
 * diagnostics follow the burst rather than every keystroke; never longer than `longestMs`.
 */
export function typingDebounce(gapMs: number, longestMs: number): number {
  if (gapMs >= longestMs) return Math.min(QUICK_DEBOUNCE_MS, longestMs);
  return Math.min(longestMs, Math.max(QUICK_DEBOUNCE_MS, 2 * gapMs));
}

export interface ServerOptions {
  /** Where long analyses run; without one, every analysis runs on the request loop. */
  offThread?: OffThreadAnalyst;
}

/** Whether a document is read, skipped for its size (with a notice), or left alone. */
type Gate = { kind: 'on'; settings: Settings } | { kind: 'oversize'; bytes: number; limit: number } | { kind: 'off' };

/**
 * What the server knows about one version of one open document. Kept per TextDocument object, not per URI: a
 * document closed and reopened under the same URI starts again at version 1 and must not inherit anything.
 */
interface Reading {
  version: number;
  gate?: Promise<Gate>;
  model?: Promise<ArticleModel>;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const caches = new ParagraphCaches();
  let readings = new WeakMap<TextDocument, Reading>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settledWaiters = new Map<string, (() => void)[]>();
  const settingsByUri = new Map<string, Promise<Settings>>();
  const forced = new Set<string>();
  const lastEdit = new Map<string, number>();
  const offThreadRuns = new Map<string, () => void>(); // uri → cancels its off-thread analysis
  let globalSettings = DEFAULT_SETTINGS;
  let pullsConfiguration = false;
  let registersConfiguration = false;
  let watchesFiles = false;
  let refreshesViews = { tokens: false, hints: false, diagnostics: false };
  let pullsDiagnostics = false;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let folders: string[] = [];

  const log = (what: string, error: unknown) =>
    connection.console.error(`Sourcing Lens: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const houseStyles = new EditorHouseStyles(connection);
  // once per stage and error: a paragraph that breaks a stage is re-read at every keystroke near it
  const faultsLogged = new Set<string>();
  const faults = onStageFault((fault) => {
    const key = `${fault.stage}\u0000${fault.error instanceof Error ? fault.error.message : String(fault.error)}`;
    if (faultsLogged.has(key)) return;
    faultsLogged.add(key);
    connection.console.error(describeFault(fault));
  });

  /** Wraps a handler: a thrown error is logged and answered with `fallback` (a ResponseError goes to the client). */
  function guard<P, R>(what: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(what, error);
        return fallback;
      }
    };
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!pullsConfiguration) return Promise.resolve(globalSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'sourcingLens' }).then(readSettings, (error) => {
        log('reading settings', error);
        return globalSettings;
      });
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** The workspace folder that holds a file, if any. */
  const folderOf = (uri: string): string | undefined => {
    const path = pathOf(uri);
    return folders.find((f) => path.startsWith(`${f}/`));
  };

  /** The path the include patterns match: relative to the workspace folder that holds the file. */
  function relativePath(uri: string): string {
    const path = pathOf(uri);
    const folder = folderOf(uri);
    return folder ? path.slice(folder.length + 1) : path.replace(/^\/+/u, '');
  }

  async function decide(doc: TextDocument): Promise<Gate> {
    // Read the text before waiting: the document object changes in place with the next edit.
    const text = doc.getText();
    const settings = await settingsFor(doc.uri);
    if (forced.has(doc.uri)) return { kind: 'on', settings };
    if (!isEnabledFor(settings, { path: relativePath(doc.uri), languageId: doc.languageId, text })) return { kind: 'off' };
    // UTF-8 takes at least one byte per UTF-16 unit, so a long text is over the limit without counting.
    const bytes = text.length > settings.maxFileSize ? text.length : Buffer.byteLength(text, 'utf8');
    return bytes > settings.maxFileSize ? { kind: 'oversize', bytes, limit: settings.maxFileSize } : { kind: 'on', settings };
  }

  function readingOf(doc: TextDocument): Reading {
    let reading = readings.get(doc);
    if (!reading || reading.version !== doc.version) {
      reading = { version: doc.version };
      readings.set(doc, reading);
    }
    return reading;
  }

  function gateOf(doc: TextDocument): Promise<Gate> {
    const reading = readingOf(doc);
    return (reading.gate ??= decide(doc));
  }

  function modelOf(doc: TextDocument): Promise<ArticleModel> {
    const reading = readingOf(doc);
    return (reading.model ??= analyse(doc));
  }

  /** Analyses the current version of a document: here, or on another thread when it is long. */
  function analyse(doc: TextDocument): Promise<ArticleModel> {
    const text = doc.getText();
    const style = houseStyles.forUri(doc.uri);
    const started = performance.now();
    const traced = (model: ArticleModel) => {
      connection.tracer.log(`Analysed ${doc.uri} v${doc.version} in ${(performance.now() - started).toFixed(1)} ms`);
      return model;
    };
    if (!options.offThread || text.length < OFF_THREAD_CHARS) return Promise.resolve(traced(analyzeUnderHouseStyle(text, style, caches)));
    return analyseOffThread(options.offThread, doc.uri, text, style).then(traced);
  }

  /**
   * A long analysis on another thread, with work-done progress the writer can cancel. A newer version of the
   * document, or its closing, cancels it too; a cancelled analysis answers its requests with ContentModified.
   */
  async function analyseOffThread(analyst: OffThreadAnalyst, uri: string, text: string, style: HouseStyle): Promise<ArticleModel> {
    offThreadRuns.get(uri)?.();
    let cancel = () => {};
    const cancelled = new Promise<void>((resolve) => (cancel = resolve));
    offThreadRuns.set(uri, cancel);
    const progress = await connection.window.createWorkDoneProgress().catch((error) => {
      log('creating progress', error);
      return connection.window.attachWorkDoneProgress(undefined);
    });
    progress.begin(`Sourcing Lens: reading ${uri.slice(uri.lastIndexOf('/') + 1)}`, 0, undefined, true);
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
      if (offThreadRuns.get(uri) === cancel) offThreadRuns.delete(uri);
    }
  }

  /** The model of an open document the settings let the server read, or undefined. */
  async function articleAt(uri: string): Promise<{ doc: TextDocument; model: ArticleModel } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let gate: Gate | undefined;
    // Edited while the settings were fetched: decide again for the current text (a few times at most).
    for (let tries = 0, version = -1; tries < 3 && version !== doc.version; tries++) {
      version = doc.version;
      gate = await gateOf(doc);
      if (documents.get(uri) !== doc) return undefined; // closed, or closed and reopened, meanwhile
    }
    return gate?.kind === 'on' ? { doc, model: await modelOf(doc) } : undefined;
  }

  /** The diagnostics of a document's current version; undefined when it changed, closed or reopened meanwhile. */
  async function diagnosticsOf(uri: string): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const version = doc.version;
    const current = () => documents.get(uri) === doc && doc.version === version;
    const gate = await gateOf(doc);
    if (!current()) return undefined;
    let diagnostics: Diagnostic[] = [];
    if (gate.kind === 'on') {
      const model = await modelOf(doc);
      if (!current()) return undefined;
      diagnostics = await diagnosticsInTurns(model, doc, gate.settings);
      if (!current()) return undefined;
    } else if (gate.kind === 'oversize') diagnostics = [oversizeDiagnostic(gate.bytes, gate.limit)];
    return { version, diagnostics };
  }

  async function publish(uri: string): Promise<void> {
    // A newer edit, or a close and reopen under the same URI, has its own run coming.
    const published = await diagnosticsOf(uri);
    if (published) await connection.sendDiagnostics({ uri, ...published });
  }

  /** For a pull: the diagnostics once the edits have settled (the same wait as a push), for the latest version. */
  async function pulledDiagnostics(uri: string): Promise<Diagnostic[]> {
    for (;;) {
      await settled(uri);
      const pulled = await diagnosticsOf(uri);
      if (pulled || !documents.get(uri)) return pulled?.diagnostics ?? [];
    }
  }

  /** Resolves when no wait after an edit is pending for the document. */
  function settled(uri: string): Promise<void> {
    if (!timers.has(uri)) return Promise.resolve();
    return new Promise((resolve) => settledWaiters.set(uri, [...(settledWaiters.get(uri) ?? []), resolve]));
  }

  function settle(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    for (const resolve of settledWaiters.get(uri) ?? []) resolve();
    settledWaiters.delete(uri);
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        settle(uri);
        if (!pullsDiagnostics) publish(uri).catch((error) => isContentModified(error) || log(`analysing ${uri}`, error));
      }, delay),
    );
  }

  function forget(uri: string): void {
    settle(uri);
    offThreadRuns.get(uri)?.(); // and with it, the thread's memory
    settingsByUri.delete(uri);
    lastEdit.delete(uri);
    forced.delete(uri); // "Analyze This File" lasts while the file is open (an untitled URI is reused)
  }

  /** Tokens, hints (and pulled diagnostics) are pulled by the client: ask it to pull again, when it knows how. */
  function refreshViews(): void {
    if (refreshesViews.tokens) connection.languages.semanticTokens.refresh().catch((e) => log('refreshing tokens', e));
    if (refreshesViews.hints) connection.languages.inlayHint.refresh().catch((e) => log('refreshing inlay hints', e));
    if (pullsDiagnostics && refreshesViews.diagnostics) connection.languages.diagnostics.refresh().catch((e) => log('refreshing diagnostics', e));
  }

  /** After settings or house style change what is read and how: everything open is decided and published again. */
  function refreshAll(): void {
    readings = new WeakMap();
    for (const doc of documents.all()) schedule(doc.uri, 0);
    refreshViews();
  }

  async function analyzeFile(uri: unknown) {
    if (typeof uri !== 'string') throw new ResponseError(-32602, `${ANALYZE_FILE_COMMAND} needs the file's URI as its argument.`);
    const doc = documents.get(uri);
    if (!doc) return null;
    forced.add(uri);
    readings.delete(doc);
    if (!pullsDiagnostics) await publish(uri);
    refreshViews();
    const model = await modelOf(documents.get(uri) ?? doc);
    return { uri, actors: model.actors.length, findings: model.findings.length };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pullsConfiguration = capabilities.workspace?.configuration === true;
    registersConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    refreshesViews = {
      tokens: capabilities.workspace?.semanticTokens?.refreshSupport === true,
      hints: capabilities.workspace?.inlayHint?.refreshSupport === true,
      diagnostics: capabilities.workspace?.diagnostics?.refreshSupport === true,
    };
    const options = params.initializationOptions as { debounceMs?: unknown; settings?: unknown; pushDiagnostics?: unknown } | undefined;
    // A client may keep push though it can pull: VS Code pulls only for visible editors, and Check All Articles
    // counts on Problems listing every open article.
    pullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined && options?.pushDiagnostics !== true;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    if (options?.settings !== undefined) globalSettings = readSettings(options.settings);
    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = folderUris.map(pathOf).map((p) => p.replace(/\/+$/u, ''));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: { label: 'Sourcing Lens' },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        inlayHintProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: [ANALYZE_FILE_COMMAND, SELECT_RANGE_COMMAND] },
        ...(pullsDiagnostics ? { diagnosticProvider: { identifier: 'sourcing-lens', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'sourcing-lens' },
    };
  });

  connection.onInitialized(() => {
    // A broken house-style file at the top of a workspace shows at once, not when the first story opens.
    houseStyles.readFolders(folders);
    if (registersConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourcingLens' }).catch((e) => log('registering for settings', e));
    }
    if (watchesFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${HOUSE_STYLE_FILE}` }] })
        .catch((e) => log('watching house-style files', e));
    }
  });

  connection.onDidChangeWatchedFiles(
    guard('reading a changed house style', undefined, ({ changes }) => {
      if (!houseStyles.changed(changes)) return;
      refreshAll();
      workspace.reread().catch((error) => log('re-reading checked files', error));
    }),
  );

  connection.onDidChangeConfiguration(
    guard('reading changed settings', undefined, (change) => {
      settingsByUri.clear();
      if (!pullsConfiguration) {
        const section = (change.settings as { sourcingLens?: unknown } | null)?.sourcingLens;
        globalSettings = readSettings(section);
      }
      refreshAll();
    }),
  );

  documents.onDidChangeContent((change) => {
    const uri = change.document.uri;
    offThreadRuns.get(uri)?.(); // reading an older version
    const now = performance.now();
    const previous = lastEdit.get(uri);
    lastEdit.set(uri, now);
    schedule(uri, previous === undefined ? 0 : typingDebounce(now - previous, debounceMs));
  });

  documents.onDidOpen(({ document }) => {
    // A client that pulls keeps pushed diagnostics apart: clear what Check All Articles pushed for the closed file.
    if (pullsDiagnostics) connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((e) => log('clearing diagnostics', e));
  });

  documents.onDidClose((change) => {
    const uri = change.document.uri;
    forget(uri);
    if (!pullsDiagnostics) connection.sendDiagnostics({ uri, diagnostics: [] }).catch((e) => log('clearing diagnostics', e));
  });

  connection.onShutdown(() => {
    faults.dispose();
    for (const uri of [...timers.keys()]) settle(uri);
    for (const cancel of [...offThreadRuns.values()]) cancel();
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async ({ textDocument }) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: await pulledDiagnostics(textDocument.uri),
    })),
  );

  connection.onHover(
    guard('hover', null, async ({ textDocument, position }) => {
      const article = await articleAt(textDocument.uri);
      return article ? hoverAt(article.model, article.doc, article.doc.offsetAt(position)) : null;
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], async ({ textDocument, context }) => {
      const article = await articleAt(textDocument.uri);
      return article ? codeActions(article.model, article.doc, context.diagnostics) : [];
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], async ({ textDocument }) => {
      const article = await articleAt(textDocument.uri);
      return article ? documentSymbols(article.model, article.doc) : [];
    }),
  );

  const tokens = (uri: string, range?: Range) =>
    articleAt(uri).then((article) => (article ? semanticTokens(article.model, article.doc, range) : { data: [] }));
  connection.languages.semanticTokens.on(guard('semantic tokens', { data: [] }, ({ textDocument }) => tokens(textDocument.uri)));
  connection.languages.semanticTokens.onRange(
    guard('semantic tokens', { data: [] }, ({ textDocument, range }) => tokens(textDocument.uri, range)),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', [], async ({ textDocument, range }) => {
      const article = await articleAt(textDocument.uri);
      return article ? inlayHints(article.model, article.doc, range) : [];
    }),
  );

  connection.onDefinition(
    guard('definition', null, async ({ textDocument, position }) => {
      const article = await articleAt(textDocument.uri);
      return article ? definition(article.model, article.doc, position) : null;
    }),
  );

  connection.onReferences(
    guard('references', [], async ({ textDocument, position, context }) => {
      const article = await articleAt(textDocument.uri);
      return article ? references(article.model, article.doc, position, context.includeDeclaration) : [];
    }),
  );

  connection.onPrepareRename(
    guard('prepare rename', null, async ({ textDocument, position }) => {
      const article = await articleAt(textDocument.uri);
      return article ? prepareRename(article.model, article.doc, position) : null;
    }),
  );

  connection.onRenameRequest(
    guard('rename', null, async ({ textDocument, position, newName }) => {
      const article = await articleAt(textDocument.uri);
      return article ? rename(article.model, article.doc, position, newName) : null;
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', [], async ({ query }) => {
      const articles = await Promise.all(documents.all().map((doc) => articleAt(doc.uri)));
      return workspaceSymbols(articles.flatMap((a) => a ?? []), query);
    }),
  );

  connection.onExecuteCommand(
    guard('command', null, async ({ command, arguments: args }) => {
      if (command === ANALYZE_FILE_COMMAND) return analyzeFile(uriArgument(args?.[0]));
      if (command === SELECT_RANGE_COMMAND) {
        const [uri, selection] = (args ?? []) as [string, Range];
        return connection.window.showDocument({ uri, selection, takeFocus: true });
      }
      throw new ResponseError(-32601, `Unknown command ${command}`);
    }),
  );

  connection.onRequest(
    ANALYZE_FILE_REQUEST,
    guard('analyze file', null, (params: { uri?: unknown } | undefined) => analyzeFile(params?.uri)),
  );

  // The newsroom requests: the whole-workspace check and the sourcing report.
  const workspace = registerWorkspaceCheck(connection, { documents, articleAt, settingsFor, houseStyles: houseStyles.files, folderOf });
  registerSourcingSummary(connection, workspace);

  documents.listen(connection);
  connection.listen();
}

/** Findings per turn of the event loop: a long file has tens of thousands, and requests wait between turns. */
const FINDINGS_PER_TURN = 250;

/** The model's diagnostics, converted a slice of findings at a time, letting waiting requests through between. */
async function diagnosticsInTurns(model: ArticleModel, doc: TextDocument, settings: Settings): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < model.findings.length; i += FINDINGS_PER_TURN) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    diagnostics.push(...toDiagnostics({ ...model, findings: model.findings.slice(i, i + FINDINGS_PER_TURN) }, doc, settings));
  }
  return diagnostics;
}

/** A cancelled analysis: its requests are answered ContentModified, which is nothing to log. */
const isContentModified = (error: unknown): boolean => error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified;

/** A command argument may be the URI itself or an object that holds it (a VS Code Uri serialised, `{ uri }`). */
function uriArgument(arg: unknown): unknown {
  if (typeof arg === 'object' && arg !== null) {
    const holder = arg as { uri?: unknown; external?: unknown };
    return typeof holder.uri === 'string' ? holder.uri : holder.external;
  }
  return arg;
}

/** The decoded path of a URI ("file:///a%20b/c.md" → "/a b/c.md"); the URI itself when it is not one. */
function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

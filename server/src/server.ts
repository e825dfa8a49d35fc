/**
 * The language server: keeps the open articles, analyses each one (debounced while typing, with one paragraph
 * cache per house vocabulary shared by the stories under it, so an edit re-reads only the paragraphs it touched)
 * and serves the feature views of the model. Every request is guarded: an error is logged and answered with an empty result, never a crash.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
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
import { ParagraphCaches } from './engine/analyze';
import { analyzeUnderHouseStyle } from './engine/houseStyle';
import type { ArticleModel } from './engine/model';
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
import { HOUSE_STYLE_FILE } from './houseStyleFiles';

/** `workspace/executeCommand` with arguments `[uri]`: read this file whatever the language and size settings say. */
export const ANALYZE_FILE_COMMAND = 'sourcingLens.analyzeFile';
/** The same as a request: params `{ uri }`, result `{ uri, actors, findings }` or null when the file is not open. */
export const ANALYZE_FILE_REQUEST = 'sourcingLens/analyzeFile';

const DEFAULT_DEBOUNCE_MS = 200;

/** Whether a document is read, skipped for its size (with a notice), or left alone. */
type Gate = { kind: 'on'; settings: Settings } | { kind: 'oversize'; bytes: number; limit: number } | { kind: 'off' };

/**
 * What the server knows about one version of one open document. Kept per TextDocument object, not per URI: a
 * document closed and reopened under the same URI starts again at version 1 and must not inherit anything.
 */
interface Reading {
  version: number;
  gate?: Promise<Gate>;
  model?: ArticleModel;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const caches = new ParagraphCaches();
  let readings = new WeakMap<TextDocument, Reading>();
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsByUri = new Map<string, Promise<Settings>>();
  const forced = new Set<string>();
  const seen = new Set<string>();
  let globalSettings = DEFAULT_SETTINGS;
  let pullsConfiguration = false;
  let registersConfiguration = false;
  let watchesFiles = false;
  let refreshesViews = { tokens: false, hints: false };
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let folders: string[] = [];

  const log = (what: string, error: unknown) =>
    connection.console.error(`Sourcing Lens: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const houseStyles = new EditorHouseStyles(connection);

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

  function modelOf(doc: TextDocument): ArticleModel {
    const reading = readingOf(doc);
    if (reading.model) return reading.model;
    const started = performance.now();
    reading.model = analyzeUnderHouseStyle(doc.getText(), houseStyles.forUri(doc.uri), caches);
    connection.tracer.log(`Analysed ${doc.uri} v${doc.version} in ${(performance.now() - started).toFixed(1)} ms`);
    return reading.model;
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
    return gate?.kind === 'on' ? { doc, model: modelOf(doc) } : undefined;
  }

  async function publish(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const gate = await gateOf(doc);
    // A newer edit, or a close and reopen under the same URI, has its own run coming.
    if (documents.get(uri) !== doc || doc.version !== version) return;
    let diagnostics: Diagnostic[] = [];
    if (gate.kind === 'on') diagnostics = toDiagnostics(modelOf(doc), doc, gate.settings);
    else if (gate.kind === 'oversize') diagnostics = [oversizeDiagnostic(gate.bytes, gate.limit)];
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri).catch((error) => log(`analysing ${uri}`, error));
      }, delay),
    );
  }

  function forget(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    settingsByUri.delete(uri);
    seen.delete(uri);
    forced.delete(uri); // "Analyze This File" lasts while the file is open (an untitled URI is reused)
  }

  /** Tokens and hints are pulled by the client: ask it to pull again, when it knows how. */
  function refreshViews(): void {
    if (refreshesViews.tokens) connection.languages.semanticTokens.refresh().catch((e) => log('refreshing tokens', e));
    if (refreshesViews.hints) connection.languages.inlayHint.refresh().catch((e) => log('refreshing inlay hints', e));
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
    await publish(uri);
    refreshViews();
    const model = modelOf(documents.get(uri) ?? doc);
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
    };
    const options = params.initializationOptions as { debounceMs?: unknown; settings?: unknown } | undefined;
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
    schedule(uri, seen.has(uri) ? debounceMs : 0);
    seen.add(uri);
  });

  documents.onDidClose((change) => {
    const uri = change.document.uri;
    forget(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] }).catch((e) => log('clearing diagnostics', e));
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

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

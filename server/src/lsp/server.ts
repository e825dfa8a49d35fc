/**
 * The language server: `startServer(connection, runtime)` joins the steps below and answers the protocol. The
 * same core runs on Node (node/main.ts) and in a browser worker (browser/main.ts); `runtime` brings what differs
 * (file access, timers, a thread for long analyses).
 * - settings (settingsStore.ts) and workspace folders (folders.ts), from the client;
 * - house styles (features/houseStyle.ts), read through the server's file system (fileSystem.ts);
 * - document readings (readings.ts): for each version of each open document, whether it is read and its model,
 *   with one paragraph cache per house vocabulary, so an edit re-reads only the paragraphs it touched; a long
 *   article on another thread (longAnalyses.ts), so requests on other documents go on being answered;
 * - diagnostics, debounced while typing, pushed or pulled (diagnosticsSchedule.ts);
 * - the views of the model (views.ts) and the newsroom requests (workspace check, sourcing summary).
 * Every request is guarded (guard.ts): an error is logged and answered with an empty result, never a crash.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCaches } from '../engine/analyze';
import { describeFault, onStageFault } from '../engine/faults';
import { HOUSE_STYLE_FILE } from '../houseStyle/files';
import { SELECT_RANGE_COMMAND } from './features/codeActions';
import { EditorHouseStyles } from './features/houseStyle';
import { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { registerSourcingSummary } from './features/sourcingSummary';
import { registerWorkspaceCheck } from './features/workspaceCheck';
import { DiagnosticsSchedule } from './diagnosticsSchedule';
import { serverFileSystem } from './fileSystem';
import { WorkspaceFolders } from './folders';
import { guarded, logTo, type Log } from './guard';
import { LongAnalyses } from './longAnalyses';
import { DocumentReadings } from './readings';
import type { RuntimeEnvironment } from './runtime';
import { ServerSettings } from './settingsStore';
import { registerViews } from './views';

/** `workspace/executeCommand` with arguments `[uri]`: read this file whatever the language and size settings say. */
export const ANALYZE_FILE_COMMAND = 'sourcingLens.analyzeFile';
/** The same as a request: params `{ uri }`, result `{ uri, actors, findings }` or null when the file is not open. */
export const ANALYZE_FILE_REQUEST = 'sourcingLens/analyzeFile';

/** What the client announced it can do, as far as the server acts on it. */
interface ClientTraits {
  pullsConfiguration: boolean;
  registersConfiguration: boolean;
  watchesFiles: boolean;
  refreshes: { tokens: boolean; hints: boolean; diagnostics: boolean };
  /** Diagnostics pulled rather than pushed (unless the client asks to keep push). */
  pullsDiagnostics: boolean;
  /** The client answers `sourcingLens/fs/*` (protocol/requests.ts). */
  servesFiles: boolean;
}

interface InitializationOptions {
  debounceMs?: unknown;
  settings?: unknown;
  pushDiagnostics?: unknown;
  servesFiles?: unknown;
}

function traitsOf(capabilities: ClientCapabilities, options: InitializationOptions | undefined): ClientTraits {
  const workspace = capabilities.workspace;
  return {
    pullsConfiguration: workspace?.configuration === true,
    registersConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchesFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    refreshes: {
      tokens: workspace?.semanticTokens?.refreshSupport === true,
      hints: workspace?.inlayHint?.refreshSupport === true,
      diagnostics: workspace?.diagnostics?.refreshSupport === true,
    },
    // A client may keep push though it can pull: VS Code pulls only for visible editors, and Check All Articles
    // counts on Problems listing every open article.
    pullsDiagnostics: capabilities.textDocument?.diagnostic !== undefined && options?.pushDiagnostics !== true,
    servesFiles: options?.servesFiles === true,
  };
}

function serverCapabilities(traits: ClientTraits): InitializeResult['capabilities'] {
  return {
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
    ...(traits.pullsDiagnostics ? { diagnosticProvider: { identifier: 'sourcing-lens', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
  };
}

/** Logs each stage fault once per stage and error: a paragraph that breaks a stage is re-read at every keystroke near it. */
function logStageFaults(connection: Connection): { dispose(): void } {
  const logged = new Set<string>();
  return onStageFault((fault) => {
    const key = `${fault.stage}\u0000${fault.error instanceof Error ? fault.error.message : String(fault.error)}`;
    if (logged.has(key)) return;
    logged.add(key);
    connection.console.error(describeFault(fault));
  });
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const log = logTo(connection);
  const guard = guarded(log);
  const documents = new TextDocuments(TextDocument);
  const caches = new ParagraphCaches();
  let traits: ClientTraits | undefined;
  const settings = new ServerSettings(connection, log);
  const folders = new WorkspaceFolders();
  const files = serverFileSystem(connection, runtime, () => traits?.servesFiles === true);
  const houseStyles = new EditorHouseStyles(connection, files);
  const long = new LongAnalyses(connection, runtime, caches, log);
  const readings = new DocumentReadings({ connection, documents, settings, houseStyles, folders, caches, long });
  const schedule = new DiagnosticsSchedule(connection, documents, readings, runtime, log);
  const faults = logStageFaults(connection);

  /** Tokens, hints (and pulled diagnostics) are pulled by the client: ask it to pull again, when it knows how. */
  function refreshViews(): void {
    const refreshes = traits?.refreshes;
    if (refreshes?.tokens) connection.languages.semanticTokens.refresh().catch((e) => log('refreshing tokens', e));
    if (refreshes?.hints) connection.languages.inlayHint.refresh().catch((e) => log('refreshing inlay hints', e));
    if (schedule.pulls && refreshes?.diagnostics) connection.languages.diagnostics.refresh().catch((e) => log('refreshing diagnostics', e));
  }

  /** After settings or house style change what is read and how: everything open is decided and published again. */
  function refreshAll(): void {
    readings.reset();
    for (const doc of documents.all()) schedule.schedule(doc.uri, 0);
    refreshViews();
  }

  async function analyzeFile(uri: unknown) {
    if (typeof uri !== 'string') throw new ResponseError(-32602, `${ANALYZE_FILE_COMMAND} needs the file's URI as its argument.`);
    const doc = documents.get(uri);
    if (!doc) return null;
    readings.force(doc);
    if (!schedule.pulls) await schedule.publish(uri);
    refreshViews();
    const model = await readings.modelOf(documents.get(uri) ?? doc);
    return { uri, actors: model.actors.length, findings: model.findings.length };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as InitializationOptions | undefined;
    traits = traitsOf(params.capabilities, options);
    settings.start(traits.pullsConfiguration, options?.settings);
    schedule.pulls = traits.pullsDiagnostics;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) schedule.debounceMs = options.debounceMs;
    folders.set(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return { capabilities: serverCapabilities(traits), serverInfo: { name: 'sourcing-lens' } };
  });

  connection.onInitialized(() => {
    // A broken house-style file at the top of a workspace shows at once, not when the first story opens.
    houseStyles.readFolders(folders.all).catch((e) => log('reading the house styles', e));
    registerForChanges(connection, traits, log);
  });

  connection.onDidChangeWatchedFiles(
    guard('reading a changed house style', undefined, async ({ changes }) => {
      if (!(await houseStyles.changed(changes))) return;
      refreshAll();
      workspace.reread().catch((error) => log('re-reading checked files', error));
    }),
  );

  connection.onDidChangeConfiguration(
    guard('reading changed settings', undefined, (change) => {
      settings.changed(change.settings);
      refreshAll();
    }),
  );

  documents.onDidChangeContent(({ document }) => {
    long.cancel(document.uri); // reading an older version
    schedule.edited(document.uri);
  });

  documents.onDidOpen(({ document }) => {
    // A client that pulls keeps pushed diagnostics apart: clear what Check All Articles pushed for the closed file.
    if (schedule.pulls) connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((e) => log('clearing diagnostics', e));
  });

  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    schedule.forget(uri);
    long.cancel(uri); // and with it, the thread's memory
    settings.forget(uri);
    readings.forget(uri);
    if (!schedule.pulls) connection.sendDiagnostics({ uri, diagnostics: [] }).catch((e) => log('clearing diagnostics', e));
  });

  connection.onShutdown(() => {
    faults.dispose();
    schedule.settleAll();
    long.cancelAll();
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async ({ textDocument }) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: await schedule.pulled(textDocument.uri),
    })),
  );

  const articleAt = (uri: string) => readings.articleAt(uri);
  registerViews(connection, documents, articleAt, guard);

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
  const workspace = registerWorkspaceCheck(connection, {
    documents,
    articleAt,
    settingsFor: (uri) => settings.for(uri),
    houseStyles: houseStyles.files,
    files,
    caches,
    folderOf: (uri) => folders.folderOf(uri),
    runtime,
  });
  registerSourcingSummary(connection, workspace);

  documents.listen(connection);
  connection.listen();
}

/** Dynamic registrations, for clients that take them: settings changes, and changes to house-style files. */
function registerForChanges(connection: Connection, traits: ClientTraits | undefined, log: Log): void {
  if (traits?.registersConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourcingLens' }).catch((e) => log('registering for settings', e));
  }
  if (traits?.watchesFiles) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${HOUSE_STYLE_FILE}` }] })
      .catch((e) => log('watching house-style files', e));
  }
}

/** A command argument may be the URI itself or an object that holds it (a VS Code Uri serialised, `{ uri }`). */
function uriArgument(arg: unknown): unknown {
  if (typeof arg === 'object' && arg !== null) {
    const holder = arg as { uri?: unknown; external?: unknown };
    return typeof holder.uri === 'string' ? holder.uri : holder.external;
  }
  return arg;
}

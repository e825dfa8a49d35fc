/**
 * The one LSP client of the suites and the latency benchmark. Over a real JSON-RPC stdio connection it spawns
 * `node out/server/src/lsp/node/main.js --stdio`; `inProcess` instead joins the real server (startServer) in this
 * process by in-memory streams. Either way it answers the server's own requests (settings, refresh, showDocument)
 * and records every publishDiagnostics, so a caller can wait for a given document version or state.
 */
import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { PassThrough } from 'stream';
import { setTimeout as sleep } from 'timers/promises';
import { createConnection } from 'vscode-languageserver/node';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  ProgressType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowDocumentParams,
  type TextDocumentContentChangeEvent,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { nodeRuntime } from '../../server/src/lsp/node/runtime';
import { startServer } from '../../server/src/lsp/server';
import { noteServerLog } from './serverLog';
import { claimModelInUse, RULES_ONLY } from '../../server/src/engine/findings/claimModel';

export const SERVER_MAIN = join(__dirname, '..', '..', 'server', 'src', 'lsp', 'node', 'main.js');
const RULES_ONLY_CLAIMS = join(__dirname, 'rulesOnlyClaims.js');

export interface LspClientOptions {
  /** The server's script; out/server/src/lsp/node/main.js by default (dist/server.js tests the bundle). */
  server?: string;
  /**
   * The `sourcingLens` settings section the client answers workspace/configuration with, per document URI.
   * Without it the client does not announce workspace/configuration (settings then come by push).
   */
  settings?: (scopeUri: string | undefined) => unknown;
  /** How long the client takes to answer workspace/configuration (to test edits that race the answer). */
  settingsDelayMs?: number;
  initializationOptions?: unknown;
  workspaceFolders?: string[];
  /** Announce pull diagnostics (textDocument/diagnostic, with refresh): the server then stops pushing them. */
  pullDiagnostics?: boolean;
}

export type WorkDoneProgress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    workspaceEdit: { documentChanges: false },
  },
  window: { showDocument: { support: true }, workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
      multilineTokenSupport: false,
    },
    inlayHint: {},
    rename: { prepareSupport: true },
  },
};

export class LspClient {
  /** Every publishDiagnostics, in order of arrival. */
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  /** Called on each publishDiagnostics as it arrives, before any timer: lets a test react at once. */
  onPublish: ((params: PublishDiagnosticsParams) => void) | undefined;
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly stderr: string[] = [];
  /** Work-done progress the server reported, in order. */
  readonly progress: WorkDoneProgress[] = [];
  /** How many times the server asked to pull diagnostics again. */
  diagnosticRefreshes = 0;
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  private constructor(
    /** The server's process; the test's own when the server runs in process. */
    readonly process: ChildProcess | NodeJS.Process,
    readonly connection: ProtocolConnection,
    readonly initializeResult: InitializeResult,
    private readonly end: () => Promise<number | null>,
  ) {}

  /**
   * A server spawned on stdio (out/server/src/lsp/node/main.js unless `options.server` names another). It reads
   * claims as this process does: by the rules alone under the suites (see rulesOnlyClaims.ts), else by the shipped model.
   */
  static async start(options: LspClientOptions = {}): Promise<LspClient> {
    const sameClaims = !options.server && claimModelInUse() === RULES_ONLY ? ['--require', RULES_ONLY_CLAIMS] : [];
    const child = spawn(process.execPath, [...sameClaims, options.server ?? SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    if (!child.stdout || !child.stdin) throw new Error('the server process has no stdio');
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = await LspClient.connect(connection, options, child, async () => {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      return exited;
    });
    child.stderr?.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    return client;
  }

  /** The real server (startServer) in this process, joined by in-memory streams: no child process to spawn or wait on. */
  static async inProcess(options: LspClientOptions = {}): Promise<LspClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader and writer objects, not raw streams: the server then never calls process.exit when they end.
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, nodeRuntime());
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    // No shutdown and exit: the server's exit handler would end this process.
    return LspClient.connect(connection, options, process, async () => (server.dispose(), null));
  }

  private static async connect(
    connection: ProtocolConnection,
    options: LspClientOptions,
    serverProcess: ChildProcess | NodeJS.Process,
    end: () => Promise<number | null>,
  ): Promise<LspClient> {
    let client: LspClient | undefined;
    const early: PublishDiagnosticsParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (client) client.received(params);
      else early.push(params);
    });
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      await sleep(options.settingsDelayMs ?? 0);
      return params.items.map((item) => options.settings?.(item.scopeUri) ?? null);
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification(LogMessageNotification.type, ({ message }) => noteServerLog(message));
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      client?.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      if (client) client.diagnosticRefreshes++;
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', ({ token }: { token: string | number }) => {
      connection.onProgress(new ProgressType<WorkDoneProgress>(), token, (value) => {
        client?.progress.push(value);
      });
      return null;
    });
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    const pull = options.pullDiagnostics
      ? { textDocument: { ...CAPABILITIES.textDocument, diagnostic: {} }, workspace: { ...CAPABILITIES.workspace, diagnostics: { refreshSupport: true } } }
      : {};
    const capabilities: ClientCapabilities = { ...CAPABILITIES, ...pull };
    const result = await connection.sendRequest(InitializeRequest.type, {
      // In process, no processId: the server would watch this process with a timer that keeps mocha alive.
      processId: serverProcess === process ? null : process.pid,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })),
      capabilities: options.settings ? capabilities : { ...capabilities, workspace: { ...capabilities.workspace, configuration: false } },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    client = new LspClient(serverProcess, connection, result, end);
    for (const params of early) client.received(params);
    return client;
  }

  private received(params: PublishDiagnosticsParams): void {
    this.diagnostics.push(params);
    this.onPublish?.(params);
    this.waiters = this.waiters.filter((w) => (w.test(params) ? (w.resolve(params), false) : true));
  }

  /** The next diagnostics published for the document (at `version` when given), or a timeout error. */
  diagnosticsFor(uri: string, version?: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version ?? '?'} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /**
   * The latest diagnostics for a URI, among those published after the `since`-th publication, once they satisfy
   * `test`; fails naming `what` after ten seconds.
   */
  async diagnosticsUntil(uri: string, test: (diagnostics: Diagnostic[]) => boolean, what: string, since = 0): Promise<Diagnostic[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const latest = this.diagnostics.slice(since).filter((p) => p.uri === uri).pop();
      if (latest && test(latest.diagnostics)) return latest.diagnostics;
      if (Date.now() > deadline) assert.fail(`no ${what} for ${uri}; last: ${JSON.stringify(latest?.diagnostics)}`);
      await sleep(20);
    }
  }

  open(uri: string, text: string, languageId = 'news-article', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Tells the server files changed on disk, as the editor's file watcher would. */
  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** A spawned server: shutdown, exit, and the process's exit code. An in-process one: disposed (null). */
  async stop(): Promise<number | null> {
    const code = await this.end();
    this.connection.dispose();
    return code;
  }
}

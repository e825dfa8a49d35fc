/**
 * The VS Code side of Sourcing Lens, kept thin on purpose: every feature lives in the language server
 * (dist/server.js), so any LSP editor gets the same reading of an article. The client starts the server, tells it
 * which documents to read, and contributes the commands that need the editor's state (the active file).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerNewsroom } from './newsroom';

/** The language server's command that opts one document in; the server declares it in its capabilities. */
const SERVER_ANALYZE_FILE = 'sourcingLens.analyzeFile';

/** Settings that change which documents the server must see: a change restarts the client with a new selector. */
const SELECTOR_SETTINGS = ['sourcingLens.languages', 'sourcingLens.include'];

/** Plain types that both vscode and vscode-languageclient accept as a document selector. */
type Filter = { language: string; scheme: string } | { pattern: string; scheme: string };

/**
 * Which documents the client syncs to the server: articles proper, plain text and Markdown (journalists keep
 * stories in them too), any other language `sourcingLens.languages` names, and files matching
 * `sourcingLens.include`. The server then decides per document, by the same settings, which it reads (plain
 * text only when it looks like an article); it can only decide about what it is sent. Schemes `file` and
 * `untitled` only, so diff views and output channels are left alone.
 */
function documentSelector(): Filter[] {
  // The selector serves the whole window, so it reads the settings for no particular resource.
  const config = vscode.workspace.getConfiguration('sourcingLens', null);
  const configured = config.get<Record<string, string> | string[]>('languages') ?? {};
  const named = Array.isArray(configured)
    ? configured
    : Object.keys(configured).filter(language => configured[language] !== 'never');
  const languages = new Set(['news-article', 'plaintext', 'markdown', ...named]);
  const filters: Filter[] = [...languages].flatMap(language =>
    ['file', 'untitled'].map(scheme => ({ language, scheme })),
  );
  for (const pattern of includeGlobs(config.get<string[]>('include') ?? [])) filters.push({ pattern, scheme: 'file' });
  return filters;
}

/**
 * `sourcingLens.include` holds .gitignore-style patterns relative to a workspace folder ("stories/",
 * "*.draft.md", "/archive"); the server matches them exactly. The client only needs globs that sync a superset:
 * the pattern as a file or as a folder, at any depth. Negations ("!keep.md") only take files away, so they add none.
 */
function includeGlobs(patterns: string[]): string[] {
  return patterns
    .filter(pattern => pattern.trim() && !pattern.startsWith('!') && !pattern.startsWith('#'))
    .map(pattern => pattern.trim().replace(/^\/+|\/+$/g, ''))
    .flatMap(pattern => [`**/${pattern}`, `**/${pattern}/**`]);
}

let client: LanguageClient | undefined;
/** Where the extension is installed: dist/server.js lies there. */
let extensionPath = '';
/** One channel for the extension's lifetime, so a restarted client does not add a second "Sourcing Lens". */
let outputChannel: vscode.LogOutputChannel | undefined;
/** The documents the running client syncs, as a key to tell whether a settings change needs a restart. */
let syncedKey = '';
/** Settles when the latest start or restart has; restarts queue behind it, never overlap. */
let ready: Promise<void> = Promise.resolve();

/** What the extension returns from activate(): for tests and other extensions that must wait for the server. */
export interface SourcingLensApi {
  /** Resolves once the language server runs with the documents the current settings ask for. */
  whenReady(): Promise<void>;
}

function createClient(): LanguageClient {
  const serverModule = path.join(extensionPath, 'dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const selector = documentSelector();
  syncedKey = JSON.stringify(selector);
  // Pushed diagnostics: VS Code pulls only for visible editors, and Problems must list every open article.
  const clientOptions: LanguageClientOptions = { documentSelector: selector, outputChannel, initializationOptions: { pushDiagnostics: true } };
  // The id makes vscode-languageclient honour the `sourcingLens.trace.server` setting.
  return new LanguageClient('sourcingLens', 'Sourcing Lens', serverOptions, clientOptions);
}

/** A new client when the settings widen or narrow what the server must see (a selector is fixed at start). */
async function restartIfSelectorChanged(): Promise<void> {
  if (JSON.stringify(documentSelector()) === syncedKey) return;
  await client?.stop().catch(() => undefined); // a client that never started has nothing to stop
  client = createClient();
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<SourcingLensApi> {
  extensionPath = context.extensionPath;
  outputChannel = vscode.window.createOutputChannel('Sourcing Lens', { log: true });
  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('sourcingLens.analyzeThisFile', analyzeThisFile),
    vscode.workspace.onDidChangeConfiguration(change => {
      if (!SELECTOR_SETTINGS.some(setting => change.affectsConfiguration(setting))) return;
      ready = ready
        .catch(() => undefined) // a failed start was reported; a settings change is a new chance
        .then(restartIfSelectorChanged)
        .catch(error => outputChannel?.error(`Restarting the language server: ${error}`));
    }),
  );
  // The sourcing report, status bar and whole-workspace check; they ask for the client as it is now.
  registerNewsroom(context, () => client);
  client = createClient();
  ready = client.start();
  await ready;
  return { whenReady: () => ready };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** "Sourcing Lens: Analyze This File": asks the server to read the active document whatever its language. */
async function analyzeThisFile(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !client) {
    void vscode.window.showInformationMessage('Sourcing Lens: open an article first.');
    return;
  }
  if (vscode.languages.match(documentSelector(), document) === 0) {
    // The server is never sent documents outside the selector: read this one as an article.
    await vscode.languages.setTextDocumentLanguage(document, 'news-article');
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_ANALYZE_FILE,
    arguments: [document.uri.toString()],
  });
}

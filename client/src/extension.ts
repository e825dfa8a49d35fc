/**
 * The VS Code side of Sourcing Lens, kept thin on purpose: every feature lives in the language server, so any LSP
 * editor gets the same reading of an article. The client starts the server, tells it which documents to read,
 * lends it the editor's files, and contributes the commands that need the editor's state (the active file).
 * Shared by the two entries, which differ only in how the server starts: node/main.ts (a Node process,
 * dist/server.js) and browser/main.ts (a Web Worker, dist/browser/server.js, for VS Code for the Web).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { serveFiles } from './fileService';
import { registerNewsroom } from './newsroom';

/** Makes the host's language client, with the server started the host's way. */
export type ClientFactory = (clientOptions: LanguageClientOptions) => Promise<BaseLanguageClient>;

/** The client id: it makes vscode-languageclient honour the `sourcingLens.trace.server` setting. */
export const CLIENT_ID = 'sourcingLens';
export const CLIENT_NAME = 'Sourcing Lens';

/** The language server's command that opts one document in; the server declares it in its capabilities. */
const SERVER_ANALYZE_FILE = 'sourcingLens.analyzeFile';

/** Settings that change which documents the server must see: a change restarts the client with a new selector. */
const SELECTOR_SETTINGS = ['sourcingLens.languages', 'sourcingLens.include'];

/** Plain types that both vscode and vscode-languageclient accept as a document selector. */
type Filter = { language: string; scheme: string } | { pattern: string; scheme: string };

/**
 * Where stories live: files on disk, unsaved documents, and whatever the workspace folders are made of (in the
 * browser, `vscode-remote:` under code-server, `vscode-vfs:` on github.dev).
 */
function storySchemes(): string[] {
  const folders = (vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.scheme);
  return [...new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', ...folders])];
}

/**
 * Which documents the client syncs to the server: articles proper, plain text and Markdown (journalists keep
 * stories in them too), any other language `sourcingLens.languages` names, and files matching
 * `sourcingLens.include`. The server then decides per document, by the same settings, which it reads (plain
 * text only when it looks like an article); it can only decide about what it is sent. Story schemes only (see
 * storySchemes), so diff views and output channels are left alone.
 */
function documentSelector(): Filter[] {
  // The selector serves the whole window, so it reads the settings for no particular resource.
  const config = vscode.workspace.getConfiguration('sourcingLens', null);
  const configured = config.get<Record<string, string> | string[]>('languages') ?? {};
  const named = Array.isArray(configured)
    ? configured
    : Object.keys(configured).filter(language => configured[language] !== 'never');
  const languages = new Set(['news-article', 'plaintext', 'markdown', ...named]);
  const schemes = storySchemes();
  const filters: Filter[] = [...languages].flatMap(language => schemes.map(scheme => ({ language, scheme })));
  const saved = schemes.filter(scheme => scheme !== 'untitled');
  for (const pattern of includeGlobs(config.get<string[]>('include') ?? [])) filters.push(...saved.map(scheme => ({ pattern, scheme })));
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

let client: BaseLanguageClient | undefined;
/** The host's way to make a client, kept for restarts. */
let createHostClient: ClientFactory | undefined;
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

async function createClient(): Promise<BaseLanguageClient> {
  if (!createHostClient) throw new Error('Sourcing Lens is not activated');
  const selector = documentSelector();
  syncedKey = JSON.stringify(selector);
  // Pushed diagnostics: VS Code pulls only for visible editors, and Problems must list every open article.
  const initializationOptions = { pushDiagnostics: true, servesFiles: true };
  const created = await createHostClient({ documentSelector: selector, outputChannel, initializationOptions });
  serveFiles(created, outputChannel);
  return created;
}

/** A new client when the settings widen or narrow what the server must see (a selector is fixed at start). */
async function restartIfSelectorChanged(): Promise<void> {
  if (JSON.stringify(documentSelector()) === syncedKey) return;
  await client?.stop().catch(() => undefined); // a client that never started has nothing to stop
  client = await createClient();
  await client.start();
}

/** `activate` of either entry: the same extension around the host's client. */
export async function activateWith(context: vscode.ExtensionContext, hostClient: ClientFactory): Promise<SourcingLensApi> {
  createHostClient = hostClient;
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
  ready = createClient().then(created => {
    client = created;
    return created.start();
  });
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

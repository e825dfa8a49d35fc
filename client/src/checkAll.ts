/**
 * "Sourcing Lens: Check All Articles": fills Problems for every article in the workspace, open or not. The client
 * finds the candidate files (stories, and .md/.txt the server keeps only when they read like one), sends them to
 * the server in small batches (progress per batch, cancellable between and during batches), and from then on
 * keeps Problems current: a file watcher sends every file created, changed or deleted on disk to be read again.
 */
import * as vscode from 'vscode';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../../server/src/protocol/requests';
import { runningClient, type ClientOf } from './serverAccess';

export const CHECK_ALL_COMMAND = 'sourcingLens.checkAllArticles';

/** The files that may be articles (the server decides for Markdown and plain text by their content). */
export const ARTICLE_GLOB = '**/*.{article,news,md,markdown,txt,text}';
/** Folders that hold tooling, not stories (the same ones `sourcing-lens check` skips). */
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test,out,dist}/**';
const BATCH = 8;
const WATCH_DELAY_MS = 300;

const skippedFolder = /(?:^|\/)(?:node_modules|\.git|\.vscode-test|out|dist)\//u;

function asFiles(uris: readonly vscode.Uri[]): CheckFilesParams {
  return { files: uris.map((uri) => ({ uri: uri.toString(), path: vscode.workspace.asRelativePath(uri, false) })) };
}

/**
 * The candidate files of the workspace, or undefined when the editor cannot list them (in VS Code for the Web, a
 * workspace whose file system offers no search): then the writer learns that only open articles are read.
 */
async function articleFiles(token: vscode.CancellationToken): Promise<vscode.Uri[] | undefined> {
  try {
    return await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, undefined, token);
  } catch (error) {
    void vscode.window.showWarningMessage(
      `Sourcing Lens: this editor cannot list the workspace's files (${error instanceof Error ? error.message : String(error)}), ` +
        'so Check All Articles cannot run here; open articles are still read.',
    );
    return undefined;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function registerCheckAll(context: vscode.ExtensionContext, clientOf: ClientOf): void {
  let watcher: vscode.FileSystemWatcher | undefined;

  /** After the first check, files that change on disk are read again, a few at a time. */
  function keepCurrent(): void {
    if (watcher) return;
    watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const pending = new Map<string, vscode.Uri>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const queue = (uri: vscode.Uri) => {
      if (skippedFolder.test(uri.path)) return;
      pending.set(uri.toString(), uri);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const client = clientOf();
        const uris = [...pending.values()];
        pending.clear();
        if (client?.isRunning()) client.sendRequest(CHECK_FILES_REQUEST, asFiles(uris)).then(undefined, () => undefined);
      }, WATCH_DELAY_MS);
    };
    context.subscriptions.push(
      watcher,
      watcher.onDidCreate(queue),
      watcher.onDidChange(queue),
      watcher.onDidDelete(queue), // the server finds the file gone and clears its problems
      { dispose: () => clearTimeout(timer) },
    );
  }

  async function checkAll(): Promise<CheckFilesResult | undefined> {
    const client = await runningClient(clientOf);
    if (!client) {
      void vscode.window.showWarningMessage('Sourcing Lens: the language server is not running; see the Sourcing Lens output.');
      return undefined;
    }
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Sourcing Lens: Check All Articles reads the files of the workspace folders; open a folder first.');
      return undefined;
    }
    const options = { location: vscode.ProgressLocation.Notification, title: 'Sourcing Lens: checking articles', cancellable: true };
    const outcome = await vscode.window.withProgress(options, async (progress, token) => {
      const found = await articleFiles(token);
      if (!found) return undefined;
      const uris = found.sort((a, b) => a.toString().localeCompare(b.toString()));
      const total: CheckFilesResult = { articles: 0, findings: 0, skipped: 0 };
      for (let done = 0; done < uris.length && !token.isCancellationRequested; done += BATCH) {
        progress.report({ message: `${done} of ${uris.length} files`, increment: done === 0 ? 0 : (100 * BATCH) / uris.length });
        const batch = uris.slice(done, done + BATCH);
        const result = await client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, asFiles(batch), token).then(undefined, () => undefined);
        if (!result) break; // cancelled, or the server went away
        total.articles += result.articles;
        total.findings += result.findings;
        total.skipped += result.skipped;
      }
      return { total, cancelled: token.isCancellationRequested };
    });
    if (!outcome) return undefined;
    keepCurrent();
    const { total, cancelled } = outcome;
    const what = `${plural(total.articles, 'article')}, ${plural(total.findings, 'problem')}`;
    void vscode.window.showInformationMessage(
      cancelled ? `Sourcing Lens: check stopped after ${what}.` : `Sourcing Lens checked ${what}. Problems stays current as files change.`,
    );
    return total;
  }

  context.subscriptions.push(vscode.commands.registerCommand(CHECK_ALL_COMMAND, checkAll));
}

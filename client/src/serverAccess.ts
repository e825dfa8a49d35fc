/**
 * How the newsroom views (the sourcing report, the status bar, the whole-workspace check) reach the language
 * server: through its custom requests (server/src/protocol/requests.ts). The client may be restarted (settings
 * change), so each asks for the current one when it needs it. The same on Node and in the browser: the client
 * is the common `BaseLanguageClient`.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SUMMARY_REQUEST } from '../../server/src/protocol/requests';
import type { ArticleSummary } from '../../server/src/protocol/summary';

/** The running language client, or undefined while it is (re)starting. */
export type ClientOf = () => BaseLanguageClient | undefined;

/**
 * The client once it runs: a command may come while it (re)starts after a settings change, when `clientOf` still
 * returns the stopped one for a moment. Undefined if it is not running within `timeoutMs`.
 */
export async function runningClient(clientOf: ClientOf, timeoutMs = 15_000): Promise<BaseLanguageClient | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = clientOf();
    if (client?.isRunning()) return client;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The server's summary of a document, or null when it does not read that document (or is not running).
 * `waitMs`: how long to wait for a (re)starting client; updates in the background do not wait.
 */
export async function fetchSummary(clientOf: ClientOf, uri: vscode.Uri, waitMs = 0): Promise<ArticleSummary | null> {
  const client = await runningClient(clientOf, waitMs);
  if (!client) return null;
  try {
    return await client.sendRequest<ArticleSummary | null>(SUMMARY_REQUEST, { uri: uri.toString() });
  } catch {
    return null; // the server restarting or shutting down: the next change asks again
  }
}

/**
 * Calls `listener` (debounced) when what the server reads may have changed: it published diagnostics (after
 * analysing an edit, or a workspace check) or a document changed. `listener` gets the URIs touched since the last call.
 */
export function onArticlesChanged(listener: (uris: Set<string>) => void, delayMs = 250): vscode.Disposable {
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touch = (uris: readonly vscode.Uri[]) => {
    for (const uri of uris) pending.add(uri.toString());
    clearTimeout(timer);
    timer = setTimeout(() => {
      const touched = pending;
      pending = new Set();
      listener(touched);
    }, delayMs);
  };
  const subscriptions = [
    vscode.languages.onDidChangeDiagnostics((e) => touch(e.uris)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) touch([e.document.uri]);
    }),
  ];
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
  });
}

/** "4 named · 5 anonymous · 2 unsourced", and "+ 3 medium" when there are medium-confidence claims. */
export function countsLabel(counts: ArticleSummary['counts']): string {
  const medium = counts.unsourcedMedium > 0 ? ` + ${counts.unsourcedMedium} medium` : '';
  return `${counts.named} named · ${counts.anonymous} anonymous · ${counts.unsourced} unsourced${medium}`;
}

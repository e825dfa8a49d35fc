/**
 * "Sourcing Lens: Show Sourcing Report" (the active article) and "Show Workspace Sourcing Report": webview panels
 * that chart who a story quotes, named against anonymous sources, and every source's quotes and paraphrases.
 * Clicking an actor jumps to its first mention. The article report follows the active article, and both refresh
 * (debounced) whenever the server publishes new diagnostics or a document changes.
 */
import * as vscode from 'vscode';
import { WORKSPACE_SUMMARY_REQUEST } from '../../server/src/protocol/requests';
import type { ArticleSummary, WorkspaceSummary } from '../../server/src/protocol/summary';
import { fetchSummary, onArticlesChanged, runningClient, type ClientOf } from './serverAccess';
import { articleReportHtml, reportPage, workspaceReportHtml } from './reportHtml';

export const SHOW_REPORT_COMMAND = 'sourcingLens.showSourcingReport';
export const SHOW_WORKSPACE_REPORT_COMMAND = 'sourcingLens.showWorkspaceSourcingReport';

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** A fresh nonce for the page's script: Web Crypto, which both extension hosts have (Node's `crypto` module is not in the browser). */
function nonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Jumps to an actor's first mention (or opens the article), in the editor column that already shows it. */
async function reveal(summary: ArticleSummary | undefined, uri: string, actorId?: string): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  const range = summary?.actors.find((a) => a.id === actorId)?.firstMentionRange;
  const selection = range && new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(target, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A report panel: the page shell once, then the report fragment on every update (and again after a reload). */
class ReportPanel {
  readonly panel: vscode.WebviewPanel;
  private html = '';
  private ready = false;

  constructor(viewType: string, title: string, onReveal: (uri: string, actor?: string) => void, onDispose: () => void) {
    this.panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
    });
    this.panel.webview.html = reportPage({ cspSource: this.panel.webview.cspSource, nonce: nonce(), title });
    this.panel.webview.onDidReceiveMessage((message: { type?: string; uri?: unknown; actor?: unknown }) => {
      if (message.type === 'ready') {
        this.ready = true;
        void this.post();
      } else if (message.type === 'reveal' && typeof message.uri === 'string') {
        onReveal(message.uri, typeof message.actor === 'string' ? message.actor : undefined);
      }
    });
    this.panel.onDidDispose(onDispose);
  }

  show(html: string, title: string): void {
    this.panel.title = title;
    if (html === this.html) return;
    this.html = html;
    void this.post();
  }

  private post(): Thenable<boolean> | undefined {
    return this.ready ? this.panel.webview.postMessage({ type: 'render', html: this.html }) : undefined;
  }
}

export function registerSourcingReport(context: vscode.ExtensionContext, clientOf: ClientOf): void {
  let article: { panel: ReportPanel; uri: vscode.Uri; summary?: ArticleSummary } | undefined;
  let workspace: { panel: ReportPanel; summary?: WorkspaceSummary } | undefined;

  function showArticle(summary: ArticleSummary): void {
    if (!article) return;
    article.uri = vscode.Uri.parse(summary.uri);
    article.summary = summary;
    article.panel.show(articleReportHtml(summary, fileName(summary.uri)), `Sourcing: ${fileName(summary.uri)}`);
  }

  /** Re-reads a document for the article report; one the server does not read leaves the report as it is. */
  async function refreshArticle(uri: vscode.Uri): Promise<void> {
    const summary = await fetchSummary(clientOf, uri);
    if (summary) showArticle(summary);
  }

  /** `waitMs`: how long to wait for a (re)starting client; updates in the background do not wait. */
  async function refreshWorkspace(waitMs = 0): Promise<void> {
    const client = await runningClient(clientOf, waitMs);
    if (!workspace || !client) return;
    const summary = await client.sendRequest<WorkspaceSummary>(WORKSPACE_SUMMARY_REQUEST, {}).then(undefined, () => undefined);
    if (!summary || !workspace) return;
    workspace.summary = summary;
    workspace.panel.show(workspaceReportHtml(summary, fileName), 'Sourcing: Workspace');
  }

  async function showArticleReport(): Promise<void> {
    const uri = vscode.window.activeTextEditor?.document.uri ?? article?.uri;
    const summary = uri && (await fetchSummary(clientOf, uri, 15_000));
    if (!uri || !summary) {
      void vscode.window.showInformationMessage(
        'Sourcing Lens: open a news article first (or run “Sourcing Lens: Analyze This File” on this one).',
      );
      return;
    }
    if (!article) {
      const panel = new ReportPanel('sourcingLens.report', 'Sourcing report', (u, actor) => void reveal(article?.summary, u, actor), () => {
        article = undefined;
      });
      article = { panel, uri };
    }
    article.panel.panel.reveal(undefined, true);
    showArticle(summary);
  }

  async function showWorkspaceReport(): Promise<void> {
    if (!workspace) {
      const panel = new ReportPanel('sourcingLens.workspaceReport', 'Sourcing: Workspace', (uri, actor) => {
        void reveal(workspace?.summary?.articles.find((a) => a.uri === uri), uri, actor);
      }, () => {
        workspace = undefined;
      });
      workspace = { panel };
    }
    workspace.panel.panel.reveal(undefined, true);
    await refreshWorkspace(15_000);
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, showArticleReport),
    vscode.commands.registerCommand(SHOW_WORKSPACE_REPORT_COMMAND, showWorkspaceReport),
    // The article report follows the active article; editors the server does not read leave it as it is.
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (article && editor && editor.document.uri.toString() !== article.uri.toString()) void refreshArticle(editor.document.uri);
    }),
    onArticlesChanged((uris) => {
      if (article && uris.has(article.uri.toString())) void refreshArticle(article.uri);
      if (workspace) void refreshWorkspace();
    }),
    { dispose: () => { article?.panel.panel.dispose(); workspace?.panel.panel.dispose(); } },
  );
}

/**
 * The status bar item for the active article: "4 named · 5 anonymous · 2 unsourced + 3 medium" (named actors quoted
 * or paraphrased, anonymous sources used, claims nobody is cited for: those an editor would certainly send back,
 * then those an editor may well query). Hidden for files the server does not read.
 * Clicking it opens the sourcing report.
 */
import * as vscode from 'vscode';
import { countsLabel, fetchSummary, onArticlesChanged, type ClientOf } from './serverAccess';
import { SHOW_REPORT_COMMAND } from './sourcingReport';

export function registerStatusBar(context: vscode.ExtensionContext, clientOf: ClientOf): void {
  const item = vscode.window.createStatusBarItem('sourcingLens.summary', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourcing Lens';
  item.command = SHOW_REPORT_COMMAND;
  let asked = 0;

  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const ticket = ++asked;
    const summary = document ? await fetchSummary(clientOf, document.uri) : null;
    if (ticket !== asked) return; // a newer update is on its way
    if (!summary) {
      item.hide();
      return;
    }
    const { named, anonymous, unsourced, unsourcedMedium } = summary.counts;
    item.text = `$(quote) ${countsLabel(summary.counts)}`;
    item.tooltip = new vscode.MarkdownString(
      `**Sourcing Lens**\n\n${named} named ${named === 1 ? 'actor' : 'actors'} quoted or paraphrased  \n` +
        `${anonymous} anonymous ${anonymous === 1 ? 'source' : 'sources'}  \n` +
        `${unsourced} ${unsourced === 1 ? 'claim' : 'claims'} with no source (high confidence)  \n` +
        `${unsourcedMedium} more an editor may query (medium confidence)\n\nClick for the sourcing report.`,
    );
    item.accessibilityInformation = { label: `Sourcing Lens: ${countsLabel(summary.counts)}. Open the sourcing report.` };
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    onArticlesChanged((uris) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && uris.has(active)) void update();
    }),
  );
  void update();
}

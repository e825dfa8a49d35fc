/**
 * The newsroom workflow in a real VS Code: Check All Articles fills Problems for articles nobody opened and keeps
 * it current as files change on disk; the sourcing reports open as webview panels for the active article and the
 * workspace.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, fixtureUri, openFixture, sourcingDiagnostics, waitFor } from './helpers';

interface CheckFilesResult {
  articles: number;
  findings: number;
  skipped: number;
}

const webviewTab = (label: string) =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === label);

describe('Newsroom workflow', () => {
  const scratch = 'newsroom-scratch.article';
  before(closeAllEditors);
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(fixtureUri(scratch)).then(undefined, () => undefined);
  });

  it('Check All Articles fills Problems for every article, open or not', async () => {
    const result = await vscode.commands.executeCommand<CheckFilesResult>('sourcingLens.checkAllArticles');
    const stories = await vscode.workspace.findFiles('**/*.{article,news}');
    assert.ok(result, 'the command reports what it checked');
    assert.strictEqual(result.articles, stories.length);
    assert.ok(result.findings > 0, 'the fixtures hold findings');
    const shown = () => stories.reduce((sum, uri) => sum + sourcingDiagnostics(uri).length, 0);
    await waitFor(`${result.findings} problems in Problems`, () => shown() === result.findings);
    const river = sourcingDiagnostics(fixtureUri('river-talks.article')).map(codeOf);
    assert.ok(river.includes('unattributed-claim'), river.join(', '));
  });

  it('keeps Problems current as an article is written, changed and deleted on disk', async () => {
    const uri = fixtureUri(scratch);
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write('BANGOR, Maine (AP) — The harbour board met on Monday.\n\nThe chairman privately opposed the lease.\n');
    await waitFor('the new article’s unattributed claim', () => sourcingDiagnostics(uri).some((d) => codeOf(d) === 'unattributed-claim'));
    await write('BANGOR, Maine (AP) — The harbour board met on Monday, the board said.\n');
    await waitFor('the problem to go when the claim is removed', () => sourcingDiagnostics(uri).length === 0);
    await write('BANGOR, Maine (AP) — The harbour board met on Monday.\n\nThe chairman privately opposed the lease.\n');
    await waitFor('the claim again', () => sourcingDiagnostics(uri).length > 0);
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted article’s problems to clear', () => sourcingDiagnostics(uri).length === 0);
  });

  it('shows the sourcing report of the active article beside it', async () => {
    await openFixture('river-talks.article');
    await vscode.commands.executeCommand('sourcingLens.showSourcingReport');
    await waitFor('the report panel', () => webviewTab('Sourcing: river-talks.article'));
  });

  it('follows the active article', async () => {
    await openFixture('harbor-vote.news');
    await waitFor('the report to follow harbor-vote.news', () => webviewTab('Sourcing: harbor-vote.news'));
    assert.strictEqual(webviewTab('Sourcing: river-talks.article'), undefined, 'one article report, not one per story');
  });

  it('shows the workspace report', async () => {
    await vscode.commands.executeCommand('sourcingLens.showWorkspaceSourcingReport');
    await waitFor('the workspace report panel', () => webviewTab('Sourcing: Workspace'));
  });
});

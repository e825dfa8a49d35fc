/** What the integration tests share: opening fixtures from the test workspace and waiting on the language server. */
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sourcing-lens.sourcing-lens';
export const DIAGNOSTIC_SOURCE = 'sourcing-lens';

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens test/fixtures/workspace as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A story from test/fixtures/articles, beside the workspace folder so that no workspace check sees it. It's read
 *  through VS Code's file system because the web worker has no fs. */
export async function articleFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`../articles/${name}`)));
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

let untitledDocuments = 0;

/**
 * An unsaved document with its own name, for tests that edit: files on disk stay as they are, and no two tests
 * share a URI (VS Code reuses "Untitled-1" once it is closed, and with it any diagnostics still on their way).
 */
export async function openUntitled(name: string, text: string, language: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/${++untitledDocuments}-${name}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await vscode.window.showTextDocument(document);
  return document;
}

export async function openCopyOfFixture(name: string): Promise<vscode.TextDocument> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
  return openUntitled(`copy-of-${name}`, text, 'news-article');
}

export async function closeAllEditors(): Promise<void> {
  // Reverting first keeps VS Code from asking whether to save the unsaved copies.
  for (const _ of vscode.window.tabGroups.all.flatMap(group => group.tabs)) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Polls until `probe` returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

export function sourcingDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === DIAGNOSTIC_SOURCE);
}

/** The code of a diagnostic, whether the server sent it plain or with a link to its documentation. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** What hovers show, as one text. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap(hover => hover.contents)
    .map(content => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The position just inside the first occurrence of `needle` at or after `after` (a text that precedes it). */
export function positionOf(document: vscode.TextDocument, needle: string, after = ''): vscode.Position {
  const text = document.getText();
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `fixture lacks “${after}”`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `fixture lacks “${needle}”`);
  return document.positionAt(at + 1);
}

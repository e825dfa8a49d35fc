/** The plumbing: the extension activates on an article, the language and its prose defaults are in place. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openFixture, waitFor } from './helpers';

describe('Extension', () => {
  after(closeAllEditors);

  it('opens .article files as News Articles and activates on them', async () => {
    const document = await openFixture('river-talks.article');
    assert.strictEqual(document.languageId, 'news-article');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded from the extension development path`);
    await waitFor('activation', () => extension.isActive);
  });

  it('opens .news files as News Articles', async () => {
    const document = await openFixture('harbor-vote.news');
    assert.strictEqual(document.languageId, 'news-article');
  });

  it('gives articles prose defaults: word wrap, no boxes around curly quotes and no-break spaces', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news-article' });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.strictEqual(editor.get('unicodeHighlight.nonBasicASCII'), false);
    // Other languages keep VS Code's own defaults.
    const typescript = vscode.workspace.getConfiguration('editor', { languageId: 'typescript' });
    assert.strictEqual(typescript.get('unicodeHighlight.ambiguousCharacters'), true);
  });

  it('declares its settings with the defaults the server assumes', () => {
    const settings = vscode.workspace.getConfiguration('sourcingLens');
    assert.deepStrictEqual(settings.get('languages'), { 'news-article': 'always', plaintext: 'whenArticle', text: 'whenArticle', txt: 'whenArticle', markdown: 'whenArticle' });
    assert.deepStrictEqual(settings.get('include'), []);
    assert.strictEqual(settings.get('maxFileSize'), 1024 * 1024);
    assert.strictEqual(settings.get('trace.server'), 'off');
  });

  it('contributes "Sourcing Lens: Analyze This File" and registers it on activation', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = extension.packageJSON.contributes.commands.map((c: { command: string; title: string }) => c.title);
    assert.ok(contributed.includes('Analyze This File'), contributed.join(', '));
    await extension.activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('sourcingLens.analyzeThisFile'));
  });
});

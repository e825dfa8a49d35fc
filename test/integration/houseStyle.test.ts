/**
 * The desk's house style (`.sourcinglens.json`) in a real VS Code: a misspelt key shows in Problems on the file
 * itself while stories keep their diagnostics; a known person's role shows on hover where the story gives none;
 * Check All Articles leaves out what `exclude` leaves out. Every file written here is put back as it was.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, articleFixture, closeAllEditors, codeOf, fixtureUri, hoverText, openFixture, positionOf, sourcingDiagnostics, waitFor,
} from './helpers';

const HOUSE_STYLE = '.sourcinglens.json';
/** A story in which Marta Quill speaks but is given no role (test/fixtures/articles, outside the workspace). */
const FERRY_STORY = 'houseStyle-ferry-winter.article';

const encode = (text: string) => new TextEncoder().encode(text);
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encode(text));

/** What a file holds now, to put it back after the test (undefined: it does not exist). */
async function contentOf(uri: vscode.Uri): Promise<string | undefined> {
  return vscode.workspace.fs.readFile(uri).then(
    bytes => new TextDecoder().decode(bytes),
    () => undefined,
  );
}

describe('House style', () => {
  const configUri = fixtureUri(HOUSE_STYLE);
  const desk = fixtureUri('house-style-desk');
  let original: string | undefined;

  before(async () => {
    await closeAllEditors();
    original = await contentOf(configUri);
    // The first test writes the house style before any story is open: the server must already run to see it.
    const extension = vscode.extensions.getExtension<{ whenReady(): Promise<void> }>(EXTENSION_ID)!;
    await extension.activate();
    await extension.exports.whenReady();
  });

  after(async () => {
    await closeAllEditors();
    if (original === undefined) await vscode.workspace.fs.delete(configUri).then(undefined, () => undefined);
    else await write(configUri, original);
    await vscode.workspace.fs.delete(desk, { recursive: true }).then(undefined, () => undefined);
    // The server hears of the restored file a moment later: wait, or the next suite's workspace check races it.
    const story = await openFixture('river-talks.article');
    await waitFor('the restored house style to apply', () => sourcingDiagnostics(story.uri).some(d => codeOf(d) === 'anonymous-source'));
    await closeAllEditors();
  });

  it('shows a misspelt key on .sourcinglens.json, keeps analysing articles, and clears the problem once fixed', async () => {
    const broken = '{\n  "findngs": { "anonymous-source": "off" }\n}\n';
    await write(configUri, broken);
    const problem = await waitFor('the house-style problem on .sourcinglens.json', () => sourcingDiagnostics(configUri)[0]);
    assert.match(problem.message, /^unknown setting "findngs"/);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(
      [problem.range.start.line, problem.range.start.character, problem.range.end.line, problem.range.end.character],
      [1, 2, 1, 11],
      'the range covers "findngs" on line 2',
    );

    const story = await openFixture('river-talks.article');
    const codes = await waitFor('the story’s own diagnostics', () => {
      const shown = sourcingDiagnostics(story.uri).map(codeOf);
      return shown.includes('unattributed-claim') ? shown : undefined;
    });
    assert.ok(codes.includes('anonymous-source'), 'the broken setting switched nothing off');

    await write(configUri, '{\n  "findings": { "anonymous-source": "off" }\n}\n');
    await waitFor('the problem to clear once the key is spelt right', () => sourcingDiagnostics(configUri).length === 0);
    await waitFor('the fixed house style to switch anonymous-source off', () =>
      !sourcingDiagnostics(story.uri).some(d => codeOf(d) === 'anonymous-source'),
    );
  });

  it('gives a person the role a known-people entry holds when the story states none, on hover', async () => {
    // The exclude is for the next test: written now, it is long read when Check All Articles runs.
    const style = { people: [{ name: 'Marta Quill', roles: ['ferry line spokeswoman'] }], exclude: ['drafts/'] };
    await write(vscode.Uri.joinPath(desk, HOUSE_STYLE), JSON.stringify(style));
    const storyUri = vscode.Uri.joinPath(desk, 'ferry-winter.article');
    await write(storyUri, await articleFixture(FERRY_STORY));
    const story = await vscode.workspace.openTextDocument(storyUri);
    await vscode.window.showTextDocument(story);
    const at = positionOf(story, 'Quill said');
    const text = await waitFor('a hover with the known role', async () => {
      const shown = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', storyUri, at));
      return /ferry line spokeswoman/.test(shown) ? shown : undefined;
    });
    assert.match(text, /Marta Quill/);
    assert.match(text, /from the house style in `\.sourcinglens\.json`/);
  });

  it('leaves out of Check All Articles what the house style excludes', async () => {
    const draft = vscode.Uri.joinPath(desk, 'drafts', 'ferry-draft.article');
    await write(draft, await articleFixture(FERRY_STORY));
    const result = await vscode.commands.executeCommand<{ articles: number }>('sourcingLens.checkAllArticles');
    const stories = await vscode.workspace.findFiles('**/*.{article,news}');
    assert.strictEqual(result?.articles, stories.length - 1, 'every story but the draft');
    await waitFor('the desk story’s problems', () => sourcingDiagnostics(vscode.Uri.joinPath(desk, 'ferry-winter.article')).length > 0);
    assert.deepStrictEqual(sourcingDiagnostics(draft), [], 'the excluded draft shows nothing');
  });
});

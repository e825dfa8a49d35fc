/**
 * Issue 8 in a real VS Code, on an invented story (test/fixtures/articles/vscode-library-trustees.article): a private
 * state the reporter states as fact ("Several trustees privately want …") is a high-confidence claim, shown as a
 * warning whose "Attribute to …" fix credits someone and clears it; a public schedule ("The council plans to
 * publish the minutes on Friday.") needs no source. The story opens unsaved, outside the workspace folder, so the
 * workspace checks of the other suites see the same files as ever.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { articleFixture, closeAllEditors, codeOf, hoverText, openUntitled, positionOf, sourcingDiagnostics, waitFor } from './helpers';

const openStory = async () => openUntitled('library-trustees.article', await articleFixture('vscode-library-trustees.article'), 'news-article');
const WISH = 'Several trustees privately want to sell the building to a hotel developer before the spring.';
const SCHEDULE = 'The council plans to publish the minutes on Friday.';

function claimOn(document: vscode.TextDocument, line: number): vscode.Diagnostic | undefined {
  return sourcingDiagnostics(document.uri).find((d) => codeOf(d) === 'unattributed-claim' && d.range.start.line === line);
}

describe('Claims a standards editor would send back', () => {
  afterEach(closeAllEditors);

  it('shows a private state stated as fact as a warning, with its confidence on hover', async () => {
    const story = await openStory();
    const line = positionOf(story, WISH).line;
    const diagnostic = await waitFor(`the claim on line ${line + 1}`, () => claimOn(story, line), 30_000);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning, diagnostic.message);
    assert.strictEqual(story.getText(diagnostic.range), WISH);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', story.uri, positionOf(story, 'hotel developer'));
    assert.match(hoverText(hovers), /Confidence: high/);
  });

  it('"Attribute to …" offers the nearest speaker first, then the placeholder and the ignore marker, and clears the warning', async () => {
    const document = await openStory();
    const line = positionOf(document, WISH).line;
    const diagnostic = await waitFor(`the claim on line ${line + 1}`, () => claimOn(document, line), 30_000);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = fixes.map((f) => f.title);
    const attributes = titles.filter((t) => t.startsWith('Attribute to '));
    assert.ok(attributes.length > 0, titles.join(' | '));
    // Adeyemi spoke in the paragraph before; then the placeholder, then the marker, after every actor.
    assert.strictEqual(titles[0], 'Attribute to Tomas Adeyemi', titles.join(' | '));
    assert.deepStrictEqual(titles.slice(attributes.length), ['Add attribution placeholder', 'Ignore this claim']);

    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    assert.strictEqual(document.lineAt(line).text, `${WISH.slice(0, -1)}, Adeyemi said.`);
    await waitFor('the warning to clear', () => !claimOn(document, line));
  });

  // Needs the claim judge of issue 8 (branch `claims`): the engine before it flags announced schedules.
  it('leaves a public schedule unflagged', async () => {
    const story = await openStory();
    await waitFor('the story’s diagnostics', () => claimOn(story, positionOf(story, WISH).line), 30_000);
    const line = positionOf(story, SCHEDULE).line;
    const onSchedule = sourcingDiagnostics(story.uri).filter((d) => d.range.start.line === line);
    assert.deepStrictEqual(onSchedule.map((d) => `${codeOf(d)}: ${d.message}`), []);
  });
});

/**
 * House style through the language server, in memory: the real server (startServer) and a client joined by
 * in-process streams, on a desk folder on disk. A broken `.sourcinglens.json` shows as a diagnostic on that file
 * (placed where the mistake is) while stories keep the last good rules; known people lend their roles to hovers;
 * and Check All Articles leaves out what `exclude` leaves out, exactly as `sourcing-lens check` does.
 */
import * as assert from 'assert';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { check } from '../../server/src/cli/check';
import { CHECK_FILES_REQUEST, type CheckFilesResult } from '../../server/src/protocol/requests';
import { HOUSE_STYLE_FILE } from '../../server/src/houseStyle/files';
import { readFixture } from '../support/fixtures';
import { LspClient } from '../support/lspClient';
import { positionOf, rangeOf } from '../support/spans';
import { claimOf } from '../support/views';
import { Desk } from '../support/workspace';

const STORY = readFixture('houseStyle-ferry-winter.article');
const CLAIM = 'The company quietly plans to sell two of its four boats before the summer.';

/** An editor joined to a server in this process, on a desk folder. */
const editorOn = (desk: Desk) => LspClient.inProcess({ workspaceFolders: [desk.uri()] });

/** The hover text just inside the first occurrence of `needle`. */
async function hover(editor: LspClient, uri: string, text: string, needle: string): Promise<string> {
  const result = await editor.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, 1) });
  return (result?.contents as MarkupContent | undefined)?.value ?? '';
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown). */
const messageOf = (diagnostic: Diagnostic | undefined) =>
  typeof diagnostic?.message === 'object' ? diagnostic.message.value : (diagnostic?.message ?? '');

describe('house style in the language server (in memory)', function () {
  this.timeout(20_000);
  let desk: Desk;
  let styleUri: string;
  let editor: LspClient;
  const story = () => desk.uri('stories', 'ferry.article');
  const GOOD = JSON.stringify({ findings: { 'unattributed-claim': 'information' }, people: [{ name: 'Marta Quill', roles: ['ferry line spokeswoman'] }] });
  const changeStyle = (text: string) => editor.filesChanged(desk.write({ [HOUSE_STYLE_FILE]: text }));

  before(async () => {
    desk = new Desk('house-style', { [HOUSE_STYLE_FILE]: GOOD });
    desk.folder('stories');
    styleUri = desk.uri(HOUSE_STYLE_FILE);
    editor = await editorOn(desk);
    await editor.open(story(), STORY);
  });

  after(async () => {
    await editor?.stop();
    desk.dispose();
  });

  it('applies the house style: a known person gets the role the article lacks, shown on hover', async () => {
    const diagnostics = await editor.diagnosticsUntil(story(), (d) => claimOf(d) !== undefined, 'the story’s claim');
    assert.strictEqual(claimOf(diagnostics)?.severity, DiagnosticSeverity.Information, 're-graded by the house style');
    const shown = await hover(editor, story(), STORY, 'Quill told');
    assert.match(shown, /\*\*Marta Quill\*\*/);
    assert.match(shown, /ferry line spokeswoman — from the house style in `\.sourcinglens\.json`; the article gives no role/);
    assert.ok(!editor.diagnostics.some((p) => p.uri === styleUri), 'a sound house-style file gets no diagnostics');
  });

  it('shows a misspelt key as an error on the house-style file, placed on the key, and keeps the last good rules', async () => {
    const broken = '{\n  "findngs": { "unattributed-claim": "error" }\n}\n';
    const since = editor.diagnostics.length;
    await changeStyle(broken);
    const [problem] = await editor.diagnosticsUntil(styleUri, (d) => d.length > 0, 'the house-style problem');
    assert.deepStrictEqual(problem!.range, rangeOf(broken, '"findngs"'));
    assert.strictEqual(problem!.severity, DiagnosticSeverity.Error);
    assert.strictEqual(problem!.source, 'sourcing-lens');
    assert.match(messageOf(problem), /^unknown setting "findngs" \(known: .*\); the last good house style stays in force until it is fixed\.$/);
    // The story was read again under the last good style: still re-graded, the known role still there.
    const republished = await editor.diagnosticsUntil(story(), () => true, 'the story read again', since);
    assert.strictEqual(claimOf(republished)?.severity, DiagnosticSeverity.Information);
    assert.match(await hover(editor, story(), STORY, 'Quill told'), /ferry line spokeswoman/);
  });

  it('places a value of the wrong type and a JSON syntax error', async () => {
    const wrongType = '{\n  "people": "Marta Quill"\n}\n';
    await changeStyle(wrongType);
    const [typeProblem] = await editor.diagnosticsUntil(styleUri, (d) => /"people" must be a list/.test(messageOf(d[0])), 'the wrong type');
    assert.deepStrictEqual(typeProblem!.range, rangeOf(wrongType, '"Marta Quill"'));

    const missingComma = '{\n  "findings": {}\n  "titles": ["Harbormaster"]\n}\n';
    await changeStyle(missingComma);
    const [syntax] = await editor.diagnosticsUntil(styleUri, (d) => /^not valid JSON/.test(messageOf(d[0])), 'the syntax error');
    assert.match(messageOf(syntax), /^not valid JSON: CommaExpected; the last good house style/);
    assert.deepStrictEqual(syntax!.range.start, rangeOf(missingComma, '"titles"').start);
  });

  it('clears the diagnostic when the file is fixed, and the new rules apply', async () => {
    await changeStyle(JSON.stringify({ findings: { 'unattributed-claim': 'error' } }));
    await editor.diagnosticsUntil(styleUri, (d) => d.length === 0, 'the cleared problem');
    const diagnostics = await editor.diagnosticsUntil(story(), (d) => claimOf(d)?.severity === DiagnosticSeverity.Error, 'the claim graded error');
    assert.ok(claimOf(diagnostics)?.range, CLAIM);
    assert.doesNotMatch(await hover(editor, story(), STORY, 'Quill told'), /ferry line spokeswoman/, 'the new style knows nobody');
  });

  it('shows a file broken before the server started, with no story open, and clears it when the file is deleted', async () => {
    const other = new Desk('broken-desk', { [HOUSE_STYLE_FILE]: '{ "exclude": [""] }' });
    const second = await editorOn(other);
    try {
      const uri = other.uri(HOUSE_STYLE_FILE);
      const [problem] = await second.diagnosticsUntil(uri, (d) => d.length > 0, 'the start-up problem');
      assert.match(messageOf(problem), /"exclude" must be a list of non-empty strings; no house style applies until it is fixed\./);
      await second.filesChanged(other.write({ [HOUSE_STYLE_FILE]: undefined }));
      await second.diagnosticsUntil(uri, (d) => d.length === 0, 'the problem cleared with the file');
    } finally {
      await second.stop();
      other.dispose();
    }
  });
});

describe('Check All Articles and the house style’s exclude (in memory)', function () {
  this.timeout(20_000);
  let desk: Desk;
  let editor: LspClient;

  before(async () => {
    desk = new Desk('exclude', {
      [join('stories', 'ferry.article')]: STORY,
      [join('stories', 'ferry.wire.article')]: STORY,
      [join('drafts', 'old', 'ferry.article')]: STORY,
      [HOUSE_STYLE_FILE]: JSON.stringify({ exclude: ['drafts/', '*.wire.article'] }),
    });
    editor = await editorOn(desk);
  });

  after(async () => {
    await editor?.stop();
    desk.dispose();
  });

  const checkAll = (paths: string[]) =>
    editor.connection.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { files: paths.map((path) => ({ uri: pathToFileURL(path).href, path: path.slice(desk.root.length + 1) })) });

  it('skips what sourcing-lens check leaves out: the same files, by the same rules', async () => {
    const candidates = [desk.path('drafts', 'old', 'ferry.article'), desk.path('stories', 'ferry.article'), desk.path('stories', 'ferry.wire.article')];
    const result = await checkAll(candidates);
    assert.deepStrictEqual(result, { articles: 1, findings: 1, skipped: 2 });
    await editor.diagnosticsUntil(desk.uri('stories', 'ferry.article'), (d) => claimOf(d) !== undefined, 'the checked story’s claim');
    const shown = candidates.filter((path) => editor.diagnostics.some((p) => p.uri === pathToFileURL(path).href && p.diagnostics.length > 0));
    const cli = (await check([desk.root])).articles.map((a) => a.path);
    assert.deepStrictEqual(shown, cli, 'the editor shows problems for exactly the files the CLI checks');
  });

  it('reads the left-out files once the house style lets them in again', async () => {
    await editor.filesChanged(desk.write({ [HOUSE_STYLE_FILE]: JSON.stringify({ exclude: ['*.wire.article'] }) }));
    await editor.diagnosticsUntil(desk.uri('drafts', 'old', 'ferry.article'), (d) => claimOf(d) !== undefined, 'the draft’s claim');
    const wire = editor.diagnostics.filter((p) => p.uri === desk.uri('stories', 'ferry.wire.article'));
    assert.ok(wire.every((p) => p.diagnostics.length === 0), 'the wire copy stays left out');
  });
});

describe('house cue verbs and titles in the language server (in memory)', function () {
  this.timeout(20_000);
  const BREAKWATER = readFixture('vocabulary-breakwater.article');
  const HOUSE_WORDS = JSON.stringify({ cueVerbs: ['kvetch', 'weigh in'], titles: ['Harbormaster', 'Alderwoman', 'Port Warden'] });
  let desk: Desk;
  let editor: LspClient;
  const story = () => desk.uri('breakwater.article');
  const unattributedQuotes = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unattributed-quote').length;
  const changeStyle = (text: string) => editor.filesChanged(desk.write({ [HOUSE_STYLE_FILE]: text }));

  before(async () => {
    desk = new Desk('house-words', { [HOUSE_STYLE_FILE]: HOUSE_WORDS });
    editor = await editorOn(desk);
    await editor.open(story(), BREAKWATER);
  });

  after(async () => {
    await editor?.stop();
    desk.dispose();
  });

  it('shows a house title as the role on hover, and attributes quotes cued by a house verb', async () => {
    await editor.diagnosticsUntil(story(), (d) => unattributedQuotes(d) === 0, 'no unattributed quote');
    const shown = await hover(editor, story(), BREAKWATER, 'Whitfield kvetched.');
    assert.match(shown, /\*\*Dana Whitfield\*\*/);
    assert.match(shown, /- Harbormaster — line 3: /);
    assert.match(await hover(editor, story(), BREAKWATER, 'Marr said'), /- Port Warden — line 11: /);
  });

  it('reads the story again with the built-in words when the house style drops them, and back', async () => {
    let since = editor.diagnostics.length;
    await changeStyle('{}');
    await editor.diagnosticsUntil(story(), (d) => unattributedQuotes(d) === 3, 'the quotes unattributed again', since);
    const shown = await hover(editor, story(), BREAKWATER, 'Whitfield kvetched.');
    assert.match(shown, /\*\*Harbormaster Dana Whitfield\*\*/);
    assert.doesNotMatch(shown, /- Harbormaster — line/);

    since = editor.diagnostics.length;
    await changeStyle(HOUSE_WORDS);
    await editor.diagnosticsUntil(story(), (d) => unattributedQuotes(d) === 0, 'the quotes attributed again', since);
    assert.match(await hover(editor, story(), BREAKWATER, 'Whitfield kvetched.'), /- Harbormaster — line 3: /);
  });
});

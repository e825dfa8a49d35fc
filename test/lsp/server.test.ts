/**
 * The language server over a real JSON-RPC stdio connection, with the real engine: `node out/server/src/lsp/node/main.js
 * --stdio` spawned, spoken to with vscode-languageserver-protocol as an editor would.
 */
import * as assert from 'assert';
import { setTimeout as sleep } from 'timers/promises';
import {
  CodeActionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  TextDocumentSyncKind,
  WorkspaceSymbolRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';
import { HARBOUR_CLAIM as CLAIM, HARBOUR_STORY as STORY } from './harbourModel';
import { positionOf } from '../support/spans';
import { claimOf, decodeTokens } from '../support/views';
import { Desk } from '../support/workspace';

const codesOf = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('language server over stdio', function () {
  this.timeout(30_000);
  let client: LspClient;
  let uriCount = 0;
  const freshUri = (name: string) => `file:///desk/${++uriCount}-${name}`;

  before(async () => {
    client = await LspClient.start({
      // A small file limit for files named big-*, the stock settings for the rest.
      settings: (uri) => (uri?.includes('big-') ? { maxFileSize: 200 } : { severity: { 'anonymous-source': 'hint' } }),
      workspaceFolders: ['file:///desk'],
    });
  });

  after(async () => {
    if (client) assert.strictEqual(await client.stop(), 0, 'the server exits cleanly after shutdown and exit');
  });

  async function openStory(text = STORY, languageId = 'news-article') {
    const uri = freshUri('story.article');
    const published = client.diagnosticsFor(uri, 1);
    await client.open(uri, text, languageId);
    return { uri, diagnostics: (await published).diagnostics };
  }

  it('announces incremental sync, the token legend and its commands', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.deepStrictEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.deepStrictEqual(capabilities.semanticTokensProvider?.legend.tokenTypes, ['speaker', 'actor', 'anonymousSource', 'cue', 'quote']);
    assert.deepStrictEqual(capabilities.executeCommandProvider?.commands.slice(0, 2), ['sourcingLens.analyzeFile', 'sourcingLens.selectRange']);
    assert.deepStrictEqual(capabilities.renameProvider, { prepareProvider: true });
  });

  it('publishes diagnostics on open, with the severities from the settings', async () => {
    const { diagnostics } = await openStory();
    const claim = claimOf(diagnostics);
    assert.ok(claim, `an unattributed-claim among ${codesOf(diagnostics).join(', ')}`);
    assert.strictEqual(claim.source, 'sourcing-lens');
    assert.deepStrictEqual(claim.range, { start: positionOf(STORY, CLAIM), end: positionOf(STORY, CLAIM, CLAIM.length) });
    assert.strictEqual(diagnostics.find((d) => d.code === 'anonymous-source')?.severity, 4, 'anonymous-source as a hint');
  });

  it('hovers a surname with the role the article states', async () => {
    const { uri } = await openStory();
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(STORY, 'Marchetti told', 2) });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /\*\*Elena Marchetti\*\* · person/);
    assert.match(value, /Foreign Minister — line 3/);
  });

  it('offers quick fixes whose edit removes the diagnostic, sent back as an incremental change', async () => {
    const { uri, diagnostics } = await openStory();
    const claim = claimOf(diagnostics);
    assert.ok(claim);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: claim.range,
      context: { diagnostics: [claim] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles[0].startsWith('Attribute to '), titles.join(' | '));
    assert.strictEqual(actions[0].isPreferred, true);
    assert.ok(titles.includes('Add attribution placeholder') && titles.includes('Ignore this claim'), titles.join(' | '));
    const edits = actions[0].edit?.changes?.[uri] as TextEdit[];
    assert.strictEqual(edits.length, 1);
    const published = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
    const after = (await published).diagnostics;
    assert.ok(!codesOf(after).includes('unattributed-claim'), `still flagged: ${JSON.stringify(after)}`);
  });

  it('lists the actors in the outline with roles as detail and quotes as children', async () => {
    const { uri } = await openStory();
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const people = symbols.filter((s) => s.kind === 5).map((s) => [s.name, s.detail]);
    assert.deepStrictEqual(people, [
      ['Elena Marchetti', 'Foreign Minister'],
      ['Daniel Okafor', 'the harbour master'],
    ]);
    assert.ok((symbols[0].children ?? []).length >= 2, 'Marchetti’s quotes nest under her');
  });

  it('sends semantic tokens one line at a time, and inlay hints after a quote whose speaker goes unnamed', async () => {
    const { uri } = await openStory();
    const data = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data ?? [];
    assert.strictEqual(data.length % 5, 0);
    const doc = TextDocument.create(uri, 'news-article', 1, STORY);
    const texts = decodeTokens(doc, data).map((t) => t.text);
    assert.ok(texts.includes('Two officials familiar with the talks') && texts.includes('“Nobody wants another closure,”'), texts.join(' | '));
    assert.ok(texts.every((t) => !/[\r\n]/.test(t)));

    const hints = await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } },
    });
    assert.deepStrictEqual(hints?.map((h) => h.label), ['— Marchetti']);
  });

  it('leaves a paragraph in another language unread: one information diagnostic, no tokens there', async () => {
    const spanish = '«No vamos a ceder ni un metro del muelle», dijo el alcalde de Puerto Ellis, Joaquín Ferrer, en una rueda de prensa.';
    const text = `${STORY.trimEnd()}\n\n${spanish}\n`;
    const { uri, diagnostics } = await openStory(text);
    const unread = diagnostics.filter((d) => d.code === 'other-language');
    assert.strictEqual(unread.length, 1, codesOf(diagnostics).join(', '));
    assert.strictEqual(unread[0].severity, 3, 'information');
    assert.match(String(unread[0].message), /^Not read: this paragraph seems to be in Spanish\./);
    const line = positionOf(text, spanish).line;
    assert.strictEqual(unread[0].range.start.line, line);
    const data = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data ?? [];
    const tokens = decodeTokens(TextDocument.create(uri, 'news-article', 1, text), data);
    assert.ok(tokens.length > 0 && tokens.every((t) => t.line !== line), 'tokens in the English copy only');
  });

  it('goes to the introduction, finds references and renames every name-form', async () => {
    const { uri } = await openStory();
    const at = positionOf(STORY, 'Marchetti’s', 1);
    const definition = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at });
    assert.deepStrictEqual(definition, { uri, range: { start: positionOf(STORY, 'Elena Marchetti'), end: positionOf(STORY, 'Elena Marchetti', 15) } });
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: at, context: { includeDeclaration: true } });
    assert.strictEqual(refs?.length, 3);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at });
    assert.deepStrictEqual((prepared as { placeholder: string }).placeholder, 'Marchetti');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at, newName: 'Rossi' });
    const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'news-article', 1, STORY), edit?.changes?.[uri] ?? []);
    assert.match(renamed, /Elena Rossi said[\s\S]*Rossi told[\s\S]*Rossi’s office/);
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'okafor' });
    assert.ok(symbols?.some((s) => s.name === 'Daniel Okafor' && s.location.uri === uri));
  });

  it('follows incremental edits: a new unattributed sentence is flagged, and deleting it clears the flag', async () => {
    const { uri, diagnostics } = await openStory();
    const claims = () => codesOf(diagnostics).filter((c) => c === 'unattributed-claim').length;
    const before = claims();
    const end = positionOf(STORY, 'declined to comment on the draft.', 'declined to comment on the draft.'.length);
    const added = '\n\nThe ministry privately fears the talks will collapse.';
    let published = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ range: { start: end, end }, text: added }]);
    const flagged = (await published).diagnostics.filter((d) => d.code === 'unattributed-claim');
    assert.strictEqual(flagged.length, before + 1);
    const last = flagged[flagged.length - 1];
    assert.deepStrictEqual(last.range, { start: { line: end.line + 2, character: 0 }, end: { line: end.line + 2, character: added.length - 2 } });
    published = client.diagnosticsFor(uri, 3);
    await client.change(uri, 3, [{ range: { start: end, end: { line: end.line + 2, character: added.length - 2 } }, text: '' }]);
    assert.strictEqual((await published).diagnostics.filter((d) => d.code === 'unattributed-claim').length, before);
  });

  it('leaves a README alone until asked to analyze it', async () => {
    const uri = freshUri('notes.txt');
    const text = 'Remember to water the plants.\n\nThe council secretly plans to abandon its demand for a veto.\n';
    const first = client.diagnosticsFor(uri, 1);
    await client.open(uri, text, 'plaintext');
    assert.deepStrictEqual((await first).diagnostics, []);
    const forced = client.diagnosticsFor(uri, 1);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sourcingLens.analyzeFile', arguments: [uri] });
    assert.deepStrictEqual(codesOf((await forced).diagnostics), ['unattributed-claim']);
    assert.deepStrictEqual(result, { uri, actors: 0, findings: 1 });
    await client.close(uri);
    const reopened = client.diagnosticsFor(uri, 1);
    await client.open(uri, text, 'plaintext');
    assert.deepStrictEqual((await reopened).diagnostics, [], 'the command lasts while the file is open');
  });

  it('says so instead of silently skipping a file over the size limit', async () => {
    const uri = freshUri('big-story.article');
    const published = client.diagnosticsFor(uri, 1);
    await client.open(uri, STORY);
    const [notice] = (await published).diagnostics;
    assert.match(String(notice.message), /^Sourcing Lens skipped this file: 1 KB is over the sourcingLens.maxFileSize limit \(0 KB\)\./);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(STORY, 'Marchetti told') });
    assert.strictEqual(hover, null);
  });

  it('selects the placeholder through window/showDocument', async () => {
    const uri = freshUri('placeholder.article');
    const selection = { start: { line: 8, character: 70 }, end: { line: 8, character: 78 } };
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sourcingLens.selectRange', arguments: [uri, selection] });
    assert.deepStrictEqual(client.shownDocuments.pop(), { uri, selection, takeFocus: true });
  });

  it('applies the nearest house style to an open story, and reads it again when it changes', async () => {
    const desk = new Desk('desk', { '.sourcinglens.json': JSON.stringify({ findings: { 'unattributed-claim': 'off' } }) });
    try {
      desk.folder('politics');
      const uri = desk.uri('politics', 'talks.article');
      const opened = client.diagnosticsFor(uri, 1);
      await client.open(uri, STORY);
      assert.ok(!codesOf((await opened).diagnostics).includes('unattributed-claim'), 'the desk switched the code off');
      const changes = desk.write({ '.sourcinglens.json': JSON.stringify({ findings: { 'unattributed-claim': 'error' } }) });
      const reread = client.diagnosticsFor(uri, 1);
      await client.filesChanged(changes);
      const claim = claimOf((await reread).diagnostics);
      assert.strictEqual(claim?.severity, 1, 'graded error by the new house style');
      await client.close(uri);
    } finally {
      desk.dispose();
    }
  });

  it('survives any text and clears diagnostics when the file closes', async () => {
    const garbage = '“Unbalanced \u0000\u0001 quote,\r\r\n' + '\ud800'.repeat(50) + '"'.repeat(301) + 'x'.repeat(20_000) + '\n”\n';
    const { uri } = await openStory(garbage);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(hover === null || typeof hover === 'object');
    const cleared = client.diagnosticsFor(uri);
    await client.close(uri);
    assert.deepStrictEqual((await cleared).diagnostics, []);
    assert.strictEqual(client.process.exitCode, null, 'the server is still running');
  });
});

describe('language server with a client that pushes settings', function () {
  this.timeout(30_000);

  it('reads initializationOptions, then settings pushed by didChangeConfiguration', async () => {
    const client = await LspClient.start({ initializationOptions: { settings: { severity: { 'unattributed-claim': 'error' } } } });
    try {
      const uri = 'file:///desk/pushed.article';
      const opened = client.diagnosticsFor(uri, 1);
      await client.open(uri, STORY);
      assert.strictEqual(claimOf((await opened).diagnostics)?.severity, 1);
      const republished = client.diagnosticsFor(uri, 1);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { sourcingLens: { severity: { 'unattributed-claim': 'off' } } },
      });
      assert.ok(!codesOf((await republished).diagnostics).includes('unattributed-claim'));
    } finally {
      assert.strictEqual(await client.stop(), 0);
    }
  });
});

describe('language server when a document is closed and reopened under the same URI', function () {
  this.timeout(30_000);

  it('gives the reopened document nothing of the old one, even while settings are still on their way', async () => {
    const client = await LspClient.start({ settings: () => ({}), settingsDelayMs: 300 });
    try {
      const uri = 'untitled:Untitled-1';
      await client.open(uri, STORY); // a story: its diagnostics are being prepared when it closes
      await sleep(50);
      await client.close(uri);
      await client.open(uri, 'Notes for Friday.\n\nThe delegations secretly plan to abandon the treaty.\n', 'plaintext');
      await sleep(1500);
      const published = client.diagnostics.filter((p) => p.uri === uri);
      assert.ok(published.length > 0);
      assert.deepStrictEqual(published[published.length - 1].diagnostics, [], JSON.stringify(published.map((p) => codesOf(p.diagnostics))));
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 6 } });
      assert.strictEqual(hover, null, 'a note the server does not read has no hovers');
    } finally {
      assert.strictEqual(await client.stop(), 0);
    }
  });
});

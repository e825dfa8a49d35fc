/**
 * House style through the language server, in memory: the real server (startServer) and a client joined by
 * in-process streams, on a desk folder on disk. A broken `.sourcinglens.json` shows as a diagnostic on that file
 * (placed where the mistake is) while stories keep the last good rules; known people lend their roles to hovers;
 * and Check All Articles leaves out what `exclude` leaves out, exactly as `sourcing-lens check` does.
 */
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PassThrough } from 'stream';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type FileEvent,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../server/src/cli/check';
import { CHECK_FILES_REQUEST, type CheckFilesResult } from '../../server/src/protocol/requests';
import { HOUSE_STYLE_FILE } from '../../server/src/houseStyle/files';
import { nodeRuntime } from '../../server/src/lsp/node/runtime';
import { startServer } from '../../server/src/lsp/server';
import { readFixture } from './harbourModel';

const STORY = readFixture('houseStyle-ferry-winter.article');
const CLAIM = 'The company quietly plans to sell two of its four boats before the summer.';

/** An editor joined to a server in this process; it records every publishDiagnostics. */
class InMemoryEditor {
  readonly published: PublishDiagnosticsParams[] = [];

  private constructor(
    readonly client: ProtocolConnection,
    private readonly server: Connection,
  ) {}

  static async start(folder: string): Promise<InMemoryEditor> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader and writer objects, not raw streams: the server then never calls process.exit when they end.
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, nodeRuntime());
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const editor = new InMemoryEditor(client, server);
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      editor.published.push(params);
    });
    client.onRequest(RegistrationRequest.type, () => undefined);
    client.listen();
    const folderUri = pathToFileURL(folder).href;
    await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'desk' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.sendNotification(InitializedNotification.type, {});
    return editor;
  }

  /** The latest diagnostics for a URI, published after the `since`-th publication, that satisfy `test`, once they arrive. */
  async diagnostics(uri: string, test: (diagnostics: Diagnostic[]) => boolean, what: string, since = 0): Promise<Diagnostic[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const latest = this.published.slice(since).filter((p) => p.uri === uri).pop();
      if (latest && test(latest.diagnostics)) return latest.diagnostics;
      if (Date.now() > deadline) assert.fail(`no ${what} for ${uri}; last: ${JSON.stringify(latest?.diagnostics)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  open(uri: string, text: string): Promise<void> {
    return this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  }

  async hover(uri: string, text: string, needle: string): Promise<string> {
    const position = TextDocument.create(uri, 'news-article', 1, text).positionAt(text.indexOf(needle) + 1);
    const hover = await this.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  }

  /** Writes files and tells the server, as the editor's file watcher would. */
  async changeFiles(files: Record<string, string | undefined>): Promise<void> {
    const changes = Object.entries(files).map(([file, text]): FileEvent => {
      if (text === undefined) rmSync(file, { force: true });
      else writeFileSync(file, text);
      return { uri: pathToFileURL(file).href, type: text === undefined ? FileChangeType.Deleted : FileChangeType.Changed };
    });
    await this.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  stop(): void {
    this.client.dispose();
    this.server.dispose();
  }
}

/** The LSP range of `needle` in `text`. */
function rangeOf(text: string, needle: string) {
  const doc = TextDocument.create('x:', 'json', 0, text);
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `"${needle}" is in the text`);
  return { start: doc.positionAt(start), end: doc.positionAt(start + needle.length) };
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown). */
const messageOf = (diagnostic: Diagnostic | undefined) =>
  typeof diagnostic?.message === 'object' ? diagnostic.message.value : (diagnostic?.message ?? '');

const claimOf = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'unattributed-claim');

describe('house style in the language server (in memory)', function () {
  this.timeout(20_000);
  let desk: string;
  let styleFile: string;
  let styleUri: string;
  let editor: InMemoryEditor;
  const story = () => pathToFileURL(join(desk, 'stories', 'ferry.article')).href;
  const GOOD = JSON.stringify({ findings: { 'unattributed-claim': 'information' }, people: [{ name: 'Marta Quill', roles: ['ferry line spokeswoman'] }] });

  before(async () => {
    desk = mkdtempSync(join(tmpdir(), 'sourcing-lens-house-style-'));
    mkdirSync(join(desk, 'stories'));
    styleFile = join(desk, HOUSE_STYLE_FILE);
    styleUri = pathToFileURL(styleFile).href;
    writeFileSync(styleFile, GOOD);
    editor = await InMemoryEditor.start(desk);
    await editor.open(story(), STORY);
  });

  after(() => {
    editor?.stop();
    rmSync(desk, { recursive: true, force: true });
  });

  it('applies the house style: a known person gets the role the article lacks, shown on hover', async () => {
    const diagnostics = await editor.diagnostics(story(), (d) => claimOf(d) !== undefined, 'the story’s claim');
    assert.strictEqual(claimOf(diagnostics)?.severity, DiagnosticSeverity.Information, 're-graded by the house style');
    const hover = await editor.hover(story(), STORY, 'Quill told');
    assert.match(hover, /\*\*Marta Quill\*\*/);
    assert.match(hover, /ferry line spokeswoman — from the house style in `\.sourcinglens\.json`; the article gives no role/);
    assert.ok(!editor.published.some((p) => p.uri === styleUri), 'a sound house-style file gets no diagnostics');
  });

  it('shows a misspelt key as an error on the house-style file, placed on the key, and keeps the last good rules', async () => {
    const broken = '{\n  "findngs": { "unattributed-claim": "error" }\n}\n';
    const since = editor.published.length;
    await editor.changeFiles({ [styleFile]: broken });
    const [problem] = await editor.diagnostics(styleUri, (d) => d.length > 0, 'the house-style problem');
    assert.deepStrictEqual(problem!.range, rangeOf(broken, '"findngs"'));
    assert.strictEqual(problem!.severity, DiagnosticSeverity.Error);
    assert.strictEqual(problem!.source, 'sourcing-lens');
    assert.match(messageOf(problem), /^unknown setting "findngs" \(known: .*\); the last good house style stays in force until it is fixed\.$/);
    // The story was read again under the last good style: still re-graded, the known role still there.
    const republished = await editor.diagnostics(story(), () => true, 'the story read again', since);
    assert.strictEqual(claimOf(republished)?.severity, DiagnosticSeverity.Information);
    assert.match(await editor.hover(story(), STORY, 'Quill told'), /ferry line spokeswoman/);
  });

  it('places a value of the wrong type and a JSON syntax error', async () => {
    const wrongType = '{\n  "people": "Marta Quill"\n}\n';
    await editor.changeFiles({ [styleFile]: wrongType });
    const [typeProblem] = await editor.diagnostics(styleUri, (d) => /"people" must be a list/.test(messageOf(d[0])), 'the wrong type');
    assert.deepStrictEqual(typeProblem!.range, rangeOf(wrongType, '"Marta Quill"'));

    const missingComma = '{\n  "findings": {}\n  "titles": ["Harbormaster"]\n}\n';
    await editor.changeFiles({ [styleFile]: missingComma });
    const [syntax] = await editor.diagnostics(styleUri, (d) => /^not valid JSON/.test(messageOf(d[0])), 'the syntax error');
    assert.match(messageOf(syntax), /^not valid JSON: CommaExpected; the last good house style/);
    assert.deepStrictEqual(syntax!.range.start, rangeOf(missingComma, '"titles"').start);
  });

  it('clears the diagnostic when the file is fixed, and the new rules apply', async () => {
    await editor.changeFiles({ [styleFile]: JSON.stringify({ findings: { 'unattributed-claim': 'error' } }) });
    await editor.diagnostics(styleUri, (d) => d.length === 0, 'the cleared problem');
    const diagnostics = await editor.diagnostics(story(), (d) => claimOf(d)?.severity === DiagnosticSeverity.Error, 'the claim graded error');
    assert.ok(claimOf(diagnostics)?.range, CLAIM);
    assert.doesNotMatch(await editor.hover(story(), STORY, 'Quill told'), /ferry line spokeswoman/, 'the new style knows nobody');
  });

  it('shows a file broken before the server started, with no story open, and clears it when the file is deleted', async () => {
    const other = mkdtempSync(join(tmpdir(), 'sourcing-lens-broken-desk-'));
    const file = join(other, HOUSE_STYLE_FILE);
    writeFileSync(file, '{ "exclude": [""] }');
    const second = await InMemoryEditor.start(other);
    try {
      const uri = pathToFileURL(file).href;
      const [problem] = await second.diagnostics(uri, (d) => d.length > 0, 'the start-up problem');
      assert.match(messageOf(problem), /"exclude" must be a list of non-empty strings; no house style applies until it is fixed\./);
      await second.changeFiles({ [file]: undefined });
      await second.diagnostics(uri, (d) => d.length === 0, 'the problem cleared with the file');
    } finally {
      second.stop();
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('Check All Articles and the house style’s exclude (in memory)', function () {
  this.timeout(20_000);
  let desk: string;
  let editor: InMemoryEditor;
  const file = (...parts: string[]) => join(desk, ...parts);
  const uriOf = (path: string) => pathToFileURL(path).href;

  before(async () => {
    desk = mkdtempSync(join(tmpdir(), 'sourcing-lens-exclude-'));
    mkdirSync(file('stories'));
    mkdirSync(file('drafts', 'old'), { recursive: true });
    for (const path of [file('stories', 'ferry.article'), file('stories', 'ferry.wire.article'), file('drafts', 'old', 'ferry.article')]) {
      writeFileSync(path, STORY);
    }
    writeFileSync(file(HOUSE_STYLE_FILE), JSON.stringify({ exclude: ['drafts/', '*.wire.article'] }));
    editor = await InMemoryEditor.start(desk);
  });

  after(() => {
    editor?.stop();
    rmSync(desk, { recursive: true, force: true });
  });

  const checkAll = (paths: string[]) =>
    editor.client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { files: paths.map((path) => ({ uri: uriOf(path), path: path.slice(desk.length + 1) })) });

  it('skips what sourcing-lens check leaves out: the same files, by the same rules', async () => {
    const candidates = [file('drafts', 'old', 'ferry.article'), file('stories', 'ferry.article'), file('stories', 'ferry.wire.article')];
    const result = await checkAll(candidates);
    assert.deepStrictEqual(result, { articles: 1, findings: 1, skipped: 2 });
    await editor.diagnostics(uriOf(file('stories', 'ferry.article')), (d) => claimOf(d) !== undefined, 'the checked story’s claim');
    const shown = candidates.filter((path) => editor.published.some((p) => p.uri === uriOf(path) && p.diagnostics.length > 0));
    const cli = (await check([desk])).articles.map((a) => a.path);
    assert.deepStrictEqual(shown, cli, 'the editor shows problems for exactly the files the CLI checks');
  });

  it('reads the left-out files once the house style lets them in again', async () => {
    await editor.changeFiles({ [file(HOUSE_STYLE_FILE)]: JSON.stringify({ exclude: ['*.wire.article'] }) });
    await editor.diagnostics(uriOf(file('drafts', 'old', 'ferry.article')), (d) => claimOf(d) !== undefined, 'the draft’s claim');
    const wire = editor.published.filter((p) => p.uri === uriOf(file('stories', 'ferry.wire.article')));
    assert.ok(wire.every((p) => p.diagnostics.length === 0), 'the wire copy stays left out');
  });
});

describe('house cue verbs and titles in the language server (in memory)', function () {
  this.timeout(20_000);
  const BREAKWATER = readFixture('vocabulary-breakwater.article');
  const HOUSE_WORDS = JSON.stringify({ cueVerbs: ['opine', 'weigh in'], titles: ['Harbormaster', 'Alderwoman', 'Port Warden'] });
  let desk: string;
  let styleFile: string;
  let editor: InMemoryEditor;
  const story = () => pathToFileURL(join(desk, 'breakwater.article')).href;
  const unattributedQuotes = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'unattributed-quote').length;

  before(async () => {
    desk = mkdtempSync(join(tmpdir(), 'sourcing-lens-house-words-'));
    styleFile = join(desk, HOUSE_STYLE_FILE);
    writeFileSync(styleFile, HOUSE_WORDS);
    editor = await InMemoryEditor.start(desk);
    await editor.open(story(), BREAKWATER);
  });

  after(() => {
    editor?.stop();
    rmSync(desk, { recursive: true, force: true });
  });

  it('shows a house title as the role on hover, and attributes quotes cued by a house verb', async () => {
    await editor.diagnostics(story(), (d) => unattributedQuotes(d) === 0, 'no unattributed quote');
    const hover = await editor.hover(story(), BREAKWATER, 'Whitfield opined.');
    assert.match(hover, /\*\*Dana Whitfield\*\*/);
    assert.match(hover, /- Harbormaster — line 3: /);
    assert.match(await editor.hover(story(), BREAKWATER, 'Marr said'), /- Port Warden — line 11: /);
  });

  it('reads the story again with the built-in words when the house style drops them, and back', async () => {
    let since = editor.published.length;
    await editor.changeFiles({ [styleFile]: '{}' });
    await editor.diagnostics(story(), (d) => unattributedQuotes(d) === 3, 'the quotes unattributed again', since);
    const hover = await editor.hover(story(), BREAKWATER, 'Whitfield opined.');
    assert.match(hover, /\*\*Harbormaster Dana Whitfield\*\*/);
    assert.doesNotMatch(hover, /- Harbormaster — line/);

    since = editor.published.length;
    await editor.changeFiles({ [styleFile]: HOUSE_WORDS });
    await editor.diagnostics(story(), (d) => unattributedQuotes(d) === 0, 'the quotes attributed again', since);
    assert.match(await editor.hover(story(), BREAKWATER, 'Whitfield opined.'), /- Harbormaster — line 3: /);
  });
});

/**
 * The server as it runs in a browser worker (the browser runtime: no file system of its own), joined in memory to
 * a client that lends it the editor's files (`sourcingLens/fs/*`) from a workspace that is not on disk (`memfs:`,
 * as `vscode-remote:` or `vscode-vfs:` are in VS Code for the Web). House styles and Check All Articles work
 * through the client; a client that lends no files is never asked, and its stories follow no house style.
 */
import * as assert from 'assert';
import { PassThrough } from 'stream';
import { setTimeout as sleep } from 'timers/promises';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  WorkDoneProgressCreateRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { browserRuntime } from '../../server/src/lsp/browser/runtime';
import { startServer } from '../../server/src/lsp/server';
import { CHECK_FILES_REQUEST, READ_FILE_REQUEST, STAT_REQUEST, type CheckFilesResult, type FileParams } from '../../server/src/protocol/requests';
import { readFixture } from '../support/fixtures';
import { claimOf } from '../support/views';

const STORY = readFixture('houseStyle-ferry-winter.article');
const DESK = 'memfs:/desk';
const STYLE = `${DESK}/.sourcinglens.json`;

/** An editor whose workspace lives in memory, lending its files when `lends` is set. */
async function editorOver(files: Map<string, string>, lends: boolean) {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server: Connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server, browserRuntime);
  const client: ProtocolConnection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const asked: string[] = [];
  /** The work-done progress the server shows: each `begin`'s title and message. */
  const progress: string[] = [];
  client.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  client.onNotification(ProgressNotification, ({ value }: { value: { kind?: string; title?: string; message?: string } }) => {
    if (value.kind === 'begin') progress.push(`${value.title}: ${value.message}`);
  });
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
  });
  client.onRequest(STAT_REQUEST, ({ uri }: FileParams) => {
    asked.push(uri);
    if (files.has(uri)) return 'file';
    return [...files.keys()].some((file) => file.startsWith(`${uri}/`)) ? 'folder' : null;
  });
  client.onRequest(READ_FILE_REQUEST, ({ uri }: FileParams) => {
    asked.push(uri);
    const text = files.get(uri);
    if (text === undefined) throw new Error(`no file ${uri}`);
    return text;
  });
  client.listen();
  await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: DESK,
    workspaceFolders: [{ uri: DESK, name: 'desk' }],
    capabilities: { window: { workDoneProgress: true } },
    initializationOptions: lends ? { servesFiles: true } : {},
  });
  await client.sendNotification(InitializedNotification.type, {});

  async function diagnostics(uri: string, test: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const latest = published.filter((p) => p.uri === uri).pop();
      if (latest && test(latest.diagnostics)) return latest.diagnostics;
      if (Date.now() > deadline) assert.fail(`no ${what} for ${uri}; last: ${JSON.stringify(latest?.diagnostics)}`);
      await sleep(20);
    }
  }
  const check = (uris: string[]) =>
    client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { files: uris.map((uri) => ({ uri, path: uri.slice(DESK.length + 1) })) });
  const stop = () => {
    client.dispose();
    server.dispose();
  };
  return { client, asked, progress, diagnostics, check, stop };
}

const ProgressNotification = '$/progress';

/** Opens the story at `uri` and waits for its unattributed-claim diagnostic. */
async function claimWhenOpened(editor: Awaited<ReturnType<typeof editorOver>>, uri: string) {
  await editor.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'news-article', version: 1, text: STORY } });
  return claimOf(await editor.diagnostics(uri, (d) => claimOf(d) !== undefined, 'the claim'));
}

describe('files lent by the client, for the server in a browser worker (in memory)', function () {
  this.timeout(20_000);

  it('reads the house style through the client: its findings grades apply, and a broken file shows where it is broken', async () => {
    const files = new Map([[STYLE, JSON.stringify({ findings: { 'unattributed-claim': 'hint' } })]]);
    const editor = await editorOver(files, true);
    try {
      const claim = await claimWhenOpened(editor, `${DESK}/stories/ferry.article`);
      assert.strictEqual(claim?.severity, 4, 'graded a hint by the house style read through the client');
      assert.ok(editor.asked.includes(STYLE));
    } finally {
      editor.stop();
    }
    const broken = await editorOver(new Map([[STYLE, '{ "titles": "Coach" }']]), true);
    try {
      const [problem] = await broken.diagnostics(STYLE, (d) => d.length > 0, 'the house style’s problem');
      assert.match(String(problem?.message), /"titles" must be a list/);
    } finally {
      broken.stop();
    }
  });

  it('checks closed files through the client, leaving out what the house style excludes', async () => {
    const files = new Map([
      [STYLE, JSON.stringify({ exclude: ['drafts/'] })],
      [`${DESK}/stories/ferry.article`, STORY],
      [`${DESK}/drafts/ferry.article`, STORY],
    ]);
    const editor = await editorOver(files, true);
    try {
      const result = await editor.check([`${DESK}/stories/ferry.article`, `${DESK}/drafts/ferry.article`, `${DESK}/stories/gone.article`]);
      assert.deepStrictEqual(result, { articles: 1, findings: 1, skipped: 2 });
      await editor.diagnostics(`${DESK}/stories/ferry.article`, (d) => claimOf(d) !== undefined, 'the checked story’s claim');
    } finally {
      editor.stop();
    }
  });

  it('asks a client that lends no files nothing: stories are read without a house style, closed files are skipped', async () => {
    const files = new Map([[STYLE, JSON.stringify({ findings: { 'unattributed-claim': 'hint' } })], [`${DESK}/stories/ferry.article`, STORY]]);
    const editor = await editorOver(files, false);
    try {
      const claim = await claimWhenOpened(editor, `${DESK}/stories/open.article`);
      assert.strictEqual(claim?.severity, 2, 'the default warning: no house style was read');
      assert.deepStrictEqual(await editor.check([`${DESK}/stories/ferry.article`]), { articles: 0, findings: 0, skipped: 1 });
      assert.deepStrictEqual(editor.asked, []);
    } finally {
      editor.stop();
    }
  });

  it('reads a long article with no second thread, and the progress says that other files wait', async () => {
    const editor = await editorOver(new Map(), true);
    try {
      const story = `${DESK}/stories/long.article`;
      const text = Array.from({ length: Math.ceil(200_000 / STORY.length) }, () => STORY).join('\n\n');
      await editor.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: story, languageId: 'news-article', version: 1, text } });
      await editor.diagnostics(story, (d) => claimOf(d) !== undefined, 'the long story’s claims');
      assert.deepStrictEqual(editor.progress, ['Sourcing Lens: reading long.article: a long file, read without a background thread here: other files wait']);
    } finally {
      editor.stop();
    }
  });
});

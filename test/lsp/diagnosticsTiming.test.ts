/**
 * When diagnostics come: soon after an edit made after a pause, once per burst of fast typing rather than per key,
 * and on request (textDocument/diagnostic) for clients that pull them rather than have them pushed.
 */
import * as assert from 'assert';
import { setTimeout as sleep } from 'timers/promises';
import { DocumentDiagnosticRequest, ExecuteCommandRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';
import { typingDebounce } from '../../server/src/lsp/diagnosticsSchedule';
import { HARBOUR_CLAIM as CLAIM, HARBOUR_STORY as STORY } from './harbourModel';

describe('typing debounce', () => {
  it('waits a little after a pause, twice the key gap while keys come fast, never past the longest wait', () => {
    assert.strictEqual(typingDebounce(5_000, 200), 10, 'after a pause');
    assert.strictEqual(typingDebounce(60, 200), 120, 'outlasts the next key');
    assert.strictEqual(typingDebounce(5, 200), 10, 'never below the short wait');
    assert.strictEqual(typingDebounce(150, 200), 200, 'capped');
    assert.strictEqual(typingDebounce(50, 0), 0, 'debounce off');
    assert.strictEqual(typingDebounce(5_000, 0), 0, 'debounce off after a pause too');
  });
});

describe('diagnostics timing and pull (over stdio)', function () {
  this.timeout(60_000);
  let uriCount = 0;
  const freshUri = () => `file:///desk/timing-${++uriCount}.article`;

  describe('pushed', () => {
    const LONGEST_MS = 1_000;
    let client: LspClient;
    before(async () => (client = await LspClient.start({ initializationOptions: { debounceMs: LONGEST_MS } })));
    after(async () => client && (await client.stop()));

    async function openStory(): Promise<{ uri: string; doc: TextDocument }> {
      const uri = freshUri();
      const opened = client.diagnosticsFor(uri, 1);
      await client.open(uri, STORY);
      await opened;
      return { uri, doc: TextDocument.create(uri, 'news-article', 1, STORY) };
    }

    it('announces no pull diagnostics to a client that did not ask', () => {
      assert.strictEqual(client.initializeResult.capabilities.diagnosticProvider, undefined);
    });

    it('publishes an edit made after a pause well before the longest wait', async () => {
      const { uri, doc } = await openStory();
      await sleep(LONGEST_MS + 100);
      const at = doc.positionAt(STORY.indexOf('secretly'));
      const published = client.diagnosticsFor(uri, 2);
      const started = performance.now();
      await client.change(uri, 2, [{ range: { start: at, end: at }, text: 'very ' }]);
      await published;
      const elapsed = performance.now() - started;
      assert.ok(elapsed < LONGEST_MS / 2, `published after ${elapsed.toFixed(0)} ms`);
    });

    it('publishes a burst of fast typing far fewer times than keys, ending with the last version', async () => {
      let { uri, doc } = await openStory();
      const keys = 30;
      const from = client.diagnostics.length;
      for (let k = 0; k < keys; k++) {
        const at = doc.positionAt(STORY.indexOf(CLAIM));
        const key = 'Quay '[k % 5];
        doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: key }], doc.version + 1);
        await client.change(uri, doc.version, [{ range: { start: at, end: at }, text: key }]);
        await sleep(15);
      }
      await client.diagnosticsFor(uri, doc.version);
      const publishes = client.diagnostics.slice(from).filter((p) => p.uri === uri);
      assert.ok(publishes.length <= keys / 5, `${publishes.length} publishes for ${keys} keys`);
    });
  });

  describe('pulled', () => {
    let client: LspClient;
    before(async () => (client = await LspClient.start({ pullDiagnostics: true, settings: () => ({ maxFileSize: 2000 }) })));
    after(async () => client && (await client.stop()));

    const pull = async (uri: string) =>
      ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;

    it('announces pull diagnostics, answers them and pushes nothing', async () => {
      assert.strictEqual(client.initializeResult.capabilities.diagnosticProvider?.interFileDependencies, false);
      const uri = freshUri();
      await client.open(uri, STORY);
      const items = await pull(uri);
      assert.ok(items.some((d) => d.code === 'unattributed-claim'), items.map((d) => d.code).join(', '));

      const doc = TextDocument.create(uri, 'news-article', 1, STORY);
      const start = STORY.indexOf(CLAIM);
      const range = { start: doc.positionAt(start), end: doc.positionAt(start + CLAIM.length) };
      await client.change(uri, 2, [{ range, text: 'The harbour council met on Friday.' }]);
      const after = await pull(uri); // sent at once: answered for the edited text
      assert.ok(!after.some((d) => d.code === 'unattributed-claim'), after.map((d) => d.code).join(', '));
      await sleep(300);
      const pushed = client.diagnostics.filter((p) => p.uri === uri).flatMap((p) => p.diagnostics);
      assert.deepStrictEqual(pushed, [], 'nothing pushed but the clearing on open');
    });

    it('pushes to a client that can pull but asks for push (as the VS Code client does)', async () => {
      const pushing = await LspClient.start({ pullDiagnostics: true, initializationOptions: { pushDiagnostics: true } });
      try {
        assert.strictEqual(pushing.initializeResult.capabilities.diagnosticProvider, undefined);
        const uri = freshUri();
        const published = pushing.diagnosticsFor(uri, 1);
        await pushing.open(uri, STORY);
        assert.ok((await published).diagnostics.some((d) => d.code === 'unattributed-claim'));
      } finally {
        await pushing.stop();
      }
    });

    it('asks the client to pull again when "Analyze This File" reads a file the settings skipped', async () => {
      const uri = freshUri();
      const long = `${STORY}\n\n${'The ferry ran late again on Tuesday. '.repeat(60)}`;
      await client.open(uri, long);
      assert.deepStrictEqual((await pull(uri)).map((d) => d.code), ['file-too-large']);
      const refreshes = client.diagnosticRefreshes;
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sourcingLens.analyzeFile', arguments: [uri] });
      assert.ok(client.diagnosticRefreshes > refreshes, 'a diagnostic refresh was asked for');
      assert.ok((await pull(uri)).some((d) => d.code === 'unattributed-claim'));
    });
  });
});

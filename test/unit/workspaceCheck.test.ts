/**
 * The newsroom requests over a real LSP connection (the server spawned on stdio): the whole-workspace check
 * publishes diagnostics for closed files and clears them for files that are gone or are no articles; the summary
 * requests answer for open and checked articles; a checked file that closes shows its disk reading again.
 */
import * as assert from 'assert';
import { setTimeout as sleep } from 'timers/promises';
import { CancellationTokenSource, DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { ArticleSummary, WorkspaceSummary } from '../../server/src/protocol/summary';
import type { CheckFilesResult } from '../../server/src/protocol/requests';
import { languageOfPath } from '../../server/src/lsp/features/workspaceCheck';
import { readFixture } from '../support/fixtures';
import { LspClient } from '../support/lspClient';
import { Desk } from '../support/workspace';

describe('workspace check and summary requests (over LSP)', () => {
  let client: LspClient;
  let desk: Desk;
  const uriOf = (name: string) => desk.uri(name);
  const lastFor = (uri: string) => [...client.diagnostics].reverse().find((p) => p.uri === uri);

  /** Waits until the server has published for `uri` at least `count` times in all. */
  async function publishedFor(uri: string, count = 1): Promise<PublishDiagnosticsParams> {
    for (let i = 0; i < 200; i++) {
      if (client.diagnostics.filter((p) => p.uri === uri).length >= count) return lastFor(uri)!;
      await sleep(25);
    }
    assert.fail(`no diagnostics published for ${uri}`);
  }

  before(async () => {
    const ferry = readFixture('summary-ferry-fares.article');
    desk = new Desk('desk', {
      'ferry.article': ferry,
      // A Markdown story reads as an article; a README does not.
      'ferry-copy.md': ferry,
      'README.md': '# Desk notes\n\nRun `npm test` before filing.\n',
    });
    client = await LspClient.start({
      workspaceFolders: [desk.uri()],
      // Anonymous sources as hints: Problems does not list hints, so the check does not count them.
      initializationOptions: { debounceMs: 0, settings: { severity: { 'anonymous-source': 'hint' } } },
    });
  });

  after(async () => {
    await client?.stop();
    desk.dispose();
  });

  it('reads closed articles from disk, publishes their problems and skips what is no article', async () => {
    const files = ['ferry.article', 'ferry-copy.md', 'README.md', 'gone.article'].map((name) => ({ uri: uriOf(name), path: name }));
    const result: CheckFilesResult = await client.connection.sendRequest('sourcingLens/checkFiles', { files });
    // Problems leaves hints out, and so does the count.
    const diagnostics = lastFor(uriOf('ferry.article'))!.diagnostics;
    const problems = diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length;
    assert.ok(problems > 0 && problems < diagnostics.length, 'the fixture has problems and hints');
    assert.deepStrictEqual(result, { articles: 2, findings: problems * 2, skipped: 2 });
    const codes = lastFor(uriOf('ferry.article'))!.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('unattributed-claim'), `codes: ${codes.join(', ')}`);
    assert.deepStrictEqual(lastFor(uriOf('README.md'))?.diagnostics, []);
    assert.deepStrictEqual(lastFor(uriOf('gone.article'))?.diagnostics, []);
  });

  it('summarises a checked closed article and the whole workspace', async () => {
    const summary: ArticleSummary | null = await client.connection.sendRequest('sourcingLens/summary', { uri: uriOf('ferry.article') });
    assert.ok(summary);
    assert.strictEqual(summary.counts.unsourced, 2);
    const okafor = summary.actors.find((a) => a.name === 'Helen Okafor');
    assert.deepStrictEqual(okafor?.firstMentionRange, { start: { line: 4, character: 28 }, end: { line: 4, character: 40 } });
    const workspace: WorkspaceSummary = await client.connection.sendRequest('sourcingLens/workspaceSummary', {});
    assert.deepStrictEqual(workspace.articles.map((a) => a.uri).sort(), [uriOf('ferry-copy.md'), uriOf('ferry.article')]);
    assert.strictEqual(workspace.counts.unsourced, 4);
    assert.strictEqual(await client.connection.sendRequest('sourcingLens/summary', { uri: uriOf('README.md') }), null);
  });

  it('answers for the open text, and goes back to the disk reading when the file closes', async () => {
    const uri = uriOf('ferry.article');
    const onDisk = lastFor(uri)!.diagnostics.length;
    const before = client.diagnostics.filter((p) => p.uri === uri).length;
    const edited = readFixture('summary-ferry-fares.article').replace('The governor privately opposed the cut.', 'The governor said nothing.');
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: edited } });
    await publishedFor(uri, before + 1);
    const open: ArticleSummary | null = await client.connection.sendRequest('sourcingLens/summary', { uri });
    assert.strictEqual(open?.counts.unsourced, 1); // the residents' fury is still nobody's account
    assert.strictEqual(open?.version, 1);
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // The server clears the closed document, then the check publishes what the file on disk shows.
    const reread = await publishedFor(uri, before + 3);
    assert.strictEqual(reread.diagnostics.length, onDisk);
  });

  it('stops between files when the check is cancelled', async () => {
    // Cancel the moment the first file is published: with the paragraph cache warm a file takes well under a
    // millisecond, so a timer-paced client could see the whole batch finish first.
    const files = Array.from({ length: 400 }, (_, i) => ({ uri: uriOf(`ferry.article?copy=${i}`) }));
    const source = new CancellationTokenSource();
    const before = client.diagnostics.length;
    client.onPublish = () => source.cancel();
    const request = client.connection.sendRequest<CheckFilesResult>('sourcingLens/checkFiles', { files }, source.token);
    const outcome = await request.then((result) => result.articles + result.skipped, () => 'cancelled');
    assert.ok(typeof outcome === 'string' || outcome < files.length, `went on to read ${outcome} files`);
    client.onPublish = undefined;
    const read = client.diagnostics.length - before;
    assert.ok(read < files.length, `published ${read} files after the cancel`);
  });

  it('names the language a closed file would open in', () => {
    assert.deepStrictEqual(['a.article', 'b.NEWS', 'c.md', 'd.markdown', 'e.txt'].map(languageOfPath), [
      'news-article', 'news-article', 'markdown', 'markdown', 'plaintext',
    ]);
  });
});

/**
 * A long forced analysis ("Analyze This File" on a file far over the size limit), over a real stdio connection:
 * it runs off the request loop, so hovers on another story stay quick; it reports progress; closing the file
 * cancels it and gives its memory back.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { setTimeout as sleep } from 'timers/promises';
import { ExecuteCommandRequest, HoverRequest, type MarkupContent, type Position } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { HARBOUR_STORY as STORY } from './harbourModel';

const HOVER_BUDGET_MS = 200;

/** An invented wire file of `chars` characters, no two paragraphs alike (so no paragraph cache helps). */
function longWireFile(chars: number): string {
  const people = ['Talia Verrin', 'Osric Palmquist', 'Mireille Dunstan', 'Kofi Arbenz', 'Ines Halvard'];
  const paragraphs: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    const name = people[i % people.length];
    const surname = name.split(' ')[1];
    const paragraph =
      i % 3 === 2
        ? `The harbour board quietly intends to close gate ${i} before the winter storms.`
        : `“The ferry timetable for route ${i} changes in the spring,” ${name}, the port clerk for ward ${i % 97}, said on Tuesday. ` +
          `${surname} added that officials familiar with plan ${i} expect delays.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** The server process's resident memory, in MB (Linux); undefined elsewhere. */
function residentMb(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined; // no /proc: the memory figure is skipped, not the test
  }
}

describe('a long analysis off the request loop (over stdio)', function () {
  this.timeout(240_000);
  let client: LspClient;
  const small = 'file:///desk/harbour.article';
  const surname: Position = (() => {
    const lines = STORY.split('\n');
    const line = lines.findIndex((l) => l.includes('Marchetti told'));
    return { line, character: lines[line].indexOf('Marchetti told') + 2 };
  })();

  before(async () => {
    client = await LspClient.start();
    const opened = client.diagnosticsFor(small, 1);
    await client.open(small, STORY);
    await opened;
  });

  after(async () => {
    if (client) await client.stop();
  });

  /** Hovers on the small story one after another for `ms`, and returns each one's response time. */
  async function hoverTimes(ms: number, until: () => boolean = () => false): Promise<number[]> {
    const times: number[] = [];
    for (const end = performance.now() + ms; performance.now() < end && !until(); ) {
      const started = performance.now();
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: surname });
      times.push(performance.now() - started);
      assert.match((hover?.contents as MarkupContent).value, /Elena Marchetti/);
      await sleep(20);
    }
    return times;
  }

  function analyzeFile(uri: string): Promise<unknown> {
    return client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'sourcingLens.analyzeFile', arguments: [uri] });
  }

  it(`answers hovers on another story within ${HOVER_BUDGET_MS} ms while a 20 MB file is analysed, and frees it on close`, async () => {
    const uri = 'file:///desk/wires/archive.article';
    const before = residentMb(client.process.pid);
    const opened = client.diagnosticsFor(uri, 1, 60_000);
    await client.open(uri, longWireFile(20_000_000));
    assert.strictEqual((await opened).diagnostics[0]?.code, 'file-too-large');
    const progressFrom = client.progress.length;
    const analysed = analyzeFile(uri).then(
      () => 'finished',
      (error: { code?: number }) => error.code,
    );
    const reading = () => client.progress.slice(progressFrom).some((p) => p.kind === 'report' && (p.percentage ?? 0) > 0);
    for (const end = performance.now() + 60_000; !reading() && performance.now() < end; ) await sleep(50);
    assert.ok(reading(), 'the analysis reports its progress');

    const times = await hoverTimes(4_000);
    const during = residentMb(client.process.pid);
    await client.close(uri);
    assert.strictEqual(await analysed, -32801, 'closing the file cancels the analysis (ContentModified)');
    assert.ok(client.progress.slice(progressFrom).some((p) => p.kind === 'end'), 'the progress ends');
    await sleep(3_000);
    const after = residentMb(client.process.pid);

    const slowest = Math.max(...times);
    console.log(
      `      ${times.length} hovers during the analysis: median ${times.sort((a, b) => a - b)[times.length >> 1].toFixed(1)} ms, ` +
        `slowest ${slowest.toFixed(1)} ms; server memory ${before?.toFixed(0)} MB before, ${during?.toFixed(0)} MB during, ` +
        `${after?.toFixed(0)} MB 3 s after close`,
    );
    assert.ok(times.length >= 20, `${times.length} hovers answered`);
    assert.ok(slowest < HOVER_BUDGET_MS, `slowest hover ${slowest.toFixed(1)} ms`);
    if (before !== undefined && during !== undefined && after !== undefined) {
      // The analysis thread's heap goes at once; the file's text on the server's own heap waits for its collector.
      assert.ok(during - after > (during - before) / 3, 'the analysis thread’s memory is given back');
    }
  });

  it('reads a long story on open with progress to the end, answering hovers on another story meanwhile', async () => {
    const uri = 'file:///desk/wires/week.article';
    const progressFrom = client.progress.length;
    const published = client.diagnosticsFor(uri, 1, 200_000);
    let done = false;
    published.finally(() => (done = true)).catch(() => undefined); // the failure itself is awaited below
    await client.open(uri, longWireFile(600_000));
    const times = await hoverTimes(200_000, () => done);
    const claims = (await published).diagnostics.filter((d) => d.code === 'unattributed-claim');
    const progress = client.progress.slice(progressFrom).map((p) => p.kind);

    assert.ok(claims.length > 1000, `${claims.length} claims flagged`);
    assert.deepStrictEqual([progress[0], progress[progress.length - 1]], ['begin', 'end']);
    assert.ok(progress.filter((k) => k === 'report').length >= 10, `${progress.length} progress messages`);
    // The slowest hover is shown, not held to the budget: at the hand-over of the model the server's thread takes
    // in tens of thousands of objects, and on a machine shared by many processes that can take longer.
    const sorted = times.sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    console.log(`      ${times.length} hovers during the analysis: median ${median.toFixed(1)} ms, slowest ${sorted[sorted.length - 1].toFixed(1)} ms`);
    assert.ok(median < 50, `median hover ${median.toFixed(1)} ms`);
    await client.close(uri);
  });
});

/**
 * Latency of the language server as an editor feels it, over a real stdio JSON-RPC connection:
 * - median didChange → publishDiagnostics for a one-word edit in a 1,000-word article made after a typing pause,
 *   with the server's default (adaptive) debounce, which is what a writer sees, and with the debounce off
 *   (analysis plus transport);
 * - fast typing: bursts of keystrokes 60 ms apart, how many publishes they cause and how long after the last key
 *   the diagnostics come;
 * - median hover response time on an actor's mention.
 *
 *   node out/test/eval/lspBench.js [ARTICLE] [--runs N]
 *
 * Without ARTICLE, a 1,000-word article is put together deterministically from the body paragraphs of the
 * project's fixture articles (test/fixtures/articles/*.article, in name order).
 */
import { readdirSync, readFileSync } from 'fs';
import { setTimeout as sleep } from 'timers/promises';
import { HoverRequest, LogTraceNotification, SetTraceNotification, TraceValue } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine/analyze';
import { FIXTURES, readFixture } from '../support/fixtures';
import { LspClient } from '../support/lspClient';
import { optionValue } from './cliOptions';

const WORDS = 1000;

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Body paragraphs of the fixtures, in order, until the article holds 1,000 words. */
function fixtureArticle(): string {
  const paragraphs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.article'))
    .sort()
    .flatMap((f) => readFixture(f).split(/\r?\n/u))
    .filter((p) => wordCount(p) >= 12);
  const picked: string[] = [];
  for (let i = 0, words = 0; words < WORDS && paragraphs.length; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    picked.push(paragraph);
    words += wordCount(paragraph);
  }
  return picked.join('\n\n') + '\n';
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A plain word in the middle of the article, to swap back and forth. */
function editTarget(text: string): { offset: number; word: string } {
  const re = /\b[a-z]{5,}\b/gu;
  re.lastIndex = Math.floor(text.length / 2);
  const m = re.exec(text);
  if (!m) throw new Error('the article has no plain word to edit');
  return { offset: m.index, word: m[0] };
}

/** The writer's pause before each measured edit: longer than the server's longest debounce. */
const PAUSE_MS = 400;
/** Fast typing: the gap between keystrokes, and keys per burst. */
const KEY_GAP_MS = 60;
const BURST_KEYS = 30;

/** Opens the article on a started client, waits for its first diagnostics, measures with `use`, then stops the client. */
async function withArticle<T>(client: LspClient, text: string, use: (uri: string) => Promise<T>): Promise<T> {
  const uri = 'file:///bench/article.article';
  try {
    const opened = client.diagnosticsFor(uri, 1);
    await client.open(uri, text);
    await opened;
    return await use(uri);
  } finally {
    await client.stop();
  }
}

/** Round trips, and the server's own analysis times (from its trace: "Analysed … in N ms"). */
async function editLatencies(text: string, runs: number, debounceMs?: number): Promise<{ roundTrips: number[]; analyses: number[] }> {
  const client = await LspClient.start({ initializationOptions: debounceMs === undefined ? {} : { debounceMs } });
  const analyses: number[] = [];
  client.connection.onNotification(LogTraceNotification.type, ({ message }) => {
    const ms = /^Analysed .* in ([\d.]+) ms$/u.exec(message)?.[1];
    if (ms) analyses.push(Number(ms));
  });
  await client.connection.sendNotification(SetTraceNotification.type, { value: TraceValue.Verbose });
  return withArticle(client, text, async (uri) => {
    let doc = TextDocument.create(uri, 'news-article', 1, text);
    const { offset, word } = editTarget(text);
    const swap = word === 'harbour' ? 'council' : 'harbour';
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const current = doc.getText().slice(offset, offset + (i % 2 ? swap.length : word.length));
      const replacement = i % 2 ? word : swap;
      const range = { start: doc.positionAt(offset), end: doc.positionAt(offset + current.length) };
      const version = doc.version + 1;
      doc = TextDocument.update(doc, [{ range, text: replacement }], version);
      const published = client.diagnosticsFor(uri, version);
      await sleep(PAUSE_MS);
      const started = performance.now();
      await client.change(uri, version, [{ range, text: replacement }]);
      await published;
      if (i >= 3) times.push(performance.now() - started); // the first edits warm the process
    }
    return { roundTrips: times, analyses: analyses.slice(4) };
  });
}

/**
 * Bursts of fast typing (a word's letters and a space, again and again, at the end of a paragraph in the middle):
 * how many times diagnostics were published per keystroke, and how long after the burst's last key.
 */
async function burstTyping(text: string, bursts: number): Promise<{ keys: number; publishes: number; afterLastKey: number[] }> {
  const client = await LspClient.start();
  return withArticle(client, text, async (uri) => {
    let doc = TextDocument.create(uri, 'news-article', 1, text);
    const before = client.diagnostics.length;
    const afterLastKey: number[] = [];
    for (let b = 0; b < bursts; b++) {
      await sleep(PAUSE_MS);
      let lastKey = 0;
      for (let k = 0; k < BURST_KEYS; k++) {
        const offset = doc.getText().indexOf('\n', Math.floor(doc.getText().length / 2));
        const key = k % 6 === 5 ? ' ' : 'harbour'[k % 6];
        const range = { start: doc.positionAt(offset), end: doc.positionAt(offset) };
        doc = TextDocument.update(doc, [{ range, text: key }], doc.version + 1);
        if (k > 0) await sleep(KEY_GAP_MS);
        lastKey = performance.now();
        await client.change(uri, doc.version, [{ range, text: key }]);
      }
      await client.diagnosticsFor(uri, doc.version);
      afterLastKey.push(performance.now() - lastKey);
    }
    return { keys: bursts * BURST_KEYS, publishes: client.diagnostics.length - before, afterLastKey };
  });
}

async function hoverLatencies(text: string, runs: number): Promise<number[]> {
  const model = analyze(text);
  const mention = model.actors.flatMap((a) => a.mentions).find((m) => m.form === 'surname') ?? model.actors[0]?.mentions[0];
  const client = await LspClient.start();
  return withArticle(client, text, async (uri) => {
    const position = TextDocument.create(uri, 'news-article', 1, text).positionAt(mention?.start ?? 0);
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const started = performance.now();
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      if (i >= 3) times.push(performance.now() - started);
    }
    return times;
  });
}

async function main(argv: string[]): Promise<void> {
  const runs = Number(optionValue(argv, '--runs') ?? 30);
  const path = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
  const text = path ? readFileSync(path, 'utf8') : fixtureArticle();
  const source = path ?? 'fixture paragraphs';
  console.log(`Article: ${source}, ${wordCount(text)} words, ${text.length} characters; ${runs} runs each`);
  const debounced = await editLatencies(text, runs);
  console.log(`didChange → publishDiagnostics, one-word edit after a pause, default debounce: median ${median(debounced.roundTrips).toFixed(1)} ms`);
  const immediate = await editLatencies(text, runs, 0);
  console.log(`didChange → publishDiagnostics, one-word edit after a pause, no debounce:      median ${median(immediate.roundTrips).toFixed(1)} ms`);
  const analyses = [...debounced.analyses, ...immediate.analyses];
  console.log(`  of which the server's re-analysis (paragraph cache warm):            median ${median(analyses).toFixed(1)} ms`);
  const typing = await burstTyping(text, Math.max(3, Math.round(runs / 6)));
  console.log(
    `fast typing (${BURST_KEYS}-key bursts, ${KEY_GAP_MS} ms apart): ${typing.publishes} publishes for ${typing.keys} keys; ` +
      `diagnostics after the last key: median ${median(typing.afterLastKey).toFixed(1)} ms`,
  );
  const hovers = await hoverLatencies(text, runs);
  console.log(`hover on an actor mention:                                            median ${median(hovers).toFixed(2)} ms`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

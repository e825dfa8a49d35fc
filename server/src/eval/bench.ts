/**
 * `npm run bench [-- FILE...]`: how long the engine takes on a 1,000-word article in a warm process, against a
 * bare compromise parse of the same text, and how long re-analysis takes after a one-word edit when the paragraph
 * cache holds the rest. A benchmark, not a test: it prints figures and never fails on them.
 *
 * Without FILE it reads the project's samples/ stories (fiction the team wrote).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import nlp from 'compromise';
import { analyze, ParagraphCache } from '../engine/analyze';

const WORDS = 1000;
const RUNS = 31;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Whole paragraphs from the inputs until the text reaches about WORDS words. */
function articleOf(files: string[]): string {
  const paragraphs = files.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/)).filter((p) => p.trim());
  const picked: string[] = [];
  let words = 0;
  for (let i = 0; words < WORDS && paragraphs.length > 0; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    picked.push(paragraph);
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return picked.join('\n\n');
}

/** The article with one word of its middle paragraph replaced by a word new in each round, so no cache hides it. */
function editedOnce(text: string, round: number): string {
  const middle = text.indexOf(' the ', text.length >> 1);
  const word = `w${round.toString(36)}`;
  return middle < 0 ? `${text} ${word}` : `${text.slice(0, middle)} ${word}${text.slice(middle + 4)}`;
}

function main(argv: string[]): void {
  const samples = join(__dirname, '..', '..', '..', '..', 'samples');
  const files = argv.length > 0 ? argv : readdirSync(samples).filter((f) => /\.(article|news|md|txt)$/.test(f)).map((f) => join(samples, f));
  const text = articleOf(files);
  const words = text.split(/\s+/).filter(Boolean).length;

  for (let i = 0; i < 5; i++) {
    nlp(text);
    analyze(text);
  }
  const bare = median(Array.from({ length: RUNS }, () => time(() => nlp(text))));
  const full = median(Array.from({ length: RUNS }, () => time(() => analyze(text, new ParagraphCache()))));

  const cache = new ParagraphCache();
  analyze(text, cache);
  const incremental = median(Array.from({ length: RUNS }, (_, round) => {
    const edited = editedOnce(text, round);
    return time(() => analyze(edited, cache));
  }));

  const row = (label: string, ms: number) => `${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms`;
  process.stdout.write(
    [
      `article: ${words} words, ${text.length} characters, from ${files.length} file(s); median of ${RUNS} warm runs`,
      row('bare compromise parse, nlp(text)', bare),
      row('full analysis, empty paragraph cache', full),
      row('re-analysis after a one-word edit (cached)', incremental),
      `ratio full / bare parse:          ${(full / bare).toFixed(2)}× (budget 1.50×)`,
      `ratio one-word edit / bare parse: ${(incremental / bare).toFixed(2)}×`,
    ].join('\n') + '\n',
  );
}

main(process.argv.slice(2));

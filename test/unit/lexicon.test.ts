/**
 * Every word list of the engine lives in server/src/engine/lexicon/, once: a stage imports its words, it does not
 * define them. This scans the engine's other source files for the shapes a word list takes — a Set of words, an
 * array of words, a table from words to words, a regex alternating many words — and names any it
 * finds. The lexicon's own helpers are checked against copies as well.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const ENGINE = join(__dirname, '..', '..', '..', 'server', 'src', 'engine');

/** The engine's TypeScript files outside lexicon/, relative to the engine folder. */
function engineFiles(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'lexicon' ? [] : engineFiles(path);
    return entry.name.endsWith('.ts') ? [relative(ENGINE, path)] : [];
  });
}

/**
 * A lower-case English word or phrase ("said", "point out"). Hyphenated strings do not count towards a list: they
 * are mostly identifiers (finding codes, "unattributed-claim"), and a real list has plain words enough besides.
 */
const isWord = (s: string) => /^[a-z][a-z'’]*(?: [a-z'’]+)*$/.test(s);

/** The string literals of a stretch of source, in order. */
const stringsIn = (source: string) => [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1] ?? m[2]);

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Where `source` defines a word list, as "line: what"; empty when it defines none. */
export function wordListsIn(source: string): string[] {
  const found: string[] = [];
  // new Set(['a', 'b', 'c']): three words or more
  for (const m of source.matchAll(/new Set\(\s*\[([^\]]*)\]/g)) {
    const words = stringsIn(m[1]).filter(isWord);
    if (words.length >= 3) found.push(`${lineOf(source, m.index)}: a Set of words (${words.slice(0, 3).join(', ')} …)`);
  }
  // ['a', 'b', 'c', 'd', 'e']: an array of nothing but strings, five words or more
  for (const m of source.matchAll(/\[([^[\]]*)\]/g)) {
    const strings = stringsIn(m[1]);
    const onlyStrings = m[1].replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '').replace(/\/\/[^\n]*/g, '').trim();
    if (/^[\s,]*$/.test(onlyStrings) && strings.filter(isWord).length >= 5) {
      found.push(`${lineOf(source, m.index)}: an array of words (${strings.slice(0, 3).join(', ')} …)`);
    }
  }
  // { wife: 'female', mother: 'female', … }: a table from five words or more to a word
  for (const m of source.matchAll(/\{([^{}]*)\}/g)) {
    const pairs = [...m[1].matchAll(/(?:^|[\s,{])'?([a-z][a-z-]*)'?\s*:\s*'([a-z]+)'/g)];
    if (pairs.length >= 5) found.push(`${lineOf(source, m.index)}: a table of words (${pairs.slice(0, 3).map((p) => p[1]).join(', ')} …)`);
  }
  // wordList('a b c') or 'a b c d e'.split(' '): a list written as one string
  for (const m of source.matchAll(/\bwordList\(|'([a-z'’ ]+)'\s*\)?\s*\.split\(/g)) {
    if (m[1] === undefined || m[1].trim().split(/\s+/).length >= 5) found.push(`${lineOf(source, m.index)}: a word list written as a string`);
  }
  // /\b(?:officials|sources|…)\b/: an alternation of six words or more, at module level or inside a function
  for (const group of source.matchAll(/\(\?:([^()]*)\)/g)) {
    const words = group[1].split('|').filter((w) => /^[a-z][a-z' -]{2,}$/.test(w));
    if (words.length >= 6) found.push(`${lineOf(source, group.index)}: a regex of words (${words.slice(0, 3).join('|')} …)`);
  }
  return found;
}

describe('lexicon: every word list lives in engine/lexicon/', () => {
  it('no engine file outside lexicon/ defines a word list', () => {
    const offenders = engineFiles().flatMap((file) => wordListsIn(readFileSync(join(ENGINE, file), 'utf8')).map((what) => `${file}:${what}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the scan names each shape a word list takes, and passes code that holds none', () => {
    assert.strictEqual(wordListsIn("const OPENERS = new Set(['the', 'a', 'an']);").length, 1);
    assert.strictEqual(wordListsIn("const HEADS = ['official', 'source', 'aide', 'diplomat', 'analyst'];").length, 1);
    assert.strictEqual(wordListsIn("const GENDER = { wife: 'female', mother: 'female', son: 'male', king: 'male', uncle: 'male' };").length, 1);
    assert.strictEqual(wordListsIn('const CUE =\n  /\\b(?:said|told|noted|added|claimed|warned)\\b/i;').length, 1);
    assert.strictEqual(wordListsIn('export const NOUNS = new RegExp(\n  `^(?:poll|survey|study|census|records|figures)$`,\n);').length, 1);
    assert.strictEqual(wordListsIn("const HEADS = wordList('official source aide');").length, 1);
    assert.strictEqual(wordListsIn("const STOPS = new Set('a an the and or but'.split(' '));").length, 1);
    assert.deepStrictEqual(wordListsIn("const MARKS = new Set(['“', '«']);"), []);
    assert.deepStrictEqual(wordListsIn("const parts = 'a b'.split(' ');"), []);
    assert.deepStrictEqual(wordListsIn("const CODES = ['unattributed-claim', 'vague-attribution', 'anonymous-source', 'surname-first', 'unbalanced-quote'];"), []);
    assert.deepStrictEqual(wordListsIn("const s = { start: 0, end: 4, kind: 'direct' };"), []);
    assert.deepStrictEqual(wordListsIn('const EXTENSIONS = /\\.(?:txt|md|js|ts|json)$/;'), []);
    assert.strictEqual(wordListsIn("function ends(w: string) {\n  return /^(?:who|whom|which|that|whose|where)$/.test(w);\n}").length, 1);
  });

  it('the lexicon has one helper for a word list written as a string', () => {
    const lexicon = join(ENGINE, 'lexicon');
    const copies = readdirSync(lexicon).filter((f) => f.endsWith('.ts') && /\.split\(\/\\s\+\/\)/.test(readFileSync(join(lexicon, f), 'utf8')));
    assert.deepStrictEqual(copies, ['wordList.ts']);
  });
});

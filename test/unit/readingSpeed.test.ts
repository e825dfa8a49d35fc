/**
 * The engine's faster ways of reading text give the answers of the plain ways they replaced: a window walked in
 * place, a word walk that stops early, a cue pattern with a look-ahead, a remembered last reading, a stem cut
 * without a regex. Every sentence is invented.
 */
import * as assert from 'assert';
import { tokensIn } from '../../server/src/engine/attributions/words';
import { stem } from '../../server/src/engine/attributions/learnedCues';
import { cuePattern, literalForm } from '../../server/src/engine/lexicon/cues';
import { isTitleCase } from '../../server/src/engine/text/chars';
import { lastReading } from '../../server/src/engine/text/lastReading';
import { words } from '../../server/src/engine/text/words';

const PARAGRAPH = 'Sen. Ada Quell-Marsh told the U.S. board, “we’ll see,” and 𝐀𝐁 fumed... then left’ 😀 ok.';

/** tokensIn read from a copy of the window, as it was before it walked the paragraph in place. */
const fromCopy = (text: string, start: number, end: number) =>
  tokensIn(text.slice(start, end), 0, Math.max(0, end - start)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));

describe('reading speed: same answers', () => {
  it('reads every window of a paragraph as its copy reads it, cut words and split surrogate pairs included', () => {
    for (let start = 0; start <= PARAGRAPH.length; start++) {
      for (let end = start; end <= PARAGRAPH.length; end++) {
        assert.deepStrictEqual(tokensIn(PARAGRAPH, start, end), fromCopy(PARAGRAPH, start, end), `window ${start}-${end}`);
      }
    }
  });

  it('cuts a word the window ends in', () => {
    const end = PARAGRAPH.indexOf('Marsh') + 2;
    assert.deepStrictEqual(tokensIn(PARAGRAPH, 5, end).map((t) => t.text), ['Ada', 'Quell-Ma']);
  });

  it('tells Title Case as listing every word does', () => {
    for (const line of ['Mayor Quinn Says the Pier Will Open', 'Mayor Quinn says the pier will open', 'the Pier', '', '“ ”', '2026 Budget of the Port']) {
      const all = words(line);
      const expected = all.length > 0 && all.every((w, i) => w[0] === w[0].toUpperCase() || (i > 0 && ['of', 'the'].includes(w.toLowerCase())));
      assert.strictEqual(isTitleCase(line), expected, line);
    }
  });

  it('finds the cues the look-ahead-free pattern finds, a desk’s accented verbs included', () => {
    const forms = ['said', 'pointed out', 'élire', 'opined', 'told'];
    const plain = new RegExp(`(?<![\\w’'-])(?:according\\s+to|${forms.sort((a, b) => b.length - a.length).map(literalForm).join('|')})(?![\\w’'-])`, 'gi');
    const text = 'Quell said, unsaid, ÉLIRE and élire; she Pointed  out, according to Ruiz, what he opined-ish and told.';
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    assert.deepStrictEqual(found(cuePattern(forms)), found(plain));
    assert.strictEqual(found(plain).length, 6);
  });

  it('keeps only the last reading, and reads a new text afresh', () => {
    let reads = 0;
    const read = lastReading((text: string) => (reads++, text.length));
    assert.deepStrictEqual([read('abc'), read('abc'), read('de'), read('abc')], [3, 3, 2, 3]);
    assert.strictEqual(reads, 3);
  });

  it('stems as the regex it replaced', () => {
    const byRegex = (w: string) => /^(.{3,}?)(?:ies|ied|ying|ing|ed|es|s|e)$/.exec(w)?.[1] ?? w;
    for (const w of ['fumed', 'fumes', 'fuming', 'fume', 'is', 'dies', 'lying', 'studies', 'yes', 'eyes', 'seeing', 'bees', 'ss', 'sees', 'ying']) {
      assert.strictEqual(stem(w), byRegex(w), w);
    }
  });
});

/**
 * The engine's faster ways of reading text give the answers of the plain ways they replaced: a window walked in
 * place, a word walk that stops early, a cue pattern with a look-ahead and a trie of its forms, a remembered last reading, a remembered word, a stem cut
 * without a regex, a literal test before a long pattern, a code test before a quotation mark. Every sentence is
 * invented.
 */
import * as assert from 'assert';
import { tokensIn } from '../../server/src/engine/attributions/words';
import { stem } from '../../server/src/engine/attributions/learnedCues';
import { cuePattern, literalForm } from '../../server/src/engine/lexicon/cues';
import { mayBeMark, quoteMark } from '../../server/src/engine/text/chars';
import { isTitleCase } from '../../server/src/engine/text/titleCase';
import { lastReading } from '../../server/src/engine/text/lastReading';
import { ArticleMap, articleMemo, paragraphMemo, startArticle } from '../../server/src/engine/text/paragraphMemo';
import { WordMemo } from '../../server/src/engine/lexicon/wordMemo';
import { words } from '../../server/src/engine/text/words';
import { matchesOf } from '../../server/src/engine/text/matches';
import { copyWith } from '../../server/src/engine/text/copyWith';
import { mayMatch, screenedExec } from '../../server/src/engine/text/literalFilter';
import { requiredLiterals } from '../../server/src/engine/text/requiredLiterals';
import * as claimFamilies from '../../server/src/engine/lexicon/claimFamilies';
import * as claimVerdicts from '../../server/src/engine/lexicon/claimVerdicts';
import { CLAIM_PATTERNS } from '../../server/src/engine/lexicon/claims';
import { MODIFIER_SHAPES } from '../../server/src/engine/findings/modifierShapes';
import { readShape } from '../../server/src/engine/findings/claimShapes';
import { matchClaim } from '../../server/src/engine/findings/claims';

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

  it('reads a window of a long text (an article, read window by window) as its copy reads it', () => {
    const article = Array(40).fill(PARAGRAPH).join('\n\n');
    assert.ok(article.length > 3000);
    for (let start = 1500; start < 1600; start++) {
      tokensIn(PARAGRAPH, 0, 20); // a paragraph read in between, as the attribution stage reads them
      assert.deepStrictEqual(tokensIn(article, start, start + 150), fromCopy(article, start, start + 150), `window at ${start}`);
    }
  });

  it('copies a record with fields set as a spread does: its fields in order, one it has set in place, a new one last', () => {
    const record: { start: number; end: number; name: string; gender?: string } = { start: 3, end: 9, name: 'Osei', gender: undefined };
    const copy = copyWith(record, { end: 12, actor: 'a1' });
    assert.deepStrictEqual(Object.entries(copy), Object.entries({ ...record, end: 12, actor: 'a1' }));
    assert.strictEqual(record.end, 9);
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

  it('finds the cues the look-ahead-free alternation of forms finds, longest first, a desk’s accented verbs included', () => {
    const forms = ['said', 'pointed out', 'pointed', 'point', 'élire', 'opined', 'told', 'told reporters', 'tol'];
    const plain = new RegExp(`(?<![\\w’'-])(?:according\\s+to|${forms.sort((a, b) => b.length - a.length).map(literalForm).join('|')})(?![\\w’'-])`, 'gi');
    const text =
      'Quell said, unsaid, ÉLIRE and élire; she Pointed  out, according to Ruiz, what he opined-ish and told. ' +
      'Ruiz told reporters, pointed outward, points, pointed, told reporter-ish and tol.';
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    assert.deepStrictEqual(found(cuePattern(forms)), found(plain));
    assert.deepStrictEqual(
      found(plain).slice(6).map(([, word]) => word),
      ['told reporters', 'pointed', 'pointed', 'told', 'tol'],
    );
  });

  it('keeps a word’s answer, an undefined one too, and empties itself when full', () => {
    const asked: string[] = [];
    const memo = new WordMemo((word: string) => (asked.push(word), word === 'pier' ? undefined : word.length), 2);
    assert.deepStrictEqual([memo.of('pier'), memo.of('pier'), memo.of('dock'), memo.of('dock')], [undefined, undefined, 4, 4]);
    assert.deepStrictEqual(asked, ['pier', 'dock']);
    memo.of('quay');
    memo.of('pier');
    assert.deepStrictEqual(asked, ['pier', 'dock', 'quay', 'pier']);
  });

  it('keeps only the last reading, and reads a new text afresh', () => {
    let reads = 0;
    const read = lastReading((text: string) => (reads++, text.length));
    assert.deepStrictEqual([read('abc'), read('abc'), read('de'), read('abc')], [3, 3, 2, 3]);
    assert.strictEqual(reads, 3);
  });

  it('keeps the answers about places in one text, and forgets them when another text is asked about', () => {
    const asked: string[] = [];
    const read = paragraphMemo((text: string, from: number, to: number) => (asked.push(`${from}-${to}`), text.slice(from, to)));
    const pier = 'Quell said the pier reopens.';
    assert.deepStrictEqual([read(pier, 0, 5), read(pier, 6, 10), read(pier, 0, 5)], ['Quell', 'said', 'Quell']);
    assert.deepStrictEqual(asked, ['0-5', '6-10']);
    assert.strictEqual(read('Ruiz said the dock is shut.', 0, 5), 'Ruiz ');
    assert.strictEqual(read(pier, 0, 5), 'Quell');
    assert.deepStrictEqual(asked, ['0-5', '6-10', '0-5', '0-5']);
  });

  it('tells apart places that share their first numbers, and keeps an answer of nothing', () => {
    let reads = 0;
    const read = paragraphMemo((text: string, from: number, to: number, wide: boolean) => {
      reads++;
      return wide ? text.slice(from, to + 1) : to > text.length ? undefined : text.slice(from, to);
    });
    const dock = 'Ruiz said the dock is shut.';
    const asked = () => [read(dock, 0, 4, false), read(dock, 0, 9, false), read(dock, 0, 4, true), read(dock, 5, 4, false), read(dock, 0, 99, false)];
    assert.deepStrictEqual(asked(), ['Ruiz', 'Ruiz said', 'Ruiz ', '', undefined]);
    assert.deepStrictEqual(asked(), ['Ruiz', 'Ruiz said', 'Ruiz ', '', undefined]);
    assert.strictEqual(reads, 5);
  });

  it('keeps an article map for the article and no fuller than its capacity, and empties it on request', () => {
    const kept = new ArticleMap<string, number>(2);
    kept.set('Ada Quell', 1);
    kept.set('Tomas Ruiz', 2);
    assert.deepStrictEqual([kept.get('Ada Quell'), kept.get('Tomas Ruiz')], [1, 2]);
    kept.set('Lena Varga', 3);
    assert.deepStrictEqual([kept.get('Ada Quell'), kept.get('Lena Varga')], [undefined, 3]);
    startArticle();
    assert.strictEqual(kept.get('Lena Varga'), undefined);
    kept.set('Ada Quell', 1);
    kept.clear();
    assert.strictEqual(kept.get('Ada Quell'), undefined);
  });

  it('keeps a reading for the article, and reads afresh once the next article starts', () => {
    const asked: string[] = [];
    const read = articleMemo((name: string) => (asked.push(name), name.length));
    assert.deepStrictEqual([read('Ada Quell'), read('Tomas Ruiz'), read('Ada Quell')], [9, 10, 9]);
    assert.deepStrictEqual(asked, ['Ada Quell', 'Tomas Ruiz']);
    startArticle();
    assert.strictEqual(read('Ada Quell'), 9);
    assert.deepStrictEqual(asked, ['Ada Quell', 'Tomas Ruiz', 'Ada Quell']);
  });

  it('answers a text asked again after others as it did, for a pattern filed after it was read too', () => {
    const dock = 'The dock crews were furious about the new lease.';
    const pier = 'The pier opens on Friday.';
    const angry = /\b(?:furious|irate)\b/i;
    assert.deepStrictEqual([mayMatch(angry, dock), mayMatch(angry, pier), mayMatch(angry, dock)], [true, false, true]);
    // first asked now: what was kept of the dock sentence knew nothing of it
    assert.strictEqual(mayMatch(/\bleases?\b/i, dock), true);
    assert.strictEqual(mayMatch(/\bleases?\b/i, pier), false);
  });

  it('stems as the regex it replaced', () => {
    const byRegex = (w: string) => /^(.{3,}?)(?:ies|ied|ying|ing|ed|es|s|e)$/.exec(w)?.[1] ?? w;
    for (const w of ['fumed', 'fumes', 'fuming', 'fume', 'is', 'dies', 'lying', 'studies', 'yes', 'eyes', 'seeing', 'bees', 'ss', 'sees', 'ying']) {
      assert.strictEqual(stem(w), byRegex(w), w);
    }
  });

  it('reads the literals every match of a pattern holds, and gives up on what it cannot read', () => {
    assert.deepStrictEqual(requiredLiterals(/\b(?:fears?|dread(?:ed)?) that\b/i)?.map((set) => set.sort()), [['dread that', 'dreaded that', 'fear that', 'fears that']]);
    assert.deepStrictEqual(requiredLiterals(/(?<!-)\b(?:dr[ae]w|\w+ly) (?:fire|ire)\b/), [[' fire', ' ire']]);
    assert.deepStrictEqual(requiredLiterals(/\b(?:angry|\w+ing)\b/), [['angry', 'ing']]);
    assert.strictEqual(requiredLiterals(/\b(?:angry|[a-z]+)\b/), null);
    assert.strictEqual(requiredLiterals(/(a)\1/), null);
    assert.strictEqual(requiredLiterals(/[a-z]+/), null);
  });

  it('reads a set for each piece every match holds, what a look-ahead or look-behind reads among them', () => {
    assert.deepStrictEqual(requiredLiterals(/\bthe [a-z]+ (?:vote|ballot)s?/i), [[' votes', ' vote', ' ballots', ' ballot'], ['the ']]);
    assert.deepStrictEqual(requiredLiterals(/\b(?:pledges?|fears?)\s+(?=that\s)/), [['that'], ['pledges', 'pledge', 'fears', 'fear']]);
    assert.deepStrictEqual(requiredLiterals(/(?<=\bwarden )\w+/), [['warden ']]);
    // what a negative one reads need not stand in the text
    assert.deepStrictEqual(requiredLiterals(/(?<!\bthe )\bharbou?r\b/), [['harbour', 'harbor']]);
    // a branch's sets are joined with the other branch's: its rarer by length ("that") and its other
    assert.deepStrictEqual(requiredLiterals(/\b(?:(?:pledges?|vows?)\s+(?=that\s)|(?:praise|calls)\s+for\s)/), [
      ['that', 'praise', 'calls'],
      ['pledges', 'pledge', 'vows', 'vow', 'for'],
    ]);
    // … and only where most branches have a second set: one branch's would file the others' words twice
    assert.deepStrictEqual(requiredLiterals(/\b(?:says|said|told|railed\s+against)\b/), [['says', 'said', 'told', 'against']]);
  });

  it('leaves a global or sticky pattern it rules out as a failed exec does', () => {
    for (const pattern of [/\bquays?\b/g, /\bquays?\b/y, /\bquays?\b/gi]) {
      pattern.lastIndex = 5;
      assert.strictEqual(screenedExec(pattern, 'The pier opens on Friday.'), null);
      assert.strictEqual(pattern.lastIndex, 0, String(pattern));
    }
    const plain = /\bquays?\b/;
    plain.lastIndex = 5;
    assert.strictEqual(mayMatch(plain, 'The pier opens on Friday.'), false);
    assert.strictEqual(plain.lastIndex, 5);
  });

  it('rules out a text that holds the words of one set but none of another', () => {
    const feared = /\b(?:pledges?|fears?)\s+(?=that\s)/;
    assert.strictEqual(mayMatch(feared, 'Dock crews voiced fears about the new lease.'), false);
    assert.strictEqual(mayMatch(feared, 'Dock crews voiced fears that the lease would lapse.'), true);
    const ballot = /\bthe [a-z]+ (?:vote|ballot)s?/i;
    assert.strictEqual(mayMatch(ballot, 'A second ballot is set for Friday.'), false);
    assert.strictEqual(mayMatch(ballot, 'The harbour ballot is set for Friday.'), true);
  });

  it('says a pattern cannot match only where it finds nothing, in any case and any Unicode folding', () => {
    const sentences = [
      'Council members fear the levy will sink the budget.',
      'THE HARBOUR BOARD WAS FURIOUS ABOUT THE LEASE.',
      'Wary of the unions, the mayor of Eastbrook delayed the vote.',
      'The trustees were quietly weighing whether to sell the pier, and aides feared a revolt.',
      'About 40 percent of the dockworkers voted against the deal, which led to a second ballot.',
      'Ms. Varga\u00a0hopes to win the seat; she is widely expected to run.',
      'The ſtate board waſ furious, and the \u212Aing’s aides were angry.',
      'İt was a sign of how divided the council had become.',
      'The pier opens on Friday.',
      '',
    ];
    const patterns = [
      ...CLAIM_PATTERNS.map((c) => c.pattern),
      ...MODIFIER_SHAPES.map((c) => c.pattern),
      ...[claimFamilies, claimVerdicts].flatMap((m) => Object.values(m).filter((v): v is RegExp => v instanceof RegExp)),
      /\b(?:ſtate|\u212Aing)\b/iu,
      /\bSTATE\b/iu,
    ];
    let skipped = 0;
    for (const pattern of patterns) {
      for (const sentence of sentences) {
        pattern.lastIndex = 0;
        const matches = pattern.exec(sentence) !== null;
        pattern.lastIndex = 0;
        if (!mayMatch(pattern, sentence)) skipped++;
        assert.ok(!matches || mayMatch(pattern, sentence), `${pattern.source.slice(0, 60)} on ${sentence}`);
      }
    }
    assert.ok(skipped > patterns.length * 5, `only ${skipped} scans skipped`);
    assert.strictEqual(mayMatch(/\b(?:furious|angry)\b/i, 'The pier opens on Friday.'), false);
  });

  it('reads the claim shapes of a sentence as it did before the literal test', () => {
    const sentence = 'The trustees were quietly weighing whether to sell the pier, and aides feared a revolt.';
    assert.deepStrictEqual(readShape(sentence), { category: 'intention', confidence: 'high', start: 26, end: 34 });
    assert.deepStrictEqual(matchClaim('Disillusioned, the treasurer of Eastbrook resigned.')?.category, 'motive');
    assert.strictEqual(matchClaim('The pier opens on Friday.'), null);
  });

  it('lets through every character the quotation-mark reader reads as a mark, and passes over letters and spaces', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (quoteMark(String.fromCharCode(code)) !== undefined) assert.ok(mayBeMark(code), code.toString(16));
    }
    assert.ok(![...'Quell said, on Friday 12.'].some((ch) => mayBeMark(ch.charCodeAt(0))));
  });

  it('lists the matches matchAll lists, empty ones and split surrogate pairs included, and leaves the pattern at 0', () => {
    const text = 'Quell seemed sure 😀, then appeared to waver; ‘x’ — 𝐀𝐁 then.';
    const patterns = [/\b(?:seemed|appeared)\b/g, /(?:)/gu, /(?:)/g, /\p{L}*/gu, /,?\s*/g, /(?<=\s)\S*/gu];
    for (const pattern of patterns) {
      const listed = matchesOf(pattern, text).map((m) => [m.index, m[0]]);
      assert.deepStrictEqual(listed, [...text.matchAll(pattern)].map((m) => [m.index, m[0]]), String(pattern));
      assert.strictEqual(pattern.lastIndex, 0, String(pattern));
    }
  });
});

/**
 * Fuzzing the engine: hostile unicode, stories from the fixtures mutated at random, empty input and long single
 * lines must all give a well-formed model whose every offset falls on a code-point boundary; the inputs that once
 * took quadratic time must run within three times ordinary prose of their length, timed in the same run.
 * Every generator is seeded, so a failure names an input that can be built again.
 */
import * as assert from 'assert';
import { readdirSync } from 'fs';
import { analyze } from '../../server/src/engine/analyze';
import type { ArticleModel, Span } from '../../server/src/engine/model';
import { FIXTURES, readFixture } from '../support/fixtures';
import { fastest } from '../support/timing';

const fixtures = readdirSync(FIXTURES)
  .sort()
  .map(readFixture);

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Every span the model emits, with where it comes from, including the offsets findings carry for quick fixes. */
function emittedSpans(model: ArticleModel): [string, Span][] {
  const named = (what: string, spans: readonly Span[]): [string, Span][] => spans.map((s) => [what, s]);
  return [
    ...named('paragraph', model.paragraphs),
    ...named('sentence', model.sentences),
    ...named('quote', model.quotes),
    ...named('quote inner', model.quotes.map((q) => q.inner)),
    ...named('mention', model.actors.flatMap((a) => a.mentions)),
    ...named('role', model.actors.flatMap((a) => a.roles)),
    ...named('attribution content', model.attributions.map((a) => a.content)),
    ...named('attribution source', model.attributions.flatMap((a) => (a.source ? [a.source] : []))),
    ...named('attribution cue', model.attributions.flatMap((a) => (a.cue ? [a.cue] : []))),
    ...named('finding', model.findings),
    ...named('finding insertAt', model.findings.flatMap((f) => (f.data?.insertAt !== undefined ? [{ start: f.data.insertAt, end: f.data.insertAt }] : []))),
    ...named('suppressed', model.suppressed),
    ...named('suppression marker', model.suppressed.flatMap((s) => ('marker' in s ? [(s as { marker: Span }).marker] : []))),
  ];
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Analyses `text` and checks that every emitted span lies inside it and on code-point boundaries. */
function analyzeChecked(text: string, label: string): ArticleModel {
  const model = analyze(text);
  for (const [what, s] of emittedSpans(model)) {
    const where = `${label}: ${what} ${JSON.stringify(s)} (text of ${text.length})`;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `out of range, ${where}`);
    assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `splits a surrogate pair, ${where}`);
  }
  return model;
}

/** Astral characters of every kind a story may carry: emoji and their sequences, letters, ideographs. */
const ASTRAL = ['😀', '🎉', '👩‍👩‍👧', '🇺🇦', '👍🏽', '𝐀', '𝒜', '𠀀', '𐐷', '🀄', '🏳️‍🌈'];
const PIECES = [
  ...ASTRAL,
  ' ', ' ', ' ', '\n', '\n\n', '\u00a0', '\u200b', '\u00ad', '\u2028', '\r\n',
  '“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', '!', '?', '…', ':', ' — ',
  ' said ', ' told reporters ', 'according to ', ' she said.', ' he added', 'Mr. ', 'the minister ', 'officials ',
  'Dana Okafor', 'Okafor', 'Whitfield', 'the Port Authority', 'two people familiar with the talks',
  'will close the terminal', 'wants to sell', '<!-- sourcing-lens: ignore -->',
  '\ud83d', '\ude00', // lone halves: hostile text may hold them, and the engine must not pair them up wrongly
];

/** About `length` characters of pieces, a few of them repeated into long runs. */
function hostileText(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const piece = pick(random, PIECES);
    out += random() < 0.03 ? piece.repeat(1 + Math.floor(random() * 400)) : piece;
  }
  return out;
}

/** A fixture story changed at random: astral characters spliced in, ranges cut, doubled or moved, marks swapped. */
function mutatedStory(random: () => number): string {
  let text = pick(random, fixtures);
  const at = () => Math.floor(random() * (text.length + 1));
  for (let n = 1 + Math.floor(random() * 12); n > 0; n--) {
    const a = at();
    const b = Math.min(text.length, a + Math.floor(random() * 300));
    switch (Math.floor(random() * 5)) {
      case 0:
        text = text.slice(0, a) + pick(random, ASTRAL).repeat(1 + Math.floor(random() * 5)) + text.slice(a);
        break;
      case 1:
        text = text.slice(0, a) + text.slice(b);
        break;
      case 2:
        text = text.slice(0, b) + text.slice(a, b) + text.slice(b);
        break;
      case 3: {
        const c = at();
        const moved = text.slice(a, b);
        const rest = text.slice(0, a) + text.slice(b);
        text = rest.slice(0, Math.min(c, rest.length)) + moved + rest.slice(Math.min(c, rest.length));
        break;
      }
      default:
        text = text.slice(0, a) + pick(random, ['“', '”', '"', '\n\n', '<!-- sourcing-lens: ignore -->', ' said ']) + text.slice(a);
    }
  }
  return text;
}

describe('fuzz: every emitted offset lies inside the text, on a code-point boundary', () => {
  it('empty and blank input', () => {
    for (const text of ['', ' ', '\n\n', '\ufeff', '😀', '\ud83d', '\ude00\ud83d']) {
      assert.deepStrictEqual(analyzeChecked(text, JSON.stringify(text)).attributions, []);
    }
  });

  it('the suppression reach ends before an emoji that straddles its window', () => {
    const text = `<!-- sourcing-lens: ignore -->${'x'.repeat(399)}😀 more`;
    const model = analyzeChecked(text, 'reach');
    assert.strictEqual(model.suppressed.length, 1);
  });

  it('a content clamped far from its cue ends before an emoji, not inside it', () => {
    const text = `Fans posted ${'🎉'.repeat(1600)} all night, she said.`;
    const model = analyzeChecked(text, 'content');
    assert.ok(model.attributions.length > 0, 'the attribution is still read');
  });

  it('generated text with astral characters (seeded)', function () {
    this.timeout(30_000);
    const random = seeded(11);
    for (let round = 0; round < 150; round++) analyzeChecked(hostileText(random, Math.floor(random() * 4000)), `hostile #${round}`);
  });

  it('stories from the fixtures, mutated (seeded)', function () {
    this.timeout(30_000);
    const random = seeded(29);
    for (let round = 0; round < 80; round++) analyzeChecked(mutatedStory(random), `mutated #${round}`);
  });

  it('the same text always reads the same', () => {
    const random = seeded(5);
    for (let round = 0; round < 10; round++) {
      const text = mutatedStory(random);
      assert.strictEqual(JSON.stringify(analyze(text)), JSON.stringify(analyze(text)), `mutated #${round}`);
    }
  });

  it('long single lines', function () {
    this.timeout(30_000);
    const random = seeded(3);
    analyzeChecked(hostileText(random, 50_000).replace(/[\r\n\u2028]/g, ' '), 'hostile line');
    analyzeChecked(fixtures.join(' ').replace(/\s+/g, ' '), 'fixtures on one line');
    analyzeChecked('🎉'.repeat(50_000), 'emoji line');
  });
});

/** Given names nobody has: syllables spelled out from a number, so that every person in a text is a new one. */
function givenName(i: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'do', 'sa', 'vi', 'tu', 'ne', 'bar', 'gel', 'fin'];
  let name = '';
  for (let x = i + 13; x > 0; x = Math.floor(x / syllables.length)) name += syllables[x % syllables.length];
  return name[0].toUpperCase() + name.slice(1);
}

/** Invented news copy of about `length` characters: names, roles, quotes, cues, paragraphs. */
function ordinaryProse(length: number): string {
  const paragraphs = [
    (i: number) => `${givenName(i)} Marsh, the harbor master of Eastport, said on Tuesday that the ferry would run again.`,
    () => '“We are not giving up on the north quay,” Marsh told reporters. “The crews are ready.”',
    () => 'The council has been negotiating with two shipping firms since spring, according to people briefed on the talks.',
    (i: number) => `Residents of Lower Tilby packed the hall until late, and ${i} of them signed a petition, the clerk said.`,
    () => 'The port authority declined to comment. Critics say the lease would hand public land to a private operator.',
  ];
  let out = '';
  for (let i = 0; out.length < length; i++) out += paragraphs[i % paragraphs.length](i) + '\n\n';
  return out.slice(0, length);
}

const HOSTILE: Record<string, () => string> = {
  'a run of 30,000 exclamation marks': () => 'The crowd roared' + '!'.repeat(30_000),
  'a run of 100,000 full stops': () => 'The crowd roared' + '.'.repeat(100_000),
  'a run of 30,000 question marks': () => 'Who pays' + '?'.repeat(30_000),
  'a lone surname after thousands of namesakes': () => {
    let text = '';
    for (let i = 0; text.length < 50_000; i++) text += `${givenName(i)} Okafor said the ferry would run. Okafor said it twice. `;
    return text;
  },
  '"the minister" after a person with a thousand roles': () => {
    let text = 'Dana Whitfield, the minister, spoke first. ';
    for (let i = 0; text.length < 50_000; i++) {
      text += `Whitfield, the deputy minister for ${givenName(i)} affairs, agreed. The minister said so. `;
    }
    return text;
  },
};

describe('fuzz: inputs that once took quadratic time run within 3× ordinary prose of their length', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(name, function () {
      this.timeout(60_000);
      const text = make();
      analyzeChecked(text, name);
      // the yardstick is timed in the same run, alternating with the input, so a loaded machine slows both alike
      const prose = ordinaryProse(text.length);
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio >= 3; attempt++) ratio = fastest(() => analyze(text)) / Math.max(fastest(() => analyze(prose)), 1);
      this.test!.title += ` (${ratio.toFixed(2)}× prose)`;
      assert.ok(ratio < 3, `${name}: ${ratio.toFixed(1)}× ordinary prose of ${text.length} characters`);
    });
  }
});

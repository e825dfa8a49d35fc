/**
 * The learned cue model (attributions/learnedCues.ts, weights in lexicon/learned/cueWeights.ts): the shipped
 * weights match the features the code computes, and the cue words it adds where the lexicon is silent are read
 * into attributions. Every sentence is invented.
 */
import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';
import { cueFeatures, cueScore, FEATURE_SCHEMA, learnedCueSpans, stem, takenByRules } from '../../server/src/engine/attributions/learnedCues';
import { cuesIn } from '../../server/src/engine/attributions/cues';
import { tokensIn } from '../../server/src/engine/attributions/words';
import { CUE_FEATURE_SCHEMA, CUE_THRESHOLD, CUE_WEIGHTS } from '../../server/src/engine/lexicon/learned/cueWeights';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';

const phrases = (paragraph: string) =>
  readParagraph(paragraph).attributions.map((a) => ({
    source: a.source ? paragraph.slice(a.source.start, a.source.end) : null,
    cue: a.cue ? paragraph.slice(a.cue.start, a.cue.end) : null,
    content: paragraph.slice(a.content.start, a.content.end),
  }));

describe('learned cues: the weights file', () => {
  const templates = FEATURE_SCHEMA.split(' ');
  const entries = CUE_WEIGHTS.flatMap((line) => line.split('\n'));

  it('was written for the features the code computes', () => {
    assert.strictEqual(CUE_FEATURE_SCHEMA, FEATURE_SCHEMA);
    const paragraph = 'Ruiz opined that the levy was unfair.';
    const tokens = tokensIn(paragraph, 0, paragraph.length);
    const features = cueFeatures(paragraph, tokens, 1, 0, paragraph.length);
    assert.deepStrictEqual(features.map((f) => f.split(':')[0]), templates);
    assert.ok(features.includes('w:opined') && features.includes('n:that') && features.includes('that:true'));
  });

  it('holds weights of those templates only, as integers, within the size budget', () => {
    assert.ok(entries.length > 1000, `only ${entries.length} weights`);
    assert.ok(entries.length <= 20000);
    const bad = entries.filter((e) => {
      const m = /^([a-z0-9]+)(?::\S*)? (-?\d+)$/.exec(e);
      return !m || !templates.includes(m[1]);
    });
    assert.deepStrictEqual(bad.slice(0, 5), []);
    assert.ok(Number.isFinite(CUE_THRESHOLD));
  });

  it('scores a word as the sum of its named features\' weights (the engine does not build the names)', () => {
    const weights = new Map(entries.filter((e) => e.includes(' ')).map((e) => [e.slice(0, e.lastIndexOf(' ')), Number(e.slice(e.lastIndexOf(' ') + 1)) / 1000]));
    const paragraph = 'Councillor Brandt “opined,” then hinted that the ferry levy, she fumed, was unfair 🚢 — again.';
    const tokens = tokensIn(paragraph, 0, paragraph.length);
    for (let i = 0; i < tokens.length; i++) {
      const named = cueFeatures(paragraph, tokens, i, 0, paragraph.length).reduce((sum, f) => sum + (weights.get(f) ?? 0), 0);
      assert.ok(Math.abs(cueScore(paragraph, tokens, i, 0, paragraph.length) - named) < 1e-9, tokens[i].text);
    }
  });

  it('cuts regular inflections to one stem', () => {
    assert.deepStrictEqual(['fumed', 'fumes', 'fuming', 'fume'].map(stem), ['fum', 'fum', 'fum', 'fum']);
    assert.strictEqual(stem('is'), 'is');
  });
});

describe('learned cues: words the lexicon does not know', () => {
  const cases: [string, string, string, string][] = [
    ['Councillor Ruiz opined that the levy was unfair.', 'Ruiz', 'opined', 'that the levy was unfair'],
    ['Ruiz bristled that the depot audit was a smear.', 'Ruiz', 'bristled', 'that the depot audit was a smear'],
    ['Ruiz forecast that fares would fall next year.', 'Ruiz', 'forecast', 'that fares would fall next year'],
    ['Quell marveled that the depot opened on time.', 'Quell', 'marveled', 'that the depot opened on time'],
    ['Ruiz groused that fares were too high.', 'Ruiz', 'groused', 'that fares were too high'],
  ];
  for (const [paragraph, source, cue, content] of cases) {
    it(`reads "${cue}" as a cue: ${paragraph}`, () => {
      assert.strictEqual(BUILT_IN_VOCABULARY.cueClass(cue), undefined, 'the rule lexicon would have found it');
      assert.deepStrictEqual(phrases(paragraph), [{ source, cue, content }]);
    });
  }

  it('reads a word the model leans to only mildly, above the cross-validated threshold ("tussled", score about 1.1)', () => {
    const text = 'Ruiz tussled with the board over the ferry levy.';
    assert.deepStrictEqual(phrases(text).map((a) => [a.source, a.cue]), [['Ruiz', 'tussled']]);
  });

  it('opens a cue only at a word that stands alone: a mark glued before it ("’opined") hides it', () => {
    const spans = (unit: string) => learnedCueSpans(unit, { start: 0, end: unit.length }, () => false);
    assert.deepStrictEqual(spans('Brandt opined, Ruiz.'), [{ start: 7, end: 13 }]);
    assert.deepStrictEqual(spans('Brandt ’opined, Ruiz.'), []);
    assert.deepStrictEqual(spans('Brandt -opined, Ruiz.'), []);
  });

  it('leaves a word next to a rule cue to that cue ("also criticized")', () => {
    assert.deepStrictEqual(phrases('Ruiz also criticized the plan to close the depot.').map((a) => a.cue), ['criticized']);
  });

  it('leaves the verb of a rule cue\'s infinitive to that cue ("refused to discuss")', () => {
    assert.deepStrictEqual(phrases('Quell refused to discuss the audit with the board.').map((a) => a.cue), ['refused']);
  });

  it('is not asked inside a quotation, next to a rule cue or in its infinitive: the trainer skips the same words', () => {
    const text = 'Ruiz also declined to explain “why fares rose” on Friday.';
    const ctx = { text, unit: { start: 0, end: text.length }, quotes: [{ start: 30, end: 46 }], vocabulary: BUILT_IN_VOCABULARY };
    const taken = takenByRules(ctx, cuesIn(ctx));
    const asked = tokensIn(text, 0, text.length).filter((t) => !taken(t.start, t.end)).map((t) => t.text);
    assert.deepStrictEqual(asked, ['on', 'Friday']);
  });

  it('finds no cue in a sentence that reports nothing', () => {
    assert.deepStrictEqual(phrases('Quell spent the morning at the depot with his two children.'), []);
  });
});

describe('cue prefixes: adverbs between a source and its cue', () => {
  it('reads "has since said" and "have both said"', () => {
    assert.deepStrictEqual(phrases('Ruiz has since said the levy is unfair.'), [
      { source: 'Ruiz', cue: 'said', content: 'the levy is unfair' },
    ]);
    assert.deepStrictEqual(phrases('The two councillors have both said the levy is unfair.').map((a) => a.content), [
      'the levy is unfair',
    ]);
  });
});

describe('contents: what the reporter adds after the reported clause', () => {
  it('ends the content before a relative clause after a comma ("…, which …", "…, who …")', () => {
    assert.deepStrictEqual(phrases('Ruiz said the depot would close, which angered the drivers.'), [
      { source: 'Ruiz', cue: 'said', content: 'the depot would close' },
    ]);
    assert.deepStrictEqual(phrases('Quell said he would meet Ines Roa, who runs the depot.').map((a) => a.content), [
      'he would meet Ines Roa',
    ]);
  });
});

describe('noun cues with no owner', () => {
  it('reads "allegations that …" and "the claim that …" as cue and content, with no source', () => {
    const text = 'The board denied allegations that it hid the costs.';
    assert.deepStrictEqual(phrases(text).filter((a) => a.cue === 'allegations'), [
      { source: null, cue: 'allegations', content: 'that it hid the costs' },
    ]);
    assert.deepStrictEqual(phrases('Ruiz rejected the claim that the depot was unsafe.').filter((a) => a.cue === 'claim'), [
      { source: null, cue: 'claim', content: 'that the depot was unsafe' },
    ]);
  });

  it('leaves an owned claim to its owner, once', () => {
    const owned = phrases('Quell’s claim that the levy is illegal was rejected.').filter((a) => a.cue === 'claim');
    assert.deepStrictEqual(owned.map((a) => a.source?.startsWith('Quell')), [true]);
  });
});

describe('stance contents: the noun phrase, not the reporter’s adjuncts', () => {
  it('ends "endorsed Ruiz before the vote" at the noun phrase', () => {
    assert.deepStrictEqual(phrases('Quell endorsed Ruiz before the vote in March.'), [
      { source: 'Quell', cue: 'endorsed', content: 'Ruiz' },
    ]);
  });

  it('keeps a clause or an infinitive whole', () => {
    assert.deepStrictEqual(phrases('Quell endorsed the plan to close the depot because of the cost.').map((a) => a.content), [
      'the plan to close the depot',
    ]);
  });
});

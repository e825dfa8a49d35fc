/**
 * The learned claim model (findings/claimModel.ts) next to the rules: its features, its scores and how it combines
 * with the rules, each tested with weights and combinations of the tests' own so that no retraining changes what is
 * asserted; the shipped weights only load, fit the budget and keep public record quiet. Every sentence here is
 * invented.
 */
import * as assert from 'assert';
import { statSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../server/src/engine/analyze';
import { ArticleReader } from '../../server/src/engine/findings/articleReader';
import { claimFindings, claimSentences, type ClaimSentence } from '../../server/src/engine/findings/claimFindings';
import { classScores, combined, readScores, shippedModel, type Combination } from '../../server/src/engine/findings/claimModel';
import type { Claim, RuleVerdict } from '../../server/src/engine/findings/claimJudge';
import { CLAIM_CLASSES, CLAIM_COMBINATION } from '../../server/src/engine/lexicon/learned/claimWeights';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import type { ClaimCategory } from '../../server/src/engine/model';

const CATEGORIES = CLAIM_CLASSES.slice(1);

describe('learned claim model: the shipped weights', () => {
  it('load and give every class a finite score, and weigh what is unknown as nothing', () => {
    const scores = classScores(['bias']);
    assert.strictEqual(scores.length, 9);
    assert.ok([...scores].every(Number.isFinite));
    assert.ok(scores.some((s) => s !== 0), 'the table is read');
    assert.deepStrictEqual([...classScores(['bias', 'w:no-such-word-anywhere'])], [...scores]);
  });

  it('name only known categories in how they combine with the rules, and fit the extension’s budget', () => {
    assert.deepStrictEqual(Object.keys(CLAIM_COMBINATION.add).filter((c) => !CATEGORIES.includes(c)), []);
    const file = join(__dirname, '..', '..', '..', 'server', 'src', 'engine', 'lexicon', 'learned', 'claimWeights.ts');
    assert.ok(statSync(file).size < 250_000, `${statSync(file).size} bytes`);
  });
});

/** The sentence holding `words` in an invented story of `body`, as the claim check reads it. */
function sentenceHolding(body: string, words: string): ClaimSentence {
  const text = `Harbour board meets\n\n${body}`;
  const model = analyze(text);
  const at = text.indexOf(words);
  const sentence = claimSentences(new ArticleReader(model, BUILT_IN_VOCABULARY)).find(({ index }) => model.sentences[index].start <= at && at < model.sentences[index].end);
  assert.ok(sentence, `read: ${words}`);
  return sentence;
}

describe('learned claim model: features', () => {
  const featuresOf = (body: string, words: string): string[] => sentenceHolding(body, words).features;

  it('say what opens the sentence: a pronoun, a determiner, a name; and its first two words', () => {
    assert.ok(featuresOf('They want the quay sold by spring.', 'They').includes('subj:pron'));
    assert.ok(featuresOf('The wardens want the quay sold by spring.', 'The wardens').includes('subj:det'));
    assert.ok(featuresOf('Dana Whitfield wants the quay sold by spring.', 'Dana').includes('subj:name'));
    assert.ok(featuresOf('The wardens want the quay sold by spring.', 'The wardens').includes('f2:the_wardens'));
  });

  it('name the family of a claim word, so that a word unseen in training speaks through it', () => {
    const features = featuresOf('The wardens were furious, and they plan to sell the quay.', 'The wardens');
    assert.ok(features.includes('lex:feeling-motive'), features.join(' '));
    assert.ok(features.includes('lex:intention'), features.join(' '));
    assert.ok(featuresOf('The quay will close in May, the clerk said on Monday.', 'The quay').includes('lex:speech'));
  });

  it('weigh the article: the reporter who says “we”, and a sentence right after an attributed one', () => {
    assert.ok(featuresOf('The quay will close in May.', 'The quay').includes('art:fp:0'));
    assert.ok(!featuresOf('We walked the quay on Monday. The quay will close in May.', 'The quay will').includes('art:fp:0'));
    const after = featuresOf('The quay will close in May, the clerk said on Monday. The wardens are furious.', 'The wardens');
    assert.ok(after.includes('a:prev-attributed'), after.join(' '));
  });

  it('tell a sentence in a paragraph of quotation from one in the reporter’s own', () => {
    assert.ok(featuresOf('The wardens are furious about the quay.', 'The wardens').includes('pq:0'));
    const quoted = featuresOf('“We will fight this sale in every court in the land, and we will win it,” the warden said.', 'the warden');
    assert.ok(!quoted.includes('pq:0'), quoted.join(' '));
  });
});

describe('learned claim model: scores from weights of the test’s own', () => {
  const rows = new Map([
    ['bias', Float64Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0])],
    ['w:fear', Float64Array.from([0, 0, 0, 2, 0, 0, 0, 0, 0])],
  ]);

  it('add the rows of the features present and weigh an unknown feature as nothing', () => {
    assert.deepStrictEqual([...classScores(['bias', 'w:fear', 'w:unheard-of'], rows)], [1, 0, 0, 2, 0, 0, 0, 0, 0]);
  });

  it('read the best category and the log-odds of some claim over none', () => {
    const reading = readScores(classScores(['bias', 'w:fear'], rows));
    assert.strictEqual(reading.category, 'motive');
    // log(e^2 + 7·e^0) − 1: the eight claim classes against "none"
    assert.ok(Math.abs(reading.margin - (Math.log(Math.exp(2) + 7) - 1)) < 1e-9, `${reading.margin}`);
  });
});

describe('learned claim model: combining with the rules', () => {
  const claim = (category: ClaimCategory, confidence: 'high' | 'medium'): Claim => ({ category, confidence, start: 0, end: 4 });
  const verdict = (flag: Claim | null, read: Claim | null = flag): RuleVerdict => ({ claim: read, sourcing: null, flag });
  const how: Combination = { add: { belief: 1 }, sourced: true, drop: -2, high: 3 };
  const free = () => false;

  it('keeps a high-confidence rule flag whatever the model says', () => {
    assert.deepStrictEqual(combined(verdict(claim('motive', 'high')), { category: 'motive', margin: -9 }, free, how), {
      category: 'motive',
      confidence: 'high',
      fromRules: true,
    });
  });

  it('drops a medium rule flag the model scores below its bound, keeps one above it', () => {
    assert.strictEqual(combined(verdict(claim('causal', 'medium')), { category: 'causal', margin: -2.5 }, free, how), null);
    assert.strictEqual(combined(verdict(claim('causal', 'medium')), { category: 'causal', margin: -1 }, free, how)?.confidence, 'medium');
  });

  it('adds a flag of a category with a bound when the model is sure and the rules do not let the sentence go', () => {
    const sure = { category: 'belief' as const, margin: 2 };
    assert.deepStrictEqual(combined(verdict(null), sure, free, how), { category: 'belief', confidence: 'medium', fromRules: false });
    assert.strictEqual(combined(verdict(null), { ...sure, margin: 4 }, free, how)?.confidence, 'high');
    assert.strictEqual(combined(verdict(null), { ...sure, margin: 0.5 }, free, how), null, 'below the bound');
    assert.strictEqual(combined(verdict(null), sure, () => true, how), null, 'the rules let it go');
    assert.strictEqual(combined(verdict(null), { category: 'figure', margin: 9 }, free, how), null, 'no bound for figures');
  });

  it('names the claim by the rules’ reading when they read one they judged sourced', () => {
    const read = claim('belief', 'medium');
    assert.strictEqual(combined(verdict(null, read), { category: 'motive', margin: 2 }, free, how)?.category, 'belief');
  });
});

describe('learned claim model through the pipeline (invented copy)', () => {
  const text = [
    'Reef wardens split over breakwater',
    '',
    'PORTVALE — The reef wardens met on Tuesday in the old customs house to hear the engineers’ report.',
    '',
    'The ferry company’s team is looking at a broader push into the winter market once the channel is dug.',
    '',
    'To many pilots, the breakwater is simply the shipping lines’ idea.',
    '',
    'The board will publish the engineers’ report on its website on Friday.',
    '',
    'The report runs to 240 pages, the board’s clerk, Tomas Vell, said on Monday.',
  ].join('\n');
  const model = analyze(text);
  const reader = new ArticleReader(model, BUILT_IN_VOCABULARY);
  // the shipped model, not the rules alone the suite reads with: whatever a retraining adds, public record stays quiet
  const flags = claimFindings(reader, shippedModel());
  const flagOn = (words: string) => flags.find((f) => f.start <= text.indexOf(words) && text.indexOf(words) < f.end);
  const rulesFlag = (words: string) => {
    const sentence = claimSentences(reader).find(({ index }) => model.sentences[index].start <= text.indexOf(words) && text.indexOf(words) < model.sentences[index].end);
    return sentence?.verdict.flag ?? null;
  };

  // a model of the test's own, so that no retraining changes what is asserted: sure of a belief where "pilots"
  // and "report" are, of an intention where "broader" is
  const rows = new Map([
    ['w:pilots', Float64Array.from([0, 0, 0, 0, 4, 0, 0, 0, 0])],
    ['w:broader', Float64Array.from([0, 4, 0, 0, 0, 0, 0, 0, 0])],
    ['w:report', Float64Array.from([0, 0, 0, 0, 4, 0, 0, 0, 0])],
  ]);
  const own = claimFindings(reader, { rows, how: { add: { belief: 1, intention: 1 }, sourced: true, drop: -Infinity, high: 3 } });
  const ownFlagOn = (words: string) => own.find((f) => f.start <= text.indexOf(words) && text.indexOf(words) < f.end);

  for (const [words, category] of [
    ['To many pilots, the breakwater', 'belief'],
    ['The ferry company’s team is looking at', 'intention'],
  ] as const) {
    it(`flags where the model is sure and no rule reads a claim: “${words} …” (${category})`, () => {
      assert.strictEqual(rulesFlag(words), null, 'the rules alone let it go');
      assert.strictEqual(ownFlagOn(words)?.data?.category, category);
      assert.strictEqual(ownFlagOn(words)?.data?.confidence, 'high', 'a margin of 4 is over the bound for high');
      assert.match(ownFlagOn(words)?.message ?? '', /nobody is credited for it — who told you\?/);
    });
  }

  it('adds no flag to a sentence the rules let go as sourced, however sure the model is', () => {
    assert.strictEqual(ownFlagOn('The report runs to 240 pages'), undefined);
  });

  for (const words of ['The board will publish', 'The report runs to 240 pages', 'The reef wardens met']) {
    it(`stays quiet on public record and sourced fact: “${words} …”`, () => {
      assert.strictEqual(flagOn(words), undefined);
    });
  }
});

describe('learned claim model: a warning the model doubts', () => {
  const flag: Claim = { category: 'intention', confidence: 'high', start: 0, end: 4 };
  const verdict: RuleVerdict = { claim: flag, sourcing: null, flag };
  const how: Combination = { add: {}, sourced: true, drop: -Infinity, high: Infinity, demote: -0.5 };
  const confidence = (margin: number) => combined(verdict, { category: 'intention', margin }, () => false, how)?.confidence;

  it('shows a high rule flag as medium below the bound, keeps it (not cut), and high above it', () => {
    assert.strictEqual(confidence(-2), 'medium');
    assert.strictEqual(confidence(-0.5), 'high');
    assert.strictEqual(confidence(1), 'high');
  });

  it('leaves a medium rule flag medium', () => {
    const medium = { ...verdict, flag: { ...flag, confidence: 'medium' as const } };
    assert.strictEqual(combined(medium, { category: 'intention', margin: -2 }, () => false, how)?.confidence, 'medium');
  });
});

describe('learned claim model: a sentence that is itself an attribution', () => {
  /** Whether the rules let sentence `words` go as a whole, were it a belief (see `ClaimSentence.letGo`). */
  const letGo = (body: string, words: string): boolean => sentenceHolding(body, words).letGo('belief');

  it('lets go a sentence that runs out in reported words, whatever frames its cue', () => {
    assert.ok(letGo('Yet the wardens conceded that the pilots were no longer as loyal to the ferry line as they once were.', 'Yet the wardens'));
    assert.ok(letGo('Growers who have met the board say their first aim is to keep the quay open through the winter.', 'Growers who'));
  });

  it('not a verb with a plain object the extractor reads as a cue', () => {
    assert.ok(!letGo('Leaving no berth to chance, the ferry line is already working to deny the trawlers even that narrow route by buying up the last moorings.', 'Leaving no berth'));
  });
});

/**
 * The learned claim model (findings/claimModel.ts) next to the rules: its shipped weights load and score, it
 * combines with the rules as `Combination` says, and through the real pipeline it flags claims worded in ways no
 * rule lists while public record stays quiet. Every sentence here is invented.
 */
import * as assert from 'assert';
import { statSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../server/src/engine/analyze';
import { ArticleReader } from '../../server/src/engine/findings/articleReader';
import { claimSentences } from '../../server/src/engine/findings/claimFindings';
import { classScores, combined, readScores, type Combination } from '../../server/src/engine/findings/claimModel';
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

  it('score real features: the same sentence read with and without a claim of the rules’ scores apart', () => {
    const base = ['bias', 'w:the', 'w:board', 'len:6'];
    const withRule = readScores(classScores([...base, 'r:belief', 'rf:high', 'rfc:belief']));
    const without = readScores(classScores([...base, 'r:none', 'rf:none']));
    assert.ok(withRule.margin > without.margin, `${withRule.margin} > ${without.margin}`);
  });

  it('name only known categories in how they combine with the rules, and fit the extension’s budget', () => {
    assert.deepStrictEqual(Object.keys(CLAIM_COMBINATION.add).filter((c) => !CATEGORIES.includes(c)), []);
    const file = join(__dirname, '..', '..', '..', 'server', 'src', 'engine', 'lexicon', 'learned', 'claimWeights.ts');
    assert.ok(statSync(file).size < 150_000, `${statSync(file).size} bytes`);
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
  const flags = model.findings.filter((f) => f.code === 'unattributed-claim');
  const flagOn = (words: string) => flags.find((f) => f.start <= text.indexOf(words) && text.indexOf(words) < f.end);
  const rulesFlag = (words: string) => {
    const sentence = claimSentences(reader).find(({ index }) => model.sentences[index].start <= text.indexOf(words) && text.indexOf(words) < model.sentences[index].end);
    return sentence?.verdict.flag ?? null;
  };

  for (const [words, category] of [
    ['To many pilots, the breakwater', 'belief'],
    ['The ferry company’s team is looking at', 'intention'],
  ] as const) {
    it(`flags what no rule words: “${words} …” (${category})`, () => {
      assert.strictEqual(rulesFlag(words), null, 'the rules alone let it go');
      assert.strictEqual(flagOn(words)?.data?.category, category);
      assert.match(flagOn(words)?.message ?? '', /nobody is credited for it — who told you\?/);
    });
  }

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

  it('leaves a medium rule flag medium, and the shipped combination demotes only below a finite bound', () => {
    const medium = { ...verdict, flag: { ...flag, confidence: 'medium' as const } };
    assert.strictEqual(combined(medium, { category: 'intention', margin: -2 }, () => false, how)?.confidence, 'medium');
    assert.ok(Number.isFinite(CLAIM_COMBINATION.demote), `${CLAIM_COMBINATION.demote}`);
  });
});

describe('learned claim model: a sentence that is itself an attribution', () => {
  /** Whether the rules let sentence `words` go as a whole, were it a belief (see `ClaimSentence.letGo`). */
  const letGo = (body: string, words: string): boolean => {
    const text = `Harbour board meets\n\n${body}`;
    const model = analyze(text);
    const at = text.indexOf(words);
    const sentence = claimSentences(new ArticleReader(model, BUILT_IN_VOCABULARY)).find(({ index }) => model.sentences[index].start <= at && at < model.sentences[index].end);
    assert.ok(sentence, `read: ${words}`);
    return sentence.letGo('belief');
  };

  it('lets go a sentence that runs out in reported words, whatever frames its cue', () => {
    assert.ok(letGo('Yet the wardens conceded that the pilots were no longer as loyal to the ferry line as they once were.', 'Yet the wardens'));
    assert.ok(letGo('Growers who have met the board say their first aim is to keep the quay open through the winter.', 'Growers who'));
  });

  it('not a verb with a plain object the extractor reads as a cue', () => {
    assert.ok(!letGo('Leaving no berth to chance, the ferry line is already working to deny the trawlers even that narrow route by buying up the last moorings.', 'Leaving no berth'));
  });
});

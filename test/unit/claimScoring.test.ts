/**
 * The claims scorer (`npm run eval -- --claims`): a flag is right when it overlaps a gold sentence, and the
 * high-confidence flags an editor sees as warnings are counted apart. Every sentence is invented.
 */
import * as assert from 'assert';
import { scoreClaimArticle, tallyTriggers } from '../eval/claims';
import type { ClaimCategory, ClaimConfidence, Finding } from '../../server/src/engine/model';

const TEXT = 'The trustees want the pier sold. The pier opened in 1902. Crews fear the levy will sink them.';
const at = (sentence: string) => ({ start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length });

const flag = (sentence: string, category: ClaimCategory, confidence: ClaimConfidence): Finding => ({
  ...at(sentence),
  code: 'unattributed-claim',
  severity: confidence === 'high' ? 'warning' : 'information',
  message: '',
  data: { category, confidence },
});

describe('claims scorer', () => {
  const gold = {
    file: 'pier.txt',
    genre: 'news',
    needs_attribution: [
      { ...at('The trustees want the pier sold.'), text: 'The trustees want the pier sold.', confidence: 'high' as const, category: 'intention' as const, why: '' },
      { ...at('Crews fear the levy will sink them.'), text: 'Crews fear the levy will sink them.', confidence: 'medium' as const, category: 'motive' as const, why: '' },
    ],
  };

  it('counts right flags, caught gold and the warnings that are right', () => {
    const report = scoreClaimArticle(gold, TEXT, [
      flag('The trustees want the pier sold.', 'intention', 'high'),
      flag('The pier opened in 1902.', 'figure', 'high'),
      flag('Crews fear the levy will sink them.', 'motive', 'medium'),
    ]);
    assert.deepStrictEqual(
      [report.flags, report.rightFlags, report.caught, report.caughtHigh, report.warnings, report.rightWarnings],
      [3, 2, 2, 1, 2, 1],
    );
    assert.deepStrictEqual([report.byCategory.figure.warnings, report.byCategory.figure.rightWarnings], [1, 0]);
  });

  it('counts flags and right flags per trigger, lower-cased with the category, the learned model apart', () => {
    const raisedBy = (span: { start: number }) =>
      span.start === 0 ? 'rules state «Want»' : span.start === TEXT.indexOf('The pier') ? 'model' : 'rules «want»';
    const flags = [
      flag('The trustees want the pier sold.', 'intention', 'high'),
      flag('The pier opened in 1902.', 'figure', 'high'),
      flag('Crews fear the levy will sink them.', 'intention', 'medium'),
    ];
    const report = scoreClaimArticle(gold, TEXT, flags, undefined, raisedBy);
    assert.deepStrictEqual(tallyTriggers([report, report]), [
      { trigger: 'intention «want»', flags: 4, right: 4 },
      { trigger: 'figure model', flags: 2, right: 0 },
    ]);
  });
});

/**
 * Beliefs through the real pipeline (issue 8): what a crowd believes and a view said to run through a group are
 * claims. Every sentence is invented (fictional people, places and bodies).
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import type { ClaimCategory } from '../../server/src/engine/model';

/** The flagged sentences of a story body, each with its category. */
function flagged(body: string): [string, ClaimCategory | undefined][] {
  const text = `Harbour board meets\n${body}`;
  return analyze(text)
    .findings.filter((f) => f.code === 'unattributed-claim')
    .map((f) => [text.slice(f.start, f.end), f.data?.category]);
}

describe('claims: what a crowd believes, and a view said to run through a group', () => {
  for (const body of [
    'Many older skippers find the new quota rules unfair.',
    'The guild chose a leader many younger members view with suspicion.',
    'The guild lost two ferry routes in a year, a slide that many older members see as the board’s doing.',
    'There is broad agreement on the island that the ferry fares are too high.',
    'There is a sense among the trawler crews that the regents have already sold the quay.',
    'The plan leaves out the fresh start that many islanders are looking for.',
  ]) {
    it(`belief: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, 'belief']]));
  }
});

/**
 * "reportedly" (REPORTED_ADVERB, lexicon/cues.ts): the writer passes on a report without naming whose it is; the
 * adverb is the cue and the clause around it the content, with no source. Every sentence is invented.
 */
import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';
import { cueRelations } from '../support/cueRelations';

/** The attributions of a paragraph whose cue holds "reportedly", as [cue, source, content] texts. */
const reported = (paragraph: string) =>
  cueRelations(
    paragraph,
    readParagraph(paragraph).attributions.filter((a) => a.cue && /reportedly/i.test(paragraph.slice(a.cue.start, a.cue.end))),
  ).map(({ first: a, content }) => [
    paragraph.slice(a.cue!.start, a.cue!.end),
    a.source ? paragraph.slice(a.source.start, a.source.end) : null,
    content,
  ]);

describe('reportedly: a report with no source named', () => {
  const cases: [string, string][] = [
    ['The Quell ferry line has reportedly been sold to a shipping group.', 'The Quell ferry line has … been sold to a shipping group'],
    ['Mayor Osei is reportedly weighing a run for the guild seat.', 'Mayor Osei is … weighing a run for the guild seat'],
    ['The growers reportedly turned down the offer from Tarrow.', 'The growers … turned down the offer from Tarrow'],
  ];
  for (const [paragraph, content] of cases) {
    it(paragraph, () => assert.deepStrictEqual(reported(paragraph), [['reportedly', null, content]]));
  }
  // before a verb of speech the verb speaks for its subject; a bare participle has no clause of its own to hold
  for (const paragraph of [
    'Osei reportedly told the growers that the pier would close.',
    'Osei reportedly warned the growers that the pier would close.',
    'With Osei reportedly weighing a bid, the guild delayed its vote.',
  ]) {
    it(paragraph, () => assert.ok(reported(paragraph).every(([, source]) => source !== null), JSON.stringify(reported(paragraph))));
  }
});

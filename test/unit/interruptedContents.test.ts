/**
 * A content its own cue interrupts (attributions/contents.ts, aroundCue): "The levy, the treasurer said, will pay
 * for itself", "the board is widely expected to approve the plan". What was said is the two halves around the cue
 * (and the source beside it), two attributions sharing the cue — one relation, as a quote run is. A cue before or
 * after its content leaves it whole. Every sentence is invented.
 */
import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';
import { cueRelations } from '../support/cueRelations';

/** Every relation of a paragraph as [cue, content], the pieces of a gapped content joined by " … ". */
const relations = (paragraph: string) =>
  cueRelations(paragraph, readParagraph(paragraph).attributions).map(({ first, content }) => [
    first.cue && paragraph.slice(first.cue.start, first.cue.end),
    content,
  ]);

describe('interrupted contents: the cue and its source cut out of what was said', () => {
  const cases: [string, string, string][] = [
    // a source and its cue set off by commas inside the reported sentence
    ['The new levy, the treasurer said, will pay for itself within a decade.', 'said', 'The new levy … will pay for itself within a decade'],
    ['The ferry plan, Councillor Ambrose Kett said, “will sink the harbour fund” within a year.', 'said', 'The ferry plan … “will sink the harbour fund”'],
    // an inverted source with an aside on it: the aside goes with the source, the predicate resumes the content
    ['The real cost of the seawall, says Petra Lund, an engineer at the dry dock, is the upkeep.', 'says', 'The real cost of the seawall … is the upkeep'],
    // the predicate right after the source is no aside on it, even when a list follows
    ['Among the piers at risk, according to Ms. Orrin, are six built before 1950, including the salt quay.', 'according to', 'Among the piers at risk … are six built before 1950, including the salt quay'],
    // the words a source cuts in after are its own, an opening adverbial too
    ['But without a second ferry on the east run, Osei said, the pilots would quit.', 'said', 'But without a second ferry on the east run … the pilots would quit'],
    ['This week, Quell said, the pier will reopen.', 'said', 'This week … the pier will reopen'],
    // a raising or judging verb: subject and complement, without the cue
    ['The harbour board is widely expected to approve the dredging plan.', 'is widely expected', 'The harbour board … to approve the dredging plan'],
    ['The night ferry was considered too slow by the islanders.', 'was considered', 'The night ferry … too slow by the islanders'],
  ];
  for (const [paragraph, cue, content] of cases) {
    it(paragraph, () => assert.deepStrictEqual(relations(paragraph), [[cue, content]]));
  }

  it('the halves share one cue span, so they read as one relation', () => {
    const paragraph = 'The new levy, the treasurer said, will pay for itself within a decade.';
    const cues = readParagraph(paragraph).attributions.map((a) => a.cue);
    assert.strictEqual(cues.length, 2);
    assert.deepStrictEqual(cues[0], cues[1]);
  });

  // an opening that quotes another voice is the reporter's scene, not the source's words
  it('When the crowd chanted “Close it,” Quell said, the board had already voted.', () => {
    const paragraph = 'When the crowd chanted “Close it,” Quell said, the board had already voted.';
    assert.deepStrictEqual(relations(paragraph).filter(([cue]) => cue === 'said'), [['said', 'the board had already voted']]);
  });

  // a cue before or after its content does not interrupt it
  for (const [paragraph, cue, content] of [
    ['Petra Lund said the seawall would hold through the winter.', 'said', 'the seawall would hold through the winter'],
    ['The seawall will hold through the winter, Petra Lund said.', 'said', 'The seawall will hold through the winter'],
  ]) {
    it(paragraph, () => assert.deepStrictEqual(relations(paragraph), [[cue, content]]));
  }
});

/**
 * The subject a participle cue speaks for when the cue names no source of its own: a bare subject that a role
 * heads ("rival hopefuls …, promising …"), and the subject of an absolute "with" clause ("…, with Brell
 * questioning …"). Every sentence is invented.
 */
import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';

const reading = (paragraph: string, cue: string) => {
  const a = readParagraph(paragraph).attributions.find((x) => x.cue && paragraph.slice(x.cue.start, x.cue.end) === cue);
  const span = (s: { start: number; end: number } | null | undefined) => (s ? paragraph.slice(s.start, s.end) : null);
  return a ? { source: span(a.source), content: span(a.content) } : null;
};

/** One test per case: [paragraph, cue, source, content], or [paragraph, cue, null] for no attribution at that cue. */
function cases(title: string, list: ([string, string, string, string] | [string, string, null])[]): void {
  describe(title, () => {
    for (const [paragraph, cue, source, content] of list) {
      it(paragraph, () => assert.deepStrictEqual(reading(paragraph, cue), source === null ? null : { source, content }));
    }
  });
}

cases('participle subjects: past an opening, a lower-case subject a role heads, with the name it titles', [
  ['In Tarrow, council hopefuls spent the day at the docks, promising that the ferry would run again.', 'promising', 'council hopefuls', 'that the ferry would run again'],
  ['Reaching the pier, former harbour chief Ada Brell went on the radio, urging crews to stay home.', 'urging', 'Ada Brell', 'crews to stay home'],
  // a lower-case phrase with no source or role in it is no subject
  ['On Monday, heavy rain fell across the docks, urging crews to stay home.', 'urging', null],
]);

cases('participle subjects: after "with", a name before a participle is the participle’s subject', [
  ['Ferry riders were split, with Ada Brell questioning the timetable.', 'questioning', 'Ada Brell', 'the timetable'],
  ['The guild met late, with Osei calling the toll “a tax on crews.”', 'calling', 'Osei', 'the toll “a tax on crews.”'],
  // a common noun there is no speaker ("with all precincts reporting")
  ['The count was slow, with the stewards questioning every ballot.', 'questioning', null],
]);

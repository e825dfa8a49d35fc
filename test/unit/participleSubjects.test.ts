/**
 * The subject a participle cue speaks for when the cue names no source of its own: a bare subject that a role
 * heads ("rival hopefuls …, promising …"), and the subject of an absolute "with" clause ("…, with Brell
 * questioning …"), and a singular subject before an -s form that is also a noun ("The harbour board wants …").
 * Every sentence is invented.
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

cases('participle subjects: a stance participle in the phrase that opens the sentence takes only the names after it', [
  ['Crews backing Quell and Osei have marched to the pier.', 'backing', 'Crews', 'Quell and Osei'],
  ['Two skippers backing Ada Quell, Pim Osei and Lia Brell also have spent heavily.', 'backing', 'Two skippers', 'Ada Quell, Pim Osei and Lia Brell'],
  // a comma with no "and" after it closes the object: what follows describes the subject
  ['One skipper backing Osei, Lia Brell of the east pier, said she had called every crew.', 'backing', 'One skipper', 'Osei'],
  // after a possessive, the object runs to the comma
  ['A fund backing Osei’s bid for mayor, Tarrow First, led the way.', 'backing', 'A fund', 'Osei’s bid for mayor'],
  // no name after the participle: what follows runs into the predicate
  ['A group backing local crews bought airtime.', 'backing', null],
]);

cases('verb or noun: a singular head after a determiner agrees with an -s form, which is then the verb', [
  ['The harbour board wants a recount of the ballots.', 'wants', 'The harbour board', 'a recount of the ballots'],
  ['Neither side hopes to reopen the east pier before May.', 'hopes', 'Neither side', 'to reopen the east pier before May'],
  ['The ferry guild calls the toll a tax on crews.', 'calls', 'The ferry guild', 'the toll a tax on crews'],
  // a compound noun takes a verb of its own; an -ing word or a link before the form makes a noun of it
  ['The boycott calls are unlikely to matter.', 'calls', null],
  ['The nagging questions about the levy remain open.', 'questions', null],
  ['A wave of angry comments followed the vote.', 'comments', null],
]);

cases('verb or noun: a past verb before an -s form makes a noun of it', [
  ['The ferry company dropped plans for a night service.', 'plans', null],
]);

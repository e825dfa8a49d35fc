/**
 * Indirect attributions whose cue or source has a shape of its own: a common plural noun before a cue word that
 * is also a noun ("Some ferry crews fear …"). Every sentence is invented.
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

cases('indirect sources: a plural noun before the base form of a noun-like cue is its subject', [
  ['Some ferry crews fear the new timetable will cut their pay.', 'fear', 'Some ferry crews', 'the new timetable will cut their pay'],
  ['Many harbour traders doubt the levy will ever be repealed.', 'doubt', 'Many harbour traders', 'the levy will ever be repealed'],
  ['Local planners estimate the pier repairs could take two years.', 'estimate', 'Local planners', 'the pier repairs could take two years'],
  // a share of a group speaks as its members
  ['Of the ferry riders polled, 52 percent want the old timetable back.', 'want', '52 percent', 'the old timetable back'],
  ['Among harbour traders, most doubt the levy will pass.', 'doubt', 'most', 'the levy will pass'],
  // a singular compound noun before the -s form is a noun phrase ("the pier plans"), not a subject and its verb
  ['The harbour board published the pier plans on Monday.', 'plans', null],
  // "the jobs report" is a compound noun whatever stands before it
  ['The monthly jobs report was released in Tarrow on Friday.', 'report', null],
]);

cases('indirect sources: a headline that names its source before a colon', [
  // a cue after the colon is part of what the source said
  ['Osei: Crews Will Say No to the Night Ferry', ':', 'Osei', 'Crews Will Say No to the Night Ferry'],
  // a stop after a lone letter is an abbreviation, not the end of a sentence
  ['Tarrow Ledger: Tolls will fund the D.C. pier office', ':', 'Tarrow Ledger', 'Tolls will fund the D.C. pier office'],
  // a desk's label names no source
  ['The Latest: Quell tells crews the pier will reopen', ':', null],
]);

cases('indirect sources: a relative pronoun before the source is the object its cue reports on', [
  ['Quell signed the harbour treaty, which Ruiz vehemently opposed.', 'opposed', 'Ruiz', 'which'],
  ['The crews backed Ines Roa, who the dockers union also supports.', 'supports', 'the dockers union', 'who'],
  // a verb of speech with nothing after it reports no object
  ['Quell signed the treaty, which Ruiz announced.', 'announced', null],
]);

cases('indirect sources: an owner before an unnamed source is whose people speak, not the speaker', [
  ['The hearing came as Tom Brack’s lawyers opposed a motion to question him.', 'opposed', 'Tom Brack’s lawyers', 'a motion to question him'],
]);

cases('indirect sources: a described subject the phrase reader stops short of, before an appositive', [
  ['Several riders interviewed at the pier this week, including Mr. Osei, said they had no problem with the fare.', 'said', 'Several riders', 'they had no problem with the fare'],
  ['Several traders questioned at the market on Friday, including Ada Vries, said the levy was unfair.', 'said', 'Several traders', 'the levy was unfair'],
]);

cases('indirect sources: a party and state written out after the name set off an appositive', [
  ['Senator Ada Tenby, Republican of Marlow, said the pier would close by June.', 'said', 'Ada Tenby', 'the pier would close by June'],
  ['Representative Pim Lodde, Democrat from Upper Harlow, warned that the ferry fund was empty.', 'warned', 'Pim Lodde', 'that the ferry fund was empty'],
]);

cases('indirect sources: a "which" set off by a comma speaks for the body before it, whatever its cue', [
  ['The dockers’ union, which endorsed Ines Roa in May, spent heavily on leaflets.', 'endorsed', 'which', 'Ines Roa'],
  ['The harbour board, which opposed the new levy, lost the vote.', 'opposed', 'which', 'the new levy'],
  // with no comma, a "which" after a noun is restrictive and reports nothing but speech
  ['Quell praised the plan which supported the night ferry.', 'supported', null],
]);

cases('indirect sources: a count after a determiner stands for the people counted', [
  ['Osei and Quell met on Tuesday. The two agree that the pier must reopen.', 'agree', 'The two', 'that the pier must reopen'],
  ['Three wardens were questioned. Those three insisted the gate had been locked.', 'insisted', 'Those three', 'the gate had been locked'],
  // a count with no determiner before it opens a longer phrase, not a source of its own
  ['Quell named two deputies on Monday.', 'named', null],
]);

cases('indirect sources: the subject a participle or an infinitive hangs on, past an opening', [
  // a lower-case subject with no determiner, after an opening, runs to the head of a source
  ['In Marlow, dockworkers are generally more likely to say the levy is unfair.', 'say', 'dockworkers', 'the levy is unfair'],
  ['With the ferry stalled, harbour pilots crossed the bay on Monday, warning that the channel was silting up.', 'warning', 'harbour pilots', 'that the channel was silting up'],
  // a day that opens the sentence needs no comma before the subject
  ['On Sunday morning Ada Quell made a third attempt to end the row, writing on her blog that the real issue was the pier.', 'writing', 'Ada Quell', 'that the real issue was the pier'],
  // lower-case words that end in no source head are no subject
  ['In Marlow, heavy rain fell all night, suggesting the pier would flood.', 'suggesting', null],
]);

cases('indirect sources: a verb or predicate that hands its subject on to an infinitive cue', [
  ['Most riders back the levy, but harbour pilots continued to insist that the channel was unsafe.', 'insist', 'harbour pilots', 'that the channel was unsafe'],
  ['The ferry board met on Friday, and Ada Quell used to boast that the pier was the finest in Tarrow.', 'boast', 'Ada Quell', 'that the pier was the finest in Tarrow'],
  ['Whatever the vote, the wardens are quick to point out that the gate was locked.', 'point out', 'the wardens', 'that the gate was locked'],
]);

cases('indirect sources: a participle that opens the sentence speaks for the subject after its comma', [
  ['Citing the storm, the harbour master closed the pier.', 'Citing', 'the harbour master', 'the storm'],
  ['Citing rising costs, the ferry board raised fares.', 'Citing', 'the ferry board', 'rising costs'],
]);

cases('indirect sources: a time between the source and its cue', [
  ['Harbour pilots in March found that the channel had silted up.', 'found', 'Harbour pilots', 'that the channel had silted up'],
  ['The harbour board less than two weeks ago said the pier would reopen.', 'said', 'The harbour board', 'the pier would reopen'],
  ['The wardens here said the channel had silted up again.', 'said', 'The wardens', 'the channel had silted up again'],
  ['Quell a month later announced that the toll would double.', 'announced', 'Quell', 'that the toll would double'],
  // "in" and a place is no time: the place ends no source phrase here
  ['Families in Tarrow said the pier must stay open.', 'said', 'Families in Tarrow', 'the pier must stay open'],
]);

cases('indirect sources: a record that heads its phrase speaks, though its word is also a cue', [
  ['The harbour audit report said the pier was unsafe.', 'said', 'The harbour audit report', 'the pier was unsafe'],
  ['New pier reports suggest that the deck is rotting.', 'suggest', 'New pier reports', 'that the deck is rotting'],
  ['The latest toll estimates indicate that the fee will double.', 'indicate', 'The latest toll estimates', 'that the fee will double'],
]);

cases('indirect sources: a verb past a few plain adverbs speaks for the sentence’s subject', [
  ['Ada Quell has not yet responded to the crews’ letter.', 'responded', 'Ada Quell', 'the crews’ letter'],
  ['Pim Lodde soon after warned that the gate was open.', 'warned', 'Pim Lodde', 'that the gate was open'],
  // a passive between them is no subject's report
  ['The tolls will not be disclosed until Friday.', 'disclosed', null],
]);

cases('indirect sources: a relative pronoun speaks past the auxiliaries and adverbs before its verb', [
  ['The ferry guild, which has long opposed the toll rise, will meet on Friday.', 'opposed', 'which', 'the toll rise'],
  ['The Tarrow Harbour Trust, which is demanding a new dredger, met on Monday.', 'demanding', 'which', 'a new dredger'],
  ['The pier committee, which did not announce a date, met again in March.', 'announce', 'which', 'a date'],
  ['It is the pier board that has now announced the closure of the east dock.', 'announced', 'that', 'the closure of the east dock'],
  // a "that" clause still needs a verb of speech: a stance only describes the body named before it
  ['It is a ferry guild that has long endorsed Ruiz for mayor.', 'endorsed', null],
]);

cases('indirect sources: a verb after a comma in the tense of the first verb continues the subject’s predicate', [
  ['Mayor Ada Vries toured the east dock, promised that the ferry would run again.', 'promised', 'Ada Vries', 'that the ferry would run again'],
  ['The harbour guild backs the levy, argues that the pier needs it.', 'argues', 'The harbour guild', 'that the pier needs it'],
  ['Pim Lodde has praised the crews, insisted the timetable was fair.', 'insisted', 'Pim Lodde', 'the timetable was fair'],
  ['Quell paused, then admitted that the dredger was late.', 'admitted', 'Quell', 'that the dredger was late'],
  // a change of tense is no series; a participle with its agent is a passive; a subject set off by the comma is described
  ['Osei praised the crews on Monday, says the timetable is fine.', 'says', null],
  ['The pier levy, opposed by the harbour guild, rose again in March.', 'opposed', null],
  ['Ferry crews, worried about the new timetable, walked out on Monday.', 'worried', null],
]);

cases('indirect sources: a pronoun with a contracted auxiliary opens the sentence a participle hangs on', [
  ['After the storm, she’s toured the east dock, promising that the ferry would run again.', 'promising', 'she’s', 'that the ferry would run again'],
  ['They’ve kept the pier open all winter, arguing that the crews need the work.', 'arguing', 'They', 'that the crews need the work'],
]);

cases('indirect sources: a few words that end in a time set the scene before the subject', [
  ['Monday, the harbour guild walked out, demanding that the toll be dropped.', 'demanding', 'the harbour guild', 'that the toll be dropped'],
  ['That morning, Quell left the pier, saying the crews would return.', 'saying', 'Quell', 'the crews would return'],
]);

cases('indirect sources: past a short opening adverbial, the words before an appositive are the subject', [
  ['Last month, the Courier, a weekly in Tarrow, revealed that the pier was unsafe.', 'revealed', 'the Courier', 'that the pier was unsafe'],
  ['In May, a harbour judge, in response to a request from the guild, ordered the board to publish the plans.', 'ordered', 'a harbour judge', 'the board to publish the plans'],
]);

// The subject a participle cue speaks for when it names no source of its own: a bare subject a role heads, and
// the subject of an absolute "with" clause.
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

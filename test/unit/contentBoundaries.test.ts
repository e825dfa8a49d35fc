/**
 * Where a content ends (attributions/contents.ts): a content that is a bare noun phrase ends before the occasion
 * that closes it — when, where or how the source spoke is the reporter's — while a clause keeps its own times and
 * a quotation its words. Every sentence is invented.
 */
import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';
import { cueRelations } from '../support/cueRelations';

/** What the cue reports: a content the cue interrupts is its two halves, joined by " … ". */
const contentOf = (paragraph: string, cue: string) => {
  const relations = cueRelations(paragraph, readParagraph(paragraph).attributions);
  const r = relations.find(({ first: x }) => x.cue && paragraph.slice(x.cue.start, x.cue.end) === cue);
  assert.ok(r, `no attribution with the cue "${cue}" in: ${paragraph}`);
  return r.content;
};

/** One test per case: [paragraph, cue word, the content that cue must report]. */
function contentCases(title: string, cases: [string, string, string][]): void {
  describe(title, () => {
    for (const [paragraph, cue, content] of cases) {
      it(paragraph, () => assert.strictEqual(contentOf(paragraph, cue), content));
    }
  });
}

contentCases('content boundaries: the occasion after a noun phrase is the reporter\'s', [
  ['Dana Whitfield endorsed Quell in early June.', 'endorsed', 'Quell'],
  ['Ines Roa announced her candidacy in April.', 'announced', 'her candidacy'],
  ['The Tarrow pilots announced the stoppage on Monday.', 'announced', 'the stoppage'],
  ['The dockers union defended its strike in a statement released Friday.', 'defended', 'its strike'],
  ['Councillor Brevik welcomed the verdict in a brief interview with the Marlow Ledger.', 'welcomed', 'the verdict'],
  ['Ruiz announced the closure of the Quayside depot on Facebook.', 'announced', 'the closure of the Quayside depot'],
  ['Osei rejected the new timetable last week.', 'rejected', 'the new timetable'],
]);

contentCases('content boundaries: what the source said keeps its own times', [
  // a clause: the time is when the pier reopens, part of what was said
  ['Ruiz said the Quayside pier would reopen in May.', 'said', 'the Quayside pier would reopen in May'],
  ['Brevik announced that the ferry vote will be held on Tuesday.', 'announced', 'that the ferry vote will be held on Tuesday'],
  // a quotation: its words are the source's, up to the end
  ['Osei called the levy “a tax on Tuesday.”', 'called', 'the levy “a tax on Tuesday.”'],
]);

contentCases('content boundaries: an aside inside a "that" clause\'s subject is still reported', [
  // the comma comes before the reported clause has a verb: a relative clause, a participle, a contrast set inside it
  ['Mara Quell said that Tomas Brandt, who led the board until May, had misled the council.', 'said', 'that Tomas Brandt, who led the board until May, had misled the council'],
  ['Judge Ruiz ordered that the ledgers and other records, numbering about 900 pages, be released by Friday.', 'ordered', 'that the ledgers and other records, numbering about 900 pages, be released by Friday'],
  ['The Gazette survey also finds that, while 41 percent of riders fault the ferry, 33 percent fault the tides.', 'finds', 'that, while 41 percent of riders fault the ferry, 33 percent fault the tides'],
  // once the clause has its verb, the comma still ends it
  ['Osei said that the levy was unfair, while his deputy defended it.', 'said', 'that the levy was unfair'],
]);

contentCases('content boundaries: what belongs to the cue is not the content', [
  // the preposition the cue takes
  ['Councillor Osei spoke about the pier at length.', 'spoke', 'the pier at length'],
  ['Judge Ruiz agreed with the harbour board.', 'agreed', 'the harbour board'],
  ['Brevik pointed to the ferry ledger.', 'pointed to', 'the ferry ledger'],
  // an infinitive and a number are the content's own
  ['Quell vowed to reopen the pier.', 'vowed', 'to reopen the pier'],
  ['Osei said about half the crews had left.', 'said', 'about half the crews had left'],
  // whom the cue addresses
  ['Mayor Osei asked Ruiz if the pier would reopen.', 'asked', 'if the pier would reopen'],
  ['Quell asked the harbour board whether the pier was safe.', 'asked', 'whether the pier was safe'],
  // before "to", whom the cue addresses is the subject of what it asks
  ['Quell urged the harbour board to close the pier.', 'urged', 'the harbour board to close the pier'],
  ['Osei told a crowd at a diner in Tarrow, Vale County, that the pier would reopen.', 'told', 'that the pier would reopen'],
  // the occasion or manner before "that", after any cue; an infinitive keeps its own "that"
  ['Ruiz hit back, saying at a rally in Tarrow that the levy was unfair.', 'saying', 'that the levy was unfair'],
  ['Brevik even revealed, rather sheepishly, that she had sold the dinghy.', 'revealed', 'that she had sold the dinghy'],
  ['Osei vowed to make sure that the pier reopens.', 'vowed', 'to make sure that the pier reopens'],
  // a reporting noun the cue takes
  ['Quell made no mention of the audit.', 'made', 'the audit'],
  ['Ines Roa said little about the ferry plan.', 'said', 'the ferry plan'],
  ['Quell reiterated her support for the levy.', 'reiterated', 'her support for the levy'],
  // "to" ends whom the cue addresses: the asked question after it is the content too
  ['Ruiz asked the board to check whether the pier was safe.', 'asked', 'the board to check whether the pier was safe'],
  ['Ruiz asked if the new ferry schedules meant that the pier would close.', 'asked', 'if the new ferry schedules meant that the pier would close'],
]);

contentCases('content boundaries: a noun phrase ends before the source\'s next act', [
  ['Quell denied the rumours and counter-sued the newsletter for libel.', 'denied', 'the rumours'],
  ['Osei was attacking Quell and visiting the depot.', 'attacking', 'Quell'],
  ['Mayor Quell vowed to fight on and thanked the ferry crews.', 'vowed', 'to fight on'],
  ['Brevik decided not to run and she endorsed Quell instead.', 'decided', 'not to run'],
  // a clause keeps its coordinated verbs
  ['Ruiz said the pier was shut and the ferry was late.', 'said', 'the pier was shut and the ferry was late'],
]);

contentCases('content boundaries: a content in the clause a sentence opens with ends with that clause', [
  ['After Quell said that the pier would close, the board met again.', 'said', 'that the pier would close'],
  ['Though Osei claimed the levy was fair, Tarrow voted it down.', 'claimed', 'the levy was fair'],
  ['Ines Roa, who said the pier was unsafe, left the board in May.', 'said', 'the pier was unsafe'],
  // a comma set inside the closing mark ends the opening clause too, after the mark
  ['As Osei warned that the pier was “a ruin,” most of the crews stayed away.', 'warned', 'that the pier was “a ruin,”'],
  // "whom" opens a relative aside as "who" does
  ['The crews, whom Osei called “the best in Tarrow,” sailed at dawn.', 'called', '“the best in Tarrow,”'],
  ['Brandt contrasted the ferry chief, whom he described as “erratic,” with Quell.', 'described', 'as “erratic,”'],
  // a conjunction before the subordinating word still opens the sentence
  ['But while Quell said the levy was fair, most of the pilots stayed home.', 'said', 'the levy was fair'],
  // a question before the cue closes its sentence: "who" in it opens no aside around the content
  ['So, who got it right? - Brandt notes that the tallies aren’t “all alike,” with some far closer than others.', 'notes', 'that the tallies aren’t “all alike,” with some far closer than others'],
  // the comma of a number is no clause break
  ['The ferry owner wrote a $20,000 check to a club restoring the lighthouse.', 'wrote', 'a $20,000 check to a club restoring the lighthouse'],
]);

contentCases('content boundaries: a pronoun or a name ends before the adjunct after it', [
  ['Dana Whitfield endorsed Quell during a call with reporters.', 'endorsed', 'Quell'],
  ['Osei mentioned him in almost every speech.', 'mentioned', 'him'],
  // what completes the cue stays, and so does a clause
  ['The harbour board praised him for his work on the pier.', 'praised', 'him for his work on the pier'],
  ['Ruiz reports Quell’s last press conference was held on May 4.', 'reports', 'Quell’s last press conference was held on May 4'],
]);

contentCases('content boundaries: a source that interrupts its report, then the report goes on', [
  ['The ferry will stay shut, the harbour master said, because the Quayside deck is unsafe.', 'said', 'The ferry will stay shut … because the Quayside deck is unsafe'],
  ['Tarrow may not win the cup this year, Coach Brevik says, but the squad is still improving.', 'says', 'Tarrow may not win the cup this year … but the squad is still improving'],
  // an interrupting "according to" too: the clause its comma leads on to is still the account's
  ['Only one ferry ran aground last year in Tarrow, according to the harbour office, and there were just two near misses.', 'according to', 'Only one ferry ran aground last year in Tarrow … and there were just two near misses'],
  // what follows "according to X," may still be an aside on the source
  ['Fares rose by a third, according to the harbour office, which sets them each spring.', 'according to', 'Fares rose by a third'],
  // a clause with a cue of its own is another report; a concession the reporter adds is not the source's
  ['The ferry will stay shut, the harbour master said, and she said the crews would be paid.', 'said', 'The ferry will stay shut'],
  ['The audit is unlikely to end by Friday, board members said, although they said updates were possible.', 'said', 'The audit is unlikely to end by Friday'],
]);

contentCases('content boundaries: a comma set inside a closing mark ends the content before the reporter\'s words', [
  // an appositive the reporter adds, or a clause with a subject of its own
  ['Quell called the levy “a robbery,” a charge the board denied.', 'called', 'the levy “a robbery,”'],
  ['Osei called the ferry fares “unfair,” and the Tarrow board was furious.', 'called', 'the ferry fares “unfair,”'],
  // inside the quotation the comma is the source's own
  ['Brevik said the deal was “late, costly and unfair” to the crews.', 'said', 'the deal was “late, costly and unfair” to the crews'],
]);

contentCases('content boundaries: a list after a comma goes on with what was said, an appositive does not', [
  // ", the …, the … and the …": the items of one list, not the reporter's appositive
  ['Osei blamed the tide tables, the harbour board and the late ferries.', 'blamed', 'the tide tables, the harbour board and the late ferries'],
  ['Ines Roa said the pier and Quell differ on the levy, the night fares and the depot lease.', 'said', 'the pier and Quell differ on the levy, the night fares and the depot lease'],
  // an appositive with a clause of its own before its "and" is still the reporter's
  ['Brevik praised the harbour levy, a charge that angered pilots and crews.', 'praised', 'the harbour levy'],
]);

contentCases('content boundaries: the clause a sentence opens with sets the scene when the cue takes an object', [
  ['During a visit to the Tarrow depot, which opened in May, Osei boasted of his record on the pier.', 'boasted', 'his record on the pier'],
  ['In a long and bitter row over the ferry, Ines Roa defended the harbour board.', 'defended', 'the harbour board'],
  // with nothing after the cue, the clause before the source is what was said
  ['After the vote, turnout in Tarrow was low, Osei said.', 'said', 'After the vote, turnout in Tarrow was low'],
]);

contentCases('content boundaries: an aside inside a reported clause with no "that"', [
  ['Ines Roa said the pier, which opened in May, would close.', 'said', 'the pier, which opened in May, would close'],
  ['Osei says the ferry, while costly, is still the fastest way to Tarrow.', 'says', 'the ferry, while costly, is still the fastest way to Tarrow'],
  // the aside after a clause that already has its verb is the reporter's
  ['Ines Roa said the pier was closed, which angered the crews.', 'said', 'the pier was closed'],
]);

contentCases('content boundaries: two subjects joined by "and" before a later cue are one clause', [
  ['Osei said she and her deputies had warned the board about the pier.', 'said', 'she and her deputies had warned the board about the pier'],
  ['Brevik said both he and Ines Roa promised to fight the levy.', 'said', 'both he and Ines Roa promised to fight the levy'],
  // after a clause with its own verb, "and" still opens the next source's clause
  ['Osei said the pier was shut and she promised a review.', 'said', 'the pier was shut'],
]);

contentCases('content boundaries: a single dash before a coordination, an example or a condition goes on with the source\'s words', [
  ['Osei said the ferry would run in May — and that the crews would be paid.', 'said', 'the ferry would run in May — and that the crews would be paid'],
  ['Ines Roa said the pier will reopen - unless the storm season comes early.', 'said', 'the pier will reopen - unless the storm season comes early'],
  // before the reporter's aside, the dash still ends the content
  ['Osei said the ferry would run in May — a promise he made twice before.', 'said', 'the ferry would run in May'],
]);

contentCases('content boundaries: a concession inside what was said goes on', [
  ['Osei said the vote was fair, though not the count.', 'said', 'the vote was fair, though not the count'],
  ['Ines Roa said it was a useful, though brief, talk with the board.', 'said', 'it was a useful, though brief, talk with the board'],
  // a concession with a clause of its own is the reporter's
  ['Osei said the vote was fair, though the board disagreed.', 'said', 'the vote was fair'],
  // "but also" goes on with the predicate, before a plain comma or one set inside a closing mark
  ['Osei said the vote was fair, but also slow.', 'said', 'the vote was fair, but also slow'],
  ['Osei said the crews were “right to be restless,” but also bound to sail.', 'said', 'the crews were “right to be restless,” but also bound to sail'],
]);

contentCases('content boundaries: "compared with" after a comma set inside a closing mark weighs the quoted word', [
  ['Ines Roa said the levy was “loose change,” compared with the cost of the bridge.', 'said', 'the levy was “loose change,” compared with the cost of the bridge'],
  // before a figure it is the reporter's tally, as after a plain comma
  ['Forty percent said the ferry was “always late,” compared with 12 percent in May.', 'said', 'the ferry was “always late,”'],
  ['Ines Roa said the levy was small, compared with the cost of the bridge.', 'said', 'the levy was small'],
]);

contentCases('content boundaries: a noun or a verb in -ing after a comma is no participle clause', [
  ['Osei promised to cut fares, bring back the night ferry and reopen the pier.', 'promised', 'to cut fares, bring back the night ferry and reopen the pier'],
  ['Ines Roa said it was a useful, though brief, meeting with the board.', 'said', 'it was a useful, though brief, meeting with the board'],
  // a participle still opens the reporter's clause
  ['Osei said the pier was unsafe, citing the storm damage.', 'said', 'the pier was unsafe'],
]);

contentCases('content boundaries: "but" and a verb after a noun phrase is the source\'s next act', [
  ['Osei praised the ferry crews but stopped short of backing their strike.', 'praised', 'the ferry crews'],
  ['Ines Roa supports the levy but is not campaigning for it.', 'supports', 'the levy'],
  // after a clause, "but" goes on with what was said
  ['Brevik said he left the board on good terms but was tired of the meetings.', 'said', 'he left the board on good terms but was tired of the meetings'],
]);

contentCases('content boundaries: a reporting noun phrase with its modifiers belongs to the cue', [
  ['Osei offered some kind words about the ferry crews.', 'offered', 'the ferry crews'],
  ['The harbour charter makes no specific mention of the night ferry.', 'makes no', 'the night ferry'],
  ['Ines Roa had hardly uttered a harsh word about the ferry line.', 'uttered', 'the ferry line'],
]);

contentCases('content boundaries: an adverb before the cue\'s preposition is the cue\'s too', [
  ['Osei bragged prematurely about the new ferry.', 'bragged', 'the new ferry'],
  ['Ines Roa spoke out sharply against the levy.', 'spoke', 'the levy'],
]);

contentCases('content boundaries: an example set off by a comma goes on with the stance\'s object', [
  ['Osei discussed several harbour topics, including the ferry fares and the pier.', 'discussed', 'several harbour topics, including the ferry fares and the pier'],
  ['Ines Roa defended their dredging plan, especially the night shifts at the Quayside.', 'defended', 'their dredging plan, especially the night shifts at the Quayside'],
  // any other comma still ends a noun phrase the stance takes
  ['Quell endorsed Brevik, who runs the Tarrow ferry line.', 'endorsed', 'Brevik'],
]);

contentCases('content boundaries: an attack, a list or a defence the cue makes belongs to the cue', [
  ['Osei unleashed a sharp attack on the harbour board.', 'unleashed', 'the harbour board'],
  ['The ferry guild released a list of its new captains.', 'released', 'its new captains'],
  ['Ines Roa stiffened her criticism of the Quayside levy.', 'stiffened', 'the Quayside levy'],
  // support the source owns is what it restated
  ['Quell reiterated her support for the night ferry.', 'reiterated', 'her support for the night ferry'],
]);

contentCases('content boundaries: a closing "according to" reports the last clause a colon or a relative clause sets off', [
  ['Quell kept her lead in the count, which stood at 312 votes, according to the harbour board.', 'according to', 'which stood at 312 votes'],
  ['The pier reopened in May: crossings rose by a third, according to the harbour log.', 'according to', 'crossings rose by a third'],
  // a relative clause inside the subject is an aside; with no colon nor relative clause, the whole sentence is reported
  ['Osei, who chairs the ferry board, resigned in May, according to the Tarrow Ledger.', 'according to', 'Osei, who chairs the ferry board, resigned in May'],
  ['The night ferry runs late most days, according to the harbour log.', 'according to', 'The night ferry runs late most days'],
]);

contentCases('content boundaries: the go-between a source speaks through is the reporter\'s', [
  ['Osei denied the smuggling charges through his lawyer.', 'denied', 'the smuggling charges'],
  ['The ferry guild rejected the audit through a harbour spokeswoman.', 'rejected', 'the audit'],
  ['Quell disputed the tally through her advisers.', 'disputed', 'the tally'],
  // a clause keeps it: how the pier is run is what was said
  ['Ruiz said the pier would be run through a trust.', 'said', 'the pier would be run through a trust'],
]);

contentCases('content boundaries: a quotation set off by a spaced hyphen or a parenthesis before an end attribution', [
  ['Neither crew was moved by the levy - “Born on a ferry and raised on a pier,” said Osei.', 'said', '“Born on a ferry and raised on a pier,”'],
  ['Some pilots pushed back (“I want my fares back,” wrote one of them).', 'wrote', '“I want my fares back,”'],
  // hyphens between two quotations set off an aside inside the speaker's words: the report keeps both
  ['“I doubt the plan” -- a ferry for every pier -- “will last,” Osei says.', 'says', '“I doubt the plan” -- a ferry for every pier -- “will last'],
]);

contentCases('content boundaries: a standing or a figure after a name is part of what was found', [
  ['A Harbour Ledger poll showed Brevik at 12 percent.', 'showed', 'Brevik at 12 percent'],
  ['The Tarrow survey shows Quell at the top with 31 percent.', 'shows', 'Quell at the top with 31 percent'],
  ['Young pilots supported Osei by 4 points.', 'supported', 'Osei by 4 points'],
  ['The ferry guild poll showed Ruiz in third.', 'showed', 'Ruiz in third'],
  ['Mayor Quell never mentioned Osei by name.', 'mentioned', 'Osei by name'],
  // the occasion or the margin in words is still the reporter's
  ['Ruiz praised Brevik after a long meeting.', 'praised', 'Brevik'],
  ['The pilots supported Osei by a wide margin.', 'supported', 'Osei'],
]);

contentCases('content boundaries: a later saying spliced on with a comma or a dash ends the content before its whole subject', [
  ['Quell asked the crews to stay on, at least 2,000 said they would.', 'asked', 'the crews to stay on'],
  ['Osei claimed that “the harbour got off lightly,” one of the former pilots said the two cases differed.', 'claimed', 'that “the harbour got off lightly,”'],
  ['Brevik lamented her habit of gaffes - "must she keep doing it?" - pilots in Tarrow who watched the debate said they were unmoved.', 'lamented', 'her habit of gaffes - "must she keep doing it?"'],
  // a subordinate clause or a participle after the comma goes on with the first content
  ['Osei warned that the fares would rise, when the pilots said they would strike.', 'warned', 'that the fares would rise, when the pilots said they would strike'],
  ['The Ledger poll found fares rising, with most pilots saying they would strike.', 'found', 'fares rising, with most pilots saying they would strike'],
]);

contentCases('content boundaries: a saying inside an aside the reported clause opened is still reported', [
  ['Osei said that, relative to May, most pilots said the fares were fair.', 'said', 'that, relative to May, most pilots said the fares were fair'],
]);

contentCases('content boundaries: an untensed verb after "and" goes on with the infinitive or modal before it', [
  ['Ruiz says he’d sit Osei down and tell him to stop.', 'says', 'he’d sit Osei down and tell him to stop'],
  ['Harbour pilots say they chose a plan: to stand up for the crews and defend the pier.', 'say', 'they chose a plan: to stand up for the crews and defend the pier'],
  // a verb with a tense of its own is the source's next act
  ['Quell vowed to keep the ferry running and said the levy would stay.', 'vowed', 'to keep the ferry running'],
]);

contentCases('content boundaries: an aside inside the subject of a reported clause, then a tensed verb', [
  ['Osei said the ruling, which struck down the levy that other ports copied, shows the need for a new board.', 'said', 'the ruling, which struck down the levy that other ports copied, shows the need for a new board'],
  ['Quell said the harbour board, which met on Monday, wants a new levy.', 'said', 'the harbour board, which met on Monday, wants a new levy'],
  // a clause of the reporter's after the comma still ends the content
  ['Quell said the levy was unfair, which angered the board.', 'said', 'the levy was unfair'],
]);

contentCases('content boundaries: an inverted source that interrupts a bare subject reports both halves', [
  ['The trouble with the new levy, said Osei, would be the fares.', 'said', 'The trouble with the new levy … would be the fares'],
  [
    'The answer for the harbour, says Mira Tolland, a pilot at the east dock, is a second ferry.',
    'says',
    'The answer for the harbour … is a second ferry',
  ],
  ['The gap with the old board, said Quell and two pilots, would be plain to every rider.', 'said', 'The gap with the old board … would be plain to every rider'],
  // a clause before the source is whole: what follows the source is the reporter's
  ['The levy will stay, said Osei, who runs the pier.', 'said', 'The levy will stay'],
  ['The pier reopened in May, said Osei, a pilot, and the crews came back.', 'said', 'The pier reopened in May'],
  // no predicate after the source: the subject alone stays what was said
  ['The trouble with the levy, said Osei, an old pilot, who laughed.', 'said', 'The trouble with the levy'],
]);

contentCases('content boundaries: an interrupting "according to" whose comma leads on to a clause of its subject and verb reports both halves', [
  [
    'Over the coming decade, according to the harbour office, the rise in mooring fees is mostly owed to the silting of the channel.',
    'according to',
    'Over the coming decade … the rise in mooring fees is mostly owed to the silting of the channel',
  ],
  // an appositive on the source is not what it reported
  [
    "Nearly half of the pier's takings came from tourists, according to Osei, the most of any harbour in the county.",
    'according to',
    "Nearly half of the pier's takings came from tourists",
  ],
]);

describe('content boundaries: a lone sentence adverb or time after a cue reports nothing', () => {
  const cued = (paragraph: string, cue: string) =>
    readParagraph(paragraph).attributions.filter((x) => x.cue && paragraph.slice(x.cue.start, x.cue.end) === cue);
  for (const [paragraph, cue] of [
    ['The crews protested too.', 'protested'],
    ['Quell replied twice.', 'replied'],
    ['The Tarrow crews responded first.', 'responded'],
    ['A spokesman for the ferry office emailed afterwards.', 'emailed'],
  ]) {
    it(paragraph, () => assert.deepStrictEqual(cued(paragraph, cue).map((a) => paragraph.slice(a.content.start, a.content.end)), []));
  }
  // an object after the cue is still what was said
  it('The ferry office emailed the new schedule.', () => {
    const paragraph = 'The ferry office emailed the new schedule.';
    assert.deepStrictEqual(cued(paragraph, 'emailed').map((a) => paragraph.slice(a.content.start, a.content.end)), ['the new schedule']);
  });
});

contentCases('content boundaries: an impression ends before the adjunct or main clause the writer adds after a comma', [
  ['The Tarrow ferry appeared to have lost riders since the spring, when the new levy began.', 'appeared', 'The Tarrow ferry … to have lost riders since the spring'],
  ['The harbour board is expected to approve the levy, with a vote set for Thursday.', 'is expected', 'The harbour board … to approve the levy'],
  ['The pilots seemed ready to strike, largely because the fares had doubled.', 'seemed', 'The pilots … ready to strike'],
  ['The new quay is expected to open in May, potentially easing the queues at the east dock.', 'is expected', 'The new quay … to open in May'],
  ['While the levy seems fair to most growers, it stays unpopular on the islands.', 'seems', 'the levy … fair to most growers'],
  ['Quell was expected to win the vote and, if the count holds, the board will meet on Friday.', 'was expected', 'Quell … to win the vote'],
  // a comma with no adjunct after it leaves the impression whole
  ['The levy seemed to hurt the small, family-run ferries most.', 'seemed', 'The levy … to hurt the small, family-run ferries most'],
]);

contentCases('content boundaries: a said content keeps the adjunct after its comma', [
  ['Osei said the pier had lost riders since the spring, when the new levy began.', 'said', 'the pier had lost riders since the spring, when the new levy began'],
]);

contentCases('content boundaries: an impression stands in its own clause after a semicolon, "as", "than", an open parenthesis or an object relative', [
  ['The crews were idle; the ferry seems unlikely to sail today.', 'seems', 'the ferry … unlikely to sail today'],
  ['The strike began as the pilots appeared ready to walk out.', 'appeared', 'the pilots … ready to walk out'],
  ['The toll was far higher than the growers could be expected to pay.', 'be expected', 'the growers could … to pay'],
  ['Osei chairs the Tarrow guild, a union that she seemed to resent at first.', 'seemed', 'she … to resent at first'],
  ['Quell kept the books for the guild (she was said to have kept every ledger since 1990) until May.', 'was said', 'she … to have kept every ledger since 1990'],
  // "as" after a naming participle opens no clause: the subject keeps its aside
  ['The quay, known as the old harbour, seemed deserted.', 'seemed', 'The quay, known as the old harbour … deserted'],
]);

contentCases('content boundaries: a participle that brings on its own quotation opens the next saying', [
  ['Okafor bristled at the suggestion that she had misled the board, saying, “I told them everything.”', 'suggestion', 'that she had misled the board'],
  ['Okafor bristled at the suggestion that she had misled the board, saying, “I told them everything.”', 'saying', '“I told them everything.”'],
  ['The mayor appeared to defend the levy by saying, “We need the money.”', 'appeared', 'The mayor … to defend the levy'],
  ['The mayor appeared to defend the levy by saying, “We need the money.”', 'saying', '“We need the money.”'],
  // a participle with no quotation of its own, or a quotation the clause itself holds, stays inside the content
  ['Osei said the quay, standing empty since May, was “a ruin.”', 'said', 'the quay, standing empty since May, was “a ruin.”'],
]);

contentCases('content boundaries: "that morning" after a cue is the occasion, not the opening of the content', [
  ['Osei told reporters that morning the pier would open by spring.', 'told', 'the pier would open by spring'],
  ['The harbour board announced that same day it would sell the ferry.', 'announced', 'it would sell the ferry'],
  ['Osei told reporters that morning that the pier would open by spring.', 'told', 'that the pier would open by spring'],
]);

contentCases('content boundaries: a finding contrasted with a second share is one finding', [
  ['The harbour survey found 40 percent of riders back the levy, while 25 percent oppose it.', 'found', '40 percent of riders back the levy, while 25 percent oppose it'],
  ['The ferry poll showed Quell ahead 48 to 41, while Brevik led among dockers 55 to 30.', 'showed', 'Quell ahead 48 to 41, while Brevik led among dockers 55 to 30'],
  ['The harbour survey found 40 percent of riders back the levy, while the board met in secret.', 'found', '40 percent of riders back the levy'],
]);

contentCases('content boundaries: a content that opens with "if" or "when" goes on into its main clause', [
  ['Osei said on Monday if the pier closes, the ferry will stop.', 'said', 'if the pier closes, the ferry will stop'],
  ['Quell said that when she ran the dock, a clerk kept the books.', 'said', 'that when she ran the dock, a clerk kept the books'],
  ['Osei said the pier would close, a blow to the ferry crews.', 'said', 'the pier would close'],
]);

contentCases('content boundaries: the people told in lower case are not the content ("told aides she …")', [
  ['Quell, who has told aides she sees the levy as fair, spoke on Monday.', 'told', 'she sees the levy as fair'],
  ['Osei told his senior investigators they had missed the leak.', 'told', 'they had missed the leak'],
  ['Osei told the story he loved.', 'told', 'the story he loved'],
]);

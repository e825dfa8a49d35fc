/**
 * Beliefs, labels and verdicts through the real pipeline (issue 8): what a crowd believes, a view said to run
 * through a group, what one person thinks (issue 8: what others believe is the claim, whoever holds it) and conduct
 * in bad faith stated as fact are claims; a regime's or an armed group's kind, opinion split in public and a label someone gives are not. Every sentence is invented
 * (fictional people, places and bodies).
 */
import * as assert from 'assert';
import type { ClaimCategory } from '../../server/src/engine/model';
import { flagged, itFlagsAs, itFlagsNothing } from '../support/claimFixtures';

describe('claims: what a crowd believes, and a view said to run through a group', () => {
  itFlagsAs('belief', [
    'Many older skippers find the new quota rules unfair.',
    'The guild chose a leader many younger members view with suspicion.',
    'The guild lost two ferry routes in a year, a slide that many older members see as the board’s doing.',
    'There is broad agreement on the island that the ferry fares are too high.',
    'There is a sense among the trawler crews that the regents have already sold the quay.',
    'The plan leaves out the fresh start that many islanders are looking for.',
  ]);
});

describe('claims: what one person thinks, labels of a kind, and labels someone gives', () => {
  itFlagsNothing([
    // "makes sense" is no view among a group
    'The new ferry timetable makes sense within the harbour board’s budget.',
    // the kind of a regime or of an armed group, and opinion split in public view
    'The shipping firm once advised authoritarian governments on port security.',
    'The raid was blamed on an extremist militia from the hills.',
    'Views of the harbour master remain deeply polarized on the island.',
    // a label or a charge someone gives is theirs, reported
    'Councillor Ada Pell has called the ferry levy reckless.',
    'Harbour traditionalists, like Councillor Ines Marrow, consider him a phony.',
    'The purser set out to counter a perception that the crew is racist.',
  ]);

  for (const [body, category] of [
    // what one person thinks, then or now, and a camp's view: the reporter's account of a state of mind
    ['Councillor Ada Lind thinks the ferry levy will pass by spring.', 'belief'],
    ['He believes the regents will sell the east wing.', 'belief'],
    ['Councillor Ada Lind believed the ferry levy would pass by spring.', 'belief'],
    ['Lind’s aides believe the ferry levy will pass by spring.', 'belief'],
    // a label of conduct is still the reporter's verdict
    ['The harbour master is a polarizing figure on the island.', 'accusation'],
    // a label given with nobody giving it
    ['The tender for the ferry was widely considered a sham.', 'accusation'],
  ] as [string, ClaimCategory][]) {
    it(`${category}: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, category]]));
  }
});

describe('claims: conduct in bad faith stated as fact', () => {
  itFlagsAs('accusation', [
    'The harbour board stacked the hall with its own staff before the vote.',
    'The ferry company withheld the safety audit from the council for a year.',
    'The regents botched the sale of the east quay.',
    'The harbour master turned a blind eye to the overloaded ferries.',
  ]);
  itFlagsNothing([
    // help kept back in public, and a record kept back by rule, accuse no one
    'The guild withheld support from both candidates in the river ward.',
    'Some of the ferry logs will be withheld from the public record.',
  ]);
});

describe('a holder who is nobody in particular holds no state a source could give', () => {
  itFlagsNothing([
    'Anyone expecting the guild to back down should look at its strike fund.',
    'The thaw came sooner than anyone on the quay had expected.',
    'It was a turn in the dispute that nobody realized at the time.',
    'Not everyone is convinced the ferry levy will pass.',
  ], 'no claim');
  // a real holder still holds it, even after "everyone" names whom it was told to
  itFlagsAs('belief', [
    'Many skippers had expected the thaw to come sooner.',
    'Mr. Tarn thanked everyone and believes the levy will pass.',
    'Almost nobody on the quay expects the thaw to hold.', // a count of believers: a crowd's view
  ]);
});

describe('a cause the reporter only reckons possible is a hedge, not a cause stated as fact', () => {
  for (const body of ['The guild’s hard line could backfire.', 'The new berth rules may pave the way for a strike on the north quay.']) {
    it(`no claim: ${body}`, () => assert.deepStrictEqual(flagged(body), []));
  }
  for (const body of ['The guild’s hard line backfired.', 'The new berth rules paved the way for a strike on the north quay.']) {
    it(`causal: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, 'causal']]));
  }
});

describe('words of belief in senses that hold no belief', () => {
  itFlagsNothing([
    'Mr. Tarn believes in open books for the harbour fund.', // a creed, not a belief about a fact
    'The guild invited two thought leaders from the mainland to its congress.', // "thought" as a noun
    'Ms. Orlan knew Ivo Dorn well from their years on the ferry board.', // acquaintance
    'A tribunal clerk who considered the matter on Friday upheld the fine.', // an officer weighing the docket
    'The skipper was treated like a hero as he walked along the quay.', // "as" opens a clause of its own
    'A harbour master must be good at reading tides and knowing when to close the locks.', // a skill
    'But please know that I am a ferry man first and a councillor second.', // the reader told
    'Little did the crews know what a long winter the strike would bring.', // hindsight
    'Ms. Orlan did not know at the time that the pier would be sold within the year.', // hindsight
    'The trawler crews cheered before they knew what the quota would be in the spring.', // hindsight
    'Ms. Orlan knows Ivo Dorn in a way few islanders know the harbour master whose tugs she once crewed.', // acquaintance
    'The guild has reckoned with the loss of the east quay.', // facing it
    'The levy vote will turn on what the trawler crews think of the harbour master.', // an opinion named, not given
    'The night ferry, which is slower than the bus, is nonetheless considered a safe way to reach the islands.', // a standing reputation
  ], 'no claim');
  itFlagsAs('belief', [
    'Mr. Tarn believes the harbour fund is nearly empty.',
    'Ms. Orlan knew Dorn would lose the harbour seat.',
    'The crews know the harbour master will close the locks before the vote.', // knowing, no skill nor hindsight
    'The skipper regards the new levy as a betrayal.',
    'It was widely believed in the fishing towns that the pier would close.', // believed somewhere, with a clause
    'Ms. Orlan knew the harbour master would close the locks before the vote.', // a clause after the role: a belief
    'The guild reckons the levy will pass by spring.',
    'The trawler crews think of the harbour master as a traitor.', // what he is thought of as
    'The skipper considers the night ferry a safe way to reach the islands.', // someone's view, not a reputation
  ]);
});

describe('claims: what the people a poll asks think, in a story that names the poll', () => {
  const poll = 'A new Harbour Ledger poll of Kessel voters came out on Monday.\n\n';
  const states = [
    'Younger voters in the harbour wards see Ivo Dorn as the candidate best placed to keep the ferries running.',
    'After the storm, Kessel voters are evenly divided on whether the sea wall should be raised.',
    'By 2-1, islanders under 30 see the ferry levy as unfair, and most respondents are skeptical of the pier plan.',
  ];
  it('is the poll’s finding once a poll is named', () => {
    assert.deepStrictEqual(flagged(`${poll}${states.join(' ')}`), []);
  });
  it('is the reporter’s reading of a crowd before any poll is named, and a party’s fear is no poll finding', () => {
    assert.deepStrictEqual(flagged(states[0]).map(([, category]) => category), ['belief']);
    const party = 'Harbour Party leaders fear that Ivo Dorn will sink the levy.';
    assert.deepStrictEqual(flagged(`${poll}${party}`), [[party, 'motive']]);
  });
});

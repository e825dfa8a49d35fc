/**
 * The claim judge through the real pipeline (issue 8): every sentence here is invented. A claim is flagged
 * whatever its neighbours attribute, unless an attribution covers that very claim; public record stays quiet.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import type { ClaimCategory } from '../../server/src/engine/model';
import { claimsOf, flagged, flaggedIn, flaggedWith, itFlagsAs, itFlagsNothing } from '../support/claimFixtures';
import { markPrivateStates, privateStateOf } from '../../server/src/engine/attributions/privateStates';
import { shippedModel } from '../../server/src/engine/findings/claimModel';

/** The issue's announced schedules: public record, no finding at all. */
const ISSUE_SCHEDULES = ['The council plans to publish the minutes on Friday.', 'The governor planned to spend Tuesday touring flood sites.'];

/** The issue's invented sentences: the whole text, the sentence flagged, its category. */
const ISSUE_CASES: [string, string, ClaimCategory][] = [
  [
    'Some harbour commissioners would like to see the lease extended by ten years. The board’s chairwoman, Dana Whitfield, said on Monday that talks would go on.',
    'Some harbour commissioners would like to see the lease extended by ten years.',
    'intention',
  ],
  [
    'Council members fear the levy will sink the budget, and the mayor said on Tuesday that he opposed it.',
    'Council members fear the levy will sink the budget, and the mayor said on Tuesday that he opposed it.',
    'motive',
  ],
  [
    'The union is balking at a two-year freeze on wages. “We have made our offer,” said Ross Tenby, the port’s director.',
    'The union is balking at a two-year freeze on wages.',
    'intention',
  ],
  [
    'Parents at the school were furious about the closure. The principal, Ana Ruiz, said the building was unsafe.',
    'Parents at the school were furious about the closure.',
    'motive',
  ],
  ['Behind closed doors, the trustees agreed to delay the vote until spring.', 'Behind closed doors, the trustees agreed to delay the vote until spring.', 'deliberation'],
  ['Council members fear the levy will sink the budget.', 'Council members fear the levy will sink the budget.', 'motive'],
  ['The owners decided early on to keep the dispute out of court.', 'The owners decided early on to keep the dispute out of court.', 'intention'],
  ['The chairman is known for freezing out critics.', 'The chairman is known for freezing out critics.', 'accusation'],
  ['Voters face a mayor who bends the truth whenever it suits him.', 'Voters face a mayor who bends the truth whenever it suits him.', 'accusation'],
];

describe('claim judge: the issue’s sentences', () => {
  for (const [body, sentence, category] of ISSUE_CASES) {
    it(`flags ${JSON.stringify(sentence)} as ${category}`, () => {
      assert.deepStrictEqual(flagged(body), [[sentence, category]]);
    });
  }

  for (const body of ISSUE_SCHEDULES) {
    it(`leaves the announced schedule alone: ${body}`, () => {
      const findings = analyze(`Harbour board meets\n${body}`).findings;
      assert.deepStrictEqual(findings.map((f) => f.code), []);
    });
  }

  it('warns on a high-confidence claim, informs on a medium one, with category and confidence in the data', () => {
    const [fear] = claimsOf('Council members fear the levy will sink the budget.');
    assert.strictEqual(fear.severity, 'warning');
    assert.deepStrictEqual([fear.data?.category, fear.data?.confidence], ['motive', 'high']);
    const [verdict] = claimsOf('The dredging contract was the defining issue of the campaign for harbour board.');
    assert.strictEqual(verdict.severity, 'information');
    assert.deepStrictEqual([verdict.data?.category, verdict.data?.confidence], ['causal', 'medium']);
  });

  it('names the holder of a private state in its words, and keeps the quick fix data', () => {
    const [agreed] = claimsOf('Mina Sol, the harbourmaster, spoke at noon. Behind closed doors, the trustees agreed to delay the vote until spring.');
    assert.match(agreed.message, /^States what the trustees agreed; nobody is credited for it — who told you\?$/);
    assert.ok((agreed.data?.candidates ?? []).length > 0);
    const [fear] = claimsOf('Council members fear the levy will sink the budget.');
    assert.strictEqual(fear.message, 'States what council members fear; nobody is credited for it — who told you?');
    const [furious] = claimsOf('Parents at the school were furious about the closure.');
    assert.strictEqual(furious.message, 'States what someone feels or why they act; nobody is credited for it — who told you?');
    assert.strictEqual(typeof agreed.data?.insertAt, 'number');
  });
});

// The suites read claims by the rules alone (see test/support/rulesOnlyClaims.ts); the editor reads them with the
// shipped model too, which may add a flag or change a confidence but must not lose the issue's claims or flag its
// schedules.
describe('claim judge: the issue’s sentences, read with the shipped claim model as the editor does', () => {
  for (const [body, sentence, category] of ISSUE_CASES) {
    it(`flags ${JSON.stringify(sentence)} as ${category}`, () => assert.deepStrictEqual(flaggedWith(shippedModel(), body), [[sentence, category]]));
  }
  for (const body of ISSUE_SCHEDULES) {
    it(`leaves the announced schedule alone: ${body}`, () => {
      // no other finding either: only the claim check reads the model
      assert.deepStrictEqual(analyze(`Harbour board meets\n${body}`).findings, []);
      assert.deepStrictEqual(flaggedWith(shippedModel(), body), []);
    });
  }
});

describe('claim judge: one claim of each category', () => {
  const cases: [string, ClaimCategory][] = [
    ['The ferry company wants to drop the winter timetable.', 'intention'],
    ['The two unions have been quietly negotiating a merger since the autumn.', 'deliberation'],
    ['Dock workers are increasingly frustrated with the new shift rota.', 'motive'],
    ['The harbourmaster sees the new breakwater as a waste of money.', 'belief'],
    ['The contractor has long been suspected of padding its invoices.', 'accusation'],
    ['Only a quarter of the berths are in use during the winter.', 'figure'],
    ['The levy will likely push two boatyards out of business.', 'prediction'],
    ['The slump in cargo is largely because of the new bypass road.', 'causal'],
    ['The harbourmaster considers the new breakwater a waste of money.', 'belief'],
    ['The average mooring fee in the bay is $4,200 a year.', 'figure'],
    ['The walkout was the first harbour strike ever.', 'causal'],
  ];
  for (const [sentence, category] of cases) {
    it(`${category}: ${sentence}`, () => assert.deepStrictEqual(flagged(sentence), [[sentence, category]]));
  }
});

describe('claim judge: what sources a claim', () => {
  it('an attribution whose content spans the claim in the same sentence', () => {
    assert.deepStrictEqual(flagged('The ferry company wants to drop the winter timetable, two board members said.'), []);
    assert.deepStrictEqual(flagged('According to a board memo, the ferry company wants to drop the winter timetable.'), []);
  });

  it('a share of a group that says it, or two bodies joined by "and" after it, is the claim’s source', () => {
    assert.deepStrictEqual(flagged('Majorities of Kessel dockworkers say the berth fee has hurt their trade.'), []);
    assert.deepStrictEqual(flagged('The majority of Ostend tenants told the Gazette that rents had doubled.'), []);
    assert.deepStrictEqual(flagged('Ferry fares have doubled since May, the port board and the guild say.'), []);
    assert.deepStrictEqual(flagged('Berth fees have tripled since 2019, tallies by the harbour bureau and other trackers show.'), []);
  });

  it('a bare attribution right after the claim', () => {
    assert.deepStrictEqual(flagged('The ferry company wants to drop the winter timetable. Two board members confirmed it on Monday.'), []);
  });

  it('a bare attribution of eight words, "U.N.’s" one of them', () => {
    assert.deepStrictEqual(flagged('The ferry company wants to drop the winter timetable. Aides to the U.N.’s envoy in Portvale said.'), []);
  });

  it('the next sentence attributing the same topic: a paraphrase then “…, he said.”', () => {
    const body =
      'The ferry company wants to drop the winter timetable. Dropping the winter timetable would save the company money, Olaf Brenn said.';
    assert.deepStrictEqual(flagged(body), []);
  });

  it('a paragraph continuing an account just attributed on the same topic', () => {
    const body =
      'Olaf Brenn, the ferry director, said the winter timetable lost the company money every year. The company wants to drop the winter timetable before December.';
    assert.deepStrictEqual(flagged(body), []);
  });

  it('not an account before that shares only the story’s subject with the claim', () => {
    const claim = 'The mayor’s ban on sponsors hampered regatta fundraising two summers ago.';
    const body = `Harbour officials said they are far better placed than at the last regatta, when volunteers missed their fundraising goals. ${claim}`;
    assert.deepStrictEqual(flagged(body), [[claim, 'causal']]);
  });

  it('not an attribution about something else, before or after', () => {
    const body =
      'Olaf Brenn, the ferry director, said the new terminal would open in May. The ferry company wants to drop the winter timetable.';
    assert.deepStrictEqual(flagged(body), [['The ferry company wants to drop the winter timetable.', 'intention']]);
  });

  it('not a source noun with no verb: the remarks were made, the fury is still nobody’s account', () => {
    const body = 'After her remarks at the quay, the harbourmaster was furious with the ferry company.';
    assert.deepStrictEqual(flagged(body), [[body, 'motive']]);
  });

  it('not an act the extractor reads like a cue: endorsing or continuing reports nobody’s account', () => {
    const endorsed =
      'Warden Teo Marsh, who endorsed the ferry timetable at a Friday meeting, had worked quietly behind the scenes for weeks to seat his friends on the schools panel.';
    assert.deepStrictEqual(flagged(endorsed), [[endorsed, 'deliberation']]);
    const continues = 'Her campaign continues to dampen turnout among younger voters.';
    assert.deepStrictEqual(flagged(continues), [[continues, 'causal']]);
    assert.deepStrictEqual(flagged('Her campaign continues to dampen turnout among younger voters, two pollsters said.'), []);
  });

  it('not a neighbour in another paragraph', () => {
    const body = 'Olaf Brenn said the winter timetable lost money.\nThe ferry company wants to drop the winter timetable.';
    assert.deepStrictEqual(flagged(body), [['The ferry company wants to drop the winter timetable.', 'intention']]);
  });

  it('not a neighbour that opens on a turn', () => {
    const body = 'The ferry company wants to drop the winter timetable. But Olaf Brenn said the winter timetable would stay.';
    assert.deepStrictEqual(flagged(body), [['The ferry company wants to drop the winter timetable.', 'intention']]);
  });
});

describe('claim judge: an attribution covers only what it attributes', () => {
  const outside: [string, ClaimCategory][] = [
    // a relative clause on the source is the reporter's
    ['Harbour officials, who have quietly resisted the dredging for years, said the survey would start in May.', 'deliberation'],
    ['The port director, who fears the union will strike, told reporters the talks were over.', 'motive'],
    ['Olaf Brenn, whose company has long been suspected of padding its invoices, said the terminal would open in May.', 'accusation'],
    // a clause of the reporter's own after the reported content
    ['The mayor said on Tuesday that the levy would pass, but council members privately want it delayed until spring.', 'deliberation'],
    ['Lena Fors told the board the pier would be sold, but the ferry company wants to drop the winter timetable.', 'intention'],
  ];
  for (const [sentence, category] of outside) {
    it(`flags the claim outside the attribution: ${sentence}`, () => assert.deepStrictEqual(flagged(sentence), [[sentence, category]]));
  }

  itFlagsNothing([
    'Harbour officials, who met on Monday, said the survey would start in May.', // a public fact about the source
    'The harbourmaster, who was elected in March, said the dock workers are frustrated with the new rota.',
    'The clerk said the levy passed 5-2, and the board is scheduled to meet again on Tuesday.', // public record after “and”
    'Olaf Brenn said the ferry company wants to drop the winter timetable, citing losses on the route.', // still his account
    'Olaf Brenn said the ferry company wants to drop the winter timetable, because the route loses money.',
    'The dock workers are frustrated with the new rota and want a new contract, the harbourmaster said.',
    'Olaf Brenn said cargo would rise this year, while exports will likely fall.', // a contrast still his
    '“The pier is ours,” said Olaf Brenn, who fears the ferry company wants to sell it.', // a note on the speaker
    'Olaf Brenn said he would back the new rota, but he wants a shorter night shift.', // his own wish, in his account
    'Lena Fors, who did not want to be named because she feared for her job, said the pier would be sold.', // why unnamed
  ], 'leaves what the attribution covers alone');
});

describe('claim judge: what stays quiet', () => {
  for (const body of [
    'The harbour board voted 5-2 on Thursday to raise mooring fees.', // a vote
    'The port authority filed suit against the dredging firm in March.', // a filing
    'The board is scheduled to meet again on Tuesday.', // a schedule
    'The harbourmaster plans to present the budget to the board next week.', // an announced schedule
    '“The union wants to strike before Christmas,” said Ross Tenby, the port’s director.', // the speaker’s words
    'It is unclear whether the union wants to strike.', // the reporter’s hedge
    'Does the union want to strike?', // a question
    'In contrast to the wrangling behind closed doors, the quayside stayed calm on Sunday.', // a scene after a contrast
  ]) {
    it(body, () => assert.deepStrictEqual(flagged(body), []));
  }
});

describe('claim judge: where a credit reaches, and who it is about', () => {
  const flaggedAlone: [string, ClaimCategory][] = [
    // an attribution inside an opening subordinate clause stops at its comma: the main clause is the reporter's
    ['As the mayor announces that she is ready for the fight, she is set to sign orders meant to weaken the union.', 'motive'],
    // any opening clause the extractor ends at its comma ("unless", "despite", a participle) leaves the rest too
    ['Unless the mayor says otherwise, the trustees secretly want the pier sold.', 'deliberation'],
    // so does one in a relative clause set off by commas
    ['After the owners shared the full offer with Mr. Pell, which Mr. Dorn denies, the talk of a strike ended.', 'deliberation'],
    // telling aides is the inside account itself, not a credit (her public words beside it do not credit it either)
    ['Mayor Ana Ruiz, who has told aides she sees the levy as a trap, said on Monday that the budget was balanced.', 'deliberation'],
  ];
  for (const [sentence, category] of flaggedAlone) {
    it(`flags ${JSON.stringify(sentence)}`, () => assert.deepStrictEqual(flagged(sentence), [[sentence, category]]));
  }

  it('a credit before the claim reaches it only within its own clause, unless it opens the sentence as a phrase', () => {
    const fear = 'Dorn promised to cut fares, but the trawler owners fear the plan will ruin them.';
    assert.deepStrictEqual(flagged(fear), [[fear, 'motive']]);
    const minutes = 'The minutes show the board met twice; the trustees secretly want the pier sold.';
    assert.deepStrictEqual(flagged(minutes).map(([sentence]) => sentence), [minutes]);
    assert.deepStrictEqual(flagged('According to the minutes, the board met twice, and the trustees secretly want the pier sold.'), []);
    // "and that" goes on with what was said; a list after a colon is no clause of the reporter's own
    assert.deepStrictEqual(flagged('Dorn said the levy would pass, and that the trustees secretly want the pier sold.'), []);
  });

  it('a verdict on what someone says is the reporter’s; what they say, in a clause, is theirs', () => {
    assert.deepStrictEqual(flagged('Ivo Dorn says racist things.'), [['Ivo Dorn says racist things.', 'accusation']]);
    assert.deepStrictEqual(flagged('Ivo Dorn said the mayor was corrupt.'), []);
    // a charge names its target and what it is charged with: the charge is the accuser's
    assert.deepStrictEqual(flagged('Councillor Ada Lind has repeatedly accused Dorn of divisive tactics.'), []);
  });

  it('still credits what the opening clause itself reports, and what was told to reporters', () => {
    assert.deepStrictEqual(flagged('As the mayor said, the union is balking at a freeze on wages.'), []);
    assert.deepStrictEqual(flagged('Mayor Ana Ruiz, who has told reporters she sees the levy as a trap, said on Monday that the budget was balanced.'), []);
  });

  it('what someone is expected to do is given again by others’ account, right after, of what they will do', () => {
    const expected = 'Ivo Dorn is expected to act fast to win back the harbour seat.';
    assert.deepStrictEqual(flagged(`${expected} His aides say he will spend the coming week in the island wards.`), []);
    // an account that says nothing of his course, or a forecast that is no one's expectation, stays the reporter's
    assert.deepStrictEqual(flagged(`${expected} His aides say the island wards are the key.`), [[expected, 'prediction']]);
    const likely = 'Ivo Dorn is likely to lose the harbour seat.';
    assert.deepStrictEqual(flagged(`${likely} His aides say he will spend the coming week in the island wards.`), [[likely, 'prediction']]);
  });

  it('a neighbour whose account is about the claim’s holder sources it; one about something else does not', () => {
    const about = 'The union is balking at a two-year freeze on wages. Ross Tenby, the port’s director, said the union had turned down the offer.';
    assert.deepStrictEqual(flagged(about), []);
    const named = 'The Fishers Union is balking at a two-year freeze. Ross Tenby, the port’s director, said the Fishers Union had turned down the offer.';
    assert.deepStrictEqual(flagged(named), []);
    // the holder is the claim's clause's subject, not every actor the sentence names before it
    const clause = 'Mayor Ada Lind refused to call a vote, because the trawler owners fear the levy will pass. Lind said on Monday that the hall was booked.';
    assert.deepStrictEqual(flagged(clause), [['Mayor Ada Lind refused to call a vote, because the trawler owners fear the levy will pass.', 'motive']]);
    // an accusation's subject is its target: another's words about them, or their own, do not source it
    const racist = 'Ivo Dorn ran a crudely racist drive for the school board seat.';
    assert.deepStrictEqual(flagged(`${racist} Lena Fors said on Monday that Dorn had visited every ward in the harbour district.`), [[racist, 'accusation']]);
    const other = 'The union is balking at a two-year freeze on wages. Ross Tenby, the port’s director, said the cranes were old.';
    assert.deepStrictEqual(flagged(other), [['The union is balking at a two-year freeze on wages.', 'intention']]);
  });

  it('a turn still goes on with the account of the speaker right before when the state is that speaker’s own', () => {
    const own = 'Ivo Dorn said he came to Ostend thirty years ago to run the ferry. But he fears the town has lost its way.';
    assert.deepStrictEqual(flagged(own), []);
    const other = 'Ivo Dorn said he came to Ostend thirty years ago to run the ferry. But the trawler owners fear the town has lost its way.';
    assert.deepStrictEqual(flagged(other), [['But the trawler owners fear the town has lost its way.', 'motive']]);
  });

  it('the note on why a source is unnamed names the terms of the source, not a claim; another note on the source is one', () => {
    assert.deepStrictEqual(flagged('A school board aide, who requested anonymity to discuss internal budget talks, said the superintendent had met the bus drivers’ union three times this month.'), []);
    const note = 'Mayor Ana Ruiz, who has told aides she sees the levy as a trap, said on Monday that the budget was balanced.';
    assert.deepStrictEqual(flagged(note), [[note, 'deliberation']]);
  });

  it('a sentence about the speaker, between two that credit the same speaker, goes on with that account', () => {
    const account = (middle: string) => `The levy will be on the ballot in May, Lena Dorn said on Friday.\n\n${middle}\n\n“The owners will win this one,” Dorn said.`;
    assert.deepStrictEqual(flagged(account('But she was not hopeful about the vote.')), []);
    // about someone else, it is the reporter's claim
    const owners = 'But the owners were not hopeful about the vote.';
    assert.deepStrictEqual(flagged(account(owners)), [[owners, 'belief']]);
  });

  it('a sentence that names what it attributes as what came before credits it, even across a paragraph break', () => {
    const poised = 'Ivo Dorn is poised to win the Ostend primary next week.';
    assert.deepStrictEqual(flagged(`${poised}\n\nThat is according to members of the Harbour Caucus, a panel of strategists in the four early ports.`), []);
    // a speaker who only goes on about something else, after the break, does not
    const other = `${poised}\n\nLena Fors said that the ferry timetable would change in the spring.`;
    assert.deepStrictEqual(flagged(other).map(([sentence]) => sentence), [poised]);
  });

  it('a state of mind given in the holder’s own quoted words is credited to them; a title or a scare quote is not speech', () => {
    assert.deepStrictEqual(flagged('Dorn anticipated that the hardest task for the next mayor would be “cleaning up the mess the council leaves behind.”'), []);
    const unquoted = 'Dorn anticipated that the hardest task for the next mayor would be cleaning up the mess the council leaves behind.';
    assert.deepStrictEqual(flagged(unquoted).map(([sentence]) => sentence), [unquoted]);
    const title = 'The publisher hopes to reissue “The Rise and Fall of Ivo Dorn” with a new cover.';
    assert.deepStrictEqual(flagged(title).map(([sentence]) => sentence), [title]);
  });

  it('across a paragraph break, only the holder’s own words right after credit the holder’s state', () => {
    const wish = 'Dana Whitfield wants to see the port sold.';
    assert.deepStrictEqual(flagged(`${wish}\n\n“The port loses money every winter,” Whitfield said.`), []);
    assert.deepStrictEqual(flagged(`${wish}\n\n“The port loses money every winter,” Ross Tenby said.`), [[wish, 'intention']]);
    const topic = `${wish}\n\nRoss Tenby said the port would be sold to see off its losses.`;
    assert.deepStrictEqual(flagged(topic), [[wish, 'intention']]);
  });

  it('credits said in public that the cue list leaves out: expressed, promised, published in reports', () => {
    assert.deepStrictEqual(flagged('The principal went on to express regret for siding with trustees who doubted the enrolment count.'), []);
    assert.deepStrictEqual(flagged('One of the suspects was named in news reports as Ivo Dorn.'), []);
    assert.deepStrictEqual(flagged('Moderator Ada Lind started off by asking Morrow why he decided to attack Whitfield personally.'), []);
    assert.deepStrictEqual(flagged('Parents at the school board meeting spoke about how much they hoped the bus route would return.'), []);
    assert.deepStrictEqual(flagged('Trustee Nell Varga is standing by an accusation she made at last month’s board meeting that the superintendent misled parents.'), []);
    // a noun of assertion introduces what was asserted, like its verb
    assert.deepStrictEqual(flagged('Lena Fors is not alone in her contention that the mayor’s handling of the dredging led to the flooding.'), []);
  });
});

describe('claim judge: credits the sentence gives in other words', () => {
  itFlagsNothing([
    'To Mayor Dorn, the owners want the levy only to ruin the fleet.', // "To Dorn, …": in Dorn's view
    'In Ada Pell’s view, the new toll would have a lasting effect on the ferry trade.',
    'In her view, the owners will likely sell the fleet before the spring.',
    'The owners will likely sell the fleet, the reasoning goes.', // the line of argument just credited
    'Portvale was the most dangerous harbour in the region in 2019, topping a list compiled by the Coast Safety Council.',
    'Councillor Ada Pell on Friday pummeled the mayor as divisive.', // a verdict said in public
    // a view held by the one who speaks in the same sentence is hers
    'Ada Pell runs a bait shop on the quay. While she says she will not vote for the levy and considers the mayor a liar, she praises the harbour plan.',
    // a state in a relative clause is its antecedent's, whose own words right after credit it
    'The ferry petition came from Ms. Pell, who was persuaded to back the mayor only after a long talk with his brother. “He spoke about the sea like a poet,” Ms. Pell said of that evening.',
  ]);

  for (const [body, category] of [
    ['To win the harbour seat, Dorn fears she must court the trawler lobby.', 'motive'], // a purpose, not a viewpoint
    ['The owners will likely sell the fleet.', 'prediction'],
    ['Portvale was the most dangerous harbour in the region in 2019.', 'causal'],
    ['The mayor is a divisive figure.', 'accusation'],
    // what others believe, stated as fact, is the claim, whoever holds it (guidelines: belief); the holder's
    // name is no credit, however close to the story the camp is
    ['Dorn’s aides believe the trawler vote will carry the harbour seat.', 'belief'],
    ['Dorn believed the trawler vote would carry the harbour seat.', 'belief'],
    ['Hardly anyone on the quay believes the levy can survive the winter.', 'belief'],
    // "pledged delegates" is the contest's arithmetic, no pledge anyone made that credits the forecast
    ['In the harbour caucus, 30 pledged delegates were at stake, and Ms. Orlan was expected to take most of them.', 'prediction'],
  ] as [string, ClaimCategory][]) {
    it(`flagged: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, category]]));
  }
});

describe('claim judge: what a clause supposes or asks is not asserted', () => {
  for (const body of [
    'If the trawler owners want the pier sold, the board will have to find the money elsewhere.',
    'The question now is whether the trustees feared a strike all along.',
    'The levy cannot pass unless the council decides to back the mayor.',
  ]) {
    it(body, () => assert.deepStrictEqual(flagged(body), []));
  }

  it('but the claim of the main clause, an epithet inside the condition, and a concession ("if not") are asserted', () => {
    const main = 'If the vote goes ahead, the trawler owners want the pier sold.';
    assert.deepStrictEqual(flagged(main).map(([sentence]) => sentence), [main]);
    const epithet = 'If voters choose to trust a mayor who bends the truth whenever it suits him, the harbour will pay.';
    assert.deepStrictEqual(flagged(epithet).map(([sentence]) => sentence), [epithet]);
    const concession = 'The board’s caution if not outright hostility toward the levy worries the trawler owners.';
    assert.deepStrictEqual(flagged(concession).map(([sentence]) => sentence), [concession]);
  });
});

describe('claim judge: public record stays quiet', () => {
  for (const body of [
    'Residents of Kessel chose a harbour board on Saturday. Barely 12 percent of them voted for Tam Orrin.', // a result
    'In Kessel, roughly 38 percent of eligible voters cast ballots for the ferry board, which Nell Varga won.', // turnout
    'More than half of the respondents who back Morrow are farmers, while 19 percent of dockworkers polled back Whitfield.', // a poll's sample
    'The levy was intended to deal a decisive blow to the trawler fleet.', // a measure's stated purpose
    'In the 2019 harbour board race, Tam Orrin won barely 31 percent of the harbour vote.', // a result
    'That is partly because Orrin failed to win nearly half of the island districts in the spring ballot.',
    'The Varga campaign raised more than $140,000 in March, nearly a third of it from donors giving $50 or less.', // filings
    'Port bylaws require a double mooring fee if a single owner holds more than 30 percent of a berth.', // a rule
    'The deputy mayor decided not to enter the race.', // a decision announced by its nature
    'In 2012, the harbour master, who had stayed out of the primary, decided to back Ivo Dorn for the board.', // an endorsement
    'Ferry riders in the harbour ward will decide whether Dorn keeps his seat.', // a decision still to take
    'Since the council deadlocked, it has fallen to the harbour court to decide the fate of the pier.',
    'Collectively, Dorn, Pell and Arad collected just 7 percent of the harbour vote.', // a result
    'The ballot question seeks to lower the speed limit in the ferry lanes by five knots.', // a measure's text
    'The county board is expected to approve a ferry ordinance next Tuesday that would scrap the night fares.', // a calendar
    'The school board is likely to take up the bus contract next month and forward it to the governor, who has promised to veto it.',
    'With almost 100 percent of the precincts reporting, the primary in Ostend was down to the wire.', // results
    'The gamble did not work — she has only won two districts so far and holds fewer than a quarter of Orrin’s board seats.',
    'Police chief Ivo Dorn decided not to recommend charges against the mayor at a news conference on Tuesday.', // said in public
    'Two of the candidates seeking the mayoralty have released their fundraising totals.', // a candidacy
    'The front-runner, Ivo Dorn, a regular in recent years, is not expected to attend, though several stars are.', // a calendar
    'The conference is expected to host the mayor’s two rivals.',
    'She skirted the opening question from the moderator, Ada Lind, who wanted to know whether the board bears responsibility for the flooding.',
    'The Harbour Trust did not want to address the mayor, telling a radio station that the trust is focused on the dredging.', // its own account
  ]) {
    it(body, () => assert.deepStrictEqual(flagged(body), []));
  }

  itFlagsNothing([
    'With roughly three-quarters of the results in, Whitfield trailed Dorn by more than a third of the harbour wards.', // the count coming in
    'More than 40,000 people cast a vote for Dorn in the harbour primaries.', // votes cast
    'Under Kessel law, a school board candidate who loses by fewer than 20 votes can request a recount.', // what a law sets
    'Every spring, new families settle in Kessel, a town of about 9,000 residents on the north shore.', // a place's size
  ], 'a published figure');

  it('a candidate’s standing among a group of voters is the poll’s figure once a poll is named', () => {
    const standing = 'Whitfield led among older voters by just four points.';
    assert.deepStrictEqual(flagged(`A new poll of Ostend voters came out on Monday.\n\n${standing}`), []);
    assert.deepStrictEqual(flagged(standing).map(([sentence]) => sentence), [standing]);
  });

  it('a candidate who did better or best with a group is the named poll’s figure too, titles in the way or not', () => {
    const poll = 'A new poll of Ostend voters came out on Monday.\n\n';
    for (const standing of ['Whitfield did best with men and retirees.', 'Dorn performed slightly better among older voters than elsewhere.', 'Ms. Vey is leading Mr. Dorn among likely voters 49 percent to 39 percent.']) {
      assert.deepStrictEqual(flagged(`${poll}${standing}`), [], standing);
      assert.deepStrictEqual(flagged(standing).map(([sentence]) => sentence), [standing]);
    }
  });

  it('the polls where votes are cast, or a standing "in the polls", name no poll: a share of voters after them is still flagged', () => {
    const share = 'A majority of the Ostend ferry crews are in debt.';
    for (const opening of ['Ostend voters went to the polls on Sunday.', 'The harbour results came in soon after the polls closed.', 'Whitfield has risen in the polls since May.']) {
      assert.deepStrictEqual(flagged(`${opening}\n\n${share}`).map(([sentence]) => sentence), [share]);
    }
  });

  it('"poll" or "polling" as the word for a standing ("poll numbers", "polling lead") names no poll either', () => {
    const share = 'A majority of the Ostend ferry crews are in debt.';
    for (const opening of ['Whitfield’s poll numbers came up at the harbour debate.', 'Dorn’s polling lead was the talk of the quay on Monday.', 'Her poll standing in the river towns was a topic at the debate.']) {
      assert.deepStrictEqual(flagged(`${opening}\n\n${share}`).map(([sentence]) => sentence), [share]);
    }
    assert.deepStrictEqual(flagged(`A new poll of Ostend voters came out on Monday.\n\n${share}`), []);
  });

  it('a sum spent in a story that has named campaign filings is the filings’ figure; before any filings it is flagged', () => {
    const spent = 'The Keep Ostend Afloat fund spent $400,000 on radio spots against the levy.';
    assert.deepStrictEqual(flagged(`The harbour funds’ disclosure reports came out on Monday.\n\n${spent}`), []);
    assert.deepStrictEqual(flagged(spent).map(([sentence]) => sentence), [spent]);
  });

  it('records of money named in other words (finance documents, disclosures filed, an ad tracker) make a later sum spent or a rank among givers their figure', () => {
    const spent = 'The Keep Ostend Afloat fund has so far spent about $400,000 on radio spots.';
    const rank = 'Ivo Dorn was the top harbour fundraiser of the race when he withdrew.';
    for (const named of [
      'Dorn raised $90,000 in May, according to his campaign finance documents.',
      'The harbour funds’ disclosures filed on Monday showed a late surge.',
      'The levy’s backers bought $2 million of airtime, according to the Brask Media ad tracker.',
    ]) {
      assert.deepStrictEqual(flagged(`${named}\n\n${spent}\n\n${rank}`), [], named);
    }
    // before any record of money is named, each is the reporter's figure
    assert.deepStrictEqual(flagged(`${spent}\n\n${rank}`).map(([sentence]) => sentence), [spent, rank]);
  });

  it('a share of voters in a story that has named a poll is the poll’s figure; before any poll it is flagged', () => {
    const shares = 'Three in 10 voters see the ferry board’s fare plan as unfair. Among those who want a new pier, most are planning to support Whitfield.';
    assert.deepStrictEqual(flagged(`A new poll of Ostend voters came out on Monday.\n\n${shares}`), []);
    assert.deepStrictEqual(
      flagged(shares).map(([sentence]) => sentence),
      ['Three in 10 voters see the ferry board’s fare plan as unfair.', 'Among those who want a new pier, most are planning to support Whitfield.'],
    );
  });

  it('a standing with voters beside a poll, in the sentence or credited right after it, is the poll’s reading', () => {
    const popular = 'But the harbour master is hugely popular among retirees.';
    const approve = 'Some 74 percent of retirees approve of her, according to the Ostend Ledger poll.';
    assert.deepStrictEqual(flagged(`${popular} ${approve}`), []);
    const traction = 'Tam Orrin has struggled to gain traction with the ferry crews and sits in single digits in the polls.';
    assert.deepStrictEqual(flagged(traction), []);
    // a poll named as the source of the sentence's own credit stands beside the standing as well
    const trailing = 'Mr. Varga holds two rallies in Kessel, a county where he remains widely popular and where polls show his wife narrowly trailing Mayor Dorn.';
    assert.deepStrictEqual(flagged(trailing), []);
    // with no poll beside it, or the poll only in the next paragraph, it is the reporter's reading
    assert.deepStrictEqual(flagged(popular), [[popular, 'figure']]);
    assert.deepStrictEqual(flagged(`${popular}\n\n${approve}`).map(([sentence]) => sentence), [popular]);
    // the polls where votes are cast are no survey
    const voting = 'Ivo Dorn is hugely popular among the retirees heading to the polls on Tuesday.';
    assert.deepStrictEqual(flagged(voting), [[voting, 'figure']]);
  });

  it('but a figure that is no record, and a person’s purpose, are flagged', () => {
    assert.deepStrictEqual(flagged('About 40 percent of the trawlers sat idle last week.'), [['About 40 percent of the trawlers sat idle last week.', 'figure']]);
    // a past intention is read as the purpose behind the act it led to
    assert.deepStrictEqual(flagged('Mayor Ana Ruiz intended to punish the trawler fleet.'), [['Mayor Ana Ruiz intended to punish the trawler fleet.', 'motive']]);
    const rules = 'Fishers have been upset that the mayor was undermining new harbour rules intended to curb trawling.';
    assert.deepStrictEqual(flagged(rules).map(([sentence]) => sentence), [rules]);
    const curious = 'The owners want to know who leaked the memo.';
    assert.deepStrictEqual(flagged(curious).map(([sentence]) => sentence), [curious]);
    const well = 'Ivo Dorn is expected to do well in the harbour ward.';
    assert.deepStrictEqual(flagged(well).map(([sentence]) => sentence), [well]);
    const cut = 'Ostend officials are expected to cut the ferry budget.';
    assert.deepStrictEqual(flagged(cut).map(([sentence]) => sentence), [cut]);
    const leak = 'The deputy mayor decided not to tell the board about the leak.';
    assert.deepStrictEqual(flagged(leak), [[leak, 'intention']]);
  });

  it('a decision taken is a medium claim, never a warning: what was decided shows in what was then done', () => {
    for (const body of ['Ivo Dorn decided to press the council to freeze the ferry fares.', 'Mayor Dorn has chosen to answer the attacks with silence.']) {
      assert.deepStrictEqual(claimsOf(body).map((f) => [f.severity, f.data?.confidence]), [['information', 'medium']]);
    }
  });

  it('a belief or a wish given to a pronoun is medium: the story goes on about someone it has just brought in', () => {
    const levels = (body: string) => claimsOf(body).map((f) => [f.severity, f.data?.category, f.data?.confidence]);
    const opening = 'Marta Quell has run the Varne ferry co-op for a decade. ';
    assert.deepStrictEqual(levels(`${opening}She thinks the levy will sink the harbour.`), [['information', 'belief', 'medium']]);
    assert.deepStrictEqual(levels(`${opening}They have long wanted the pier sold to the town.`), [['information', 'intention', 'medium']]);
    // named, the holder is no continuation: an editor surely asks who says Quell thinks so
    assert.deepStrictEqual(levels(`${opening}Quell thinks the levy will sink the harbour.`), [['warning', 'belief', 'high']]);
  });

  it('readiness under way, or held now, is medium: the next step of a course in view, or a position', () => {
    for (const body of [
      'The Varne harbour board is prepared to raise the ferry levy.',
      'The ferry guild isn’t prepared to yield on the berth fees.',
      // preparations under way, in the progressive
      'The Varga campaign is preparing to battle the ferry guild over the levy.',
      'The harbour auditor is preparing a second report on the berth fees.',
      'The co-op is gearing up for a costly autumn on the quay.',
    ]) {
      assert.deepStrictEqual(claimsOf(body).filter((f) => f.data?.category === 'intention').map((f) => [f.severity, f.data?.confidence]), [['information', 'medium']], body);
    }
  });

  // readiness in the simple forms is no plan held in private: the next step of a public course, a step then taken
  // in view, or a fitness for a post
  itFlagsNothing([
    'As Mayor Ines Varga prepares to accept the ferry guild’s award, the skippers remain restless.',
    'Mayor Ines Varga prepared to sell the pier to the co-op.',
    'The Varne harbour board was prepared to raise the ferry levy.',
    'In the end the wards chose the candidate best prepared to lead the harbour board.',
    'The harbour race turns on who is prepared to serve as ferry commissioner.',
  ]);
});

describe('claim judge: a public figure’s positions and efforts, and words of feeling that name none', () => {
  it('a public figure known for a stance is a reputation made in public; known for what they do is still a charge', () => {
    assert.deepStrictEqual(flagged('Sheriff Ada Lind, who is known for her tough stance on harbour smuggling, endorsed Dorn.'), []);
    assert.deepStrictEqual(flagged('Among the trustees it was known for some time that the ferry board would sell the pier.'), []);
    const chairman = 'The chairman is known for freezing out critics.';
    assert.deepStrictEqual(flagged(chairman), [[chairman, 'accusation']]);
  });

  it('a divisive contest or issue is division in public view; a divisive campaign is still someone’s conduct', () => {
    assert.deepStrictEqual(flagged('The ferry board now faces a long, divisive primary battle that will not go away.'), []);
    assert.deepStrictEqual(flagged('Winning harbour votes on such a politically divisive issue is hard in an election season.'), []);
    assert.deepStrictEqual(flagged('Handling a racially charged argument between the mayor and the ferrymen is her first test.'), []);
    assert.deepStrictEqual(flagged('The vote ended a long primary but not the questions about his polarizing candidacy.'), []);
    const campaign = 'Ivo Dorn ran a divisive campaign in the harbour wards.';
    assert.deepStrictEqual(flagged(campaign), [[campaign, 'accusation']]);
  });

  itFlagsNothing([
    'Councillor Ines Marrow wants more funding for the harbour school.', // a platform
    'Both candidates for the ferry board would like to close the county harbour agency.',
    'Harbour candidate Ada Lind wants more chances for students to serve in public-sector jobs after college.',
    'Councillor Tam Orrin hopes to reach across party lines to boost early childhood education in the harbour wards.',
    'Mayor Lena Dorn has sought to distinguish herself as the candidate of the waterfront.', // an effort made in public
    'Senator Aldo Brisk sought suggestions from the opposition, an offer it turned down.',
    'Senator Aldo Brisk plans to introduce a bill to cap ferry fares.', // an act of office
    'The mayor plans to nominate a replacement for the school board.',
    'Ms. Arden didn’t feel well and missed the vote.', // health
    'Farm towns in the valley could feel the impact of the levy.', // an effect borne
    'The rally had the loose feel that’s typical of a harbour fair.', // the noun
  ]);

  for (const [body, category] of [
    ['Some harbour commissioners would like to cut the ferry tax.', 'intention'], // insiders: an inside account
    ['Voters in Portvale want to limit the ferry tax.', 'intention'], // a crowd: only a poll could say
    ['Aides to the mayor have sought to delay the audit.', 'intention'],
    ['The owners plan to release the audit before the vote.', 'intention'], // not an act of office
    ['Mayor Lena Dorn wants the board to delay the vote.', 'intention'], // a wish about a vote, not a policy
    ['The dockworkers feel for the families of the crew.', 'motive'], // sympathy is a feeling
  ] as [string, ClaimCategory][]) {
    it(`flagged: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, category]]));
  }

  // a plan or a wish in the past is background to what then happened; one still held, and a decision taken, are claims
  itFlagsNothing([
    'The ferry guild had planned to strike in May, but the talks went on.',
    'The Vell growers wanted the old berth back, and the board gave it to them.',
    'The regents were preparing to sell the quay when the fire broke out.',
    'The skippers balked at the fee at first and paid it in June.',
    'Tomas Brell planned to run the ferry himself.',
  ]);
  for (const body of ['The ferry guild plans to strike in May.', 'The Vell growers want the old berth back.', 'The regents are preparing to sell the quay.']) {
    it(`flagged: ${body}`, () => assert.deepStrictEqual(flagged(body), [[body, 'intention']]));
  }

  // an event on a public calendar is announced, even a crowd's
  itFlagsNothing([
    'Members of the tenants’ league plan to march on the county hall on Friday.',
    'The ferry crews are planning a vigil outside the Ostvik depot.',
    'After the vote, Councillor Varga is planning to meet with the ferry skippers in Ostvik.',
  ]);
  itFlagsAs('intention', [
    'The Vell growers plan to boycott the harvest fair.',
    'The Vell growers plan to target the river wards by mail.',
    'The tenants plan to rally support for the levy across the river wards.', // a tactic, not an event
  ], 'flagged');

  it('a count the results fix, a made thing’s purpose and a word of a compound name no claim', () => {
    for (const body of [
      'With 40 delegates at stake, Dorn will win at least 22.',
      'Dorn’s lead grew thanks to a big win in Ostend.',
      'The port bought an electronic system designed to track the ferries.',
      'A teary-eyed Dorn thanked the crews.',
    ]) {
      assert.deepStrictEqual(flagged(body), [], body);
    }
    for (const [body, category] of [
      ['Dorn will win the harbour ward.', 'prediction'],
      ['Dorn’s lead grew thanks to the trawler lobby.', 'causal'],
      ['The owners eyed the harbour contract.', 'intention'],
    ] as [string, ClaimCategory][]) {
      assert.deepStrictEqual(flagged(body), [[body, category]]);
    }
  });

  it('words of a claim in another sense claim nothing: lying somewhere, a feeling given to an event or a thing, a comparison, a kind of plan', () => {
    for (const body of [
      'Nets could be seen lying on the quay after the storm.',
      'The levy set off a furious debate in the harbour towns.',
      'Ferry traffic rose faster than expected in May.',
      'It felt inevitable to everyone on the quay.',
      'The union’s health plans cover every deckhand.',
      'The bus company handed out free passes to people seeking to reach the flooded school.', // picks out who seeks
    ]) {
      assert.deepStrictEqual(flagged(body), [], body);
    }
    for (const [body, category] of [
      ['The mayor is lying to voters about the levy.', 'accusation'],
      ['The owners were furious about the levy.', 'motive'],
      ['The pilots are secretly seeking a deal with the owners.', 'deliberation'],
    ] as [string, ClaimCategory][]) {
      assert.deepStrictEqual(flagged(body), [[body, category]]);
    }
  });

  it('a state in a restrictive relative clause picks out its holders and says nobody holds it', () => {
    for (const body of ['Harbour engineers who think the pier is unsafe met on Tuesday.', 'The port will hire whichever pilots it wants.']) {
      assert.deepStrictEqual(flagged(body), [], body);
    }
    // a past state, a clause set off by a comma, and an accusation still say something of someone
    for (const [body, category] of [
      ['The board hired a pilot who feared the channel was too shallow.', 'motive'],
      ['Dockworkers, who want a raise, walked out on Monday.', 'intention'],
      ['Voters face a mayor who bends the truth whenever it suits him.', 'accusation'],
    ] as [string, ClaimCategory][]) {
      assert.deepStrictEqual(flagged(body), [[body, category]]);
    }
  });

  it('a candidate’s aim to win, a state as an adjective, and what someone has spoken about are public', () => {
    for (const body of [
      'Mayor Dorn is hoping to win the harbour ward on Tuesday.',
      'The three trailing councillors hoped to revive their candidacies at the harbour debate.',
      'Ms. Varga hopes that winning the delta wards will carry her into the spring.',
      'The board released the names of its preferred pilots.',
      'Councillor Ada Pell has spoken about the need for a deeper channel.',
    ]) {
      assert.deepStrictEqual(flagged(body), [], body);
    }
    for (const [body, category] of [
      ['The owners are hoping to ruin the fleet.', 'motive'],
      ['The owners have long preferred a quiet deal.', 'intention'], // held until now, not a past wish
      ['The two sides have talked about a truce on the quay.', 'deliberation'], // talks between sides
    ] as [string, ClaimCategory][]) {
      assert.deepStrictEqual(flagged(body), [[body, category]]);
    }
  });

  it('an immigration status and a passive label are no accusation and no one’s view', () => {
    for (const body of [
      'Some 9,000 deckhands living illegally in Ostend work the night ferries.',
      'Judge Arden, a Tolliver appointee considered a liberal, ranks high on the list.',
      'Varga was briefly considered the favourite for the school board chair.',
    ]) {
      assert.deepStrictEqual(flagged(body), [], body);
    }
    for (const [body, category] of [
      ['The owners illegally dumped oil in the harbour.', 'accusation'],
      ['Dorn considered the harbour master a liar.', 'accusation'],
      ['The owners considered a sale of the fleet.', 'belief'],
    ] as [string, ClaimCategory][]) {
      assert.deepStrictEqual(flagged(body), [[body, category]]);
    }
  });

  it('reads an expectation nobody holds as a prediction, not a belief', () => {
    const sale = 'The sale of the ferry line is expected to widen the company’s reach.';
    assert.deepStrictEqual(flagged(sale), [[sale, 'prediction']]);
  });
});

describe('claim judge: headlines and the words that name a source', () => {
  const story = (opening: string) => analyze(`${opening}\n\nThe harbour board met in Ostend on Monday to hear the dredging bids.`);

  it('never sends back a short opening line standing alone, even in sentence case with a period: the headline', () => {
    const headline = 'Harbour board wants a longer lease for the ferry company.';
    assert.deepStrictEqual(flaggedIn(story(headline)), []);
    // the same words as the one paragraph of a brief, or as a long lede, are body copy and flagged
    assert.deepStrictEqual(flaggedIn(analyze(headline)), [headline]);
    const lede = 'Harbour board members want a longer lease for the ferry company that has run the Ostend crossing since the old pier burned down in the great storm.';
    assert.deepStrictEqual(flaggedIn(analyze(`${lede}\n\nThe board met on Monday.`)), [lede]);
  });

  it('counts an abbreviation with its possessive as one word of a headline', () => {
    // fifteen words, "U.N.’s" one of them: not a lede of seventeen
    assert.deepStrictEqual(flaggedIn(story('U.N.’s harbour envoy wants a longer lease for the ferry company on the north shore.')), []);
  });

  it('never sends back a title-style headline, however long, with a slip of case, or split over two lines', () => {
    const slip = 'Ferry Chief Quell Just Made A Bold Call About The Pier – It’s The Last Thing Skippers Will Want To hear.';
    assert.deepStrictEqual(flaggedIn(story(slip)), []);
    assert.deepStrictEqual(flaggedIn(story('Harbour Master Varga Says The Ferry Board\nWants To Sell The Pier.')), []);
    // the same want in a sentence under the headline is read
    const want = 'The ferry board wants to sell the pier.';
    assert.deepStrictEqual(flaggedIn(story(`Harbour Master Varga Says The Ferry Board\n${want}`)), [want]);
  });

  it('never sends back a Markdown heading, however it is set', () => {
    const fear = 'Skippers fear the toll will double before the summer season.';
    assert.deepStrictEqual(flaggedIn(analyze(`# Harbour vote\n\nThe board met in Ostend on Monday.\n\n## ${fear}\n\nThe board met again.`)), []);
    assert.deepStrictEqual(flaggedIn(analyze(`# Harbour vote\n\nThe board met in Ostend on Monday.\n\n${fear}\n\nThe board met again.`)), [fear]);
  });

  it('reads a headline closed by a semicolon on into its second line', () => {
    const text = 'Ferry fares to rise;\n\nHarbour board fears the crossing will close.\n\nThe board met in Ostend on Monday to hear the dredging bids.';
    assert.deepStrictEqual(flaggedIn(analyze(text)), []);
  });

  it('leaves an archive’s abstract alone, up to the label that opens the story, which is read', () => {
    const fear = 'As the mayor tours the wards, even some of her allies fear the levy will sink her.';
    const text = `Harbour levy splits the council.\n\nABSTRACT.\n\n${fear}\n\nFULL TEXT.\n\n${fear}`;
    const flags = analyze(text).findings.filter((f) => f.code === 'unattributed-claim');
    assert.deepStrictEqual(flags.map((f) => f.start), [text.lastIndexOf(fear)]);
  });

  it('leaves a transcript’s turns alone, a label’s paragraph and those it runs on into, but not section heads with colons', () => {
    const transcript = [
      'Mayor Ruiz sat down with the Ostend Courier on Monday.',
      'Q: What do the fishers want from the council?',
      'RUIZ: They want a safe harbour.',
      'They fear the levy will ruin them, and the trawler owners want the pier sold.',
      'Q: And the board?',
      'RUIZ: The board wants the same thing.',
    ].join('\n\n');
    assert.deepStrictEqual(flaggedIn(analyze(transcript)), []);
    const sections = [
      'Where the candidates stand before the harbour vote.',
      'Whitfield: Hold the wards.',
      'The trawler owners fear the levy will ruin them.',
      'Dorn: Win the north shore.',
      'Dorn secretly wants the pier sold.',
    ].join('\n\n');
    assert.deepStrictEqual(flaggedIn(analyze(sections)), ['The trawler owners fear the levy will ruin them.', 'Dorn secretly wants the pier sold.']);
  });

  it('a share of the people a poll asked is the poll’s figure wherever it stands in the sentence', () => {
    const poll = 'A new poll of Ostend voters came out on Monday.\n\n';
    const share = 'Ivo Dorn is seen as the best choice to run the harbour by about a quarter of voters.';
    assert.deepStrictEqual(flagged(`${poll}${share}`), []);
    assert.deepStrictEqual(flagged(share).map(([sentence]) => sentence), [share]);
  });

  it('does not flag the words that say who speaks: they are the attribution itself', () => {
    assert.deepStrictEqual(flagged('In Kessel, about half of the ferry workers said they want the mayor to cut fares.'), []);
    assert.deepStrictEqual(flagged('The port’s largest union is accusing the mayor of stalling the dredging.'), []);
  });
});

describe('private-state attributions', () => {
  it('names the kind of private state a cue reports, and none for speech', () => {
    assert.deepStrictEqual(
      ['wants', 'would like', 'is balking', 'feared', 'believes', 'said', 'told', 'wishes', 'wished'].map(privateStateOf),
      ['intention', 'intention', 'intention', 'motive', 'belief', null, null, 'intention', 'intention'],
    );
  });

  it('marks a state of mind and private speech as private-state, and leaves speech and quotes alone', () => {
    const text = 'The trustees want a delay. Aides privately told the board to wait. Aides said it was late. “We want it,” he wanted.';
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const sentences = [0, text.indexOf('Aides privately'), text.indexOf('Aides said'), text.indexOf('“We')].map((start, i, all) => ({
      start,
      end: all[i + 1] ?? text.length,
      paragraph: 0,
    }));
    const attribution = (kind: 'indirect' | 'direct', cue: string) => ({ id: cue, kind, source: null, cue: span(cue), content: span('a delay'), actor: null });
    const kinds = markPrivateStates(text, sentences, [
      attribution('indirect', 'want'),
      attribution('indirect', 'told'),
      attribution('indirect', 'said'),
      attribution('direct', 'wanted'),
    ]).map((a) => a.kind);
    assert.deepStrictEqual(kinds, ['private-state', 'private-state', 'indirect', 'direct']);
  });

  it('reads "privately" inside the reported content as part of the claim, so the speech that reports it sources it', () => {
    const text = 'Pier sale on the table\nThe ferry company’s owners privately plan to sell the pier, Lena Fors said on Monday.';
    const model = analyze(text);
    assert.deepStrictEqual(model.attributions.map((a) => a.kind), ['indirect']);
    assert.deepStrictEqual(model.findings.filter((f) => f.code === 'unattributed-claim'), []);
    const secretly = analyze(text.replace('privately', 'behind the scenes'));
    assert.deepStrictEqual(secretly.attributions.map((a) => a.kind), ['indirect']);
    assert.deepStrictEqual(secretly.findings.filter((f) => f.code === 'unattributed-claim'), []);
  });

  it('lets only speech source a claim: an intention or speech done in private is the claim itself (one decision)', () => {
    const kindsOf = (body: string) => analyze(`Harbour board meets\n${body}`).attributions.map((a) => a.kind);
    assert.deepStrictEqual(kindsOf('The harbour master told reporters the pier would be sold.'), ['indirect']);
    const late = 'Behind closed doors on Tuesday evening, the harbour master urged the board to sell the pier.';
    assert.deepStrictEqual(kindsOf(late), ['private-state']);
    assert.deepStrictEqual(flagged(late), [[late, 'deliberation']]);
    const spoken = 'The harbour master urged the board to sell the pier, Lena Fors said on Monday.';
    assert.deepStrictEqual(flagged(spoken), []);
  });

  it('reads no state in the noun "plans" heading the sentence\'s subject, and still reads the verb', () => {
    const kindsOf = (body: string) => analyze(`Harbour board meets\n${body}`).attributions.map((a) => a.kind);
    assert.deepStrictEqual(kindsOf('Ostland plans to rebuild the bridge largely fell by the wayside.'), []);
    assert.deepStrictEqual(kindsOf('Guild plans to buy the old ferry were shelved in March.'), []);
    assert.deepStrictEqual(kindsOf('Guild plans for a new ferry were shelved in March.'), []);
    assert.deepStrictEqual(kindsOf('Dock owners plan to sell the pier.'), ['private-state']);
  });

  it('reads no state in the noun "hopes" heading the sentence\'s subject when the hopes are dashed, and still reads the verb', () => {
    const kindsOf = (body: string) => analyze(`Harbour board meets\n${body}`).attributions.map((a) => a.kind);
    assert.deepStrictEqual(kindsOf('Voter hopes for a new ferry were dashed in March.'), []);
    assert.deepStrictEqual(kindsOf('Guild hopes to buy the old ferry have faded.'), []);
    assert.deepStrictEqual(kindsOf('Guild hopes for a new ferry were high in March.'), ['private-state']);
    assert.deepStrictEqual(kindsOf('Dock owners hope to sell the pier.'), ['private-state']);
  });

  it('does not count the holder of a private state as an anonymous source', () => {
    const findings = analyze('Harbour board meets\nBehind closed doors, the trustees agreed to delay the vote until spring.').findings;
    assert.deepStrictEqual(findings.filter((f) => f.code === 'anonymous-source'), []);
  });
});

describe('claim judge: a bare "assuming" sets the reporter’s condition', () => {
  it('reads no belief in the condition, and still reads one that a holder holds', () => {
    assert.deepStrictEqual(flagged('Assuming the pilots keep their posts, the guild would earn less by June.'), []);
    assert.deepStrictEqual(flagged('Without a raise - and assuming they keep their posts - the pilots would earn less by June.'), []);
    const held = 'The pilots are assuming the guild will cave by June.';
    assert.deepStrictEqual(flagged(held), [[held, 'belief']]);
  });
});

describe('claim judge: a feeling put into others is held by whom it names after its verb', () => {
  it('the author of the cause speaking next door does not source how others took it', () => {
    const body =
      'Mayor Ilse Varga told reporters on Monday that the berth fee would stay. Varga stunned the ferry crews by doubling the fee a week ago.';
    assert.deepStrictEqual(flagged(body), [['Varga stunned the ferry crews by doubling the fee a week ago.', 'motive']]);
  });
  it('those who feel it, speaking next door, do', () => {
    const body =
      'The berth fee angered Tomas Brenner, the pilots’ chairman. Brenner said on Monday that the guild would fight the fee in court.';
    assert.deepStrictEqual(flagged(body), []);
  });
});

describe('claim judge: a neighbour on the same subject is not the same claim', () => {
  it('a credit that shares only the story’s subject ("the berth fee") does not source the claim before it', () => {
    const body = 'The ferry crews fear the berth fee will sink the spring season. The harbour master, Ilse Varga, said on Monday that the berth fee would stay.';
    assert.deepStrictEqual(flagged(body), [['The ferry crews fear the berth fee will sink the spring season.', 'motive']]);
  });
  it('a credit that gives the claim again in other words does', () => {
    const body = 'The ferry crews fear the berth fee will sink the spring season. The berth fee could sink the spring season, the harbour master, Ilse Varga, said on Monday.';
    assert.deepStrictEqual(flagged(body), []);
  });
});

describe('claim judge: a verb of a state in a sense that holds none', () => {
  it('weighing in is speaking up, a remedy sought is on record, a post assumed is taken on', () => {
    assert.deepStrictEqual(flagged('Several ferry captains weighed in on the berth fee at the hearing.'), []);
    assert.deepStrictEqual(flagged('Some of the boatyards have sought bankruptcy protection since the spring.'), []);
    assert.deepStrictEqual(flagged('Many of the deckhands were seeking asylum from the fighting upriver.'), []);
    assert.deepStrictEqual(flagged('Ilse Varga assumed the chair of the harbour board in March.'), []);
    assert.deepStrictEqual(flagged('The harbour seat was decided by nine votes in 2012.'), []);
  });
  it('an infinitive after ease or a way is the reporter’s framing, not anyone’s state', () => {
    assert.deepStrictEqual(flagged('It is hard to imagine the guild giving up the berths by June.'), []);
    assert.deepStrictEqual(flagged('A good way to understand the dispute is to walk the old pier at dawn.'), []);
  });
  it('the same verbs with a holder still claim', () => {
    const weighing = 'The pilots are weighing a strike before the summer season.';
    assert.deepStrictEqual(flagged(weighing), [[weighing, 'intention']]);
    const assumes = 'The guild assumes the mayor will back down by June.';
    assert.deepStrictEqual(flagged(assumes), [[assumes, 'belief']]);
  });
});

describe('claim judge: support moved by a measure is a named poll’s figure', () => {
  it('once a poll is named, support that rose or fell by so many points is its figure', () => {
    const body = 'A harbour survey of 600 residents came out on Monday. Ilse Varga’s support fell to 41 percent, down six points since May.';
    assert.deepStrictEqual(flagged(body), []);
  });
  it('with no poll named, or with no measure, the trend is the reporter’s reading', () => {
    const unpolled = 'Ilse Varga’s support fell to 41 percent, down six points since May.';
    assert.deepStrictEqual(flagged(unpolled), [[unpolled, 'causal']]);
    const body = 'A harbour survey of 600 residents came out on Monday. Ilse Varga’s support fell after the pier closed.';
    assert.deepStrictEqual(flagged(body), [['Ilse Varga’s support fell after the pier closed.', 'causal']]);
  });
});

describe('claim judge: a feeling caused, in the passive, is its subject’s', () => {
  it('reads the subject’s feeling when the cause follows "by"', () => {
    const body = 'The ferry crews have been rattled by the new berth fee.';
    assert.deepStrictEqual(flagged(body), [[body, 'motive']]);
  });
  it('still lets the feeler’s own account source it', () => {
    assert.deepStrictEqual(flagged('The ferry crews were rattled by the new berth fee, their chairman said on Monday.'), []);
  });
});

describe('claim judge: a state after a modal of duty or chance is held by nobody yet', () => {
  it('what someone should feel, must decide or might wonder is no state stated as fact', () => {
    assert.deepStrictEqual(flagged('Here is why the ferry guild should be worried:'), []);
    assert.deepStrictEqual(flagged('The harbour master must decide by June whether the pier stays open.'), []);
    assert.deepStrictEqual(flagged('A visiting engineer might wonder why the old pier still stands.'), []);
  });
  it('"may" hedges a state as "might" does, an adverb between or not', () => {
    assert.deepStrictEqual(flagged('Trawler crews may think of the harbour master more as a landlord than as a sailor.'), []);
    assert.deepStrictEqual(flagged('Mayor Dorn may now feel the same way as she winds down her campaign.'), []);
  });
  it('a duty or a reason to hold a state ("needs to realize", "reason to know") is advice, not a state held', () => {
    assert.deepStrictEqual(flagged('The harbour board needs to realize that the ferry crews will not wait another winter.'), []);
    assert.deepStrictEqual(flagged('Ms. Orlan had reason to know the pier would close before the vote.'), []);
    assert.deepStrictEqual(flagged('Two storms in a month gave the islanders good reasons to worry about the sea wall.'), []);
  });
  it('"would" and "will" still state a view or a plan', () => {
    const would = 'The ferry guild would not want to defend the berth fee before the summer season.';
    assert.deepStrictEqual(flagged(would), [[would, 'intention']]);
    const guild = 'The ferry guild is worried about the berth fee.';
    assert.deepStrictEqual(flagged(guild), [[guild, 'motive']]);
  });
  it('degree words between the modal and the state change nothing', () => {
    assert.deepStrictEqual(flagged('The ferry owners should be very, very worried.'), []);
    const very = 'The ferry owners are very worried about the levy.';
    assert.deepStrictEqual(flagged(very), [[very, 'motive']]);
  });
});

describe('claim judge: a state the sentence does not assert', () => {
  itFlagsNothing([
    'Should they opt to keep the ferry, the trustees would need a new captain.', // a condition put first
    'As for the notion that islanders want a second bridge, Ms. Varga offered her own view.', // a notion weighed
    'Ms. Varga bristled at the implication that the trustees want to sell the pier.', // a notion weighed, not asserted
    'Dorn rejected the insinuation that the guild fears an audit.',
    'Her takeaway is a belief that the board does not want tenants voting.',
    'But it is time to start worrying about the harbour levy.', // a call to the reader
    'Trustees can close the pier at will, without having to worry about who voted for the levy.',
  ]);
  it('a state asserted beside them is still flagged', () => {
    const both = 'The owners want a second bridge, and they fear the levy.';
    assert.deepStrictEqual(flagged(both), [[both, 'intention']]);
  });
});

describe('claim judge: a poll’s figures, however the share is written', () => {
  it('a share spelled out or given as "nine of 10" is the named poll’s figure', () => {
    const body = 'A harbour survey of 600 residents came out on Monday. Sixty percent now believe the pier will close. Nine of 10 boat owners were worried about the berth fee.';
    assert.deepStrictEqual(flagged(body), []);
  });
  it('how far apart the respondents stand (a ratio, a margin, an even split) is the named poll’s figure', () => {
    const poll = 'A harbour survey of 600 residents came out on Monday.\n\n';
    const margins = [
      'By 2-1, the ferry crews see the berth fee as a burden.',
      'The crews are of one mind: by nearly 3-1, the boat owners want the pier kept open.',
      'By wide margins, those asked say the dredging should come first.',
      'Retirees, who favor Ivo Dorn by a 7-point margin, differ little from dockworkers.',
      'The boat owners are evenly divided on which candidate would run the harbour better.',
      'Roughly a third of the electorate remains undecided.',
    ];
    for (const margin of margins) {
      assert.deepStrictEqual(flagged(`${poll}${margin}`), [], margin);
      assert.notDeepStrictEqual(flagged(margin), [], margin);
    }
  });
  it('a sentence that opens in a poll is credited to it', () => {
    assert.deepStrictEqual(flagged('In a harbour survey last month, the ferry crews were worried about the berth fee.'), []);
    const unpolled = 'In the end, the ferry crews were worried about the berth fee.';
    assert.deepStrictEqual(flagged(unpolled), [[unpolled, 'motive']]);
  });
});

describe('claim judge: a charge on record and an immigration status are no accusation of the reporter’s', () => {
  it('"is accused of" a crime is the charge filed; a status with its place is no crime alleged', () => {
    assert.deepStrictEqual(flagged('Tomas Brenner, 41, is accused of setting fire to the old pier in May.'), []);
    assert.deepStrictEqual(flagged('The deckhands who entered the Republic illegally could apply for permits by June.'), []);
    assert.deepStrictEqual(flagged('The plan would help those in the country illegally find work on the piers.'), []);
  });
  it('suspicion kept up over time, and a crime done illegally, still accuse', () => {
    const suspected = 'Brenner has long been accused of skimming the berth fees.';
    assert.deepStrictEqual(flagged(suspected), [[suspected, 'accusation']]);
    const dumped = 'The ferry company illegally dumped fuel into the harbour for years.';
    assert.deepStrictEqual(flagged(dumped), [[dumped, 'accusation']]);
  });
});

describe('claim judge: criticism with its critics named is their public attack', () => {
  it('names who criticized, so the reporter reports it', () => {
    assert.deepStrictEqual(flagged('Ilse Varga came under fire from the ferry guild over the berth fee.'), []);
    assert.deepStrictEqual(flagged('Varga has been criticized by some of her rivals for doubling the berth fee.'), []);
    assert.deepStrictEqual(flagged('The berth levy is already being criticized as a burden by the growers’ guild.'), []);
  });
  it('without the critics, the verdict is the reporter’s', () => {
    const attacked = 'Varga came under heavy fire over the berth fee.';
    assert.deepStrictEqual(flagged(attacked), [[attacked, 'accusation']]);
    const labelled = 'The new ferry timetable was widely criticized as sloppy.';
    assert.deepStrictEqual(flagged(labelled), [[labelled, 'accusation']]);
  });
  it('scrutiny names attention, not a fault, so it charges no one', () => {
    assert.deepStrictEqual(flagged('Varga’s dealings with the ferry company have come under scrutiny.'), []);
  });
});

describe('claim judge: doubts a named asker raises about another are put in public', () => {
  it('a person or a body raising questions about someone else asks them on record', () => {
    assert.deepStrictEqual(flagged('Councillor Ada Lind has raised questions about the harbour master’s contracts.'), []);
    assert.deepStrictEqual(flagged('She quit the paper after the news organization raised questions about whether Dorn had grabbed her arm.'), []);
  });
  it('doubts a thing raised, or raised about the asker’s own conduct, are the reporter’s verdict', () => {
    const documents = 'The ledgers raised new questions about whether the ferry board paid its donors.';
    assert.deepStrictEqual(flagged(documents), [[documents, 'accusation']]);
    const own = 'Ivo Dorn has raised questions about his own judgment.';
    assert.deepStrictEqual(flagged(own), [[own, 'accusation']]);
  });
});

describe('claim judge: propaganda as a trade’s output is a descriptor, not a verdict on someone’s words', () => {
  it('a propaganda video, propaganda warfare, a militia’s online propaganda name a kind of output', () => {
    assert.deepStrictEqual(flagged('The Harbour Front militia released a propaganda video on Sunday.'), []);
    assert.deepStrictEqual(flagged('The island state has long engaged in propaganda warfare against its neighbours.'), []);
    assert.deepStrictEqual(flagged('The ferry guild answered the raids with leaflets, radio spots and online propaganda.'), []);
  });
  it('the reporter calling someone’s words propaganda is still a verdict', () => {
    const verdict = 'The mayor’s flood report is propaganda.';
    assert.deepStrictEqual(flagged(verdict), [[verdict, 'accusation']]);
  });
});

describe('claim judge: a private meeting held on a schedule is on record', () => {
  it('that the meeting was held is public; talk of what private meetings did is not', () => {
    assert.deepStrictEqual(flagged('Ilse Varga held a private meeting with the ferry guild before the hearing.'), []);
    const inside = 'The berth fee was settled in private meetings between the mayor and the guild.';
    assert.deepStrictEqual(flagged(inside), [[inside, 'deliberation']]);
  });
});

describe('claim judge: hearsay with nobody named credits nobody', () => {
  it('"is said to", "has been rumored to": the reporter relays an inside account', () => {
    const urging = 'Some trustees are said to be urging the mayor to sell the pier before winter.';
    assert.deepStrictEqual(flagged(urging), [[urging, 'deliberation']]);
    const seeking = 'Varga has been rumored to be seeking a post on the port board.';
    assert.deepStrictEqual(flagged(seeking), [[seeking, 'deliberation']]);
    const furious = 'The harbourmaster is said to be furious about the fee.';
    assert.deepStrictEqual(flagged(furious), [[furious, 'motive']]);
  });
  it('named sources still credit it', () => {
    assert.deepStrictEqual(flagged('The harbourmaster is said to be furious about the fee, two guild members said.'), []);
    assert.deepStrictEqual(flagged('The pier is said to be the oldest on the coast, according to the town archive.'), []);
  });
});

describe('claim judge: speech to a private audience is itself the inside account', () => {
  it('"told his closest aides …" is a private conversation nobody is credited for', () => {
    const told = '“We will not sell the pier,” Mayor Ilse Varga told her closest aides as the vote neared.';
    assert.deepStrictEqual(flagged(told), [[told, 'deliberation']]);
    const close = 'Varga has told one person close to her that the ferry guild cannot be trusted.';
    assert.deepStrictEqual(flagged(close).map(([, category]) => category), ['deliberation']);
  });
  it('a credit for the conversation sources it; speech to a crowd is public', () => {
    assert.deepStrictEqual(flagged('“We will not sell the pier,” Varga told her closest aides, according to a guest at the meeting.'), []);
    assert.deepStrictEqual(flagged('“We will not sell the pier,” Varga told supporters at a rally on the quay.'), []);
  });
});

describe('claim judge: speech in a private setting is itself the inside account', () => {
  it('"in conversations with donors", "privately told": nobody in the room is credited', () => {
    const donors = 'In conversations with donors, Senator Orlan voiced dismay at the harbour board’s handling of the levy.';
    assert.deepStrictEqual(flagged(donors).map(([, category]) => category), ['deliberation']);
    const privately = 'The ferry board has privately assured the pilots that the night sailings will stay.';
    assert.deepStrictEqual(flagged(privately).map(([, category]) => category), ['deliberation']);
  });
  it('a setting inside what was said belongs to the content; a credit for the meeting sources it', () => {
    assert.deepStrictEqual(flagged('The Lund Courier reported that the mayor met privately with the pilots before the vote.'), []);
    assert.deepStrictEqual(flagged('In a closed-door meeting, Senator Orlan voiced dismay at the levy, according to two pilots who attended.'), []);
  });
});

describe('claim judge: "reportedly"', () => {
  it('flags a detail passed on from reports nobody names', () => {
    assert.deepStrictEqual(flagged('The harbour master reportedly met the salvage firm twice before the tender opened.'), [
      ['The harbour master reportedly met the salvage firm twice before the tender opened.', 'figure'],
    ]);
  });
  // once the cue is blanked from the reporter's words, "reportedly" stands before spaces only
  it('not words given to the subject after it, quoted or not', () => {
    assert.deepStrictEqual(flagged('Asked about the tender, the harbour master reportedly said, “Ask the board,” and walked off.'), []);
  });
});

describe('claim judge: a statement that ends on a question, and an announced schedule', () => {
  it('flags the statement before the colon', () =>
    assert.deepStrictEqual(flagged('Many skippers expected a vote after the storm: would the guild strike or settle?'), [
      ['Many skippers expected a vote after the storm: would the guild strike or settle?', 'belief'],
    ]));
  it('does not flag a private state read in the question', () =>
    assert.deepStrictEqual(flagged('The choice before the trustees is stark: would they prefer a sale to the Vellmar group or a strike?'), []));
  it('does not flag an announced schedule, whose verb the extractor reads as a state', () =>
    assert.deepStrictEqual(flagged('The regents are also expected to unveil the budget on Monday.'), []));
});

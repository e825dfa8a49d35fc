import * as assert from 'assert';
import { classifyClaim, explainsAnonymity, findVagueSources, hasSourcingCue, topicWords } from '../../server/src/engine/findings/claims';
import { OP_ED_VOICE } from '../../server/src/engine/lexicon/claims';

describe('classifyClaim', () => {
  const cases: [string, ReturnType<typeof classifyClaim>][] = [
    ['The governor is resisting pressure from party leaders to call a special session.', 'intention'],
    ['The mayor plans to veto the budget before the council meets again.', 'intention'],
    ['The harbour council quietly plans to sell the pier.', 'intention'],
    ['Harbor officials want to close the channel to tankers by spring.', 'intention'],
    ['The emir wants a deal before the holy month begins.', 'intention'],
    ['The ministry has been actively negotiating with the rebels since March.', 'deliberation'],
    ['Cabinet members privately questioned the timing of the vote.', 'deliberation'],
    ['The guild stepped up its behind-the-scenes talks with the port owners.', 'deliberation'], // the hyphenated spelling
    ['They seem intent on avoiding a fight with the unions before the election.', 'motive'],
    ['Residents are increasingly frustrated with the slow pace of repairs.', 'motive'],
    ['The senator believes the tariff will hurt farmers in his state.', 'belief'],
    ['The contractor has long been suspected of inflating its invoices.', 'accusation'],
    ['The closure raised fears of a wider shortage across the region.', 'accusation'],
    ['About half of the county’s fire stations were unstaffed on the night of the blaze.', 'figure'],
    ['An estimated 4,000 workers will lose their jobs.', 'figure'],
    ['The vote will likely be delayed until the new year.', 'prediction'],
    ['The company is poised to become the largest employer in the valley.', 'prediction'],
    ['The march was the biggest such protest in the state in decades.', 'causal'],
    ['There is little public affection for the new chancellor.', 'causal'],
    ['It is clear the governor wants a second term.', 'intention'], // certainty is no hedge
    ['We have seen this sort of cover-up from the harbour board before.', 'accusation'], // a columnist's "we" still accuses
    ['In our town, the ferry crews are harassed by the harbour police.', 'accusation'], // so does wrongdoing read as a phrase
    ['The lesson is plain: the harbour board is not forthcoming with the public.', 'accusation'], // a clause, not a speaker label
    ['The C.I.A. wants the harbour files sealed before the hearing.', 'intention'], // an abbreviation's "I" is nobody
    ['Dock owners resent the mayor’s hold-your-nose deal with the guild.', 'motive'], // nor a compound's "your"
  ];
  for (const [sentence, type] of cases) {
    it(`${type}: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), type));
  }

  const notClaims = [
    'The council voted 7-2 on Tuesday to approve the budget.', // an observable public act
    'The mayor plans to veto the budget, her spokesman said.', // sourced in the sentence
    "The mayor plans to veto the budget, said the U.N.'s deputy envoy in Portvale on Friday.", // eight words after the cue, "U.N.'s" one
    'According to the ministry, the rebels want a ceasefire.', // sourced in the sentence
    'It is unclear whether the governor will sign the bill.', // the reporter's own hedge
    'It was not immediately clear whether the rebels want to talk.', // the reporter's own hedge
    'It’s unclear whether the trustees want to sell the pier.', // the same hedge, contracted
    'It remains uncertain whether the owners plan to rebuild.', // the same hedge
    'It’s hard to know where the guild will decide to spend its strike fund.', // the reporter's own hedge
    'The governor plans to be back in Lund later on Saturday for the count.', // an announced schedule
    'Does the mayor want to run again?', // a question
    'We want a fair contract and we will not back down.', // first person: speech, not the reporter
    'SMITH: The governor wants to raise taxes on everyone.', // a transcript line
    'Ms. Holt: The governor wants to raise taxes on everyone.', // a transcript line
    'We think the harbour board wants a fight.', // a columnist's first person, no accusation
    'UNION WANTS TO STRIKE BEFORE THE HOLIDAYS', // a kicker in capitals
    'The talks are set to resume on Friday in Geneva.', // a public schedule
    'The superintendent did not unveil plans to fund the new gym.', // "plans" is a noun here
    'The senator’s plan to cut taxes passed the committee.', // a noun after a possessive
    'All three candidates have fairly ambitious plans to rebuild the harbour wall.', // a described plan is a noun
    'The governor issued a detailed plan to dredge the channel.', // a published plan, not an intention
    'The law mandates two visits for women who want to obtain the pill.', // a generic relative clause
    'She sought to distance herself from the bank on Tuesday.', // an observed public effort
    'If you want to understand the vote, look at the map.', // the columnist's voice
    'The plant closed in 2019 after 40 years.', // background with a date
    'The suspect was wanted by police in two states.', // a public fact
    'The senator met privately with the pope on Saturday.', // a meeting is a public fact
    'He won at least 7 of the 9 seats at stake.', // a count out of a known total
    '',
  ];
  for (const sentence of notClaims) {
    it(`no claim: ${JSON.stringify(sentence)}`, () => assert.strictEqual(classifyClaim(sentence), null));
  }

  it('reads words separated by no-break spaces', () => {
    assert.strictEqual(classifyClaim('The\u00a0ministry has\u00a0been\u00a0actively negotiating with the rebels.'), 'deliberation');
  });

  it('stays fast on a very long sentence', () => {
    const long = 'most '.repeat(20000) + 'ever';
    const started = Date.now();
    classifyClaim(long);
    assert.ok(Date.now() - started < 500);
  });
});

describe('hasSourcingCue', () => {
  it('sees reporting verbs, "according to" and documents', () => {
    assert.ok(hasSourcingCue('The plan would cut 300 jobs, officials said.'));
    assert.ok(hasSourcingCue('according to court records'));
    assert.ok(hasSourcingCue('A poll released Monday shows the race tightening.'));
    assert.ok(!hasSourcingCue('The plan would cut 300 jobs.'));
  });
});

describe('hasSourcingCue and private speech', () => {
  it('does not read speech done in private as a source: the reporter did not hear it', () => {
    assert.ok(!hasSourcingCue('The minister privately told his cabinet to prepare for a deal.'));
    assert.ok(hasSourcingCue('Aides acknowledged privately that the vote was lost.'));
  });
});

describe('hasSourcingCue and "say" as a noun', () => {
  it('does not read a share in a decision as a source speaking', () => {
    assert.ok(!hasSourcingCue('The vote underscores the risk for the guild, before the river towns get their say in May.'));
    assert.strictEqual(classifyClaim('The vote underscores the risk for the guild, before the river towns get their say in May.'), 'causal');
    assert.ok(hasSourcingCue('The guild will lose the vote, the river towns say.'));
  });
});

describe('hasSourcingCue and the writer’s own idiom of saying', () => {
  it('does not read "needless to say" or "it’s fair to say" as a source speaking', () => {
    assert.ok(!hasSourcingCue('Needless to say, the harbour board lied about the dredging audit.'));
    assert.strictEqual(classifyClaim('Suffice it to say, the harbour board lied about the dredging audit.'), 'accusation');
    assert.strictEqual(classifyClaim('It’s fair to say the ferry guild covered up the collision.'), 'accusation');
    assert.ok(hasSourcingCue('It is hard to say whether the harbour board lied.')); // a hedge, read by HEDGED_FRAMING
  });
});

describe('findVagueSources', () => {
  it('finds weasel sources with their cue', () => {
    const sentence = 'Critics say the plan favours developers, and it is widely believed the vote is rigged.';
    assert.deepStrictEqual(
      findVagueSources(sentence).map((v) => v.text),
      ['Critics say', 'it is widely believed'],
    );
  });

  it('gives offsets into the sentence as given', () => {
    const sentence = 'The plan, some\u00a0say, favours developers.';
    const [v] = findVagueSources(sentence);
    assert.deepStrictEqual([v.start, v.end, sentence.slice(v.start, v.end)], [10, 18, 'some\u00a0say']);
  });

  for (const sentence of [
    'It is believed the minister left the country on Sunday.',
    'Many experts believe the dam will not hold.',
    'The minister is said to have left the country.',
    'Others argue the tax will drive companies away.',
    'The general reportedly fled to the coast.',
    'The levy is unpopular in some quarters.',
  ]) {
    it(`vague: ${sentence}`, () => assert.strictEqual(findVagueSources(sentence).length, 1));
  }

  for (const sentence of [
    'Two experts at the state university said the dam will not hold.',
    'The critics said they would sue.',
    'Security analysts at the bank say the risk is low.',
    'Some US officials noted that the talks had stalled.',
  ]) {
    it(`named or counted, not vague: ${sentence}`, () => assert.deepStrictEqual(findVagueSources(sentence), []));
  }
});

describe('explainsAnonymity', () => {
  it('recognises the usual reasons', () => {
    assert.ok(explainsAnonymity('said an aide who spoke on condition of anonymity to discuss private talks'));
    assert.ok(explainsAnonymity('who was not authorized to speak publicly'));
    assert.ok(explainsAnonymity('who asked not to be named'));
    assert.ok(!explainsAnonymity('a senior official said'));
  });
});

describe('classifyClaim: a pronoun in a name is not the writer speaking', () => {
  it('reads the claim of a sentence that names a group with "Our" or "Your" in it', () => {
    assert.strictEqual(classifyClaim('The Save Our Harbours alliance fears the levy will empty the quay.'), 'motive');
    assert.strictEqual(classifyClaim('Leaders of the group Our Coast want the levy repealed before winter.'), 'intention');
    assert.strictEqual(classifyClaim('The Your Ferry Fund plans to sue the board over the berth fee.'), 'intention');
  });
  it('still hears the writer in a clause opening on the pronoun', () => {
    assert.strictEqual(classifyClaim('Our levy will likely fail in the assembly this spring.'), null);
    assert.strictEqual(classifyClaim('The choice is plain: We will likely lose the ferries.'), null);
    assert.strictEqual(classifyClaim('The Save Our Coast levy will likely fail in the assembly this spring.'), 'prediction');
  });
  it('does not hear an op-ed’s voice in a name', () => {
    assert.ok(!OP_ED_VOICE.test('Dana Varr joined the Me Too marchers and the Your Ferry Fund on the quay.'));
    assert.ok(OP_ED_VOICE.test('My own view is that the levy failed.'));
  });
});

describe('hasSourcingCue and "attacked"', () => {
  it('reads a critic attacking in words as a source: as, for or over something, or a plan', () => {
    assert.ok(hasSourcingCue('Senator Quell attacked the berth levy as a tax on the ferry crews.'));
    assert.ok(hasSourcingCue('The guild attacked Varga for ignoring the dredging audit.'));
    assert.ok(hasSourcingCue('Dorrel’s mayor attacked the board over its handling of the flood.'));
    assert.ok(hasSourcingCue('The river towns attacked Quell’s dredging plan.'));
  });
  it('does not read a physical attack as a source', () => {
    assert.ok(!hasSourcingCue('Gunmen attacked the ferry convoy near Dorrel on Tuesday.'));
    assert.ok(!hasSourcingCue('The crew was attacked by a dog, and the guild fears the owners want revenge.'));
    assert.ok(!hasSourcingCue('Raiders attacked the barge as it passed the weir.'));
    assert.ok(!hasSourcingCue('Rebels attacked the quay for hours before dawn.'));
  });
});

describe('hasSourcingCue and "states" or "show" as nouns', () => {
  it('does not read the noun "states" as a source stating', () => {
    assert.ok(!hasSourcingCue('Ferry guilds in nine states fear the new berth fee.'));
    assert.strictEqual(classifyClaim('Ferry guilds in nine states fear the new berth fee.'), 'motive');
    assert.ok(hasSourcingCue('The harbour memo states that the pier is unsafe.'));
  });
  it('does not read "a show of" as data showing', () => {
    assert.ok(!hasSourcingCue('The guild staged a show of strength at the quay.'));
    assert.ok(hasSourcingCue('Tide records show the pier flooded twice.'));
  });
});

describe('classifyClaim: forecasts negated or seeming, and work to sink someone', () => {
  const cases: [string, string | null][] = [
    ['The new berth fee isn’t likely to win over the ferry crews.', 'prediction'],
    ['The pilots’ guild is no longer likely to back the dredging plan.', 'prediction'],
    ['The harbour board seems poised to drop the fee.', 'prediction'],
    ['The dredging plan would most likely cost the oyster beds their summer.', 'prediction'],
    // a guess at how things would stand is hedged twice; an outcome, or a confident guess, is still forecast
    ['A second ferry would probably be a relief to the shopkeepers of Tarrow.', null],
    ['There would likely be a new pier on the north side by the autumn.', null],
    ['The levy would likely be defeated in the assembly.', 'prediction'],
    ['The toll would almost certainly be a burden on the crews.', 'prediction'],
    ['The vote on the tariff was not expected to be close.', 'prediction'],
    // the odds given as the reporter's own, with no forecaster named
    ['It’s unlikely the ferry levy will survive the spring session.', 'prediction'],
    ['By the end of the harvest, her lead in the river wards in all likelihood will be out of reach.', 'prediction'],
    ['What is almost certain is that the guild stays out through the winter.', 'prediction'],
    ['The chances of that are slim, as the guild holds every seat on the board.', 'prediction'],
    ['A merger of the two ferry lines simply isn’t going to happen.', 'prediction'],
    ['Her deputies worked quietly to undermine the harbour master’s authority.', 'deliberation'],
    // a comparison of groups, as a survey gives it, forecasts nothing
    ['Younger skippers were more likely to fish the northern banks.', null],
  ];
  for (const [sentence, category] of cases) {
    it(`${category ?? 'no claim'}: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), category));
  }
});

describe('classifyClaim: what an event will do to a contest, forecast without a hedge', () => {
  const cases: [string, string | null][] = [
    ['A second-place finish in the river ward would bolster Ms. Orlan’s claim to lead the guild.', 'prediction'],
    ['The strike at the docks will only complicate the mayor’s task in the island wards.', 'prediction'],
    ['A win in Ostend would go a long way toward settling the race for the guild.', 'prediction'],
    // "could" is the reporter's hedge; what a measure's text provides is no forecast
    ['The ferry toll could complicate the mayor’s task.', null],
    ['The levy would raise the berth fee by a fifth.', null],
  ];
  for (const [sentence, category] of cases) {
    it(`${category ?? 'no claim'}: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), category));
  }
});

describe('classifyClaim: a line in title case is a headline, not body copy', () => {
  it('reads no claim in a teaser whose every long word is capitalised, and still reads the sentence', () => {
    assert.strictEqual(classifyClaim('Harbour Master Varga Wants To Sink The Berth Fee Before Summer'), null);
    assert.strictEqual(classifyClaim('Harbour master Varga wants to sink the berth fee before summer.'), 'intention');
  });

  it('reads a sentence of names whose short verbs are in lower case, and a title whose long minor word is', () => {
    assert.strictEqual(classifyClaim('Quell and Varga aim to win Ostvik, Tarrow, Marsh Vale and Pellingham.'), 'intention');
    assert.strictEqual(classifyClaim('Harbour Master Varga Wants To Pull Berth Fees from Tarrow Skippers'), null);
    // an agency's possessive is part of its dotted name, no slip of case
    assert.strictEqual(classifyClaim("U.N.'s Harbour Envoy Wants To Sink The Berth Fee Before Summer"), null);
  });
});

describe('classifyClaim: a stir caused in public, and a point someone makes, are no causal verdict', () => {
  const cases: [string, string | null][] = [
    ['The ferry captain caused a stir at the quay when she docked a day early.', null],
    ['The tolls sparked a backlash among the island skippers.', null],
    ['The harbour master travelled to Ostvik to underscore the need for a second berth.', null],
    ['The guild’s weakness was underscored when only nine skippers came to the vote.', null],
    // the reporter's own reading of what an event shows is still one
    ['The empty berths underscore how badly the toll has hurt the island trade.', 'causal'],
  ];
  for (const [sentence, category] of cases) {
    it(`${category ?? 'no claim'}: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), category));
  }
});

describe('classifyClaim: a claim a weasel source passes on is still judged; words it speaks are not', () => {
  const cases: [string, string | null][] = [
    ['The ferry board reportedly wants to sell the north pier.', 'intention'],
    ['Many fear the toll will double by spring.', 'motive'],
    ['The harbour master is widely seen as the next mayor of Ostvik.', 'belief'],
    ['Critics argue that the harbour master wants to sell the pier.', null],
    ['Some insist the harbour master wants to sell the pier.', null],
  ];
  for (const [sentence, category] of cases) {
    it(`${category ?? 'no claim'}: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), category));
  }
  it('still finds the weasel source in each', () => {
    for (const [sentence] of cases) assert.strictEqual(findVagueSources(sentence).length, 1, sentence);
  });
});

describe('topicWords', () => {
  it('leaves function words out whole, not as "ha", "wa" or "thi" once their -s is dropped', () => {
    assert.deepStrictEqual([...topicWords('This ferry has stopped and was towed; his crew waits.')].sort(), ['crew', 'ferry', 'stopped', 'towed', 'wait']);
  });
});

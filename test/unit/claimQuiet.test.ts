import * as assert from 'assert';
import { classifyClaim } from '../../server/src/engine/findings/claims';
import { itFlagsAs, itFlagsNothing, itReadsClaims, itReadsNoClaim } from '../support/claimFixtures';
import { namesNoClaim } from '../../server/src/engine/findings/claimReadings';

// Flags an editor would not send back, each beside the claim of the same words that must still be flagged. Every
// sentence is invented (fictional people, places and bodies).

describe('a state given to others as an effect, not one they hold', () => {
  const quiet = [
    'The new berth will make skippers feel welcome in Ostvik.',
    'The rebate could help the growers understand the Vell levy.',
    'Nothing in the charter makes anyone think the ferry will run by spring.',
  ];
  itReadsNoClaim(quiet);
  // the extractor's private state reaches the same test: its holder is the object of "make"
  it('the extractor’s state after "make his backers" names no claim', () => {
    const words = 'The mayor will open the ledger and make his backers feel heard.';
    assert.strictEqual(namesNoClaim(words, words.indexOf('feel'), 'motive'), true);
  });
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The Vell growers feel cheated by the levy.', 'motive'],
    ['The harbour trustees think the ferry will never run.', 'belief'],
  ];
  itReadsClaims(claims);
});

describe('"think" that holds no belief, and a thing open to question', () => {
  const quiet = [
    'Dana Varr, a fellow at the Brightwater think tank, backed the levy on Tuesday.',
    'After the fine, the trawler crews will think twice before they fish the bay.',
    'The clause on berth fees is open to interpretation.',
    'How far the idea has spread among the net menders is open to question.',
  ];
  itReadsNoClaim(quiet);
  it('the extractor’s "think twice" names no claim', () => {
    const words = 'So the growers will think twice before they sell.';
    assert.strictEqual(namesNoClaim(words, words.indexOf('think'), 'belief'), true);
  });
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The ferry guild remains open to a new levy.', 'intention'],
    ['The trawler crews think the fine is a bluff.', 'belief'],
  ];
  itReadsClaims(claims);
});

describe('the writer’s own state in a first-person piece', () => {
  const quiet = ['I have no plans yet to back a slate in the Lund vote.', 'We’d love to see the Brask regents explain the berth fees.'];
  itReadsNoClaim(quiet);
  // a columnist's voice does not make the state of others an opinion
  it('intention: We have seen it before: the regents plan to sell the quay.', () =>
    assert.strictEqual(classifyClaim('We have seen it before: the regents plan to sell the quay.'), 'intention'));
});

describe('a state held toward the writer, or by the writer’s own people: a first-hand account', () => {
  itFlagsNothing([
    'The harbour master wants to make me wait a week for the berth permit.',
    'As a fellow skipper, she felt for us.',
    'The warden was dispatching me to the night shift at the Ostvik pier.',
    'Our son does not want to leave Ostvik.',
    'The judge never intended to give me a fine.',
    'Though crews like mine are feeling it most, the fare rise hits every islander.',
  ]);
  // the same states held toward others are still claims, and so is a columnist's "we" in a clause of its own
  itFlagsAs('intention', ['The harbour master wants to make the skippers wait a week for the berth permit.', 'The Lund family does not want to leave Ostvik.']);
  itFlagsAs('motive', ['As a fellow skipper, she felt for the crews.', 'The judge never intended to give the growers a fine.']);
  itFlagsAs('motive', ['Though crews like the Lunds are feeling it most, the fare rise hits every islander.']);
  itFlagsAs('deliberation', ['The warden was dispatching two guards to the night shift at the Ostvik pier.']);
  itFlagsAs('intention', ['We have heard it all before: the regents want to sell the quay.', 'The regents want to sell the quay to the US navy.']);
  itFlagsAs('motive', ['Workers at the mine fear the layoffs will come before spring.']);
});

describe('good wishes passed on: no wish held', () => {
  it('the extractor’s state "wishes" before someone wished well names no claim', () => {
    const words = 'The harbour master wishes the new skipper well.';
    assert.strictEqual(namesNoClaim(words, words.indexOf('wishes'), 'intention'), true);
    const held = 'The harbour master wishes the new skipper would stay.';
    assert.strictEqual(namesNoClaim(held, held.indexOf('wishes'), 'intention'), false);
  });
});

describe('a share of people as the holder of a state: a poll’s count', () => {
  it('no claim: Fares rose again, leaving 12 percent of the islanders not planning to drive.', () =>
    assert.strictEqual(classifyClaim('Fares rose again, leaving 12 percent of the islanders not planning to drive.'), null));
  it('the extractor’s state held by "the 4 percent who" names no claim', () => {
    const words = 'The levy now has 30 percent backing, against the 4 percent who favoured it in spring.';
    assert.strictEqual(namesNoClaim(words, words.indexOf('favoured'), 'intention'), true);
  });
  // the share itself, stated with nobody credited, is still a figure; a group's state is still a claim
  it('figure: About 30 percent of the growers want the levy scrapped.', () =>
    assert.strictEqual(classifyClaim('About 30 percent of the growers want the levy scrapped.'), 'figure'));
  it('intention: The Vell growers are not planning to sell.', () => assert.strictEqual(classifyClaim('The Vell growers are not planning to sell.'), 'intention'));
});

describe('a reaction that showed, as the room saw it', () => {
  const quiet = [
    'Varga seemed unconvinced.',
    'He appeared rattled at the harbour hearing, unable to answer the skippers.',
    'The envoy seemed taken aback and changed the subject.',
  ];
  itReadsNoClaim(quiet);
  // a feeling held out of sight, or one an event put into a group, is still the reporter's reading
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The regent seemed most concerned with the berth fees.', 'motive'],
    ['The growers seemed worried about the levy.', 'motive'],
    ['The levy rattled the skippers.', 'motive'],
  ];
  itReadsClaims(claims);
});

describe('an embedded post, credited by its signature', () => {
  it('no claim: a post signed "— Ostvik Daily (@ostvikdaily) June 3, 2016"', () =>
    assert.strictEqual(classifyClaim('Harbour board reportedly wants the Vell berth sold https://t.co/xYz12 — Ostvik Daily (@ostvikdaily) June 3, 2016'), null));
  it('intention: The harbour board wants the Vell berth sold.', () => assert.strictEqual(classifyClaim('The harbour board wants the Vell berth sold.'), 'intention'));
});

describe('a rank in the world named as what a company or a place is known as', () => {
  const quiet = ['Halvard, the world’s biggest ferry maker, opened a yard in Vell.', 'The merger would create the nation’s largest net maker.'];
  itReadsNoClaim(quiet);
  // the rank asserted as the sentence's finding still needs a source
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['Brask is the world’s largest oyster port.', 'figure'],
    ['Vell remains the country’s second-largest ferry hub.', 'figure'],
  ];
  itReadsClaims(claims);
});

describe('"plan" as a noun: a plan that exists, is opposed or ranked, not a holder’s verb', () => {
  const quiet = [
    'There are plans to widen the quay before the regatta.',
    'The guild is campaigning against plans to sell the quay.',
    'The latest plan to save the ferry is a long shot.',
    // the plans head the subject of the sentence's own verb: nobody is said to plan
    'Harbour plans to widen the quay fell through after the storms.',
    'Guild plans to buy the old ferry were shelved in March.',
    'Council plans to sell the pier stalled in committee.',
  ];
  itReadsNoClaim(quiet);
  itFlagsNothing(['Harbour plans to widen the quay fell through after the storms.', 'Ostland plans to rebuild the bridge largely fell by the wayside.']);
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The guild plans to sell the quay.', 'intention'],
    ['The regents have plans to sell the quay.', 'intention'],
    // a verb of its own clause, or an adjective, after the plan is not the sentence's verb
    ['The mayor plans to close the pier that fell into the bay.', 'intention'],
    ['The guild plans to make sure the crews were paid.', 'intention'],
    ['The regents plan to revive stalled talks with the guild.', 'intention'],
  ];
  itReadsClaims(claims);
});

describe('"hopes" as a noun heading the sentence\'s subject: hopes dashed or faded, not a holder\'s verb', () => {
  const quiet = [
    'Harbour hopes to widen the quay were dashed after the storms.',
    'Their hopes to buy the old ferry faded in March.',
    'Guild hopes to sell the pier had been quickly crushed.',
  ];
  itReadsNoClaim(quiet);
  itFlagsNothing([
    'Voter hopes for a new ferry were dashed in March.',
    'Council hopes for a quick sale have faded.',
    'Ostland hopes to win the regatta fell by the wayside.',
  ]);
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The mayor hopes to close the pier.', 'intention'],
    // a verb of its own clause, or an adjective, after the hope is not the sentence's verb
    ['The guild hopes to buy the pier that fell into the bay.', 'intention'],
    ['The regents hope to revive stalled talks with the guild.', 'intention'],
  ];
  itReadsClaims(claims);
  // hopes still held are a state of others put as fact
  itFlagsAs('motive', ['Dock owners hope to sell the pier.', 'Guild hopes for a new ferry were high in March.']);
});

describe('a keenness or a holding back that the act itself shows', () => {
  const quiet = [
    'The ferry guild sharpened its letters to the council, eager to keep the berth fees low.',
    'Skippers reluctant to pay the new levy tied up early on Friday.',
    'Still an apprentice but eager to make a name, Orla Vint rowed the bay every dawn.',
  ];
  itReadsNoClaim(quiet);
  // held over time by a named holder, it is the reporter's reading of a state, as any feeling
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The Vell growers have been eager to sell before the levy lands.', 'motive'],
    ['Her aides have been reluctant to show the harbour plan.', 'motive'],
  ];
  itReadsClaims(claims);
});

describe('a forecast told in the past, a contest on the calendar, a part someone is to take', () => {
  const quiet = [
    'The harbour master was poised to sign the lease, but the council sold the berth that week.',
    'The net menders were bound to learn of the fee in any case.',
    'Orla Vint will face off with the ferry captain in the May ballot.',
    'Dana Varr, who will play a leading part as chair of the harbour board, spoke first.',
  ];
  itReadsNoClaim(quiet);
  // the same words about what is still to come are the reporter's forecast
  const claims: [string, ReturnType<typeof classifyClaim>][] = [
    ['The harbour master is poised to sign the lease.', 'prediction'],
    ['The levy will face stiff opposition from the growers.', 'prediction'],
    ['The ferry toll is also expected to rise by spring.', 'prediction'],
    ['The harbour vote is widely expected to go against the levy.', 'prediction'],
    // an expectation nobody owns is the reporter's forecast in the past tense too
    ['Ms. Orlan was expected to carry most of the island wards.', 'prediction'],
  ];
  itReadsClaims(claims);
});

describe('a forecast in a relative clause, an aside on the noun it hangs on', () => {
  itFlagsNothing(
    [
      'The ferry ads will run during the Brask regatta, which is expected to draw a large crowd from the mainland.',
      'The first ballot seats delegates who are expected to back the guild at the harbour assembly.',
      'The motion curbs the chair, a post that is widely expected to go to Dana Varr.',
      'The first radio buys, which will likely grow, are in Ostvik and on the north shore.',
    ],
    'no claim',
  );
  // the same forecast in the main clause is the reporter's
  itFlagsAs('prediction', ['The Brask regatta is expected to draw a large crowd from the mainland.', 'The first radio buys will likely grow before the vote.']);
});

describe('what a goal takes, not an outcome foretold', () => {
  itFlagsNothing(
    ['Ms. Orlan will need the votes of the dockers in the autumn ballot.', 'Some skippers will need loans for the new nets.'],
    'no claim',
  );
  // the outcome itself, foretold, is the reporter's forecast
  itFlagsAs('prediction', ['Ms. Orlan will lose the votes of the dockers in the autumn ballot.']);
});

describe('a trip toward a named place, not a course toward an outcome', () => {
  itFlagsNothing(['The two envoys are headed to Ostvik to settle the berth dispute.', 'The relief crews were heading for Brask by dawn.'], 'no claim');
  itFlagsAs('prediction', ['The harbour levy is headed for defeat in the assembly.']);
});

import * as assert from 'assert';
import { classifyClaim } from '../../server/src/engine/findings/claims';
import { itFlagsAs, itFlagsNothing, itReadsClaims, itReadsNoClaim } from '../support/claimFixtures';

// Every sentence is invented (fictional people, places and bodies).
describe('a cause credited with an outcome by "helped"', () => {
  const claims = [
    'The dredging delays helped push the ferry guild toward a strike.',
    'This has helped put Ms. Orlan within reach of the harbour seat.',
    'The cannery closures, which helped sink the levy, were never debated.',
    'Cheap diesel helps explain the rise of the night trawlers.',
  ];
  itReadsClaims(claims.map((sentence) => [sentence, 'causal'] as const));
  const quiet = [
    // a person lending a hand: a public act of assistance, not a cause
    'Councillor Brask helped draft the new berth rules.',
    'Mr. Tarn, who helped found the guild, retired in May.',
    'She helped the ferry crews unload the relief supplies.',
    // a hope or a plan: what may help is no claim that it did
    'The grant could help the island keep its clinic open.',
    'Volunteers came from Ostvik to help clear the quay.',
    // what money paid for: spending on the record, not a cause weighed
    'The windfall from the fish auction helped pay for the new ferry berths.',
    'A grant from the guild helps fund the night clinic on the quay.',
  ];
  itReadsNoClaim(quiet);
});

describe('an outcome link, analysis or a sequence on the record', () => {
  it('causal: The toll rise led to emptier ferries on the north route.', () =>
    assert.strictEqual(classifyClaim('The toll rise led to emptier ferries on the north route.'), 'causal'));
  // one event on the record followed by another: anyone can check the sequence
  const quiet = [
    'The leaked ledger led to the resignation of the harbour master in June.',
    'The collision resulted in an inquiry by the coastal board.',
    'The mill closed in 2019, which led to an exodus of young families.',
    'Two deckhands died as a result of the collision off the north pier.',
    'The skipper faces one count of assault as a result of a brawl at the quay.',
  ];
  itReadsNoClaim(quiet);
});

describe('an effect summed up in the perfect', () => {
  const claims = [
    'The closure of the cannery has weakened the guild in every harbour ward.',
    'Cheaper ferries have transformed trade along the north coast.',
    'The audit of the berth fund hasn’t hurt Ms. Orlan with the skippers.',
    'A decade of dredging has disproportionately benefited the larger trawler fleets.',
    // what a cause has brought about by now, in others or in a rival's hand
    'The slump in herring prices has caused a shortage of deckhands on the north quay.',
    'The new berth fees have already caused the Vell cannery to lay off its night crew.',
  ];
  itReadsClaims(claims.map((sentence) => [sentence, 'causal'] as const));
  const quiet = [
    // the passive names no cause; who gained from a cause is not the cause
    'The guild has been weakened in recent years.',
    'The larger fleets have benefited from the new berths on the quay.',
    // a person's own doing, not a cause weighed
    'She has strengthened the sea wall committee with two new members.',
    // the simple past of a cause: a sequence seen at one moment
    'The gust caused the awnings on the quay to flap.',
  ];
  itReadsNoClaim(quiet);
});

describe('an effect in the passive with its cause named', () => {
  const claims = [
    'Ms. Orlan’s standing on the island has been dented by the ferry audit.',
    'The harbour race was dominated by the fight over tolls.',
    'The guild’s drive for a pay rise was bogged down by a pension dispute.',
  ];
  itReadsClaims(claims.map((sentence) => [sentence, 'causal'] as const));
  // the passive without its cause names none
  it('no claim: The north pier was damaged in the storm.', () => assert.strictEqual(classifyClaim('The north pier was damaged in the storm.'), null));
});

describe('a cause given its share in an outcome', () => {
  const claims = [
    'The cannery strike played a large part in the mayor’s defeat.',
    'The toll fight was a key reason the levy failed on the island.',
    'The harbour pact owed most of its gains to a ferry guild.',
    'The long detour through the marshes proved costly for the guild.',
    'The flooding put pressure on the council to rebuild the sea wall.',
    'The new fence has done little to deter the night trawlers.',
  ];
  itReadsClaims(claims.map((sentence) => [sentence, 'causal'] as const));
  // a role on the programme, and pressure as a thing measured, are no weighing of causes
  const quiet = [
    'Ms. Orlan played a part in the harbour pageant on Sunday.',
    'The divers measured the water pressure on the hull.',
    // a standing function, background anyone can check, not a share in an outcome
    'The harbour board plays a central role in the island’s ferry trade.',
  ];
  itReadsNoClaim(quiet);
});

describe('a cause the reporter only denies must follow', () => {
  itFlagsNothing(['The ferry audit won’t necessarily derail Ms. Orlan’s campaign for the harbour seat.'], 'no claim');
  // the same cause asserted
  itFlagsAs('causal', ['The ferry audit derailed Ms. Orlan’s campaign for the harbour seat.']);
});

describe('a cause reckoned possible in the passive or the perfect', () => {
  itFlagsNothing(
    ['The Tarn campaign may be helped by the row over ferry fares.', 'The toll fight might have contributed to Ms. Orlan’s loss on the island.'],
    'no claim',
  );
  // the same causes asserted
  itFlagsAs('causal', ['The Tarn campaign has been helped by the row over ferry fares.', 'The toll fight contributed to Ms. Orlan’s loss on the island.']);
});

describe('a cause the reporter hedges in its own clause', () => {
  itFlagsNothing(
    [
      'Maybe the harbour board’s choice to hold its hearings on market days helped the trawler guild fill the hall.',
      'The toll fight perhaps helped sink the levy on the island.',
      'The berth dispute may backfire and cost her the north quay vote in May.',
    ],
    'no claim',
  );
  // the same causes asserted; a hedge in another clause of the reporter's own hedges nothing here
  itFlagsAs('causal', [
    'The harbour board’s choice to hold its hearings on market days helped the trawler guild fill the hall.',
    'The berth dispute backfired and cost her the north quay vote in May.',
    'The vote may come in May; the toll fight helped sink the levy on the island.',
  ]);
});

describe('an effect verb in a sense that states no cause', () => {
  const quiet = [
    'Twice the skiff upended completely, throwing the crew into the harbour.',
    'The two front-runners are the same; only the order has changed.',
    'But it all changed the week the cannery closed.',
    'With any written text doomed to be ignored, the mayor spoke freely to the crowd.',
    'The old ferry crews were not imperiled.',
  ];
  itFlagsNothing(quiet, 'no claim');
  // the same verbs acting on something, and "backfire", which never takes an object, still state a cause
  const claims = ['The toll fight upended the harbour race.', 'The new fence has changed the night fishing trade.', 'The guild’s threats backfired.'];
  itFlagsAs('causal', claims);
});

describe('an effect verb in the progressive is active, its subject the cause', () => {
  // "is" before an "-ing" form makes no passive: the berth fee is doing the undermining
  itFlagsAs('causal', ['The new berth fee is undermining the trade of the north quay.', 'The dredging delays were hampering the ferry crews all summer.']);
  // the passive still names no cause
  itFlagsNothing(['The trade of the north quay is undermined.'], 'no claim');
});

describe('what drew the public\'s attention is no cause weighed', () => {
  itFlagsNothing(
    [
      'The cannery strike overshadowed Ms. Orlan’s plan for the harbour.',
      'Her tour of the dikes has been overshadowed by the fire at the ferry depot.',
      'The mayoral race is being eclipsed by the fight over ferry fares.',
      // nor a tally passing a mark, which the count itself shows
      'Flood cases in the county eclipse the 900 mark.',
    ],
    'no claim',
  );
});

describe('a message\'s reception by its audience is no cause weighed', () => {
  // what the audience showed in public (cheers, turnout, shares, polls), not a cause only the reporter weighs
  itReadsNoClaim([
    'Her pledge on the ferry fares resonated with older voters.',
    'The skipper’s post about the quay resonates among the trawler crews.',
    'Mr. Tarn struck a chord with his attacks on the berth fees.',
  ]);
  // the failure to reach an audience, and a nerve touched, are still the reporter's verdict
  itReadsClaims([
    ['The toll plan failed to resonate with the island crews.', 'causal'],
    ['The audit struck a raw nerve in the harbour board.', 'causal'],
  ]);
});

describe('what a result does by the count alone is public record', () => {
  const quiet = [
    'The sweep was a setback for Mr. Tarn, who had toured every harbour ward.',
    'Her victories in Ostvik and Brask give her a clear advantage in the race.',
    'His 41 percent support hands him a wide advantage over the field.',
    'Ms. Orlan has widened her margin, thanks in part to her wins Monday in the island wards.',
  ];
  itFlagsNothing(quiet, 'no claim');
  // a cause that is no result still does what the reporter says it did
  const claims = ['The cannery strike was a blow to Mr. Tarn.', 'The ferry scandal gives her a clear advantage in the race.'];
  itFlagsAs('causal', claims);
});

describe('a person in a relative clause before a cause: what they did, not why something came about', () => {
  const quiet = [
    'Ms. Orlan hired Tomas Vane, a pilot who played a large part in the mayor’s win, to run the ferry office.',
    'The board thanked the skippers who have upended the old berth rotation.',
    'Turnout is low among islanders who’ve bolstered Mr. Dorn in the north wards.',
    'The inquiry into who is to blame for the flooded quay opens in May.',
  ];
  itFlagsNothing(quiet, 'no claim');
  // a thing in the relative clause is a cause the reporter names
  const claims = ['The cannery closures, which played a large part in the mayor’s defeat, were never debated.'];
  itFlagsAs('causal', claims);
});

describe('an outcome credited to its cause by an idiom of cause', () => {
  const claims = [
    'Ms. Orlan carried the north wards on the strength of her stand against the ferry toll.',
    'The missing ledger has given fresh fuel to the guild’s case against the harbour board.',
    'The second closure added fuel to the feud between the two cannery towns.',
  ];
  itFlagsAs('causal', claims);
});

describe('what a contest showed, and a ranking within a named field', () => {
  const claims = [
    'The long fight over the ferry toll laid bare the cost of the mayor’s long silence.',
    'Mr. Dorn represents the most conservative ward in Ostvik.',
  ];
  itFlagsAs('causal', claims);
  // a date is no rank; a plan to show something is no verdict on what was shown; a place among many is background
  const quiet = [
    'The most recent vote in Ostvik was held in May.',
    'The guild hired an auditor to lay bare the board’s accounts.',
    'Mr. Dorn represents one of the most conservative wards in Ostvik.',
    'Since the flood, the pair have become among the best-known skippers on the coast.',
    'The cannery walkout was one of the biggest strikes on the island in decades.',
  ];
  itFlagsNothing(quiet, 'no claim');
});

describe('a player’s fortunes judged as fact', () => {
  const claims = [
    'Mr. Tarn, whose support cratered after the harbour debate, spoke last.',
    'Ms. Orlan saw her support collapse after she mocked the ferry crews.',
    'Mr. Dorn has emerged as a serious rival to the mayor in the north wards.',
    'A trawler guild is backing Mr. Tarn’s fading campaign for the harbour seat.',
    'The losses in the island wards have his campaign on the brink of collapse.',
  ];
  itFlagsAs('causal', claims);
  // what the files show: a name that comes up, not a rise in standing; a fall in the polls, background in a relative clause
  itFlagsNothing(['Mr. Vane emerged as a regular name in the harbour board’s files.', 'The guild backs Mr. Tarn, whose numbers have fallen in recent weeks.'], 'no claim');
});

describe('a superlative that ranks a count is the tally’s record', () => {
  itFlagsNothing([
    'Ms. Orlan won the most votes in the first round of the harbour election.',
    'The ferry levy drew 4,000 votes, the most of any island measure ever.',
    'Her approval is down 9 points since spring and at its lowest ever.',
    'The jobless rate on the island is now the lowest on record.',
  ]);
  // a superlative with no count behind it is still the reporter's verdict
  itFlagsAs('causal', ['The cannery walkout was the most disruptive strike on the island in decades.']);
});

describe('a cause given a share in an outcome by "in part" or "partly"', () => {
  // the hedge weighs the cause's share; the reporter still names the cause
  itFlagsAs('causal', [
    'The crews’ anger, driven in part by the new berth fees, spilled into the harbour race.',
    'A quarrel over the dredging contract flared on the island, fuelled in large part by rumours from the quay.',
    'The surge in ferry bookings was fueled partly by the closure of the coast road.',
  ]);
});

import * as assert from 'assert';
import { classifyClaim } from '../../server/src/engine/findings/claims';
import { itFlagsAs, itFlagsNothing, itReadsClaims, itReadsNoClaim } from '../support/claimFixtures';
import { readShape } from '../../server/src/engine/findings/claimShapes';

// Every sentence is invented (fictional people, places and bodies), one per shape the word families read.
describe('claim shapes read from word families', () => {
  itReadsClaims([
    // a holder with a verb of a private state, in any inflection and tense
    ['The ferry operators had long dreaded a winter strike.', 'motive'],
    ['Dockworkers resent the new shift rota at Port Mellin.', 'motive'],
    ['The guild balked at the proposed fee.', 'intention'],
    ['Councillor Varga covets the chairmanship of the finance committee.', 'intention'],
    ['The trustees are mulling a sale of the east wing.', 'intention'],
    ['Ms. Orlan considered resigning over the audit.', 'intention'],
    ['The regents weighed whether to close the campus on Fridays.', 'intention'],
    ['The two parties huddled for hours over the seating plan.', 'deliberation'],
    ['Brenner had courted the shipping magnates for months.', 'deliberation'],
    ['The minister dispatched two deputies to calm the farmers in Oskar Vale.', 'deliberation'],
    ['The mayor suspects the audit was leaked by her deputy.', 'belief'],
    ['Farmers in the valley doubt the dam will ever be finished.', 'belief'], // the subject's head before its phrase
    ['Administrators knew the roof was unsafe.', 'belief'],
    ['The regents know full well that the levy will fail.', 'belief'],
    ['Ms. Orlan knows how thin her majority in the river ward is.', 'belief'],
    ['Aides who feared a backlash kept the report from the governor.', 'motive'],
    ['Councillor Ibsen fumed at the delay.', 'motive'],
    // a feeling or a conviction after a linking verb
    ['Shopkeepers on Linden Row have grown wary of the new parking rules.', 'motive'],
    // a degree word before the feeling, not an "-ly" adverb
    ['The older trawlermen were already skeptical of the quota deal.', 'belief'],
    ['Two of the regents were far more leery about selling the quay.', 'motive'],
    ['Union members seemed lukewarm about the offer.', 'motive'],
    ['The ferry crews, however, are lukewarm about the offer.', 'motive'], // an aside between holder and verb
    ['The board remains skeptical of the merger.', 'belief'],
    ['Ms. Hald is convinced the ballots were miscounted.', 'belief'],
    // a feeling caused in others
    ['The ruling angered growers across the delta.', 'motive'],
    ['The fare increase has alienated many commuters.', 'motive'],
    // a columnist's voice does not make others' private states an opinion
    ['You can bet the harbour trustees dread another inquiry.', 'motive'],
    // effects on someone's fortunes, causal links and signs
    ['The flood has dogged the governor’s campaign for a year.', 'causal'],
    ['The tariff dispute changed the race for the northern seats.', 'causal'],
    ['Turnout fell sharply as a result of heavy rain.', 'causal'],
    ['The mill closed in 2019, which led to falling rents along the quay.', 'causal'],
    ['The council voted to close the library, a sign that the budget crisis is deepening.', 'causal'],
    // evaluations and second-hand claims stated as fact
    ['The contractor falsely billed the city for unfinished work.', 'accusation'],
    ['The port authority has come under fire for its slow repairs.', 'accusation'],
    ['The warehouse was allegedly used to store stolen copper.', 'accusation'],
    ['The ferry board rigged the tender for a favoured bidder.', 'accusation'],
    ['The harbour master has no intention of reopening the north quay.', 'intention'],
    ['The guild has no stomach for another lockout.', 'intention'],
    ['The ferry company has a long history of ignoring safety notices.', 'causal'],
    ['Councillor Maret is leaning toward a vote against the levy.', 'intention'],
    ['The shipping families have soured on the harbour master.', 'motive'],
    ['The fishermen felt betrayed by the quota deal.', 'motive'],
    ['The sudden closure surprised the island’s ferry crews.', 'motive'],
    ['The regents are grappling with a shortfall they have not disclosed.', 'intention'],
    ['The regent has set her sights on the harbour seat.', 'intention'],
    ['The ferry company is banking on a bailout from the province.', 'intention'],
    ['The harbour board published dubious figures on the ferry deficit.', 'accusation'],
    ['The candidate doubled down on his anti-refugee rhetoric at the harbour rally.', 'accusation'],
    ['The ledgers contradict the treasurer’s sworn account of the loan.', 'accusation'],
    ['All evening the trustees ignored the facts about the pier.', 'accusation'],
    ['The harbour master barely hides his disdain for the ferry board.', 'motive'],
    ['Distrust among riders of the transit board has deepened.', 'motive'],
    // a disposition toward an act as a noun, and an effort made in a state the act does not show
    ['None of the trustees, for all their desperation to sink the levy, spoke against it.', 'motive'],
    ['The guild’s reluctance to strike has cost it the smaller ferry crews.', 'motive'],
    ['The quarry owners have been desperately trying to reopen the east pit.', 'motive'],
    // confident forecasts and loose figures
    ['The coalition is on track to lose its majority.', 'prediction'],
    ['A deal on the quay before the winter is unlikely.', 'prediction'],
    ['A recount in the river ward now looks inevitable.', 'prediction'],
    ['A majority of the island’s fishermen are in debt.', 'figure'],
    ['Demand for timber is growing about 4 percent a year.', 'figure'],
    ['An estimated 4,000 residents have left the island since the mill closed.', 'figure'],
    ['Ms. Vey fared poorly among older voters in the river towns.', 'figure'],
    // how a candidate did with a group of voters: a ballot does not say who cast it, so a poll's finding
    ['Ms. Vey has generally beaten Dorn handily among older voters.', 'figure'],
    ['Dorn nearly tied Mrs. Vey among union voters in the river towns.', 'figure'],
    ['Whitfield did best with men and retirees in the harbour wards.', 'figure'],
    ['Dorn could not make meaningful inroads with Latino voters in Ostend.', 'figure'],
    ['Ms. Vey won ferry-town voters by 30 points in the last election.', 'figure'],
    ['The mayor has gone 90 days without a public briefing.', 'figure'],
    // doubts an act raised, with nobody named who holds them
    ['The delay at the Vell lock has raised fresh questions about the dredging contract.', 'accusation'],
    ['There are growing doubts about the harbour master’s account of the collision.', 'accusation'],
    // a verb that is itself a motive; a feeling after a linking verb
    ['The minister toured the mills to placate the weavers before the levy vote.', 'motive'],
    ['Councillors in Brask are increasingly concerned about the ferry deficit.', 'motive'],
    // the reporter's own explanation
    ['That is why the guild walked out of the talks in Oskar Vale.', 'causal'],
    // a noun-like verb in its past form still reads as the verb
    ['The mill owners lobbied the regents to drop the levy.', 'deliberation'],
    ['About 40 percent of the harbour pilots are in debt.', 'figure'],
    ['The regents assumed the levy would pass without a fight.', 'belief'],
    ['The dockers grew determined to stop the sale of the quay.', 'motive'],
    // dishonesty stated as fact, suspicion with nobody named, a forced hand, a ranking within a field
    ['The harbour master lied to the inspectors about the cracked hull.', 'accusation'],
    ['The ferry chief lied, and the regents knew it.', 'accusation'],
    ['The regents broke the law when they sold the east quay.', 'accusation'],
    ['The ferry board gave a disingenuous account of the fare rise.', 'accusation'],
    ['The shipping agent has long been suspected of skimming port fees.', 'accusation'],
    ['The ferry board’s winter timetable is misleading about crossing times.', 'accusation'],
    ['The slump in herring catches forced them to sell the trawler.', 'causal'],
    ['Ms. Vey has been the most combative in the council on the levy.', 'causal'],
    ['The ferry chief has a shaky grasp of the harbour’s accounts.', 'accusation'],
    ['Dredging has climbed to the top of the council’s agenda.', 'causal'],
    // an effect on someone's fortunes; a claim judged by how it was made
    ['The ferry strike has undermined the mayor’s standing in the river towns.', 'causal'],
    ['Anger over the tolls fueled Ms. Vey’s rise in the river ward.', 'causal'],
    ['The harbour master wrongly claimed that the quay was safe.', 'accusation'],
    ['Her brisk manner has earned her the loyalty of the ferry crews.', 'motive'],
    // an act read as an example; an effect or a reception stated as the reporter's verdict
    ['The closure of the cannery is one example of how the board has let the east quay decay.', 'causal'],
    ['Ms. Vey lost the river ward again, another demonstration of how weak the guild has become.', 'causal'],
    ['Over 40 percent of the island’s exports are smoked fish.', 'figure'],
    ['The ferry strike has taken a toll on the island’s shops.', 'causal'],
    ['The toll rise did not go over well in the river towns.', 'causal'],
    ['The levy has had a lasting effect on the island’s fishing fleet.', 'causal'],
    ['Ms. Vey holds views on the bus routes well outside the mainstream of parent opinion.', 'causal'],
    ['Many of the ferry’s delays were beyond the harbour master’s control.', 'causal'],
    // a rise or fall in standing given as fact; a reaction stated for others; a reputation for wrongdoing
    ['Her standing in the river towns improved after the flood.', 'causal'],
    ['It may come as a surprise to the guild that the regents sold the quay.', 'motive'],
    ['The harbour board hired Orvik & Lund, a firm known for cutting corners.', 'accusation'],
    // a private state read into a modifier of the clause's subject, set off by a comma
    ['Stung by the audit, the harbour board dropped the fee on small boats.', 'motive'],
    ['Emboldened by the ruling, the growers blocked the bridge again on Monday.', 'motive'],
    ['Mindful of the storm season, the council moved the regatta to June.', 'belief'],
    ['Still, anticipating a recount, Ms. Vey kept her staff in Lund.', 'belief'],
    ['The guild dropped its demand for a crane, confident that the regents would give way on pay.', 'belief'],
    ['The regents sold the farm, expecting a windfall from the new road.', 'belief'],
    ['Sensing an opening, Councillor Maret filed her papers for the river ward.', 'belief'],
    ['Mr. Tarn postponed the launch, weighing whether to sell the old ferry first.', 'intention'],
    // general shapes an editor sends back, whatever the wording: feelings and interest after a linking verb
    ['The shipping families are not interested in a merger with the Lund line.', 'motive'],
    ['The harbour pilots seemed most concerned with the night shifts.', 'motive'],
    ['The trawler crews were less than enthusiastic about the new quota.', 'motive'],
    ['The new timetable has heartened the island’s ferry crews.', 'motive'],
    ['Morale at the port authority has plummeted since the audit.', 'motive'],
    // a belief nobody is named as holding
    ['It is not lost on the regents that the vote falls in an election year.', 'belief'],
    ['The bridge is seen as a lifeline for the river towns.', 'belief'],
    // a forecast, an effect and a verdict stated as fact
    ['Ms. Vey almost certainly will not run for the river ward again.', 'prediction'],
    ['The ruling was a severe blow to the ferry guild.', 'causal'],
    ['The storm is a major factor in the mayor’s falling support.', 'causal'],
    ['The closure of the cannery helped propel Ms. Vey to the council.', 'causal'],
    ['The ferry strike propelled Ms. Vey to the top of the race.', 'causal'], // "propel" doubles its l
    ['Rising tolls fuelled demand for a second ferry on the island.', 'causal'], // British spelling
    ['Cheap diesel has imperilled the sail trawlers of the north coast.', 'causal'],
    ['Ms. Vey’s account of the tender was a deliberate distortion of the record.', 'accusation'],
    ['The ferry board’s plan rests on dubious figures.', 'accusation'],
    // feelings between people, a mood, a group split, a feeling held toward something
    ['The ferry guild is deeply divided over the new rota.', 'motive'],
    ['The dock owners love the new toll.', 'motive'],
    ['The trawler crews are reveling in the harbour master’s defeat.', 'motive'],
    ['The mood inside the harbour board turned grim after the audit.', 'motive'],
    ['The mayor and the ferry chief have had an icy relationship since the strike.', 'motive'],
    ['The river towns aren’t interested in a new bridge.', 'motive'],
    ['At the urging of his brother, Mr. Tarn dropped out of the race.', 'deliberation'],
    // an effect or a reception given as the reporter's verdict
    ['The toll rise threw the council into disarray.', 'causal'],
    ['The strike has given her an edge over Mr. Tarn.', 'causal'],
    // evasion, neglect and falsehood stated as fact
    ['The harbour master dodged questions about the collision at the hearing.', 'accusation'],
    ['The ferry board ignored repeated warnings about the cracked hull.', 'accusation'],
    ['The ferry board has refused to discipline the captains who broke the rota.', 'accusation'],
    ['Ms. Vey refuses to admit that the levy failed.', 'accusation'],
    ['The regents’ account of the sale is patently false.', 'accusation'],
    ['The mayor is out of touch with the river towns.', 'accusation'],
    // a forecast stated as fact
    ['Ms. Vey has little chance of winning the river ward.', 'prediction'],
    ['The ferry guild faces an uphill battle in the valley.', 'prediction'],
    // wrongdoing and its labels stated as fact
    ['The harbour master tried to conceal the cracked hull from the inspectors.', 'accusation'],
    ['The ferry chief lined his own pockets with the dredging fees.', 'accusation'],
    ['The customs office, complicit in the scheme, kept its chief.', 'accusation'],
    ['The tax office targeted church groups for their political views.', 'accusation'],
    ['Over the winter the junta began to jail critics and reporters.', 'accusation'],
    ['The regent has long been an enabler of his brother’s excesses.', 'accusation'],
    ['Dock workers are routinely harassed by the harbour police.', 'accusation'],
    ['Ms. Vey has demonized the trawler crews for a year.', 'accusation'],
    ['The regents’ phony audit was a gift to the mayor.', 'accusation'],
    ['The guild’s leaders whipped up fears about the new cranes.', 'accusation'],
    ['The harbour party has been fanning the flames of resentment for years.', 'accusation'],
    ['Far-right groups on the coast are stoking anti-dock, anti-ferry sentiment in the river towns.', 'accusation'],
    ['Mr. Tarn has pandered to the trawler lobby since spring.', 'accusation'],
    ['The council’s account was full of falsehoods about the quay.', 'accusation'],
    ['The dockers were taken aback when the vote was called.', 'motive'],
    // a second verb of the same subject, after an auxiliary
    ['The guild hired a lawyer and already is eyeing the harbour contract.', 'intention'],
    // a foregone outcome, the one way to win, an old grievance reopened, a charm worked on someone
    ['Approval of the ferry levy is a foregone conclusion when the council meets on Friday.', 'prediction'],
    ['The only way the guild can win the river ward is by turning out the dockers.', 'causal'],
    ['The mayor’s remark reopened old wounds in the river towns.', 'causal'],
    ['Mr. Tarn charmed the harbour master’s wife at the regatta dinner.', 'motive'],
    // talk to an intimate the reporter did not hear
    ['On the ferry home, Ms. Vey vented to her brother about the guild.', 'deliberation'],
    ['The harbour master confided in two aides that the quay would close.', 'deliberation'],
  ]);

  const quiet = [
    'The fear of floods shapes every budget in Ostrava County.', // a feeling as a noun with no holder
    'His fears were eased by the new levee.', // a possessive: a noun, not a verb
    'The presidential debate is scheduled for Thursday in Lund.', // "debate" as a noun
    'The Supreme Court heard arguments on the levy.', // a name, not the verb "court"
    'The boundary was determined by a survey in 1904.', // a passive with its agent
    'Voters who want a recount must file by Friday.', // a generic relative clause
    'The board plans to hold a public hearing on Tuesday.', // an announced schedule
    'The regents did not unveil plans to sell the farm.', // "plans" as the object of a verb
    'In response to the flooding, the county opened three shelters.', // a causal opening sets the scene
    'The ferry was cancelled due to high winds in the strait.', // a public reason, not the reporter's analysis
    'The county rebuilt the pier in the wake of the 2009 storm.', // a time, not a cause argued
    'Ms. Lorne won 52 percent of the vote.', // a result is public record
    'The ferry board was charged with fraud on Tuesday.', // charges filed are public record
    'She won 412 votes in the second round.', // a count of votes is a result
    'The harbour master has a degree in marine engineering.', // a fact about someone, not a state
    'Two fishermen were leaning on the harbour rail.', // a posture, not a stance
    'Ms. Vey won the river towns by 400 votes.', // a result is public record
    'She still owes about $40,000 on her boat.', // a sum a person owes is hers to tell, not a claim about others
    'Thousands of people marched through the old town on Sunday.', // a scale the reporter saw
    'We want the council to act now.', // first person with no third-party state
    'Don’t believe the rumours about the bridge.', // an imperative has no holder
    'The agency expects to publish the figures on Monday.', // an announced schedule
    'Growers were angered by the ruling, the union said.', // sourced in the sentence
    // verbs that are also common nouns, in their noun sense
    'The high court deadlocked on the Vell lock case.', // "court", not courting
    'The appeals courts in Ostrava ruled on the levy twice.',
    'International pressure kept the ferry captain out of prison.',
    'The harbour master stared at the crowd with tired eyes.',
    'Councillor Ibsen has been the mayor’s attack dog since 2019.',
    'The guild marched against hate speech in the old town.',
    'Two of the suspects were arrested in Brask on Friday.', // the people, not the verb
    'The candidates are engaged in forums across the valley.', // taking part, not a feeling
    'Fiscal conservatives rank budget concerns over social issues.', // the issues, not a feeling
    // public acts and rulings, not private ones
    'Ms. Vey negotiated a deal to buy the old cannery in 2008.',
    'The senator has been pushing the same harbour bill since 2010.',
    'A fact-checking site deemed the mayor’s statement false.',
    'Mr. Tarn assumed office as harbour master in 2015.',
    'Ms. Orlan changed her name when she moved to Lund.',
    'Ms. Orlan is a corruption expert at the Brask law school.',
    'A boy in the crowd held up a sign that read “Save the pier”.',
    'The mayor is preparing to deliver the budget speech on Tuesday night.', // an announced schedule
    'Four candidates are vying to replace Councillor Maret in the river ward.', // a race run in public
    'A dock hand who did not want to be named said the cranes were idle.', // a source's anonymity
    'The pastor, whose plan to open a shelter was approved in May, spoke first.', // "plan" as a noun
    // a compound modifier after a hyphen is no holder's verb
    'The Varga-engineered lease was signed at the town hall on Friday.',
    // a modifier the reporter saw, or one credited, or no modifier at all
    'Sure, the ferry runs late in winter.',
    'Certain fishermen, like the trawler crews, are exempt from the quota.',
    'Standing at the quay, the mayor cut the ribbon on the new pier.',
    'Stung by the audit, the harbour board dropped the fee, its chairwoman said.',
    'Planning for the regatta has taken the harbour staff all summer.', // a gerund subject, not a modifier
    'Diesel fuel costs rose in May.', // "fuel" as a noun
    'Most islanders vote for someone they already know.', // knowing a person, not a belief
    'Ms. Vey is best known for her paintings of the harbour.', // fame, not a charge
    'Mr. Tarn has known for years that his cousin owns the yard.',
    'The guild will support unions that have declined to join the strike.', // "support" as a verb
    'The harbour master’s plan has been undermined twice this year.', // a passive names no cause
    'A judge determined that the ferry board lied about the tender.', // a finding, credited
    'The appeals court ruled that the regents broke the law when they sold the quay.', // a ruling, credited
    'The levy drew criticism from the guild and praise from the regents.', // said in public, not felt in private
    'The wonderful admiral earned a medal.',
    'The regatta was an example of his generosity, the mayor said.', // credited
    'The court found that the regents broke the law when they sold the east quay.', // a ruling, public record
    'The bridge toll is paid at the east gate.', // "toll" as a charge
    'The harbour master said the report wrongly listed the quay as closed.', // the verdict is credited
    'The guild is spending $9,000 on radio spots aimed at young voters.', // an audience, not a purpose
    'The aide was charged with assault in Brask for allegedly striking a reporter.', // the charge filed
    // the aim a public act shows
    'The governor toured the dikes, seeking to calm the farmers before the vote.',
    'The minister flew to Arnhold in a bid to rescue the ferry contract.',
    'The mayor toured the flood sites as he tries to win back the river towns.',
    // what the reader already knows, pointed back to
    'The empty quay was a stark reminder that the ferry strike is not over.',
    'The board cut the winter runs, reflecting a shrinking budget.',
    'The ferry timetable apparently went unprinted for a week.', // the reporter's hedge, not a claim stated as fact
    // a figure that counts votes cast is a result, public record
    'Almost 9,000 islanders have already voted, roughly 5,000 of them in Lund.',
    'Turnout in Brask was low: about 30 percent of registered voters cast ballots.',
    // a crowd the reporter saw, a census
    'Outside the town hall, about 300 protesters gathered in the rain.',
    'Ms. Vey took questions at the ferry terminal in front of a crowd of about 230 people.',
    'More than half of the mayor’s address in Lund was devoted to the ferry deficit.',
    'The regatta opens just a handful of days after the vote in Brask.', // a span of time, not a share
    'The ferry lands at Vell, a village of about 2,000 residents.',
    // advice, not a claim; an infinitive has no holder; a taking-on, not a belief
    'Shippers may want to book their winter berths early.',
    'It was a joy to see the children dressed as pirates at the harbour fair.',
    'Mr. Tarn assumed the chair’s duties after the spring recess.',
    'How many crew members were aboard cannot be determined from the manifest.',
    'In hindsight, a clash over the quay was inevitable.', // a verdict on the past, not a forecast
    'The ferry was seen as it left the harbour at dawn.', // sight, not a view held
    'The guild won better fringe benefits for the crews.', // a term of pay, not a label
    // a doubter's mood, a doubt about an idea, and an odd honour: "dubious" labels no one's conduct
    'The skipper was dubious when the guild first proposed the strike.',
    'With two new bidders in the race, the ferry plan looks increasingly dubious.',
    'The regatta set a dubious first: no boat finished the course.',
    'The anti-immigrant Freedom League won two seats on the island council.', // a party's position, the wire's descriptor
    'The ferry board runs about 40 boats on the strait.', // a fleet, not a count of people
    'Stonewall Street was closed for the regatta.', // a name, not stonewalling
    'Both candidates had about half the vote.', // a result
    'The harbour master listened to their hopes and fears on Tuesday.', // nouns in a pair, not a verb
    'The air vent in the ferry cabin was blocked with salt.', // "vent" as a noun
    'The river towns were left divided and demoralized after the flood.', // adjectives in a pair
    // speech called provocative is speech on record, provoking as all can see
    'The mayor gave an inflammatory speech at the harbour fair.',
    'The crews fanned out across the quay at dawn.', // a search spreading out, not hostility fanned
    'The police arrested activists outside the harbour office.', // an arrest is an official public action
    'Mr. Tarn refused to disavow the endorsement of the trawler lobby.', // a stance taken in public
    'The surge of incendiary posts about the ferrymen made the paper close its comments.',
    // a public statement's truth weighed against the record the story sets beside it
    'The mayor exaggerated the cost of the new seawall.',
    'The harbour master’s account of the collision has been discredited.',
    'Councillor Varga stretched the truth about the dredging costs.',
    'The tide tables, said to come from a survey office in Vell, appear to be fabricated.',
    // a reputation is what everyone knows: "notorious" or "infamous" alone charges no one
    'Mr. Orr worked the Vell fish market, then a notoriously rowdy place.',
    'The guild chief recalled her now-infamous speech on the quay.',
    'The old harbour police infamously used forged logbooks in the 1950s.',
  ];
  for (const sentence of quiet) {
    it(`no claim: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), null));
  }

  it('gives offsets of the wording that makes the claim', () => {
    const sentence = 'Growers along the river had long dreaded the new quota.';
    const shape = readShape(sentence);
    assert.ok(shape);
    assert.strictEqual(sentence.slice(shape.start, shape.end), 'dreaded');
  });

  it('stays fast on a lead word before a long run of blanked quotation', () => {
    // quoted words are blanked to spaces before shapes are read: one split of the run, not every split
    const long = `And${' '.repeat(60_000)}wary of the board`;
    const started = Date.now();
    readShape(long);
    assert.ok(Date.now() - started < 500);
  });

  it('stays fast on a very long run of holders and verbs', () => {
    const long = 'the members feared '.repeat(20000);
    const started = Date.now();
    readShape(long);
    assert.ok(Date.now() - started < 500);
  });
});

describe('feelings caused, read after a relative or a demonstrative', () => {
  itReadsClaims([
    ['The new berth fee, which has unsettled the ferry crews, takes effect in May.', 'motive'],
    ['That rankled the harbour pilots.', 'motive'],
    ['What alarmed the guild most was the size of the levy.', 'motive'],
    ['The dredging plan was the part that has rattled the oyster growers.', 'motive'],
    ['The board’s silence startled the shipwrights.', 'motive'],
    // in the perfect, after a subject that ends on a comma: a verb whatever stands before it
    ['The floods on the delta and the closing of the cannery, coming in one winter, have unsettled many islanders.', 'motive'],
  ]);
  // "that" opening a clause before an adjective is no cause
  it('no claim: The purser told the crew that worried passengers could stay aboard.', () =>
    assert.strictEqual(classifyClaim('The purser told the crew that worried passengers could stay aboard.'), null));
});

describe('inside accounts kept up over time', () => {
  const flagged = [
    'Aides to the harbour master have been quietly urging her to drop the berth fee.',
    'The ferry board has been sounding out bidders for the old quay.',
    'One option under discussion is selling the north pier to the guild.',
    'There is a debate inside the port authority over the dredging plan.',
    'The pilots’ guild had been pressing the board for a seat on the tariff panel.',
  ];
  for (const sentence of flagged) {
    it(`deliberation: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), 'deliberation'));
  }
  it('no claim: The guild debated the tariff in public on Tuesday.', () =>
    assert.strictEqual(classifyClaim('The guild debated the tariff in public on Tuesday.'), null));
});

describe('feelings and doubts an event leaves in others, and work done out of sight', () => {
  itReadsClaims([
    ['The second closure of the ferry left many islanders deeply demoralized.', 'motive'],
    ['The toll doubled in a year, leaving the skippers disenchanted with the board.', 'motive'],
    ['The slump in bookings has led some guild members to wonder whether the fee will survive.', 'motive'],
    ['The board cut the night sailings, prompting several families to rethink their move to Ostvik.', 'motive'],
    ['There is growing anger in the island villages over the dredging plan.', 'motive'],
    ['Frustrations with the harbour master have spread among the pilots.', 'motive'],
    ['Her plan to sell the pier has drawn concern from the oyster growers.', 'motive'],
    ['Several trustees skipped the vote, not wanting to cross the chairwoman.', 'motive'],
    ['The treasurer had hoped the sale of the pier would cover the deficit.', 'motive'],
    ['The port authority has been quietly assembling a slate of bidders for the old quay.', 'deliberation'],
    ['The ferry board is trying to determine whether the pier can be saved.', 'deliberation'],
  ]);
  // a verb of a clause of its own between "left" and the feeling: the feeling is not left in anyone
  it('no claim: The captain left before the crew were told.', () => assert.strictEqual(classifyClaim('The captain left before the crew were told.'), null));
  it('no claim: The skippers left the quay at dawn and reached Ostvik by noon.', () =>
    assert.strictEqual(classifyClaim('The skippers left the quay at dawn and reached Ostvik by noon.'), null));
});

describe('counsel given in private, and a feeling read from the outside', () => {
  itReadsClaims([
    ['Her closest aides nudged the harbour master to settle with the guild.', 'deliberation'],
    ['Ferry board officials urged the pilots to keep the dispute out of court.', 'deliberation'],
    ['A longtime adviser to the mayor has encouraged her to run for the county seat.', 'deliberation'],
    ['The chairwoman barely tolerates the monthly harbour forum.', 'motive'],
    ['The skipper could barely contain himself when the new toll was posted.', 'motive'],
    ['By midnight the guild stewards were euphoric.', 'motive'],
  ]);
  // a plea made in public by nobody around the one urged is no inside account
  it('no claim: The posters urged islanders to vote early.', () => assert.strictEqual(classifyClaim('The posters urged islanders to vote early.'), null));
  // a change of public position, named as such, is shown by the positions themselves, both on record
  it('no claim: Mr. Tarn flip-flopped on the levy twice in a month.', () => assert.strictEqual(classifyClaim('Mr. Tarn flip-flopped on the levy twice in a month.'), null));
  it('no claim: The flip-flops by the harbour board made a mockery of the tender.', () => assert.strictEqual(classifyClaim('The flip-flops by the harbour board made a mockery of the tender.'), null));
  it('no claim: The ferry board put out a statement contradicting its earlier remarks.', () => assert.strictEqual(classifyClaim('The ferry board put out a statement contradicting its earlier remarks.'), null));
  // disagreeing with someone to their face is done in public; contradicting their statements says they are false
  it('no claim: Mr. Pell contradicted Ms. Vey at the hearing.', () => assert.strictEqual(classifyClaim('Mr. Pell contradicted Ms. Vey at the hearing.'), null));
});

describe('a majority that makes up a body, and a count that shows itself', () => {
  // who a body is made of, and the tally of a count, are record: no one need be credited for them
  const quiet = [
    'Retired skippers make up a majority of the Ostvik harbour board.',
    'Lund now has guilds representing a majority of the island’s net menders.',
    'The ferry levy is opposed by a majority of the Brask council.',
    'The Brask slate won a majority of the river ward seats in May.',
    'Nearly 900 people packed the Vell town hall for the levy hearing.',
    'A letter signed by more than 60 pastors was sent to the regents.',
  ];
  itReadsNoClaim(quiet);
  // a majority that is the sentence's finding, and a round count nobody saw, still need a source
  itReadsClaims([
    ['A majority of the Vell oyster growers are behind on their loans.', 'figure'],
    ['Since the storm, the majority of the Lund ferries have sailed half empty.', 'figure'],
  ]);
});

describe('a round count of people: a tally on record, unless it is an estimate or weighed as small', () => {
  // enrolment, a jobs report, a census, a payroll or a released list gives the count: no one need be credited for it
  itReadsNoClaim([
    'More than 4,000 families have left the Brask valley since the mill closed.',
    'At least 300 employees were told to stay home on Monday.',
    'About 40 other protesters who had climbed onto the pier left at the request of the harbour police.',
    'The Vell shipyard is home to some 2,000 workers and their families.',
  ]);
  // whose estimate, and who weighs the count as small, the story must say
  itReadsClaims([
    ['An estimated 3,000 anglers have left the Brask guild since the ban.', 'figure'],
    ['Only about 9,000 jobs on the island still depend on the cannery.', 'figure'],
    ['The envoy will be greeted by as many as 5,000 dockers at the Vell quay.', 'figure'],
  ]);
});

describe('a rough count of some of a group, and a rough share of it', () => {
  // how many of a group took part is what the reporter or a record counted
  for (const sentence of ['The ministry sent nearly 40 of its inspectors to the Vell docks.', 'A vote by roughly 600 of the mill’s workers ended the strike.']) {
    it(`no claim: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), null));
  }
  it('figure: About 40 percent of the Brask trawlers sail without insurance.', () =>
    assert.strictEqual(classifyClaim('About 40 percent of the Brask trawlers sail without insurance.'), 'figure'));
});

describe('a detail passed on from reports nobody names, and a state read through an impression', () => {
  itReadsClaims([
    ['The harbour master reportedly met the salvage firm twice before the tender opened.', 'figure'],
    ['Reportedly, the treasurer had moved the reserve into a fund run by her cousin.', 'figure'],
    // "seemed to" only hedges the state read into the holder before it
    ['The ferry guild seemed to want a strike before the winter timetable.', 'intention'],
    ['Councillor Orlan does not appear to understand how thin her majority in the river ward is.', 'belief'],
    // "recognize" before a clause is knowing it; recognizing a state or a rival's win is a public act
    ['The ferry skippers now recognize that the winter timetable cannot be saved.', 'belief'],
  ]);
  // "reportedly" before a verb of speech: the sentence attributes the words to its subject
  it('no claim: The harbour master reportedly told the pilots to stay ashore.', () =>
    assert.strictEqual(classifyClaim('The harbour master reportedly told the pilots to stay ashore.'), null));
  it('no claim: The regents recognized the new guild as the bargaining agent.', () =>
    assert.strictEqual(classifyClaim('The regents recognized the new guild as the bargaining agent.'), null));
});

describe('a figure to come: a sum to be spent or a crowd expected, with a date that makes no schedule', () => {
  itReadsClaims([
    ['Other trawler groups are also expected to spend millions on radio spots next month.', 'figure'],
    ['The Ostvik ferry line is buying airtime, with plans to spend upward of $3 million on spots running through next week.', 'figure'],
    ['More than 20,000 anglers are expected to attend the Brask regatta on Sunday.', 'figure'],
    ['The envoy leaves for Vell today, where he will be greeted by thousands of dockers protesting the levy.', 'figure'],
  ]);
  // the schedule of a public act stays public record, a day spent included
  for (const sentence of ['The harbour master is expected to attend the regatta on Sunday.', 'The envoy planned to spend Tuesday touring the docks.']) {
    it(`no claim: ${sentence}`, () => assert.strictEqual(classifyClaim(sentence), null));
  }
});

describe('money moved, work done in step, a standing for what comes, and a verdict in an adverb', () => {
  itReadsClaims([
    // a sum spent, raised or moved, with nobody credited for it
    ['The dredging lobby spent more than $2 million against the harbour levy last spring.', 'figure'],
    ['Brask exports 3 billion dollars of smoked eel a year.', 'figure'],
    ['Donors close to the guild poured $4 million into the Keep Ostvik Afloat fund.', 'figure'],
    // a value put on a fortune or a gift, with nobody credited for the valuation
    ['The harbour fund received gifts valued at more than $300,000 from the Varga shipyards.', 'figure'],
    ['The guild’s treasurer, a salvage magnate worth millions, paid for the new hall.', 'figure'],
    // working in step with another out of sight
    ['Vellmar coordinates with the smugglers’ informants on a weekly basis.', 'deliberation'],
    ['The ferry guild coordinated its strike plans with the pilots.', 'deliberation'],
    // a standing for what comes, given as fact
    ['Councillor Orlan is in a strong position to take the river ward in May.', 'prediction'],
    ['She’s also in a better position to win the runoff than either rival.', 'prediction'],
    ['Getting the levy through the assembly will be an enormously uphill battle.', 'prediction'],
    // an effect denied is a verdict as much as one stated
    ['The regents did publish a review of the closures, but it had no impact.', 'causal'],
    // the reporter's verdict in an adverb
    ['The skippers justifiably complained that the harbour board had hidden the fees.', 'accusation'],
    ['Brenner, to his credit, refuses to attack the mayor’s family.', 'accusation'],
  ]);
  const quiet = [
    // a plan announced in public, and a donor's gift from the rolls
    'The mayor will propose spending $2 billion on the sea wall.',
    'Ms. Hald, who has donated $250,000 to the fund, chaired the gala.',
    // a sum with its source in the sentence
    'The guild raised $6 million in a single week, its treasurer said.',
    // working in step, said of no holder
    'A plan to coordinate with the pilots was published on Monday.',
    // "rightly or wrongly" weighs a view, it does not judge
    'Rightly or wrongly, the fee was raised on Monday.',
  ];
  itReadsNoClaim(quiet);
});

describe('a crowd’s belief then, a purpose kept in mind, and a statement that ends on a question', () => {
  itReadsClaims([
    ['Many thought after the flood that the harbour board would resign.', 'belief'],
    ['With the winter timetable in mind, the guild has started moving its crews to the northern runs.', 'motive'],
    // the statement before the colon asserts; the question after it only asks
    ['Many skippers expected a vote after the storm: would the guild strike or settle?', 'belief'],
    // an announced schedule is public record, but a purpose read into it is not
    ['The mayor was scheduled to open the ferry terminal on Monday, an event aimed at winning back the island vote.', 'motive'],
  ]);
  const quiet = [
    // a question is asked, whatever precedes its colon when that asks too
    'Will the guild strike? And if so: who would pay the crews?',
    // a state in the question is asked about, not asserted
    'The choice before the trustees is stark: do they want a sale or a strike?',
    'The trustees plan to publish the minutes of the audit on Friday.',
  ];
  itReadsNoClaim(quiet);
});

describe('an act read as an effort toward an aim', () => {
  itReadsClaims([
    ['That tactic is an effort to turn the guild’s numbers into a liability.', 'motive'],
    ['The mayor’s tour of the dikes was part of a bid to win back the island vote.', 'motive'],
    ['Her focus on the levy is also an attempt to undercut Mr. Holm on the ferries.', 'motive'],
  ]);
  itReadsNoClaim([
    // that an attempt was made is the claim, not what it was for
    'There was an attempt to reopen the ferry terminal in March.',
    // a rank among public acts
    'The raid was the first large-scale effort to clear the harbour of wrecks.',
    // a body's programme named with its owner is the one it announces
    'The closures are part of an effort by the ferry company to cut costs.',
  ]);
});

describe('a superlative over years, and a rank among a few in the world', () => {
  itReadsClaims([
    ['The harbour’s jobless rate of 3.1 percent is its lowest in 22 years.', 'causal'],
    ['Brask is one of only four ports in the world with a tidal dry dock.', 'figure'],
  ]);
  it('no claim: Brask is one of four ports on the northern coast.', () =>
    assert.strictEqual(classifyClaim('Brask is one of four ports on the northern coast.'), null));
});

describe('an estimate nobody owns, and a rank over every other of its kind', () => {
  itReadsClaims([
    ['The ferry line serves the estimated 9,000 islanders who commute to the mainland.', 'figure'],
    ['The guild sold its hall at an estimated loss of two million crowns.', 'figure'],
    ['Over two decades the Brask yard launched more trawlers than any other yard on the coast.', 'figure'],
  ]);
  // whoever estimated is credited: the verb names the source
  it('no claim: The harbour board estimated that 300 berths stand empty.', () =>
    assert.strictEqual(classifyClaim('The harbour board estimated that 300 berths stand empty.'), null));
});

describe('where a group leans, given as fact: a poll’s finding with the poll left out', () => {
  itReadsClaims([
    ['The harbour wards are leaning slightly toward Osei.', 'figure'],
    ['Older islanders strongly favor the new ferry levy.', 'figure'],
    ['The guild’s membership skews young and male.', 'figure'],
    ['Dorn is popular in the northern fishing towns.', 'figure'],
    ['For all that, support for the levy here is minimal.', 'figure'],
    ['Osei carried the ferry towns by wide margins.', 'figure'],
    ['The councillor led both of her rivals by comfortable margins in the week before the vote.', 'figure'],
    ['Osei has strong support among older voters in the river wards.', 'figure'],
    ['The two are level overall, with Dorn drawing more support from the young.', 'figure'],
    ['Majorities across the island favor a second bridge.', 'figure'],
    ['Majorities in the harbour wards favor a second bridge.', 'figure'],
  ]);
  const quiet = [
    // a stand taken in public is on record, past or to come
    'Both of the island’s councillors strongly supported her bid.',
    'He said he would strongly back her if she ran.',
    // lawmakers' backing is given in public, on record
    'The harbour bill has the backing of most councillors.',
    // a standing in the past is history
    'The old harbour king was popular in his day.',
    // the seats a party holds in a legislature are counted at the polls and on the chamber's roll
    'The Tide Party is fighting to keep its majorities in the island assembly.',
    'Fewer ferry votes would put their majorities in both chambers at risk.',
  ];
  itReadsNoClaim(quiet);
});

describe('who made up a group of voters, given as fact: an exit poll’s breakdown with the poll left out', () => {
  itReadsClaims([
    ['In the Kessel harbour primary, 62 percent of voters were 50 or older.', 'figure'],
    ['Eighty-one percent were white, while 12 percent were Latino.', 'figure'],
    ['Across the island in 2018, 47 percent of the electorate was over 45.', 'figure'],
  ]);
  // a share of things, not of people by age or race, is no exit poll's breakdown
  itReadsNoClaim(['Sixty percent of the ferry fleet is older than the pier.', 'Forty percent of the catch was cod.']);
});

describe('figures of public record: what was raised, counts of voters and households, and a loose few', () => {
  const quiet = [
    // a campaign's or a fund's takings are in its filings or its own announcement
    'The ferry guild raised more than $400,000 from its members last spring.',
    // the rolls and the census count voters and households
    'The almost 9,000 voters on the island choose a harbour master in May.',
    'The census office mails its survey to more than 2 million households a year.',
    // a handful is no figure
    'Only a handful of the guild’s members are women.',
  ];
  itReadsNoClaim(quiet);
  // money spent with nobody credited still needs its source
  it('figure: The guild spent more than $400,000 against the levy.', () =>
    assert.strictEqual(classifyClaim('The guild spent more than $400,000 against the levy.'), 'figure'));
});

describe('a rank or a record given as fact: someone counted every rival', () => {
  itReadsClaims([
    ['The appeals court heard a record number of fishing cases this year.', 'figure'],
    ['Varga was the top fundraiser of the harbour race when she withdrew.', 'figure'],
    ['Brask has overtaken Lund to become the busiest ferry port on the coast.', 'figure'],
    ['The levy brought in the second-largest sum of any tax on the coast.', 'figure'],
    ['The board approved mooring permits at a pace not seen since the 1950s.', 'figure'],
    // a thing none of the rivals had: someone checked them all
    ['Yet no other harbour master had a private berth set aside for his own yacht.', 'figure'],
    ['There was no ward where older voters made up a larger share of the electorate than in Vell.', 'figure'],
  ]);
  // a record that is a result is on record
  it('no claim: The island saw a record turnout in the harbour vote.', () =>
    assert.strictEqual(classifyClaim('The island saw a record turnout in the harbour vote.'), null));
});

describe('doubts with nobody named who holds them', () => {
  itReadsClaims([
    ['Much of the money the Tarn shipping fund gave the wardens raises red flags.', 'accusation'],
    ['The harbour master’s hiring of his nephew raised eyebrows on the quay.', 'accusation'],
    ['Questions linger over how the dredging contract was awarded.', 'accusation'],
    ['Concerns rose on Friday over ballots counted twice in the river ward.', 'accusation'],
    ['The treasurer’s judgment has been called into question after the ferry loss.', 'accusation'],
    ['The old sluice at Vell has been singled out as the weak point of the dike.', 'accusation'],
    ['The dredging contract has drawn criticism from some quarters on the island.', 'accusation'],
    // a verdict in the passive with no critic, whatever its tense or adverb: the label after "as" is nobody's
    ['The new ferry timetable was widely criticized as sloppy and costly to the growers.', 'accusation'],
    ['The berth levy is already being criticized as a burden on the smallest boats.', 'accusation'],
  ]);
  // doubts someone owns, or scrutiny, named or not: attention paid in public, which states no fault
  itReadsNoClaim([
    'The auditors listed the questions the board must answer by May.',
    'The guild’s accounts faced closer scrutiny from the provincial auditor last year.',
    'The ferry guild is facing increased scrutiny over its pension fund.',
    'The port authority has come under heavier scrutiny since the spill.',
    'The wardens’ contracts garnered considerable scrutiny for their terms.',
    'The dredging contract drew criticism from the ferry guild.',
    'The dredging crews moved from some quarters of the harbour to others.',
  ]);
});

describe('talks and approaches named by a noun of their own', () => {
  itReadsClaims([
    ['The ferry guild is doing so with public rallies and private pleading.', 'deliberation'],
    ['But the private backlash among the wardens has been fierce.', 'deliberation'],
    ['Her overtures to the Tarn shipping fund were rebuffed twice.', 'deliberation'],
    ['A former clerk is pitching a memoir about the inner workings of the harbour board.', 'deliberation'],
    ['For the dockworkers, the pension fund remains a sticking point.', 'deliberation'],
    ['How to pay for the dike is a matter of debate within the regents’ caucus.', 'deliberation'],
  ]);
  // a public contest, and the music
  itReadsNoClaim([
    'The debate among the three harbour candidates airs on Tuesday.',
    'The Brask orchestra opened the season with two overtures by Lund.',
  ]);
});

describe('hearsay and common knowledge that nobody owns', () => {
  itReadsClaims([
    ['There were reports that the harbour master met the smugglers at night.', 'figure'],
    ['The treasurer is by all accounts ready to step down before the audit.', 'figure'],
    ['All signs pointed to a strike at the Brask docks by spring.', 'prediction'],
    ['The old Vell ferry was once thought to be unsinkable.', 'belief'],
    ['It is no secret that the crews distrust the harbour board.', 'belief'],
  ]);
  // reports that are documents, and signs that are signposts
  itReadsNoClaim([
    'The harbour board published two reports on the dredging in May.',
    'The new signs point to the ferry terminal from the station.',
  ]);
});

describe('a campaign’s groundwork done out of public view', () => {
  itReadsClaims([
    ['The Vell campaign has begun to poll the coast towns.', 'deliberation'],
    ['Her aides are vetting three running mates for the harbour race.', 'deliberation'],
    ['Mayor Tarn’s team is finalizing a list of donors in the river towns.', 'deliberation'],
    ['The campaign is beginning serious analysis of the island vote.', 'deliberation'],
  ]);
  // work done in public, or by people whose work may be seen, not a candidate's own
  itReadsNoClaim([
    'The Vell campaign began airing radio ads in the coast towns.',
    'The ferry staff are testing the new gangway this week.',
  ]);
  // the same groundwork credited to someone who knows it
  itFlagsNothing(['The Vell campaign has begun to poll the coast towns, its manager said.']);
});

describe('a feeling named as a noun, ascribed or only named', () => {
  // held by someone named just before it, or the subject its clause says is there
  itReadsClaims([
    ['The crews were gripped by anxiety about the new tolls.', 'motive'],
    ['Anger over the tolls grew in the river towns all winter.', 'motive'],
    ['The regents’ stubborn unwillingness to sell the quay stalled the talks.', 'motive'],
    ['The harbour master’s nagging concern that the pilots would strike kept him in Vell.', 'motive'],
    ['The concern within the ferry board is that the guild will walk out.', 'motive'],
    ['Her advisers’ wariness of the island polls shaped the tour.', 'motive'],
  ]);
  // named in passing with no holder: a mood or an issue the sentence is about
  itReadsNoClaim([
    'Pilots quit the Vell ferry line over pay, long hours and a frustration with the rota.',
    'The storms in Vell kept flood fears at the top of the council agenda.',
    'The ferry line is under review amid anger over the winter fares.',
    // a concern voiced is said in public; "concerns" are as often the issues
    'The guild aired its concern over the winter fares.',
    'The pilots’ concerns over the rota went unanswered.',
  ]);
  // the object of a verb of expressing: a feeling said aloud, its speaker the source
  itReadsNoClaim([
    'The ferry guild aired its frustration over the new rota.',
    'At the quay the regents vented their collective disdain for the harbour board.',
    'Mayor Oda Fenn made no secret of her anger at the delay.',
    'The pilots have expressed some of their resentment over the berth fees.',
  ]);
  // a feeling shared is held too; a clause of its own after a voiced one is still ascribed
  itReadsClaims([
    ['Growers in Vell share the guild’s anger over the tolls.', 'motive'],
    ['The guild aired its complaints, but its frustration with the rota ran deeper.', 'motive'],
  ]);
});

describe('a wish, read as a want or a hope is', () => {
  // before a verb's "to", or before a clause of what is wished for
  itReadsClaims([
    ['Residents of Ostmark wish to keep the night ferry.', 'intention'],
    ['The council wishes the port would stay in public hands.', 'intention'],
    ['Several regents wish that the sale had never been put to a vote.', 'intention'],
  ]);
  // good wishes passed on, or wished on someone, are no wish held
  itReadsNoClaim(['Best wishes to the crew of the Ostmark lifeboat.', 'The harbour master wished the departing skippers well.']);
  // a wish in the past is the story's background, as a want is ("wanted to sell the quay"), and "wished" is a
  // state, not a report that credits its holder's claim
  itFlagsNothing(['The regents wished to sell the quay before the storm came.', 'A port official, who wished to remain anonymous, said the quay would close.']);
  itFlagsAs('intention', ['Some aides wish the governor would drop the ferry levy.']);
});

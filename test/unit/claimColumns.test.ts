import * as assert from 'assert';
import { analyze } from '../../server/src/engine/analyze';
import { flaggedIn } from '../support/claimFixtures';

// A forecast in a column is the writer's argument; the same forecast in a news story, or in an analyst's piece in
// the third person, stands for a source. Every article is invented (fictional people, places and bodies).

const FORECAST = 'The Vell levy will likely fail in the assembly this spring.';

/** A column: the writer's "I", the reader addressed as "you", a rhetorical question, and no one quoted. */
const COLUMN = [
  'The levy nobody in Ostvik asked for',
  'I have walked the Ostvik quay every morning for twenty years, and I have never seen the berths as empty as they were last week. The trawlers that used to crowd the north pier now tie up in Brask, where the fees are lower and the harbour office answers the telephone.',
  'You do not need a degree in economics to see what the Vell levy has done to this town. A skipper who pays twice as much to land his catch here will land it somewhere else. The fish market on Lund Street has cut its hours to three mornings a week, and the chandlery beside it closed in March after forty years.',
  'Is this what the harbour board had in mind when it raised the levy? I doubt it. The board wanted money for the new breakwater, and the breakwater is a fine idea. But a breakwater protects boats, and there will be fewer boats to protect every season the levy stands.',
  FORECAST,
  'The assembly members from the island wards have seen the same empty berths I have, and they know what a closed chandlery means for the families who depend on the quay. My hope is that they find another way to pay for the breakwater, perhaps a small charge on the summer ferries, which carry thousands of visitors to Ostvik each year and leave little behind but litter on the beach.',
  'The board will say the numbers are still coming in, and that one bad spring proves nothing. Perhaps. But the numbers that matter are already on the quay, in the empty berths and the shuttered shop fronts, and no spreadsheet in the harbour office will change them.',
  'Until then, I will keep walking the quay in the mornings, counting the boats that are left, and waiting for the board to notice that the town it governs is quietly moving down the coast.',
].join('\n\n');

/** The same column's facts as an analyst's piece: no "I", no "you", no question, and still no one quoted. */
const ANALYSIS = COLUMN.replace(/I have walked[^.]*\./, 'The Ostvik quay has rarely had as many empty berths as it had last week.')
  .replace('You do not need a degree in economics to see', 'The landing figures show')
  .replace('Is this what the harbour board had in mind when it raised the levy? I doubt it.', 'The harbour board raised the levy in January.')
  .replace(' the same empty berths I have,', ' the empty berths,')
  .replace('My hope is that they find', 'They may look for')
  .replace('Until then, I will keep walking the quay in the mornings, counting', 'Until then, the quay will keep counting');

/** A news story: the same forecast among a speaker credited every sentence or two. */
const NEWS = [
  'Harbour board defends Vell levy',
  'The Ostvik harbour board defended its new landing levy on Tuesday, as trawler owners told the board that the charge had driven boats to the rival port of Brask.',
  '"The breakwater has to be paid for, and the levy is the fairest way to do it," said Dana Varr, the board chairwoman, at a meeting in the harbour office.',
  'Skipper Jon Amsel said he now landed his catch in Brask. "It costs me half as much there," he said. "I would rather stay, but I cannot."',
  'The fish market on Lund Street has cut its hours to three mornings a week, its manager, Ola Brenn, said. The chandlery beside it closed in March, according to the town register.',
  FORECAST,
  'Board member Karin Stov said the levy would be reviewed in the autumn. "We hear the skippers, and we will look at the numbers again," she said.',
  'Assembly member Per Dahl, who represents the island wards, said he would propose a charge on the summer ferries instead. "The visitors can carry some of the cost," he said, adding that he had spoken to the ferry operators.',
  'The treasurer, Lise Morn, told the meeting that the levy had raised less than expected in its first quarter. "We budgeted for more boats than we got," she said.',
  'Mr. Amsel said several other skippers planned to follow him to Brask if the levy stood. Ms. Varr said the board would publish the landing figures next month.',
  'Outside the harbour office, a dozen skippers waited in the rain for the meeting to end. Several of them said they had not decided where to land their catch next season.',
  'The assembly is due to vote on the harbour budget in April, the clerk said.',
].join('\n\n');

describe('a forecast in a column, the writer’s own argument', () => {
  it('leaves the forecast of a column that quotes no one', () => assert.ok(!flaggedIn(analyze(COLUMN)).includes(FORECAST)));
  // a columnist's voice does not make the private states of others an opinion
  it('still flags what the column says others know', () =>
    assert.ok(flaggedIn(analyze(COLUMN)).some((s) => s.startsWith('The assembly members from the island wards'))));
  it('flags the same forecast in a news story that credits its speakers', () => assert.ok(flaggedIn(analyze(NEWS)).includes(FORECAST)));
  it('flags the same forecast in an analyst’s piece in the third person', () => assert.ok(flaggedIn(analyze(ANALYSIS)).includes(FORECAST)));
  it('flags the forecast of a short column: a brief may quote no one', () => {
    const brief = ['The levy nobody asked for', `I have walked the Ostvik quay for twenty years. ${FORECAST}`].join('\n\n');
    assert.deepStrictEqual(flaggedIn(analyze(brief)), [FORECAST]);
  });
});

describe('an explanation that opens its sentence, in a column, the writer’s own conclusion', () => {
  const conclusion = 'The result is a harbour that empties a little more every spring.';
  const withConclusion = (piece: string) => piece.replace(FORECAST, `${FORECAST} ${conclusion}`);
  it('leaves it in a column', () => assert.ok(!flaggedIn(analyze(withConclusion(COLUMN))).includes(conclusion)));
  it('flags it in an analyst’s piece in the third person', () => assert.ok(flaggedIn(analyze(withConclusion(ANALYSIS))).includes(conclusion)));
});

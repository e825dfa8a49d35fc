/**
 * Agentless passives of opinion (JUDGED_PASSIVE, lexicon/cues.ts): the writer reports a view without saying
 * whose it is; the subject and the complement are what is held, with no source. Every sentence is invented.
 */
import * as assert from 'assert';
import { sourcelessRelations as sourceless } from '../support/cueRelations';

describe('held passives: an opinion with no holder named', () => {
  const cases: [string, string, string][] = [
    ['The new levy is considered unfair on the islands.', 'is considered', 'The new levy … unfair on the islands'],
    ['The Tarrow pier was widely regarded as a lifeline for the growers.', 'was widely regarded', 'The Tarrow pier … as a lifeline for the growers'],
    ['Osei is viewed as the likeliest heir to the guild.', 'is viewed', 'Osei … as the likeliest heir to the guild'],
    ['Forty ballots were deemed invalid after the count.', 'were deemed', 'Forty ballots … invalid after the count'],
  ];
  for (const [paragraph, cue, content] of cases) {
    it(paragraph, () => assert.deepStrictEqual(sourceless(paragraph), [[cue, content]]));
  }
  // a review, a named holder, or a noun phrase holds no view of the writer's
  for (const paragraph of [
    'The levy was considered for a second vote in May.',
    'The ballots were deemed by the clerk to be late.',
    'The pier is what is considered a lifeline on the islands.',
  ]) {
    it(paragraph, () => assert.deepStrictEqual(sourceless(paragraph), []));
  }
});

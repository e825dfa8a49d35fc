/**
 * Passives with an agent ("Brell was faulted by the guild for …"): the agent after "by" is the source, the subject
 * and the charge after the agent are the content, the verb group up to "by" is the cue. Every sentence is invented.
 */
import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';
import { cueRelations, sourcelessRelations as sourceless } from '../support/cueRelations';

/** The sourced attributions of a paragraph, as [cue, source, content] texts. */
const sourced = (paragraph: string) =>
  cueRelations(paragraph, readParagraph(paragraph).attributions.filter((a) => a.source && a.cue)).map(({ first, content }) => [
    paragraph.slice(first.cue!.start, first.cue!.end),
    paragraph.slice(first.source!.start, first.source!.end),
    content,
  ]);

describe('agent passives: the agent is the source, subject and charge the content', () => {
  const cases: [string, string, string, string][] = [
    // a perfect or a modal before "been"/"be" is part of the verb group, not of the subject
    ['Idris Kalb has been criticized by the ferrymen.', 'criticized', 'the ferrymen', 'Idris Kalb'],
    ['Mora Vint will be praised by the regents.', 'praised', 'the regents', 'Mora Vint'],
    // the charge after the agent is what is held against the subject
    [
      'Idris Kalb has been criticized by the ferrymen for closing the north slip.',
      'has been criticized by',
      'the ferrymen',
      'Idris Kalb … for closing the north slip',
    ],
    [
      'Mora Vint will probably be remembered by the weavers as a patient broker.',
      'will probably be remembered by',
      'the weavers',
      'Mora Vint … as a patient broker',
    ],
  ];
  for (const [paragraph, cue, source, content] of cases) {
    it(paragraph, () => assert.deepStrictEqual(sourced(paragraph), [[cue, source, content]]));
  }
  // no agent: nobody named holds the view, so no sourced attribution
  it('Idris Kalb has been criticized for closing the north slip.', () =>
    assert.deepStrictEqual(sourced('Idris Kalb has been criticized for closing the north slip.'), []));
});

describe("impressions: the writer's own scene after the complement is no part of what seemed", () => {
  const cases: [string, string, string][] = [
    ['The choir seemed to sing louder as the lanterns were lit.', 'seemed', 'The choir … to sing louder'],
    ['The old tariff may seem to be quaint in the face of cheaper barges.', 'seem', 'The old tariff may … to be quaint'],
    ['Vell appeared to waver on the toll when the clerks walked out.', 'appeared', 'Vell … to waver on the toll'],
    // a complement right after the cue is the impression itself
    ['The quay is widely seen as a relic of the salt trade.', 'is widely seen', 'The quay … as a relic of the salt trade'],
  ];
  for (const [paragraph, cue, content] of cases) {
    it(paragraph, () => assert.deepStrictEqual(sourceless(paragraph), [[cue, content]]));
  }
});

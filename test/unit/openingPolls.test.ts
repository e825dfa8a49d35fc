import * as assert from 'assert';
import { attributionTriples as found } from '../support/attributionTriples';

describe('opening polls: a possessive, a capitalised Poll, and exit polls', () => {
  it('"In June’s Tarrow Courier Poll, …" and "In a Harbour Gazette/Okafor Institute Survey, …" report the clause after the comma', () => {
    const june = found('In June’s Tarrow Courier Poll, 61 percent of ferry riders backed the levy.');
    assert.deepStrictEqual(june.filter(([, cue]) => cue === 'In').map(([, cue, content]) => [cue, content]), [['In', '61 percent of ferry riders backed the levy']]);
    const survey = found('In a Harbour Gazette/Okafor Institute Survey, most island tenants backed the levy.');
    assert.deepStrictEqual(survey.filter(([, cue]) => cue === 'In').map(([, cue, content]) => [cue, content]), [['In', 'most island tenants backed the levy']]);
  });

  it('"In exit polls, …" reports; a sentence that only mentions polls in passing does not', () => {
    assert.deepStrictEqual(found('In exit polls, most island voters ranked ferry fares first.'), [
      ['exit polls', 'In', 'most island voters ranked ferry fares first'],
    ]);
    assert.deepStrictEqual(found('In three towns where exit polls were taken, the ferry levy passed.'), []);
  });
});

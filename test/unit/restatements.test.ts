import * as assert from 'assert';
import { attributionTriples as found } from '../support/attributionTriples';

describe('restatements (restatements.ts): a participle that opens the content of the verb before it', () => {
  it('"issued a statement saying …": the participle reports the clause, the verb before only relays it', () => {
    assert.deepStrictEqual(found('The harbour guild issued a statement saying the pier would stay shut until spring.'), [
      ['The harbour guild', 'saying', 'the pier would stay shut until spring'],
    ]);
    assert.deepStrictEqual(found('Mayor Quell issued a statement Tuesday calling the ferry vote a disgrace.'), [
      ['Mayor Quell', 'calling', 'the ferry vote a disgrace'],
    ]);
  });

  it('a participle that does not open the content leaves the verb before it reporting', () => {
    assert.deepStrictEqual(found('Brevik said the levy would pass, citing the harbour audit.'), [
      ['Brevik', 'said', 'the levy would pass'],
      ['Brevik', 'citing', 'the harbour audit'],
    ]);
  });
});

describe('restatements: a verb and its object that frame a quotation brought on "by saying"', () => {
  it('"explained the delay by saying: “…”": only the participle reports, the verb before frames it', () => {
    assert.deepStrictEqual(found('Okafor explained the delay by saying: “The tide was too low.”'), [
      ['Okafor', 'saying', '“The tide was too low.”'],
    ]);
  });

  it('a participle that brings on no quotation leaves the verb and its object reporting', () => {
    assert.ok(found('Okafor attacked Brevik by reminding the pilots that the levy had doubled.').some(([, cue]) => cue === 'attacked'));
  });
});

import * as assert from 'assert';
import { attributionTriples as found } from '../support/attributionTriples';

describe('appositive subjects: the sentence subject speaks past an appositive the phrase walk cannot read', () => {
  it('an appositive that closes on a quotation: "Ada Novak, the guild’s “harbour voice,” said that …"', () => {
    assert.deepStrictEqual(found('Ada Novak, the guild’s “harbour voice,” said that the pier would close.'), [
      ['Ada Novak', 'said', 'that the pier would close'],
    ]);
  });

  it('an appositive of a participle and a quotation: "Pim Lodde, citing “the tide tables,” said …"', () => {
    const said = found('Pim Lodde, citing “the tide tables,” said the quay was unsafe.').filter(([, cue]) => cue === 'said');
    assert.deepStrictEqual(said, [['Pim Lodde', 'said', 'the quay was unsafe']]);
  });
});

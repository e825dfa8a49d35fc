import * as assert from 'assert';
import { attributionTriples as found } from '../support/attributionTriples';

describe('speaker labels: a transcript turn opens with its speaker’s name and a colon', () => {
  it('an upper-case label, or a known name in Title Case, speaks the paragraph after the colon', () => {
    assert.deepStrictEqual(found('OKAFOR: The pier has been shut for a month. The crews are tired of it.'), [
      ['OKAFOR', ':', 'The pier has been shut for a month. The crews are tired of it'],
    ]);
    assert.deepStrictEqual(found('Dana Whitfield: Well, the ferry board has not met since the storm. So nothing moves.'), [
      ['Dana Whitfield', ':', 'Well, the ferry board has not met since the storm. So nothing moves'],
    ]);
  });

  it('a lone surname the name lists know labels a turn too', () => {
    assert.deepStrictEqual(found('Navarro: The pier opens in May. The crews disagree.'), [
      ['Navarro', ':', 'The pier opens in May. The crews disagree'],
    ]);
  });

  it('a desk’s label, a tally, a lower-case start, a headline in capitals and a crosshead run into its paragraph are no turns', () => {
    assert.deepStrictEqual(found('Navarro: the pier opens in May. The crews disagree.'), []);
    assert.deepStrictEqual(found('UPDATE: The harbour board moved its vote to Friday. The storm closed the pier.'), []);
    assert.deepStrictEqual(found('OKAFOR: 1,204. WHITFIELD: 988.'), []);
    assert.deepStrictEqual(found('OKAFOR: FERRY CREWS WALK OUT OVER UNPAID WAGES AT THE PIER. The strike began Monday.'), []);
    assert.deepStrictEqual(found('Dana Whitfield: Ferry fares Last spring, the fares rose again. The crews waited.'), []);
  });
});

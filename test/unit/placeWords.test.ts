/**
 * The place questions of lexicon/people.ts read compromise's dictionary once per word and keep the answers in one
 * record per word, filled as each question is asked: asking in any order gives the answers asked alone would.
 */
import * as assert from 'assert';
import { isCountry, isDemonym, isPlaceWord, lexiconTags } from '../../server/src/engine/lexicon/people';

describe('lexicon: place words, read once per word', () => {
  it('names of what every object inherits are no dictionary entries', () => {
    for (const word of ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__']) {
      assert.deepStrictEqual(lexiconTags(word), [], word);
      assert.strictEqual(isPlaceWord(word) || isCountry(word) || isDemonym(word), false, word);
    }
  });

  it('each question of a word keeps its own answer, whichever is asked first', () => {
    // "freedonian" is known to none of them; "canada" is a country and a place, no people
    assert.deepStrictEqual([isDemonym('canada'), isCountry('canada'), isPlaceWord('canada')], [false, true, true]);
    assert.deepStrictEqual([isPlaceWord('canadian'), isDemonym('canadian')], [true, true]);
    assert.deepStrictEqual([isCountry('freedonian'), isDemonym('freedonian'), isPlaceWord('freedonian')], [false, false, false]);
    assert.deepStrictEqual([isCountry('us'), isDemonym('us')], [true, true]);
  });
});

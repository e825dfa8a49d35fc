/**
 * The place questions of lexicon/people.ts read compromise's dictionary once per word and keep the answers in one
 * record per word, filled as each question is asked: asking in any order gives the answers asked alone would.
 */
import * as assert from 'assert';
import { isCountry, isDemonym, isPlaceWord, lexiconTags, placeFactsOf } from '../../server/src/engine/lexicon/people';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';
import { Reader } from '../../server/src/engine/mentions/reader';
import { tokenize } from '../../server/src/engine/text/tokens';

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

  it("a paragraph reader keeps each token's answers, a word with none as well as one with some", () => {
    const text = 'The Canadian deputy ministers of Freedonia met.';
    const r = new Reader(text, tokenize(text, [{ start: 0, end: text.length }], []), BUILT_IN_VOCABULARY);
    const words = r.tokens.map((t) => t.lower);
    for (const round of ['asked', 'kept']) {
      assert.deepStrictEqual(words.map((_, i) => r.roleHeadAt(i)), words.map((w) => BUILT_IN_VOCABULARY.roleHead(w)), round);
      assert.deepStrictEqual(words.map((_, i) => r.isRoleWordAt(i)), words.map((w) => BUILT_IN_VOCABULARY.isRoleWord(w)), round);
      assert.deepStrictEqual(words.map((_, i) => r.placeAt(i)), words.map(placeFactsOf), round);
    }
    assert.deepStrictEqual([r.roleHeadAt(3), r.roleHeadAt(4), r.placeAt(1).nation, r.placeAt(2).nation], ['minister', undefined, true, false]);
  });
});

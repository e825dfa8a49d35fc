/**
 * Title style read on one word test: strict (`isTitleCase`), with a slip (`isTitleStyled`). Every line is invented.
 */
import * as assert from 'assert';
import { inCapitals, isTitleCase, isTitleCaseLine, isTitleStyled, keepsTitle } from '../../server/src/engine/text/titleCase';

describe('titleCase: one word test', () => {
  it('keeps title style with a capital, a figure, or a minor word past the first', () => {
    assert.ok(keepsTitle('Harbour', 0));
    assert.ok(keepsTitle('2031', 3));
    assert.ok(keepsTitle('of', 2));
    assert.ok(!keepsTitle('of', 0), 'the first word is capitalised even when minor');
    assert.ok(!keepsTitle('opens', 2));
    assert.ok(keepsTitle('Éva', 1) && !keepsTitle('élan', 1), 'letters beyond ASCII read by their case');
  });

  it('reads strict title case: every word kept, none slipped', () => {
    assert.ok(isTitleCase('Mayor Quell Opens the Bridge of Tarrow'));
    assert.ok(isTitleCase('FERRY STRIKE ENDS'));
    assert.ok(!isTitleCase('Mayor Quell opens the bridge'));
    assert.ok(!isTitleCase('the Harbour Reopens'), 'a minor first word in lower case');
    assert.ok(!isTitleCase(''), 'no words, no title');
  });

  it('reads the possessive or plural of an abbreviation with its full stops as part of it, not a word in lower case', () => {
    assert.ok(isTitleCase("U.N.'s Ferry Envoy Quits Tarrow"));
    assert.ok(isTitleCase('W.H.O.’s Harbour Chief Resigns'));
    assert.ok(isTitleCase('Three M.P.s Back the Tarrow Toll'));
    assert.ok(!isTitleCase("U.N.'s envoy quits Tarrow"), 'the words after it still count');
    assert.ok(!isTitleCase('Quell Sees a Gain. s Is Next'), 'a lone s after a space is a word');
  });

  it('reads a line in capitals as title style at its strictest', () => {
    for (const line of ['FERRY STRIKE ENDS AT DAWN', 'ÉCLUSE 4 REOPENS']) assert.ok(inCapitals(line) && isTitleCase(line), line);
    assert.ok(!inCapitals('FERRY STRIKE Ends'));
    assert.ok(!inCapitals('ÉCLUSE RÉOUVERTE à TARROW'), 'letters beyond ASCII read by their case');
  });

  it('reads title style with a slip when a function word past the first is capitalised', () => {
    assert.ok(isTitleStyled('Why the Dockers Of Tarrow Will Want To strike'), 'one slip in five major words');
    assert.ok(!isTitleStyled('Why the Dockers of Tarrow will want to strike'), 'a sentence: verbs and glue in lower case');
    assert.ok(!isTitleStyled('Ada Quell, Bo Marsh, Cy Tarrow'), 'a list of names capitalises no function word');
    assert.ok(!isTitleStyled('Ferries Of Tarrow'), 'fewer than three major words');
  });

  it('reads a Title Case line on the same word test, quoted words aside', () => {
    const line = (text: string) => isTitleCaseLine(text, { start: 0, end: text.length });
    assert.ok(line('Mayor Quell Says “we will open the pier” by Spring'));
    assert.ok(!line('the Harbour Board Says No'), 'a minor first word in lower case is no title');
    assert.ok(!line('Mayor Quell Says the Pier Opens.'), 'a full stop closes a sentence');
    assert.ok(line('U.N.’s Ferry Envoy Quits Tarrow'), 'an abbreviation’s possessive is part of it');
  });
});

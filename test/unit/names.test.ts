/**
 * Personal names as copy that no rule was written on uses them (session 27): who a lone surname names, which runs of
 * capitals are people and which are places, documents or firms. Every sentence is invented.
 */
import * as assert from 'assert';
import { cast } from '../support/cast';

const people = (story: string) => cast(story).filter(([kind]) => kind === 'person');

describe('names: lone surnames and their namesakes (session 27)', () => {
  it('a "Mr." before the surname of a woman named in full is another person, one the story never names in full', () => {
    const story = 'The first lady, Helen Varga, hosted the dinner. Mr. Varga told a guest he would speak later.';
    assert.deepStrictEqual(people(story), [
      ['person', 'Helen Varga', ['Helen Varga']],
      ['person', 'Varga', ['Mr. Varga', 'he']],
    ]);
    // a lone surname read before it does not pull the "Mr." after it to her either
    assert.deepStrictEqual(people(`As Governor Varga spoke, the hall fell quiet. ${story}`).at(-1), ['person', 'Varga', ['Mr. Varga', 'he']]);
  });

  it('"Mrs. Varga" beside a man of that name is the Varga woman the story names in full later', () => {
    const story = 'Tomas Varga arrived with Mrs. Varga at noon. His wife, Helen Varga, had chaired the harbour board.';
    assert.deepStrictEqual(people(story), [
      ['person', 'Tomas Varga', ['Tomas Varga', 'His']],
      ['person', 'Helen Varga', ['Mrs. Varga', 'Helen Varga']],
    ]);
  });
});

describe('names: runs of capitals that are no person (session 27)', () => {
  it('words with no given name right after "in" or "near" are a place, not a person; "at" may aim at someone', () => {
    assert.deepStrictEqual(people('Voters in Palo Verde cheered. Ines Roa, who lives near Terre Gorda, said the count was close.'), [
      ['person', 'Ines Roa', ['Ines Roa']],
    ]);
    assert.deepStrictEqual(people('Anger at Marek Vosko grew.'), [['person', 'Marek Vosko', ['Marek Vosko']]]);
    // a possessive after "in" is the person whose room it is
    assert.deepStrictEqual(people('The chairs in Ivka Brandt’s den were new.'), [['person', 'Ivka Brandt', ['Ivka Brandt’s']]]);
  });

  it('a given name that ends a place begun by the word before it opens no name: "South Carolina Democrats"', () => {
    assert.deepStrictEqual(people('Two South Carolina Democrats backed the ferry bill, and the North Carolina State rowers cheered.'), []);
    assert.deepStrictEqual(people('West Virginia Gov. Ada Roa signed it.'), [['person', 'Ada Roa', ['Ada Roa']]]);
  });

  it('a lone name word right after the name of a place, a people or a body ends a longer name: "the Boston Globe"', () => {
    assert.deepStrictEqual(people('Members of the Greek Brotherhood marched. Ada Roa of the Boston Clarion won a prize at the Jewish Shavuot fair.'), [
      ['person', 'Ada Roa', ['Ada Roa']],
    ]);
    // after a title it is the person the title names
    assert.deepStrictEqual(people('Russian President Volkov said no.'), [['person', 'Volkov', ['Volkov']]]);
  });
});

describe('names: initials and bodies named like people (session 27)', () => {
  it('two or three joined initials open a name: "J.M. Vardy"; a place written so ("D.C.") or a common word after them does not', () => {
    assert.deepStrictEqual(people('“The port is open,” said J.M. Vardy, a fellow at the harbour institute. A book by T.R. Oakum came out.'), [
      ['person', 'J.M. Vardy', ['J.M. Vardy']],
      ['person', 'T.R. Oakum', ['T.R. Oakum']],
    ]);
    assert.deepStrictEqual(people('The rally was in Washington, D.C. Voters read P.S. Others.'), []);
  });

  it('a name with no given name whose appositive is headed by a class of body is that body: "Brask Kellner, a research firm"', () => {
    const story = 'Tom Vell runs Brask Kellner, a research firm in Tarnby. Kowalczyk, a developer, spoke.';
    assert.deepStrictEqual(cast(story), [
      ['person', 'Tom Vell', ['Tom Vell']],
      ['organization', 'Brask Kellner', ['Brask Kellner']],
      ['person', 'Kowalczyk', ['Kowalczyk']],
    ]);
  });

  it('a given name and "Plan" or "Statement" after it is a plan or a document named for someone: "the Keller Plan"', () => {
    assert.deepStrictEqual(people('The board revived the Marta Plan, and the Gordon Statement was signed in 1961.'), []);
  });

  it('a capital "A" or "I" with its full stop inside a name is a middle initial: "Tomas A. Baker"', () => {
    assert.deepStrictEqual(people('“The files will be read,” harbour counsel Tomas A. Baker wrote. Later Mr. Baker said more.'), [
      ['person', 'Tomas A. Baker', ['Tomas A. Baker', 'Mr. Baker']],
    ]);
    assert.deepStrictEqual(people('Ines Roa gave the plan an A. Then she left.'), [['person', 'Ines Roa', ['Ines Roa', 'she']]]);
  });

  it('a title-case headline that keeps two words of a name keeps the surname after a middle initial: "Tomas W. Vell"', () => {
    assert.deepStrictEqual(people('Harbour Chief Tomas W. Vell Quits After Row Over Tides'), [['person', 'Tomas W. Vell', ['Tomas W. Vell']]]);
  });
});


import * as assert from 'assert';
import { Cast, nameWords } from '../../server/src/engine/actors/cast';
import { History } from '../../server/src/engine/actors/history';
import type { MentionCandidate } from '../../server/src/engine/mentions/reader';

/** A full-name mention of `name` at `start` (the cast and history read only these fields). */
const named = (name: string, start: number, form: MentionCandidate['form'] = 'full'): MentionCandidate => ({
  start,
  end: start + name.length,
  kind: 'person',
  form,
  name,
  roles: [],
  inQuote: false,
});

describe('actor resolution steps', () => {
  describe('Cast', () => {
    it('takes a longer full name with the same given name as a variant, and a namesake with another as someone else', () => {
      const cast = new Cast();
      const ines = cast.create('person', 'Ines Roa');
      assert.strictEqual(cast.samePerson(nameWords('Ines Maria Roa')), ines);
      assert.strictEqual(cast.samePerson(nameWords('Pablo Roa')), undefined);
    });

    it('gives a lone surname to the bearer named nearest before it, and lists a mention once', () => {
      const cast = new Cast();
      const ines = cast.create('person', 'Ines Roa');
      const pablo = cast.create('person', 'Pablo Roa');
      const first = named('Ines Roa', 0);
      cast.assign(first, ines);
      cast.assign(named('Pablo Roa', 100), pablo);
      cast.assign(named('Ines Roa', 200), ines);
      assert.strictEqual(cast.nameHolder('roa', 150), pablo);
      assert.strictEqual(cast.nameHolder('roa', 250), ines);
      cast.assign(first, pablo);
      assert.strictEqual(cast.actorOf(first), ines);
      assert.strictEqual(ines.mentions.length, 2);
    });
  });

  describe('History', () => {
    // sentences of 100 characters each
    const sentenceOf = (offset: number) => Math.floor(offset / 100);

    it('looks back over at most 400 earlier mentions, so resolution stays linear', () => {
      const cast = new Cast();
      const found = (earlier: number) => {
        const history = new History(sentenceOf);
        history.add(0, cast.create('organization', 'Harbour Authority'), 'full');
        for (let i = 1; i < earlier; i++) history.add(i, cast.create('person', `Person ${i}`), 'full');
        return history.lookBack(earlier, (d) => d.kind === 'organization');
      };
      assert.strictEqual(found(400)?.names[0], 'Harbour Authority');
      assert.strictEqual(found(401), undefined);
    });

    it('gives "he" the man named in its sentence before one a nearer pronoun refers to, and "she" the woman before', () => {
      const cast = new Cast();
      const person = (name: string, gender: 'male' | 'female') => Object.assign(cast.create('person', name), { gender });
      const ines = person('Ines Roa', 'female');
      const tomas = person('Tomas Vell', 'male');
      const pablo = person('Pablo Roa', 'male');
      const history = new History(sentenceOf);
      history.add(10, ines, 'full');
      history.add(20, tomas, 'full');
      history.add(110, pablo, 'full');
      history.add(150, tomas, 'pronoun');
      const pronoun = (name: string, gender: 'male' | 'female'): MentionCandidate => ({ ...named(name, 160, 'pronoun'), kind: 'pronoun', gender });
      assert.strictEqual(history.personFor(pronoun('he', 'male'), 1), pablo);
      assert.strictEqual(history.personFor(pronoun('she', 'female'), 1), ines);
    });
  });
});

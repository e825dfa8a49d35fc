/**
 * Private speech read as a public credit (issue 8): what someone said where the reporter could not hear is itself
 * the inside account, told apart from public speech by its audience or setting. Every sentence here is invented.
 */
import * as assert from 'assert';
import { flaggedSentences as flagged } from '../support/claimFixtures';

describe('private speech: the speaker’s own words beside it', () => {
  it('do not credit what the speaker told a confidant', () => {
    const claim = 'Mara Velk has voiced alarm about the ferry vote, telling her closest confidant that she fears a rout.';
    assert.strictEqual(flagged(claim).length, 1);
  });

  it('nor do the speaker’s public words in the same sentence credit what was told to aides', () => {
    const claim = 'Mara Velk said on Monday that the vote was close, telling aides later that she fears a rout.';
    assert.strictEqual(flagged(claim).length, 1);
  });

  it('a witness credited in the sentence still does', () => {
    assert.deepStrictEqual(flagged('Mara Velk told aides that she fears a rout, according to a guest at the dinner.'), []);
  });

  it('the public twin stays quiet', () => {
    assert.deepStrictEqual(flagged('Mara Velk has voiced alarm about the ferry vote, telling reporters on Monday that she fears a rout.'), []);
  });
});

describe('private speech: a telling participle joins its speaker’s verb', () => {
  const first = 'Mara Velk has expressed alarm about the ferry vote, telling her closest confidant that she fears a rout.';
  const next = 'And she has told friends for months that she worries about the harbour board.';

  it('so the joined verb does not credit what the speaker told friends in the next paragraph', () => {
    assert.strictEqual(flagged(`${first}\n${next}`).length, 2);
  });

  it('while her public words before it still do', () => {
    const statement = 'Mara Velk said at a rally on Monday that the ferry vote was close.';
    assert.strictEqual(flagged(`${statement}\n${next}`).length, 0);
  });
});

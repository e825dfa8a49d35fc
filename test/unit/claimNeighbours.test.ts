/**
 * Which neighbour sources a claim (issue 8): a sentence next door counts only when it attributes that claim. Every
 * sentence here is invented.
 */
import * as assert from 'assert';
import { flaggedSentences as flagged } from '../support/claimFixtures';

describe('claim neighbours: across a paragraph break', () => {
  const quote = '“The winter ferry will run every day,” Ivo Dorn said on Monday.';

  it('the holder’s words before do not source a claim the reporter makes about the holder in a new paragraph', () => {
    const claim = 'Dorn has worked behind the scenes for weeks to seat his friends on the harbour board.';
    assert.deepStrictEqual(flagged(`${quote}\n${claim}`), [claim]);
  });

  it('they still source the holder’s own state that the new paragraph goes on with', () => {
    assert.deepStrictEqual(flagged(`${quote}\nDorn wants the ferry to stop at Kessling twice a day.`), []);
  });
});

describe('claim neighbours: the holder’s own words right after', () => {
  const quote = '“We cannot wait another winter for the dredger,” Velko said.';

  it('a paraphrase of how the person a sentence is about feels is sourced by their quoted words next', () => {
    const claims = [
      'Marta Velko, who has mended nets on the quay since 1990, thinks the harbour board has waited too long.',
      'Marta Velko is touring the quay, stopping at every berth in hopes of winning over the pilots.',
    ];
    for (const claim of claims) {
      assert.deepStrictEqual(flagged(claim), [claim]);
      assert.deepStrictEqual(flagged(`${claim}\n${quote}`), []);
      assert.deepStrictEqual(flagged(`${claim} ${quote}`), []);
    }
  });

  it('a feeling named as a thing may be anyone’s: their words do not source it', () => {
    const claim = 'Marta Velko met pilots at the quay as the anger over fares swept the harbour.';
    assert.deepStrictEqual(flagged(`${claim}\n${quote}`), [claim]);
  });

  it('a person named only in an opening clause is not who the sentence is about', () => {
    const claim = 'While Velko’s plea this week was mild, the harbour board has been quietly weighing a sale of the quay.';
    assert.deepStrictEqual(flagged(`Marta Velko leads the pilots’ guild on the Kessling quay.\n${claim}\n${quote}`), [claim]);
  });

  it('a sentence that opens on a pronoun is sourced by quoted words the same pronoun is credited for', () => {
    const quoted = '“Certainly, this was a way to put pressure on the port,” he conceded.';
    const claim = (pronoun: string) => `${pronoun} thinks the board would have backed the levy anyway.`;
    assert.deepStrictEqual(flagged(`The guild has an ally on the board.\n${claim('He')}\n${quoted}`), []);
    assert.deepStrictEqual(flagged(`The guild has an ally on the board.\n${claim('She')}\n${quoted}`), [claim('She')]);
  });

  it('a question the person puts gives no account of their own state', () => {
    const claim = 'Marta Velko was stunned by the vote.';
    assert.deepStrictEqual(flagged(`${claim}\n“Do you want to close the quay for good?” Velko asked.`), [claim]);
  });
});

describe('claim neighbours: a finding backed by the credited figure right after it', () => {
  const finding = 'Mayor Osei is widely popular among the island’s fishers.';

  it('a measured figure the next sentence credits to a poll or data backs the finding before it', () => {
    const backed = 'About 70 percent of them approve of her, according to the Harbour Times poll.';
    assert.deepStrictEqual(flagged(`${finding} ${backed}`), []);
  });

  it('not a figure a speaker gives, nor one in the next paragraph, nor hearsay passed on "reportedly"', () => {
    assert.deepStrictEqual(flagged(`${finding} The mayor boasted of a $25 million harbour surplus.`), [finding]);
    assert.deepStrictEqual(flagged(`${finding}\n\nAbout 70 percent of them approve of her, according to the Harbour Times poll.`), [finding]);
    const hearsay = 'The mayor reportedly met the trawler owners twice in May.';
    assert.deepStrictEqual(flagged(`${hearsay} Their catch rose 12 percent, according to port data.`), [hearsay]);
  });
});

describe('claim neighbours: an explanation that opens its sentence goes on with the account before it', () => {
  const explanation = 'That’s why the trawlers now land their catch in Brask.';

  it('is the account of the speaker credited right before it, in the same paragraph', () => {
    assert.deepStrictEqual(flagged(`The landing fees in Ostvik doubled last year, the harbour register shows. ${explanation}`), []);
  });

  it('is the reporter’s own when the sentence before credits no one, or stands in another paragraph', () => {
    assert.deepStrictEqual(flagged(`The landing fees in Ostvik doubled last year. ${explanation}`), [explanation]);
    assert.deepStrictEqual(flagged(`The landing fees in Ostvik doubled last year, the harbour register shows.\n${explanation}`), [explanation]);
  });
});

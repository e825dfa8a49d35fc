/**
 * Who speaks a direct quotation: the source phrase a cue takes before it, and the shapes that make a cue word a
 * verb rather than a noun (sources.ts). Invented sentences only.
 */
import * as assert from 'assert';
import { attributionReadings as readings } from '../support/attributionTriples';

describe('a cue word that may be a noun, before a colon and a quotation', () => {
  it('"reads:" and a quotation make the word a verb: the phrase before it is the source', () => {
    const p = 'The weathered, hand-painted notice reads: “No swimming after dark.”';
    assert.deepStrictEqual(readings(p), [['direct', 'hand-painted notice', 'reads', '“No swimming after dark.”']]);
  });

  it('with no quotation after the colon, the word stays a noun and quotes no one', () => {
    const p = 'The harbour board heard two readings: one in March and one in May.';
    assert.ok(readings(p).every(([kind]) => kind !== 'direct'));
  });
});

describe('a verb after an auxiliary is no source: the subject before the auxiliary speaks', () => {
  it('"has pushed back …, calling", "would ever admit": the source is the subject, not the verb or the adverb', () => {
    const pushed = 'Ada Tenby has pushed back against her critics, calling the ferry plan “a lifeline for the island.”';
    const calling = readings(pushed).find(([, , cue]) => cue === 'calling');
    assert.deepStrictEqual(calling, ['partial', 'Ada Tenby', 'calling', 'the ferry plan “a lifeline for the island.”']);
    assert.ok(readings(pushed).every(([, source]) => source === 'Ada Tenby'));
    const ever = 'Few harbour pilots would ever admit that the channel is “too shallow for the new ships.”';
    assert.deepStrictEqual(readings(ever), [
      ['partial', 'Few harbour pilots', 'admit', 'that the channel is “too shallow for the new ships.”'],
    ]);
  });

  it('a noun phrase before the cue, or a verb with no auxiliary before it, reads as before', () => {
    const plain = 'Two harbour pilots say the channel is “too shallow for the new ships.”';
    assert.deepStrictEqual(readings(plain)[0]?.slice(0, 3), ['partial', 'Two harbour pilots', 'say']);
  });
});

describe('the subject a participle hangs on, past a sentence adverb, and never an empty "there"', () => {
  it('"Again, the mayor …, calling": the adverb and its comma open the sentence; the noun phrase after them speaks', () => {
    const p = 'Again, the mayor waved at the crowd, calling the levy “a tax on the tide.”';
    assert.deepStrictEqual(readings(p), [['partial', 'the mayor', 'calling', 'the levy “a tax on the tide.”']]);
  });

  it('a name set off by commas before the verb is still the subject', () => {
    const p = 'Quell, smiling, waved at the crowd, calling the levy “a tax on the tide.”';
    assert.deepStrictEqual(readings(p)[0]?.slice(0, 3), ['partial', 'Quell', 'calling']);
  });

  it('"There’s still time …": an empty subject names no speaker for the participle', () => {
    const p = 'There’s still time for Quell to mend fences, even after repeatedly dismissing the board as a “harbour cartel.”';
    assert.ok(readings(p).every(([, source]) => source !== 'There’s'));
  });
});

describe('an opening "according to" reports the speaker\'s clause after it whole', () => {
  it('"According to the log, Quell said …": the account is the source of the report, speaker and quotation both', () => {
    const p = 'According to the harbour log, Quell said the pier was “safe enough” in March.';
    assert.deepStrictEqual(readings(p), [
      ['according-to', 'the harbour log', 'According to', 'Quell said the pier was “safe enough” in March'],
    ]);
    const plain = 'According to the Tarn Gazette, Quell said the ferry would sail on Sunday.';
    assert.deepStrictEqual(readings(plain), [
      ['according-to', 'Tarn Gazette', 'According to', 'Quell said the ferry would sail on Sunday'],
    ]);
  });

  it('a clause with no cue of its own, or an end attribution after it, keeps its own reading', () => {
    const bare = 'According to the Tarn Gazette, the pier was “safe enough” in March.';
    assert.deepStrictEqual(readings(bare), [['according-to', 'Tarn Gazette', 'According to', 'the pier was “safe enough” in March']]);
    const ended = 'According to the tide tables kept by the harbour board, the pier floods twice a year, Quell said.';
    const account = readings(ended).find(([kind]) => kind === 'according-to');
    assert.deepStrictEqual(account?.[3], 'the pier floods twice a year');
  });

  it('"According to Marsh, writing for the Courier, …": the participle describes the source; it is no content', () => {
    const p = 'According to Ada Marsh, writing for the Courier, the pier is safe.';
    assert.ok(readings(p).every(([kind, , , content]) => kind !== 'according-to' || !content.startsWith('writing')));
  });
});

describe('a short line with a label and a colon', () => {
  it('names its source, as a headline does', () => {
    assert.deepStrictEqual(readings('Okafor: The Pier Stays Shut Until Spring'), [['indirect', 'Okafor', ':', 'The Pier Stays Shut Until Spring']]);
  });

  it('a credit line names who wrote or reported, not who speaks', () => {
    assert.deepStrictEqual(readings('Contributing: Ines Marrow and Tomas Vey, Harbour Gazette'), []);
    assert.deepStrictEqual(readings('Contributors: Ines Marrow, Tomas Vey'), []);
  });
});

describe('a desk label before a headline colon names no source', () => {
  it('a rubric, a paid slot or a teaser ("Ferry Update:", "Paid Notice:", "Just Leaked:") is not a speaker', () => {
    for (const label of ['Ferry Update', 'Paid Notice', 'Just Leaked', 'Bombshell', 'Developing Story']) {
      assert.deepStrictEqual(readings(`${label}: Okafor Keeps The Pier Shut Until Spring`), [], label);
    }
  });

  it('a name before the colon still speaks', () => {
    assert.deepStrictEqual(readings('Mayor Okafor: Pier Stays Shut Until Spring')[0]?.slice(1, 3), ['Okafor', ':']);
  });
});

describe('a share that speaks at the head of a poll’s findings', () => {
  it('is the poll’s finding: the poll alone is the source, even past a hedge or with a quotation', () => {
    const p = 'In a Tarn Gazette poll released Monday, just 31 percent of islanders said the ferry fare was “far too steep.”';
    assert.deepStrictEqual(readings(p), [
      ['indirect', 'Tarn Gazette', 'In', 'just 31 percent of islanders said the ferry fare was “far too steep.”'],
    ]);
  });

  it('a share that speaks after the poll’s own sentence, or a poll after a comma, is left as it was', () => {
    const later = 'The ferry was late again. Most pilots said the pier should stay open.';
    assert.deepStrictEqual(readings(later)[0]?.slice(1, 3), ['Most pilots', 'said']);
    const mid = 'In a Tarn Gazette poll, the levy led, and later, 31 percent said the fare was steep.';
    assert.ok(readings(mid).some(([, source, cue]) => source === '31 percent' && cue === 'said'));
  });
});

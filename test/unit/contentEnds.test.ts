/**
 * Where a content found by a known cue begins and ends (attributions/contents.ts, quoteAttributions.ts): the
 * boundary, not the cue, is what these fixtures pin down. Every sentence is invented.
 */
import * as assert from 'assert';
import { attributionReadings } from '../support/attributionTriples';

/** Each attribution of a paragraph read on its own, as [source, cue, content] words. */
const readings = (paragraph: string) => attributionReadings(paragraph).map(([, ...triple]) => triple);

describe('a headline colon after a titled name', () => {
  it('"Dr." before the name is a title, not a sentence end: the name speaks', () => {
    assert.deepStrictEqual(readings('Dr. Ada Brell: Salt Marsh Clinics Need Two More Nurses'), [
      ['Dr. Ada Brell', ':', 'Salt Marsh Clinics Need Two More Nurses'],
    ]);
  });

  it('a full stop after a word that is no title still makes the line body copy, not a headline', () => {
    assert.deepStrictEqual(readings('The ferry sank. Brell: Nobody Saw It Coming Tonight'), []);
  });
});

describe('an inverted source after a sentence that opens with a clause of its own', () => {
  it('the words before "said Name" are what was said, not an appositive on a source before them', () => {
    const p = 'Once the toll bridge opened, the night ferry had few riders left, said Odile Marsh, a harbour analyst.';
    assert.deepStrictEqual(readings(p), [
      ['Odile Marsh', 'said', 'Once the toll bridge opened, the night ferry had few riders left'],
    ]);
  });

  it('a name after "said" that closes the sentence is the speaker, though a relative or participle clause comes before the comma', () => {
    const relative = 'The ferry board has lost the trust of the pilots in Tarrow, whom it ignored during the strike, said Odile Marsh, a harbour analyst.';
    assert.deepStrictEqual(readings(relative), [
      ['Odile Marsh', 'said', 'The ferry board has lost the trust of the pilots in Tarrow, whom it ignored during the strike'],
    ]);
    const participle = 'That would leave a long summer of repairs for Quell, forcing her to answer both the pilots and the board, said Tomas Brandt, a Marlow pollster.';
    assert.deepStrictEqual(readings(participle), [
      ['Tomas Brandt', 'said', 'That would leave a long summer of repairs for Quell, forcing her to answer both the pilots and the board'],
    ]);
  });

  it('a true appositive on the subject still makes the subject the source', () => {
    const p = 'Odile Marsh, the harbour analyst, said the old ferry will lose riders.';
    assert.deepStrictEqual(readings(p), [['Odile Marsh', 'said', 'the old ferry will lose riders']]);
  });
});

describe('an end attribution with "told" and only whom it was told to', () => {
  it('the clause before the comma is what was told, not the addressee after the cue', () => {
    assert.deepStrictEqual(readings('The new levy covers a second ferry for the east dock, Harbour Master Ines Roa told a council panel.'), [
      ['Ines Roa', 'told', 'The new levy covers a second ferry for the east dock'],
    ]);
    assert.deepStrictEqual(readings('The board was only doing what most harbours already do, she told the court in her filing.'), [
      ['she', 'told', 'The board was only doing what most harbours already do'],
    ]);
  });

  it('a clause after the addressee is still what was told', () => {
    assert.deepStrictEqual(readings('Quell told reporters the pier would close.'), [['Quell', 'told', 'the pier would close']]);
  });
});

describe('content ends: the outlet an interview was with is part of the occasion (session 26)', () => {
  const contentOf = (story: string) => readings(story).find(([, cue]) => cue?.startsWith('said'))?.[2];

  it('"…, Quill said in an interview with Harbour Radio on Monday.": the words before speak, not the radio', () => {
    assert.strictEqual(contentOf('The toll will go, Dana Quill said in an interview with Harbour Radio on Monday.'), 'The toll will go');
  });

  it('"Quill said in an interview with the Tarrow Courier that …": the that-clause after the outlet', () => {
    assert.strictEqual(contentOf('Dana Quill said in an interview with the Tarrow Courier that the toll will go.'), 'that the toll will go');
  });
});

/**
 * Transcript turns (attributions/transcripts.ts): a paragraph that opens with a speaker's label and a colon is that
 * speaker's turn, and the reports told inside the turn stand beside it. Invented sentences only.
 */
import * as assert from 'assert';
import { analyze, readParagraph } from '../../server/src/engine/analyze';
import { transcriptTurn } from '../../server/src/engine/attributions/transcripts';
import { BUILT_IN_VOCABULARY } from '../../server/src/engine/lexicon/vocabulary';

type Reading = [string | null, string | null, string];

/** Each attribution of a paragraph read on its own, as [source, cue, content] words. */
function readings(paragraph: string): Reading[] {
  const words = (s: { start: number; end: number } | null) => (s ? paragraph.slice(s.start, s.end) : null);
  return readParagraph(paragraph).attributions.map((a) => [words(a.source), words(a.cue), words(a.content)!]);
}

/** The attributions of a whole article, after the reports told inside another have left. */
function articleReadings(text: string): Reading[] {
  const words = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return analyze(text).attributions.map((a) => [words(a.source), words(a.cue), words(a.content)!]);
}

const TURN =
  'The pier has been shut since the storm, and every week it stays shut the fish market on the quay loses its early ' +
  'buyers. The harbour trust owes the fishing crews an honest date for the reopening';

/** Whether the paragraph, read with nothing found in it yet, is a turn. */
const isTurn = (paragraph: string) => transcriptTurn(paragraph, [], [], BUILT_IN_VOCABULARY).length > 0;

describe('transcripts: a speaker’s turn', () => {
  it('an upper-case label and a colon make the paragraph the speaker’s turn', () => {
    assert.deepStrictEqual(readings(`OKAFOR: ${TURN}.`), [['OKAFOR', ':', TURN]]);
    assert.deepStrictEqual(readings(`DANA WHITFIELD: ${TURN}.`)[0].slice(1), [':', TURN]);
  });

  it('a Title Case label is a turn when the name lists know the name', () => {
    assert.deepStrictEqual(readings(`Maria Lindqvist: ${TURN}.`)[0].slice(0, 2), ['Maria Lindqvist', ':']);
  });

  it('a desk’s label, a headline in capitals, a tally or a run-in heading is no turn', () => {
    assert.ok(isTurn(`OKAFOR: ${TURN}.`));
    assert.ok(!isTurn(`UPDATE: ${TURN}.`));
    assert.ok(!isTurn('HARBOUR: PIER TO STAY SHUT UNTIL THE SPRING, TRUST SAYS IN A LETTER.'));
    assert.ok(!isTurn('OKAFOR: 1,204.'));
    assert.ok(!isTurn(`Okafor: Ferry fares Last spring, ${TURN}.`));
  });

  it('a turn opens with a capital and holds a sentence’s end (a line with no stop is a headline’s)', () => {
    assert.ok(!isTurn('Okafor: the pier opens in May. The trust disagrees about the date.'));
    assert.ok(!isTurn('OKAFOR: Pier stays shut while the trust argues over the date'));
  });

  it('a report told inside a long turn stands beside the turn', () => {
    const told = `${TURN}. Last week the harbour master told me the new piles are safe`;
    const article = `OKAFOR: ${told}.\n`;
    assert.deepStrictEqual(articleReadings(article), [
      ['OKAFOR', ':', told],
      ['the harbour master', 'told', 'the new piles are safe'],
    ]);
  });

  it('a report told inside a reporter’s paraphrase is still part of it', () => {
    const article = 'Okafor said the trust admitted that the harbour master told crews the new piles are safe.\n';
    assert.deepStrictEqual(articleReadings(article).map((r) => r[1]), ['said']);
  });
});

describe('a short line with a label and a colon', () => {
  it('names its source, as a headline does', () => {
    assert.deepStrictEqual(readings('Okafor: The Pier Stays Shut Until Spring'), [['Okafor', ':', 'The Pier Stays Shut Until Spring']]);
  });

  it('a credit line names who wrote or reported, not who speaks', () => {
    assert.deepStrictEqual(readings('Contributing: Ines Marrow and Tomas Vey, Harbour Gazette'), []);
    assert.deepStrictEqual(readings('Contributors: Ines Marrow, Tomas Vey'), []);
  });
});

/**
 * What an actor said, as the views count it (`speechOf`): on hand-built models, so that the counting is tested apart
 * from the engine's reading.
 */
import * as assert from 'assert';
import { speechOf } from '../../server/src/engine/actors/speech';
import type { ArticleModel, Attribution, Quote } from '../../server/src/engine/model';
import { attribution, quoteAt, segmentLines } from '../support/handModel';
import { spanOf as at } from '../support/spans';

const TEXT = [
  'Ferry fares to rise',
  'The new levy, Ada Brell said, will pay for itself within a decade.',
  '“We are ready,” Brell said. “The boats are fuelled.”',
  'The toll, Brell said, was “a fair price” for the crossing.',
  'Brell wants the pier rebuilt before winter.',
].join('\n');

function modelOf(attributions: Attribution[], quotes: Quote[]): ArticleModel {
  return { text: TEXT, ...segmentLines(TEXT), quotes, actors: [], attributions, findings: [], suppressed: [] };
}

const said = (nth: number) => at(TEXT, 'said', nth);
const brell = (nth: number) => at(TEXT, 'Brell', nth);

describe('what an actor said (speechOf)', () => {
  const quotes = [
    quoteAt(TEXT, 'q1', '“We are ready,”', 'direct'),
    quoteAt(TEXT, 'q2', '“The boats are fuelled.”', 'direct'),
    quoteAt(TEXT, 'q3', '“a fair price”', 'partial'),
  ];
  const attributions = [
    // a cue inside its paraphrase: two halves sharing the cue
    attribution('t1', 'indirect', brell(1), said(1), at(TEXT, 'The new levy'), 'a1'),
    attribution('t2', 'indirect', brell(1), said(1), at(TEXT, 'will pay for itself within a decade'), 'a1'),
    // a run of two quotations under one cue
    attribution('t3', 'direct', brell(2), said(2), at(TEXT, '“We are ready,”'), 'a1', 'q1'),
    attribution('t4', 'direct', brell(2), said(2), at(TEXT, '“The boats are fuelled.”'), 'a1', 'q2'),
    // a partial quote in the second half of an interrupted paraphrase
    attribution('t5', 'partial', brell(3), said(3), at(TEXT, 'The toll'), 'a1'),
    attribution('t6', 'partial', brell(3), said(3), at(TEXT, 'was “a fair price” for the crossing'), 'a1', 'q3'),
    // what the reporter says Brell wants: no speech
    attribution('t7', 'private-state', brell(4), at(TEXT, 'wants'), at(TEXT, 'the pier rebuilt before winter'), 'a1'),
  ];
  const speech = speechOf(modelOf(attributions, quotes), 'a1');

  it('counts the two halves of an interrupted paraphrase as one paraphrase, shown from its first word to its last', () => {
    assert.deepStrictEqual(
      speech.paraphrases.map((p) => TEXT.slice(p.start, p.end)),
      ['The new levy, Ada Brell said, will pay for itself within a decade'],
    );
  });

  it('counts each quotation of a run under one cue, and a partial quote once, by its quoted words', () => {
    assert.deepStrictEqual(
      speech.quotes.map((q) => [q.kind, TEXT.slice(q.span.start, q.span.end)]),
      [
        ['direct', '“We are ready,”'],
        ['direct', '“The boats are fuelled.”'],
        ['partial', '“a fair price”'],
      ],
    );
  });

  it('leaves out private states and other actors', () => {
    assert.strictEqual(speech.quotes.length + speech.paraphrases.length, 4);
    assert.deepStrictEqual(speechOf(modelOf(attributions, quotes), 'a2'), { quotes: [], paraphrases: [] });
  });
});

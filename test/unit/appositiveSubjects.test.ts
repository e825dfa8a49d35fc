import * as assert from 'assert';
import { readParagraph } from '../../server/src/engine/analyze';
import { findAttributions } from '../../server/src/engine/attributions/attributions';
import type { Span } from '../../server/src/engine/model';

/** The attributions of a one-paragraph text as [source, cue, content] words, sources before mention snapping. */
function found(paragraph: string): (string | null)[][] {
  const { sentences, quoteScan } = readParagraph(paragraph);
  const words = (span: Span | null) => span && paragraph.slice(span.start, span.end);
  return findAttributions(paragraph, sentences, quoteScan.quotes, []).map((a) => [words(a.source), words(a.cue), words(a.content)]);
}

describe('appositive subjects: the sentence subject speaks past an appositive the phrase walk cannot read', () => {
  it('an appositive that closes on a quotation: "Ada Novak, the guild’s “harbour voice,” said that …"', () => {
    assert.deepStrictEqual(found('Ada Novak, the guild’s “harbour voice,” said that the pier would close.'), [
      ['Ada Novak', 'said', 'that the pier would close'],
    ]);
  });

  it('an appositive of a participle and a quotation: "Pim Lodde, citing “the tide tables,” said …"', () => {
    const said = found('Pim Lodde, citing “the tide tables,” said the quay was unsafe.').filter(([, cue]) => cue === 'said');
    assert.deepStrictEqual(said, [['Pim Lodde', 'said', 'the quay was unsafe']]);
  });
});

/**
 * The attributions of a one-paragraph fixture as [source, cue, content] words, sources before mention snapping:
 * how the attribution suites read what the stage found.
 */
import { readParagraph } from '../../server/src/engine/analyze';
import { findAttributions } from '../../server/src/engine/attributions/attributions';
import type { Span } from '../../server/src/engine/model';

export function attributionTriples(paragraph: string): (string | null)[][] {
  const { sentences, quoteScan } = readParagraph(paragraph);
  const words = (span: Span | null) => span && paragraph.slice(span.start, span.end);
  return findAttributions(paragraph, sentences, quoteScan.quotes, []).map((a) => [words(a.source), words(a.cue), words(a.content)]);
}

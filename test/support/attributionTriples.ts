/**
 * The attributions of a one-paragraph fixture as words: [source, cue, content] as the stage found them (sources
 * before mention snapping), or [kind, source, cue, content] as the paragraph's reading keeps them.
 */
import { readParagraph } from '../../server/src/engine/analyze';
import { findAttributions } from '../../server/src/engine/attributions/attributions';
import type { Span } from '../../server/src/engine/model';

export function attributionTriples(paragraph: string): (string | null)[][] {
  const { sentences, quoteScan } = readParagraph(paragraph);
  const words = (span: Span | null) => span && paragraph.slice(span.start, span.end);
  return findAttributions(paragraph, sentences, quoteScan.quotes, []).map((a) => [words(a.source), words(a.cue), words(a.content)]);
}

/** Each attribution of a paragraph read on its own, as [kind, source, cue, content] words (sources snapped to mentions). */
export function attributionReadings(paragraph: string): [string, string | null, string | null, string][] {
  const words = (span: Span | null) => span && paragraph.slice(span.start, span.end);
  return readParagraph(paragraph).attributions.map((a) => [a.kind, words(a.source), words(a.cue), words(a.content)!]);
}

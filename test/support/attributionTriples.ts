/**
 * The attributions of a one-paragraph fixture as words: [source, cue, content] as the stage found them (sources
 * before mention snapping), or [kind, source, cue, content] as the paragraph's reading keeps them.
 */
import { readParagraph } from '../../server/src/engine/analyze';
import { findAttributions } from '../../server/src/engine/attributions/attributions';
import type { Span } from '../../server/src/engine/model';

/** An attribution's [source, cue, content] as the words of `text`. */
export const attributionWords =
  (text: string) =>
  (a: { source: Span | null; cue: Span | null; content: Span }): [string | null, string | null, string] => [
    a.source && text.slice(a.source.start, a.source.end),
    a.cue && text.slice(a.cue.start, a.cue.end),
    text.slice(a.content.start, a.content.end),
  ];

/**
 * A paragraph's attributions with the source phrases as the extractor finds them, before a source is snapped to the
 * mention inside it (snapping is tested on its own): production's sentences and quotes, no mentions.
 */
export function sourcePhrases(paragraph: string) {
  const { sentences, quoteScan } = readParagraph(paragraph);
  return findAttributions(paragraph, sentences, quoteScan.quotes, []);
}

/** Each attribution of a paragraph as the stage found it, as [source, cue, content] words. */
export const attributionTriples = (paragraph: string): (string | null)[][] => sourcePhrases(paragraph).map(attributionWords(paragraph));

/** Each attribution of a paragraph read on its own, as [kind, source, cue, content] words (sources snapped to mentions). */
export const attributionReadings = (paragraph: string): [string, string | null, string | null, string][] =>
  readParagraph(paragraph).attributions.map((a) => [a.kind, ...attributionWords(paragraph)(a)]);

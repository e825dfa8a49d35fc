/**
 * Models built by hand from a text: what a perfect engine reads there, so that the editor views and the findings
 * are tested apart from the engine's progress. Paragraphs are lines, the first one a headline; actors, quotes and
 * attributions are placed by the text they cover.
 */
import type { Attribution, Paragraph, ParagraphKind, Quote, Sentence, Span } from '../../server/src/engine/model';
import { sentencesOf, spanOf } from './spans';

/** One paragraph per non-blank line, cut into sentences as `sentencesOf` cuts them; `kinds` overrides a paragraph's kind by its index. */
export function segmentLines(text: string, kinds: Record<number, ParagraphKind> = {}): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const index = paragraphs.length;
    const first = sentences.length;
    const base = line.index ?? 0;
    for (const s of sentencesOf(line[0])) sentences.push({ start: base + s.start, end: base + s.end, paragraph: index });
    paragraphs.push({ start: base, end: base + line[0].length, index, kind: kinds[index] ?? (index === 0 ? 'headline' : 'body'), sentences: sentences.slice(first).map((_, k) => first + k) });
  }
  return { paragraphs, sentences };
}

/** The quote at the n-th occurrence of `needle` (marks included), in the paragraph of its line. */
export function quoteAt(text: string, id: string, needle: string, kind: Quote['kind'], nth = 1): Quote {
  const span = spanOf(text, needle, nth);
  const paragraph = text.slice(0, span.start).split('\n').length - 1;
  return { id, kind, ...span, inner: { start: span.start + 1, end: span.end - 1 }, paragraphs: [paragraph] };
}

/** An attribution; `quote` names the quote it carries, when it carries one. */
export function attribution(
  id: string,
  kind: Attribution['kind'],
  source: Span | null,
  cue: Span | null,
  content: Span,
  actor: string | null,
  quote?: string,
): Attribution {
  return { id, kind, source, cue, content, actor, ...(quote ? { quote } : {}) };
}

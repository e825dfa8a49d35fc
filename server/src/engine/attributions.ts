/**
 * Attributions: source–cue–content triples anchored on cues ("said", "told CNN", "according to").
 * Stub — to be replaced by the real extractor.
 */
import type { Attribution, AttributionKind, Quote, Span } from './model';
import type { MentionCandidate } from './mentions';
import type { LocalQuote } from './quotes';

/** An attribution found inside one paragraph; spans relative to the paragraph text. */
export interface AttributionCandidate {
  kind: AttributionKind;
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** Index into the paragraph's local quotes, when the attribution reports one. */
  quote?: number;
}

export function findAttributions(
  paragraph: string,
  sentences: Span[],
  quotes: LocalQuote[],
  mentions: MentionCandidate[],
): AttributionCandidate[] {
  void paragraph;
  void sentences;
  void quotes;
  void mentions;
  return [];
}

/**
 * Quotes with no cue of their own continue the last speaker (a quote run over several sentences or paragraphs).
 * Returns the attributions to add, with `actor` set.
 */
export function continueQuotes(text: string, quotes: Quote[], attributions: Attribution[]): Attribution[] {
  void text;
  void quotes;
  void attributions;
  return [];
}

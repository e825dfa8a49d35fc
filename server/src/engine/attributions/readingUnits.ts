/**
 * Reading units: the segmenter's sentences, merged where a quotation runs across a sentence end or an asked quote
 * ends before its short attribution. The quotations are the quote pass's outermost double quotations.
 */
import type { AttributionKind, Span } from '../model';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import { quoteMark } from '../text/chars';
import { outermostDouble } from '../text/marks';
import type { Vocabulary } from '../lexicon/vocabulary';
import { literalScreen } from '../text/literalFilter';

/** The literal screen of the patterns run over each reading unit's words (noun cues, impersonal cues). */
export const mayMatchInUnit = literalScreen();

/** How many contents back, nearest first, the one that holds a span is looked for: contents rarely nest. */
export const FEW_NESTED = 4;

/** The quotations a paragraph's units are read against: the quote pass's outermost double ones, as bare spans. */
export const unitQuotations = (paragraph: string, quotes: readonly Span[]): Span[] =>
  outermostDouble(paragraph, quotes).map(({ start, end }) => ({ start, end }));

/** An attribution the stage reads in one paragraph, in the paragraph's offsets. */
export interface AttributionCandidate {
  kind: AttributionKind;
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** Index into the paragraph's local quotes, when the attribution reports one. */
  quote?: number;
}

export interface Found extends AttributionCandidate {
  quoteSpan?: Span;
}

/** A reading added as an indirect attribution (a noun cue, a poll, an impression): its cue, content and source, if named. */
export interface IndirectReading {
  source: Span | null;
  cue: Span;
  content: Span;
}

/**
 * How far a content read in a unit may run: `clauseEnd(from, until)` is where the reported clause that starts at
 * `from` ends (by `until`); `taken(at)` says whether an offset lies where the writer reports nothing (a quotation).
 */
export interface ContentLimits {
  clauseEnd: (from: number, until: number) => number;
  taken: (at: number) => boolean;
}

export interface UnitContext {
  text: string;
  unit: Span;
  quotes: Span[];
  vocabulary: Vocabulary;
}

/** The quotation (outermost, sorted, not overlapping) that holds offset `pos`, if any. */
export function quoteHolding(quotes: Span[], pos: number): Span | undefined {
  const q = quotes[lastStartingAtOrBefore(quotes, pos)];
  return q && pos < q.end ? q : undefined;
}

/**
 * The quotation a cue's content reaches past words that say only when, where or how (`isAdjunct`): inside it ("in
 * response: “…”") or right after its comma, where a clause of its own ended it ("As Quell said in Oslo, “…”").
 */
export function quotationAfterAdjunct(text: string, quotes: Span[], content: Span, isAdjunct: (words: string) => boolean): Span | undefined {
  const next = quotes[lastStartingAtOrBefore(quotes, content.start - 1) + 1];
  const words = text.slice(content.start, next && next.start < content.end ? next.start : content.end).replace(/[\s,:]+$/, '');
  if (!words || !isAdjunct(words)) return undefined;
  const at = content.start + words.length;
  const gap = /^\s*[,:]\s*/.exec(text.slice(at, at + 6));
  const q = gap ? quoteHolding(quotes, at + gap[0].length) : undefined;
  return q && q.start === at + gap![0].length ? q : undefined;
}

export const insideQuote = (quotes: Span[], pos: number) => {
  const q = quoteHolding(quotes, pos);
  return !!q && q.start < pos;
};

/** Whether a quotation (outermost, sorted) lies across [start, end): an inch mark (6'3") is no quotation. */
export function overlapsQuote(quotes: Span[], start: number, end: number): boolean {
  const q = quotes[lastStartingAtOrBefore(quotes, end - 1)];
  return !!q && q.end > start;
}

/** Whether a quotation opens at `i` (a double mark that can open: not a closing curly one). */
export const opensAt = (text: string, i: number) => {
  const kind = text.startsWith("''", i) ? { level: 'double', shape: 'either' } : quoteMark(text[i] ?? '');
  return kind?.level === 'double' && kind.shape !== 'close';
};

/** “Who pays?” Whitfield asked. — a quote closed by ? or ! and a short attribution are one sentence. */
function endsAsked(text: string, previous: Span, unit: Span, vocabulary: Vocabulary): boolean {
  if (!/[?!][”"’»]\s*$/.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end))) return false;
  const tail = text.slice(unit.start, unit.end);
  return tail.length <= 100 && vocabulary.cueMatches(tail).length > 0;
}

export function readingUnits(text: string, sentences: Span[], quotes: Span[], vocabulary: Vocabulary): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    const crossing = last && quoteHolding(quotes, last.end - 1);
    if (last && ((crossing && crossing.end > s.start) || endsAsked(text, last, s, vocabulary))) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

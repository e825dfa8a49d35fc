/**
 * Quotations set as a headline or crosshead ("3. “Not some irregular channel”"): the desk lifts a phrase from
 * the body and sets it alone, with no cue. The speaker is whoever says those words in the body, usually just
 * below the heading, sometimes above it.
 */
import { spokenBy } from './continuation';
import { outermostDouble } from '../text/marks';
import { isQuotation, type Attribution, type Paragraph, type Quote, type Span } from '../model';
import { coverage, lastStartingAtOrBefore } from '../text/spanIndex';
import { MAX_HEADING_CHARS } from '../lexicon/quotes';

/** A heading quotes a phrase, not a speech: longer paragraphs are body copy. */
const MAX_HEADING_WORDS = 12;
/** How far from the heading the body may repeat its words. */
const REACH = 6000;

/** An optional list number ("3. ", "12) "), the quotation, and at most a full stop after it. */
const HEADING = /^(?:\d{1,2}[.)]\s+)?$/;
const HEADING_START = /^(?:\d{1,2}[.)]\s+)?["“”«]/;

/** Lower-case words only, one space apart, padded, so that a phrase is found on word boundaries. */
function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The quotation that makes up the paragraph, if the paragraph is a quoted heading: `outer` holds the quote pass's
 * outermost double quotations; the heading's part of one that runs on (an unclosed mark) ends with the paragraph.
 */
function headingQuote(text: string, paragraph: Paragraph, outer: Quote[]): { span: Span; quote: Quote } | null {
  // most paragraphs are body copy: tell them by length and first character before looking at any quotation
  if (paragraph.end - paragraph.start > MAX_HEADING_CHARS) return null;
  const body = text.slice(paragraph.start, paragraph.end);
  if (!HEADING_START.test(body)) return null;
  const at = Math.max(0, lastStartingAtOrBefore(outer, paragraph.start));
  const inside = outer.slice(at, at + 3).filter((q) => q.start < paragraph.end && q.end > paragraph.start);
  if (inside.length !== 1) return null;
  const [quote] = inside;
  const span = { start: Math.max(quote.start, paragraph.start), end: Math.min(quote.end, paragraph.end) };
  const end = paragraph.start + body.trimEnd().length;
  if (!HEADING.test(text.slice(paragraph.start, span.start)) || !/^[.!?]?$/.test(text.slice(span.end, end))) return null;
  const count = words(text.slice(span.start, span.end)).trim().split(' ').length;
  if (count < 2 || count > MAX_HEADING_WORDS) return null;
  return { span, quote };
}

const quoting = (a: Attribution) => isQuotation(a.kind) && !!(a.actor || a.source);

/** Attributions in reading order, with what a heading needs to look them up in O(log n). */
class Reading {
  readonly sorted: Attribution[];
  private readonly contents: Span[];
  /** Whether some attribution's content overlaps a span. */
  readonly claimed: (span: Span) => boolean;

  constructor(attributions: Attribution[]) {
    this.sorted = [...attributions].sort((a, b) => a.content.start - b.content.start);
    this.contents = this.sorted.map((a) => a.content);
    this.claimed = coverage(this.contents);
  }

  /** Index of the last attribution whose content starts at or before `offset`. */
  at(offset: number): number {
    return lastStartingAtOrBefore(this.contents, offset);
  }
}

/** The quoting attribution nearest the heading whose content repeats its words: below it first, then above. */
function speakerOf(text: string, heading: Span, reading: Reading): Attribution | undefined {
  const { sorted } = reading;
  const phrase = words(text.slice(heading.start, heading.end));
  const repeats = (a: Attribution) => quoting(a) && words(text.slice(a.content.start, a.content.end)).includes(phrase);
  const at = reading.at(heading.end);
  for (let i = at + 1; i < sorted.length && sorted[i].content.start < heading.end + REACH; i++) {
    if (repeats(sorted[i])) return innermost(sorted, i, repeats);
  }
  for (let i = at; i >= 0 && sorted[i].content.start > heading.start - REACH; i--) {
    if (sorted[i].content.end <= heading.start && repeats(sorted[i])) return sorted[i];
  }
  return undefined;
}

/** "He said Whitfield had dubbed it “the Okafor problem”": the words are Whitfield's, the nested attribution. */
function innermost(sorted: Attribution[], i: number, repeats: (a: Attribution) => boolean): Attribution {
  let found = sorted[i];
  for (let j = i + 1; j < sorted.length && sorted[j].content.start < found.content.end; j++) {
    if (sorted[j].content.end <= found.content.end && repeats(sorted[j])) found = sorted[j];
  }
  return found;
}

/** Attributions for the quoted headings no cue claimed, speaking with the body’s voice. */
export function attributeHeadlineQuotes(
  text: string,
  paragraphs: Paragraph[],
  quotes: Quote[],
  attributions: Attribution[],
): Attribution[] {
  const reading = new Reading(attributions);
  const outer = outermostDouble(text, quotes);
  const out: Attribution[] = [];
  for (const paragraph of paragraphs) {
    const heading = headingQuote(text, paragraph, outer);
    if (!heading || reading.claimed(heading.span)) continue;
    const speaker = speakerOf(text, heading.span, reading);
    if (!speaker) continue;
    const { span, quote } = heading;
    out.push(spokenBy(`h${out.length + 1}`, speaker, span, quote.start === span.start ? quote : undefined));
  }
  return out;
}

/**
 * A poll that opens its sentence: "In a Harbour Courier poll released Monday, 52 percent of tenants backed the
 * levy." PolNeAR reads "In" as the cue, the poll as the source and the clause after the comma as the content.
 * One sticky regex at the unit's start: linear.
 */
import type { Span } from '../model';
import { OPENING_POLL } from '../lexicon/documents';
import { contentFrom, type NounCueAttribution } from './nounCues';
import { trimStart } from './words';

/** Read as a noun cue is: the poll names its source, the word "In" is its cue, the clause after it the content. */
export type PollAttribution = NounCueAttribution & { source: Span };

/**
 * The poll attribution a reading unit opens with, or null. `clauseEnd(from, until)` is where the reported clause
 * that starts at `from` ends; `taken(at)` says whether an offset lies in a quotation, where the writer reports nothing.
 */
export function openingPoll(
  text: string,
  unit: Span,
  clauseEnd: (from: number, until: number) => number,
  taken: (at: number) => boolean,
): PollAttribution | null {
  const start = trimStart(text, unit.start, unit.end);
  OPENING_POLL.lastIndex = start;
  const m = OPENING_POLL.exec(text);
  if (!m || taken(start)) return null;
  const poll = start + m[0].indexOf(m[1]);
  const from = trimStart(text, start + m[0].length, unit.end);
  const content = contentFrom(text, from, clauseEnd, unit.end);
  // "In the polls, anyway.": a findings clause has a subject and a verb at least
  if (!content || !/\s/.test(text.slice(content.start, content.end))) return null;
  return { source: { start: poll, end: poll + m[1].length }, cue: { start, end: start + 2 }, content };
}

/**
 * A poll that opens its sentence: "In a Harbour Courier poll released Monday, 52 percent of tenants backed the
 * levy." PolNeAR reads "In" as the cue, the poll as the source and the clause after the comma as the content.
 * One sticky regex at the unit's start: linear.
 */
import type { Span } from '../model';
import { OPENING_POLL } from '../lexicon/documents';
import type { Vocabulary } from '../lexicon/vocabulary';
import { contentFrom } from './nounCues';
import type { ContentLimits, IndirectReading } from './readingUnits';
import { trimStart } from './words';

/** Read as a noun cue is: the poll names its source, the word "In" is its cue, the clause after it the content. */
export type PollAttribution = IndirectReading & { source: Span };

/** The poll attribution a reading unit opens with, or null; its content within `limits`. */
export function openingPoll(text: string, unit: Span, { clauseEnd, taken }: ContentLimits): PollAttribution | null {
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

/** How far into the poll's content a share may open after a hedge ("just 8 percent", "some 40 percent"). */
const SHARE_LEAD = 12;

/**
 * Whether a reading is the respondents speaking at the head of the poll's findings ("In a Courier poll, just 31%
 * said the levy was “…”", "…, Republican-leaning voters said …"): what they said is the poll's finding, and PolNeAR
 * reads only the poll as its source (the actors stage still gives it to whoever ran the poll).
 */
export function pollShare(
  text: string,
  poll: PollAttribution,
  reading: { source: Span | null; cue: Span | null },
  vocabulary: Vocabulary,
): boolean {
  const { source, cue } = reading;
  const lead = source ? source.start - poll.content.start : -1;
  if (!source || !cue || lead < 0 || lead > SHARE_LEAD || text.slice(poll.content.start, source.start).includes(',')) return false;
  return cue.start < poll.content.end && vocabulary.cueClass(text.slice(cue.start, cue.end)) === 'speech';
}

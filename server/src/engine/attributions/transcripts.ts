/**
 * Transcripts: "OKAFOR: Where does the levy stand?" / "QUELL: It passes in May." A paragraph that opens with a
 * speaker's label and a colon is that speaker's turn; PolNeAR reads the colon as the cue, the label as the source
 * and the turn as the content. One anchored regex at the paragraph's start: linear.
 */
import type { Attribution, Span } from '../model';
import type { Vocabulary } from '../lexicon/vocabulary';
import { MAX_HEADING_CHARS, SPEAKER_LABEL } from '../lexicon/quotes';
import { HEADLINE_LABELS, TITLE_SMALL_WORDS } from '../lexicon/furniture';
import { isFirstName, isKnownSurname } from '../lexicon/people';
import { classify } from './contents';
import type { Found } from './readingUnits';
import { type Token, tidy, tokensIn, trimEnd } from './words';

/** A turn says something: a few words, and a sentence that ends (a line with no stop is a headline's). */
const MIN_TURN_WORDS = 6;
const SENTENCE_END = /[.?!…][”"’)]*(?:\s|$)/;

/**
 * A label that names a person: a transcript's upper-case name ("QUELL", "DANA WHITFIELD"), or a name in Title Case
 * that the name lists know ("Dana Whitfield", "Okafor"); not a desk's label ("UPDATE", "Correction").
 */
function namesSpeaker(label: string): boolean {
  if (HEADLINE_LABELS.test(label)) return false;
  const words = label.split(' ');
  if (words.every((w) => /^\p{Lu}[\p{Lu}.’'-]+$/u.test(w))) return true;
  const lower = words.map((w) => w.toLowerCase());
  return words.length > 1 ? isFirstName(lower[0]) : isKnownSurname(lower[0]);
}

/** "Ferry fares Last spring, …": two words, the second neither capitalised nor a short word, then a capital. */
const isRunInHeading = ([first, second, third]: Token[]) =>
  /^\p{Lu}\p{Ll}+$/u.test(first.text) && /^\p{Ll}+$/u.test(second.text) && !TITLE_SMALL_WORDS.has(second.text) && /^\p{Lu}/u.test(third.text);

/** The turn a paragraph that opens with a speaker's label holds, unless a reading already took its colon. */
export function transcriptTurn(paragraph: string, found: Found[], quotes: Span[], vocabulary: Vocabulary): Found[] {
  const m = SPEAKER_LABEL.exec(paragraph);
  if (!m || !namesSpeaker(m[1])) return [];
  const colon = m[1].length;
  const content = tidy(paragraph, m[0].length, trimEnd(paragraph, 0, paragraph.length));
  const words = tokensIn(paragraph, content.start, content.end);
  // a turn opens as a sentence does, with a capital; "UN: PEACEKEEPERS PAID …" is a headline in capitals
  if (words.length < MIN_TURN_WORDS || !/^\p{Lu}/u.test(words[0].text) || /^\P{Ll}+$/u.test(words[0].text + words[1].text)) return [];
  // "Quell: Ferry fares Last spring, the mayor …": a list's name and its topic, a crosshead run into the paragraph
  if (isRunInHeading(words)) return [];
  if (!SENTENCE_END.test(paragraph.slice(content.start)) || found.some((f) => (f.cue ?? f.content).start <= colon)) return [];
  const ctx = { text: paragraph, unit: { start: 0, end: paragraph.length }, quotes, vocabulary };
  return [{ ...classify(ctx, content, false), source: { start: 0, end: colon }, cue: { start: colon, end: colon + 1 }, content }];
}

/**
 * Whether an attribution is a turn as `transcriptTurn` reads it: a source, then a one-mark cue, its content right
 * after it (past a space), no quotation, and longer than a headline's line ("Quell: Pier Will Close" is the desk's summary,
 * and its words are read as part of it). A turn is the speaker's own words, not a report of them, so the reports
 * told inside it stand beside it ("OKAFOR: … The mayor told me the pier is safe."), where a paraphrase's content
 * holds those it tells.
 */
export const isTranscriptTurn = ({ kind, source, cue, content }: Omit<Attribution, 'id' | 'actor'>): boolean =>
  kind !== 'direct' && !!source && !!cue && source.end <= cue.start && cue.end - cue.start === 1 &&
  content.start - cue.end === 1 && content.end - content.start > MAX_HEADING_CHARS;

/**
 * Attributions with no source: "The audit appears to have stalled", "The bridge is expected to open in May".
 * The writer reports an appearance or an expectation without saying whose it is; PolNeAR annotates the verb as
 * the cue and the rest of the sentence as the content. One regex pass over each reading unit: linear.
 */
import type { Span } from '../model';
import { IMPERSONAL_VERB, IMPRESSION_CLAUSE_OPENING, IMPRESSION_END, OPENING_CLAUSE } from '../lexicon/clauses';
import { EXPLETIVE_APPEARS, IMPRESSION_SCENE, JUDGED_PASSIVE, POINTING_SUBJECT, REPORTED_ADVERB, SCENE_OPENING, SUBJECT_CLAUSE_OPENING } from '../lexicon/cues';
import { EVIDENCE_VERB } from '../lexicon/documents';
import { type ContentLimits, type IndirectReading, mayMatchInUnit } from './readingUnits';
import { afterLastBreak } from '../text/lastBreak';
import { matchesOf } from '../text/matches';

/**
 * The look-ahead holds the characters the alternatives open with (seem, appear, is, are, was, were, be, been, ’s,
 * reportedly; any case): the scan skips every other position before it tries the look-behind, half the cost of the
 * pattern, and a match is the same one. An alternative added here that opens otherwise needs its letter there.
 */
const IMPERSONAL_CUE = new RegExp(
  `(?=[saiwbr’'])(?<![\\p{L}’'-])(?:${IMPERSONAL_VERB}|${EXPLETIVE_APPEARS}|${JUDGED_PASSIVE}|${REPORTED_ADVERB}(?![\\p{L}’'-]))`,
  'giu',
);
const IMPERSONAL_AT = new RegExp(`${IMPERSONAL_VERB}|${REPORTED_ADVERB}`, 'iuy');

/**
 * Whether the impersonal reading takes the word at `at` ("The board seemed paralyzed", "the pier has reportedly
 * closed"): no source speaks there, so no other reading makes it a cue with a source.
 */
export function isImpersonalAt(text: string, at: number): boolean {
  IMPERSONAL_AT.lastIndex = at;
  return IMPERSONAL_AT.test(text);
}

/** What the content leaves off at the unit's end: blanks and the sentence's own punctuation. */
const CLOSING_PUNCTUATION = /[\s.,;:!?—–]/;

/** Whether a cue is an appearance ("seems", "appeared to"), not an agentless passive ("is expected to"). */
const isAppearance = (cue: string): boolean => /^(?:seem|appear)/i.test(cue);

/** The verb of the infinitive after "seems to", "appeared unlikely to". */
const IMPRESSION_INFINITIVE = /^\s+(?:(?:un)?likely\s+)?to\s+(\p{L}+)/u;

/**
 * "The memos appear to show that …", "the tally seems to suggest …": an impression of what the subject shows
 * (EVIDENCE_VERB) is the subject's finding, hedged, and PolNeAR reads the subject as its source; an impression of
 * a state or a deed ("seemed to stall", "appeared to concede") has none. Train: 4 of the 5 such items that change
 * are right by it (one "show" is a display: "seemed to show little patience").
 */
function evidenceSource(text: string, subject: Span, cue: string, cueEnd: number): Span | null {
  if (!isAppearance(cue)) return null;
  const verb = IMPRESSION_INFINITIVE.exec(text.slice(cueEnd, cueEnd + 40));
  return verb && EVIDENCE_VERB.test(verb[1]) ? subject : null;
}

/** A relative pronoun that is the subject of the cue's clause: "…, which is expected to draw a crowd". */
const RELATIVE_SUBJECT = /,\s+(?=(?:which|who)\s+[^,;:—]*$)/;

/**
 * The sourceless attributions of one reading unit: the cue and, as content, the clause around it (the subject
 * before, the infinitive after): past an opening adverbial ("Indeed, …", "In the past week, …"), from a relative
 * pronoun that is the subject, up to the clause's end (", despite …"). Here `limits.taken` holds the contents
 * found before as well as the quotations: the writer is not the one reporting there. The source is null, but for
 * an impression of what the subject shows ("the memos appear to show …"), where it is the subject.
 */
export function impersonalAttributions(text: string, unit: Span, { clauseEnd, taken }: ContentLimits): IndirectReading[] {
  const out: IndirectReading[] = [];
  const window = text.slice(unit.start, unit.end);
  // a second cue in the unit reports its own clause, after the first one's content ("It seemed …, but now it seems …")
  let from = unit.start;
  for (const m of mayMatchInUnit(IMPERSONAL_CUE, window) ? matchesOf(IMPERSONAL_CUE, window) : []) {
    const at = unit.start + (m.index ?? 0);
    if (taken(at) || at < from) continue;
    const start = subjectStart(text, from, at);
    let end = impressionEnd(text, at + m[0].length, clauseEnd(at + m[0].length, unit.end), taken);
    while (end > start && CLOSING_PUNCTUATION.test(text[end - 1])) end--;
    // a cue that opens its clause has no subject before it: nothing is said to seem
    if (at <= start || end <= at + m[0].length) continue;
    if (pointsOutside(text, start, at, m[0])) continue;
    const subject = { start, end: start + text.slice(start, at).trimEnd().length };
    const source = evidenceSource(text, subject, m[0], at + m[0].length);
    out.push({ source, cue: { start: at, end: at + m[0].length }, content: { start, end } });
    from = end;
  }
  return out;
}

/**
 * "a timetable that seems rigged", "but that seemed out of reach": an appearance whose whole subject is a bare
 * "that" (POINTING_SUBJECT) describes something named outside its clause, and PolNeAR leaves it unread (none of 8
 * on train). The agentless passives keep it ("a post that is expected to go to Osei" is read).
 */
function pointsOutside(text: string, start: number, at: number, cue: string): boolean {
  return isAppearance(cue) && POINTING_SUBJECT.test(text.slice(start, at));
}

/**
 * Where the impression that runs from `from` ends (IMPRESSION_END), outside quotations, or `end`; an impression
 * inside a parenthesis ("(the pilot was said to …)") ends where it closes.
 */
function impressionEnd(text: string, from: number, end: number, taken: (at: number) => boolean): number {
  const window = text.slice(from, end);
  const close = window.indexOf(')');
  if (close >= 0 && !window.slice(0, close).includes('(')) end = from + close;
  for (const m of matchesOf(IMPRESSION_END, text.slice(from, end))) {
    if (!taken(from + m.index)) {
      end = from + m.index;
      break;
    }
  }
  // "seemed to match the mood as the band played", "appeared strong after the vote": the writer's own scene
  for (const m of matchesOf(IMPRESSION_SCENE, text.slice(from, end))) {
    if (!taken(from + m.index) && twoWordsBefore(text, from, from + m.index)) return from + m.index;
  }
  return end;
}

/** A space as IMPRESSION_SCENE's `\s` reads one, so that the count and the pattern agree (text/chars' isSpace differs on U+FEFF). */
const isPatternSpace = (c: string) => /\s/.test(c);

/** Whether two words of the impression's own stand right before `at` ("to match the mood| as"), none before `from`. */
function twoWordsBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  if (i < from || isPatternSpace(text[i])) return false;
  while (i >= from && !isPatternSpace(text[i])) i--;
  if (i < from) return false;
  while (i >= from && isPatternSpace(text[i])) i--;
  return i >= from;
}

/**
 * Where the subject of the cue at `at` begins: past opening adverbials, then at a relative pronoun or past the last
 * clause opening before the cue (SUBJECT_CLAUSE_OPENING, IMPRESSION_CLAUSE_OPENING).
 */
function subjectStart(text: string, from: number, at: number): number {
  let start = from;
  for (let skipped = 0; skipped < 2; skipped++) {
    while (start < at && /\s/.test(text[start])) start++;
    const comma = text.slice(start, at).indexOf(',');
    const opening = text.slice(start, start + 20);
    if (comma < 0 || !(OPENING_CLAUSE.test(opening) || SCENE_OPENING.test(opening))) break;
    start += comma + 1;
  }
  while (start < at && /\s/.test(text[start])) start++;
  const relative = RELATIVE_SUBJECT.exec(text.slice(start, at));
  if (relative) return start + relative.index + relative[0].length;
  const before = text.slice(start, at);
  return start + Math.max(afterLastBreak(before, SUBJECT_CLAUSE_OPENING), afterLastBreak(before, IMPRESSION_CLAUSE_OPENING));
}

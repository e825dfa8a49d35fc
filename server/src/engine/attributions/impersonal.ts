/**
 * Attributions with no source: "The audit appears to have stalled", "The bridge is expected to open in May".
 * The writer reports an appearance or an expectation without saying whose it is; PolNeAR annotates the verb as
 * the cue and the rest of the sentence as the content. One regex pass over each reading unit: linear.
 */
import type { Span } from '../model';
import { ASKED_QUESTION } from '../lexicon/clauses';

/** The raising verb and what follows it: "seems to", "appeared unlikely to", "are expected to". */
const IMPERSONAL_CUE =
  /(?<![\p{L}’'-])(?:seems?|seemed|appears?|appeared|(?:is|are|was|were)\s+expected)(?=\s+(?:(?:un)?likely\s+)?to\s)/giu;

/** What the content leaves off at the unit's end: blanks and the sentence's own punctuation. */
const CLOSING_PUNCTUATION = /[\s.,;:!?—–]/;

export interface ImpersonalAttribution {
  cue: Span;
  content: Span;
}

/**
 * The sourceless attributions of one reading unit: the cue and, as content, the unit around it (the subject
 * before, the infinitive after). `taken` says whether an offset already lies in a quotation or a found content,
 * where the writer is not the one reporting.
 */
export function impersonalAttributions(text: string, unit: Span, taken: (at: number) => boolean): ImpersonalAttribution[] {
  const out: ImpersonalAttribution[] = [];
  const window = text.slice(unit.start, unit.end);
  let start = unit.start;
  while (start < unit.end && /\s/.test(text[start])) start++;
  let end = unit.end;
  while (end > start && CLOSING_PUNCTUATION.test(text[end - 1])) end--;
  for (const m of window.matchAll(IMPERSONAL_CUE)) {
    const at = unit.start + (m.index ?? 0);
    if (taken(at)) continue;
    // a cue that opens the unit has no subject before it: nothing is said to seem
    if (at <= start || end <= at + m[0].length) continue;
    out.push({ cue: { start: at, end: at + m[0].length }, content: { start, end } });
    break;
  }
  return out;
}

/**
 * "Asked whether the levy is “fair,” Quinn said …": the question the sentence opens with, asked by no one the story
 * names; PolNeAR annotates "Asked" as the cue and the question, to the comma that closes it, as the content. A
 * comma inside a quotation does not close it, unless the quotation closes right after it. `quoteAt` gives the
 * quotation holding an offset.
 */
export function askedQuestions(text: string, unit: Span, quoteAt: (at: number) => Span | undefined): ImpersonalAttribution[] {
  let start = unit.start;
  while (start < unit.end && /\s/.test(text[start])) start++;
  const m = ASKED_QUESTION.exec(text.slice(start, Math.min(unit.end, start + 40)));
  if (!m) return [];
  const cueStart = start + m[0].toLowerCase().indexOf('asked');
  const from = start + m[0].length;
  for (let i = from; i < unit.end; i++) {
    if (text[i] !== ',') continue;
    const q = quoteAt(i);
    const end = !q || q.start === i ? i : /^,[’'”"»]+$/.test(text.slice(i, q.end)) ? q.end : -1;
    if (end < 0) continue;
    return end > from ? [{ cue: { start: cueStart, end: cueStart + 5 }, content: { start: from, end } }] : [];
  }
  return [];
}

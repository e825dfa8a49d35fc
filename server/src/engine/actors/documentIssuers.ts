/**
 * Who issued a document the story goes on to quote ("The Tarn campaign put out a short email to donors on Monday.
 * … “…,” the email read"): the subject of the sentence that sent it out. Read on the text before the document
 * speaks, within a bounded window.
 */
import type { Span } from '../model';
import { ISSUING_VERBS } from '../lexicon/documents';

/** How far back the sentence that sent the document out may stand. */
const ISSUE_WINDOW = 1500;

/**
 * The subject of the last sentence before `at` that sent out a `noun` ("On Friday, her team put out a short
 * email" → "her team"), without a sentence opener set off by a comma ("On Friday, "); undefined if none.
 */
export function issuerBefore(text: string, noun: string, at: number): Span | undefined {
  const from = Math.max(0, at - ISSUE_WINDOW);
  const issued = new RegExp(
    `(?:^|[.!?]["”’']?[\\s\\u00a0]+|\\n)([^.!?\\n“”"]{1,120}?)[\\s\\u00a0]+(?:\\p{Ll}+ly[\\s\\u00a0]+)?(?:${ISSUING_VERBS})(?:[\\s\\u00a0]+out)?` +
      `[\\s\\u00a0]+(?:an?|its|his|her|their)[\\s\\u00a0]+(?:[\\p{L}-]+[\\s\\u00a0]+){0,3}${noun}s?\\b`,
    'giu',
  );
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(from, at).matchAll(issued)) last = m;
  if (!last) return undefined;
  const subject = last[1];
  const start = from + last.index + last[0].indexOf(subject);
  const comma = subject.lastIndexOf(', ');
  return comma < 0 ? { start, end: start + subject.length } : { start: start + comma + 2, end: start + subject.length };
}

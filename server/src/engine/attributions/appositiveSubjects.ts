/**
 * A subject set off from its cue by an appositive the noun-phrase walk cannot read: "Ada Novak, the guild’s
 * “harbour voice,” said …", "Pim Lodde, citing the tide tables, said …". The sentence's subject, when a comma
 * follows it right away, speaks; the appositive between describes it. Past a long described subject too: "Several
 * riders interviewed at the pier, including Osei, said".
 */
import type { Span } from '../model';
import { type UnitContext } from './readingUnits';
import { isOpenerOrStop, sentenceSubject, subjectWords } from './subjects';
import { isBlank } from './words';

/** The sentence's subject before an appositive that runs to the comma at `comma`, the cue after it; or null. */
export function appositiveSubject(ctx: UnitContext, comma: number, cueEnd: number, until: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  if (comma < 0 || isBlank(text, cueEnd, until)) return null;
  const subject = sentenceSubject(text, unit, comma, vocabulary);
  if (!subject || subject.end >= comma || !/^\s*,/.test(text.slice(subject.end, subject.end + 2))) return null;
  return subject;
}

/**
 * The sentence's subject before an appositive when it is a described noun phrase of two words or more, no opener.
 * Unlike isLoneOpener, which lets a lone pronoun pass, any phrase that opens with an opener or a pronoun is refused.
 */
export function describedSubject(ctx: UnitContext, appositive: number): Span | null {
  const subject = sentenceSubject(ctx.text, ctx.unit, appositive, ctx.vocabulary);
  const words = subject ? subjectWords(ctx.text, subject) : [];
  return words.length >= 2 && !isOpenerOrStop(words[0]) ? subject : null;
}

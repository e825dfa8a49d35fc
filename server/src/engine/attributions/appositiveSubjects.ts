/**
 * A subject set off from its cue by an appositive the noun-phrase walk cannot read: "Ada Novak, the guild’s
 * “harbour voice,” said …", "Pim Lodde, citing the tide tables, said …". The sentence's subject, when a comma
 * follows it right away, speaks; the appositive between describes it.
 */
import type { Span } from '../model';
import { type UnitContext } from './readingUnits';
import { sentenceSubject } from './subjects';
import { isBlank } from './words';

/** The sentence's subject before an appositive that runs to the comma at `comma`, the cue after it; or null. */
export function appositiveSubject(ctx: UnitContext, comma: number, cueEnd: number, until: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  if (comma < 0 || isBlank(text, cueEnd, until)) return null;
  const subject = sentenceSubject(text, unit, comma, vocabulary);
  if (!subject || subject.end >= comma || !/^\s*,/.test(text.slice(subject.end, subject.end + 2))) return null;
  return subject;
}

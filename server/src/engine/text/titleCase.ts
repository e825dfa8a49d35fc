/**
 * Headlines set in Title Case ("Mayor Quinn Says “The Bridge Will Open”"): every word capitalised, so a
 * capitalised cue word there is still a verb, not part of a name.
 */
import type { Span } from '../model';
import { TITLE_SMALL_WORDS } from '../lexicon/furniture';
import { words } from './words';

const MAX_HEADLINE_CHARS = 200;

/**
 * Whether text[unit] is a Title Case line: short, not closed by a full stop, at least three words, and every word
 * outside quotation marks that is not a minor word starts with a capital letter or a digit.
 */
export function isTitleCaseLine(text: string, unit: Span): boolean {
  if (unit.end - unit.start > MAX_HEADLINE_CHARS) return false;
  const line = text.slice(unit.start, unit.end).trimEnd();
  if (/[.:;,]$/.test(line) || /[\r\n]/.test(line)) return false;
  const outside = words(line.replace(/[“"«][^”"»]*[”"»]?/g, ' '));
  if (outside.length < 3) return false;
  return outside.every((w) => TITLE_SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

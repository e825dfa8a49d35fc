/**
 * Character classes shared by the segmenter and the quote finder. Article text comes from word processors, CMS
 * exports and wire feeds: it carries no-break spaces, soft hyphens, zero-width characters, curly and straight
 * quotes and three kinds of dash, so every test here works on one UTF-16 code unit and knows them all.
 */

/** Spaces, tabs, line breaks and the Unicode spaces publishing systems insert (no-break, thin, ideographic). */
export function isSpace(ch: string): boolean {
  switch (ch) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case '\u00A0':
    case '\u1680':
    case '\u2028':
    case '\u2029':
    case '\u202F':
    case '\u205F':
    case '\u3000':
      return true;
    default:
      return ch >= '\u2000' && ch <= '\u200A';
  }
}

/**
 * Characters that take no room on the page: soft hyphen, zero-width space and joiners, word joiner, BOM, and the
 * direction marks and embeddings a right-to-left CMS leaves before a quotation (U+200E–F, U+202A–E, U+2066–9).
 */
export function isInvisible(ch: string): boolean {
  return (
    ch === '\u00AD' ||
    (ch >= '\u200B' && ch <= '\u200F') ||
    (ch >= '\u202A' && ch <= '\u202E') ||
    ch === '\u2060' ||
    (ch >= '\u2066' && ch <= '\u2069') ||
    ch === '\uFEFF'
  );
}

/** Whitespace or invisible: what a span should never start or end with. */
export const isBlank = (ch: string): boolean => isSpace(ch) || isInvisible(ch);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isLetter(ch: string): boolean {
  if (ch >= 'a' && ch <= 'z') return true;
  if (ch >= 'A' && ch <= 'Z') return true;
  return ch > '\u007F' && LETTER.test(ch);
}

export function isUpper(ch: string): boolean {
  if (ch >= 'A' && ch <= 'Z') return true;
  return ch > '\u007F' && UPPER.test(ch);
}

export function isLower(ch: string): boolean {
  if (ch >= 'a' && ch <= 'z') return true;
  return ch > '\u007F' && LOWER.test(ch);
}

export const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

export const isWordChar = (ch: string): boolean => isLetter(ch) || isDigit(ch);

/** Em dash, en dash, horizontal bar, figure dash, minus and the plain hyphen-minus. */
export const isDash = (ch: string): boolean => ch.length === 1 && '\u2014\u2013\u2015\u2012\u2212-'.includes(ch);

/** Marks that end a sentence. */
export const isTerminal = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?' || ch === '\u2026';

/** Quotation marks by the role their shape suggests; straight marks are `either` and need their context. */
export type MarkShape = 'open' | 'close' | 'either';
export type MarkLevel = 'double' | 'single';

export interface MarkKind {
  level: MarkLevel;
  shape: MarkShape;
}

const MARKS: Record<string, MarkKind> = {
  '\u201C': { level: 'double', shape: 'open' }, // “
  '\u201E': { level: 'double', shape: 'open' }, // „
  '\u201F': { level: 'double', shape: 'open' }, // ‟
  '\u00AB': { level: 'double', shape: 'open' }, // «
  '\u201D': { level: 'double', shape: 'close' }, // ”
  '\u00BB': { level: 'double', shape: 'close' }, // »
  '"': { level: 'double', shape: 'either' },
  '\uFF02': { level: 'double', shape: 'either' }, // fullwidth "
  '\u2018': { level: 'single', shape: 'open' }, // ‘
  '\u201A': { level: 'single', shape: 'open' }, // ‚
  '\u2039': { level: 'single', shape: 'open' }, // ‹
  '\u2019': { level: 'single', shape: 'close' }, // ’ (also the apostrophe)
  '\u203A': { level: 'single', shape: 'close' }, // ›
  "'": { level: 'single', shape: 'either' },
};

export const quoteMark = (ch: string): MarkKind | undefined => MARKS[ch];

/** The marks' codes: a table for ASCII, which a scan meets at almost every character, a set for the rest. */
const ASCII_MARKS = Uint8Array.from({ length: 0x80 }, (_, code) => (MARKS[String.fromCharCode(code)] ? 1 : 0));
const OTHER_MARK_CODES: ReadonlySet<number> = new Set(Object.keys(MARKS).map((mark) => mark.charCodeAt(0)).filter((code) => code > 0x7f));

/**
 * Whether the character with this code may be a quotation mark (`quoteMark`): a scan over every character of a
 * paragraph asks this first, without making a string of each.
 */
export const mayBeMark = (code: number): boolean => (code < 0x80 ? ASCII_MARKS[code] === 1 : OTHER_MARK_CODES.has(code));

/** What may stand right before an opening quotation mark: nothing, a space, a bracket, a dash, a slash. */
export const opensAfter = (ch: string): boolean =>
  ch === '' || isBlank(ch) || '([{/'.includes(ch) || isDash(ch) || (MARKS[ch] !== undefined && MARKS[ch].shape !== 'close');

/** What may stand right after a closing quotation mark: nothing, a space, punctuation, a bracket, a dash. */
export const closesBefore = (ch: string): boolean =>
  ch === '' || isBlank(ch) || '.,;:!?)]}/\u2026'.includes(ch) || isDash(ch) || (MARKS[ch] !== undefined && MARKS[ch].shape !== 'open');

/** How many words stand between start and end, counting no further than `cap`: cheap on any length of text. */
export function countWords(text: string, start = 0, end = text.length, cap = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end && count < cap; i++) {
    const wordy: boolean = isWordChar(text[i]) || (inWord && "'’.-".includes(text[i]));
    if (wordy && !inWord) count++;
    inWord = wordy;
  }
  return count;
}

/**
 * An offset inside `text`, moved back off the middle of a surrogate pair: a bound cut at a fixed distance (a
 * window, a cap on a span's length) must never end a span on half an emoji or of any other astral character.
 */
export function codePointBound(text: string, offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 1 : at;
}

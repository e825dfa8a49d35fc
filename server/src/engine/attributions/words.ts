/**
 * The words of a span of paragraph text as the attribution stage walks them: a source phrase back from its cue, the
 * words between a cue and its content. Abbreviations keep their full stop ("Sen.", "U.S."), a sentence's does not.
 */
import type { Span } from '../model';
import { TOKEN_ABBREVIATIONS as ABBREVIATIONS } from '../lexicon/abbreviations';

export interface Token extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'&.-]*/gu;

const TRAILING_MARK = /[’'-]$/;
const isAbbreviation = (word: string) => /\p{L}\.\p{L}|^\p{Lu}\.$/u.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());

/** Words of text[start, end), with sentence dots and closing apostrophes left outside the word. */
export function tokensIn(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const window = text.slice(start, end);
  for (const m of window.matchAll(WORD)) {
    const at = start + (m.index ?? 0);
    let word = m[0];
    // the tests below run for the few words that end in a mark: this walk is the attribution stage's hottest loop
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.replace(/\.+$/, '');
    if (TRAILING_MARK.test(word)) word = word.replace(/[’'-]+$/, '');
    if (!word) continue;
    out.push({ start: at, end: at + word.length, text: word, lower: word.toLowerCase() });
  }
  return out;
}

export const isBlank = (text: string, start: number, end: number) => !/\S/.test(text.slice(start, end));

export const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

export const isPossessiveTail = (t: Token) => /^[’']s$/.test(t.text);

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

export function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start])) start++;
  return start;
}

/** Drops leading and trailing blanks and the sentence's own closing punctuation (kept when a quote closes it). */
export function tidy(text: string, start: number, end: number): Span {
  start = trimStart(text, start, end);
  end = trimEnd(text, start, end);
  while (end > start && /[.,;:—–-]/.test(text[end - 1])) end = trimEnd(text, start, end - 1);
  while (start < end && /[,;:—–]/.test(text[start])) start = trimStart(text, start + 1, end);
  return { start, end };
}

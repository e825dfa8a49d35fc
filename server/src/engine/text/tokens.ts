/**
 * A word tokeniser for mention recognition: words with their offsets, possessive and abbreviation marks, and
 * whether their capital letter says anything (it does not at the start of a sentence or a quotation).
 * One linear regex pass; no backtracking hazards.
 */
import type { Span } from '../model';
import { NAME_ABBREVIATIONS, PREFIXED_NAME } from '../lexicon/people';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';

export interface Token extends Span {
  /** The word without possessive ’s and abbreviation full stop. */
  word: string;
  lower: string;
  /** Starts with a capital letter ("Hamas", "al-Thani" counts: a lower-case particle joined to a capital). */
  cap: boolean;
  possessive: boolean;
  /** First word of a sentence or of a quotation: its capital letter is no evidence of a name. */
  breakBefore: boolean;
  inQuote: boolean;
  /** Index of the sentence that holds it. */
  sentence: number;
  /** The characters between the previous token and this one. */
  gap: string;
}

/**
 * Inside a word, a run of ASCII letters and digits is taken whole before the Unicode class is tried: the same words,
 * a third cheaper, since the regex engine tests a large Unicode class by a search of its ranges, character by
 * character. (attributions/words.ts and findings/claimModel.ts read their words the same way.)
 * Copy whose UTF-8 was read as Latin-1 writes an accented letter as "Ã" or "Â" (or "A" with a combining tilde or
 * circumflex) and a symbol ("PeÃ±a", "TrÃ©vidic"): a symbol of U+0080–U+00BF right after such a mark stays in the
 * word (GARBLED_LETTER), so the name is not cut at it ("TrÃ").
 */
export const GARBLED_LETTER = String.raw`[\u0080-\u00bf](?<=(?:A[\u0302\u0303]|[\u00c2\u00c3\u0080-\u009f])[\u0080-\u00bf])`;
const WORD = new RegExp(String.raw`(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[a-zA-Z0-9]+|[\p{L}\p{M}\p{N}]|${GARBLED_LETTER})*(?:['’\-\u00ad](?:[a-zA-Z0-9]+|[\p{L}\p{M}\p{N}])+)*`, 'gu');
const OPENERS = /[“"‘«(:—–]|^\s*['-]|[.!?]\s/;
const CAPITAL = /^\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;

/** Whether a word starts with a capital: an ASCII letter is read off its code, the rest by the pattern. */
export const startsCapital = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 65 && code <= 90 : CAPITAL.test(word);
};

/** Whether a word starts with a lower-case letter, read as `startsCapital` reads a capital. */
export const startsLower = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 97 && code <= 122 : LOWER_CASE.test(word);
};

/** `vocabulary` adds a house style's abbreviated titles ("Ald.") to the abbreviations that keep their full stop. */
export function tokenize(
  text: string,
  sentences: Span[],
  quotes: Span[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  const quoted = [...quotes].sort((a, b) => a.start - b.start);
  let quote = 0;
  // exec, not matchAll: no copy of the pattern and no iterator for each paragraph
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    let word = m[0];
    let end = start + word.length;
    let possessive = false;
    // each test below runs only for the words its cheap check lets through (a single space opens nothing):
    // this loop reads every word
    if ((word.endsWith("'s") || word.endsWith('’s')) && /\p{L}['’]s$/u.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (word.endsWith('s') && /^['’](?![\p{L}])/u.test(text.slice(end, end + 2)) && startsCapital(word)) {
      possessive = true;
      end += 1;
    }
    const lower = word.toLowerCase();
    // an abbreviation keeps its full stop; asked only of a word a full stop follows
    if (text[end] === '.' && (NAME_ABBREVIATIONS.has(lower) || vocabulary.titleAbbreviations.has(lower) || (word.length <= 2 && /^\p{Lu}$/u.test(word)))) {
      end += 1;
    }
    while (sentence < sentences.length - 1 && start >= sentences[sentence].end) sentence++;
    while (quote < quoted.length && quoted[quote].end <= start) quote++;
    const gap = text.slice(previousEnd, start);
    const firstOfSentence = sentences.length > 0 && start >= sentences[sentence].start && previousEnd <= sentences[sentence].start;
    tokens.push({
      start,
      end,
      word,
      lower,
      cap: startsCapital(word) || PREFIXED_NAME.test(word),
      possessive,
      breakBefore: tokens.length === 0 || firstOfSentence || (gap !== ' ' && OPENERS.test(gap)),
      inQuote: quote < quoted.length && quoted[quote].start <= start,
      sentence,
      gap,
    });
    previousEnd = end;
  }
  return tokens;
}

/** The token follows the previous one after a single space, as the words of one name do. */
export const joined = (b: Token) => b.gap === ' ' || b.gap === '\u00a0';

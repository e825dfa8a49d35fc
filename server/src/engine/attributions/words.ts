/**
 * The words of a span of paragraph text as the attribution stage walks them: a source phrase back from its cue, the
 * words between a cue and its content. Abbreviations keep their full stop ("Sen.", "U.S."), a sentence's does not.
 */
import type { Span } from '../model';
import { TOKEN_ABBREVIATIONS as ABBREVIATIONS } from '../lexicon/abbreviations';
import { matchesOf } from '../text/matches';
import { GARBLED_LETTER, startsCapital } from '../text/tokens';
import { PRONOUNS } from '../lexicon/cues';

export interface Token extends Span {
  text: string;
  lower: string;
}

/**
 * Global, run over the whole text once (see `wordsOf`): a window costs no copy and no clone of the pattern. ASCII
 * runs first, for speed (see text/tokens.ts); combining marks and garbled accents stay in the word, as there.
 */
const WORD = new RegExp(String.raw`[\p{L}\p{N}](?:[a-zA-Z0-9]+|[\p{L}\p{M}\p{N}’'&.-]|${GARBLED_LETTER})*`, 'gu');

const isAbbreviation = (word: string) => /\p{L}\.\p{L}|^\p{Lu}\.$/u.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
const isTrailingMark = (c: string) => c === '’' || c === "'" || c === '-';
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Words of text[start, end), with sentence dots and closing apostrophes left outside the word. */
export function tokensIn(text: string, start: number, end: number): Token[] {
  // a window edge inside a surrogate pair reads differently in the whole text (the pattern steps back to the pair),
  // and a negative edge counts from the end in a copy
  if (start < 0 || end < 0 || isLowSurrogate(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(end))) {
    return tokensOfWindow(text, start, end);
  }
  if (text !== lastWords.text && text.length > WHOLE_TEXT_CHARS) return tokensOfWindow(text, start, end);
  const out: Token[] = [];
  const words = wordsOf(text);
  let k = firstEndingAfter(words, start);
  // a window that starts inside a word reads its tail as a word, up to where the word ends; from there on, the
  // pattern run from the window's start finds the very words it finds from the text's start
  if (k < words.count && words.starts[k] < start) {
    WORD.lastIndex = start;
    const m = WORD.exec(text);
    if (m && m.index < words.ends[k] && m.index < end) pushToken(out, m.index, m[0].slice(0, end - m.index));
    k++;
  }
  // a word the window's end cuts is read as the window reads it: the pattern's greedy run, cut there
  for (; k < words.count && words.starts[k] < end; k++) {
    if (words.ends[k] <= end) pushWord(out, words, k);
    else pushToken(out, words.starts[k], text.slice(words.starts[k], end));
  }
  return out;
}

/**
 * The longest text whose words are all read at its first window: a paragraph, whose windows are many. An article
 * is asked about a window or two (the antecedent of a relative pronoun), and reading all of its words for them cost
 * nearly a third of the word reading on PolNeAR train; it is read window by window.
 */
const WHOLE_TEXT_CHARS = 3000;

/** Where the pattern's words of a text start and end, read from the text's start. */
interface WordSpans {
  text: string;
  count: number;
  starts: number[];
  ends: number[];
  /** Each whole word as a token reads it (`wordOf`) and in lower case, made on the first window that holds it. */
  cleaned: (string | undefined)[];
  lowered: string[];
  /** Each whole word's token, made once and shared by every window that holds it (no reader changes a token). */
  tokens: (Token | undefined)[];
}

/**
 * The words of the last text asked about: the attribution stage asks for a few hundred windows of each paragraph
 * in turn (a source back from its cue, the words after it), and reading each window afresh read every paragraph
 * three times over. Keyed by the text itself, so it never answers for another.
 */
let lastWords: WordSpans = { text: '', count: 0, starts: [], ends: [], cleaned: [], lowered: [], tokens: [] };

function wordsOf(text: string): WordSpans {
  if (text === lastWords.text) return lastWords;
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const count = starts.length;
  lastWords = { text, count, starts, ends, cleaned: new Array<string | undefined>(count), lowered: new Array<string>(count), tokens: new Array<Token | undefined>(count) };
  return lastWords;
}

/** The first word that ends after `offset` (the one holding it, or the next), by binary search; `count` when none. */
function firstEndingAfter(words: WordSpans, offset: number): number {
  let low = 0;
  let high = words.count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words.ends[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** tokensIn on a copy of the window (for an edge that splits a surrogate pair or counts from the end, and in a long text). */
function tokensOfWindow(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const m of matchesOf(WORD, text.slice(start, end))) pushToken(out, start + m.index, m[0]);
  return out;
}

/** The word at `at`, its sentence dot and closing marks cut off; nothing when nothing is left. */
function pushToken(out: Token[], at: number, word: string): void {
  word = wordOf(word);
  if (word) out.push({ start: at, end: at + word.length, text: word, lower: word.toLowerCase() });
}

/**
 * Whole word `k` of `words` as pushToken reads it, its cut and lower case kept: the windows of a paragraph overlap
 * (a source back from each cue, the words after it), so most words were cut and lower-cased several times.
 */
function pushWord(out: Token[], words: WordSpans, k: number): void {
  let word = words.cleaned[k];
  if (word === undefined) {
    word = words.cleaned[k] = wordOf(words.text.slice(words.starts[k], words.ends[k]));
    words.lowered[k] = word.toLowerCase();
  }
  const at = words.starts[k];
  if (word) out.push((words.tokens[k] ??= { start: at, end: at + word.length, text: word, lower: words.lowered[k] }));
}

/** A word with its sentence dot and closing marks cut off ('' when nothing is left). */
function wordOf(word: string): string {
  // the tests below run for the few words that end in a mark: this walk is the attribution stage's hottest loop
  if (word.endsWith('.') && !isAbbreviation(word)) word = word.replace(/\.+$/, '');
  if (isTrailingMark(word[word.length - 1])) word = word.replace(/[’'-]+$/, '');
  return word;
}

export const isBlank = (text: string, start: number, end: number) => !/\S/.test(text.slice(start, end));

/** Whether a token opens with a capital or a figure ("2020 Census"): unlike startsCapital (text/tokens.ts), a figure counts. */
export const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

/** A word that can name who speaks by itself: a name (capitalised) or a subject pronoun ("Quell", "she"). */
export const isNameOrPronoun = (word: string) => startsCapital(word) || PRONOUNS.has(word.toLowerCase());

export const isPossessiveTail = (t: Token) => /^[’']s$/.test(t.text);

/** A word or phrase that ends in a possessive "’s" ("the agency’s", "Quell's"); a plural's bare apostrophe is not asked. */
export const endsPossessive = (words: string) => /[’']s$/.test(words);

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

/**
 * Whether a paragraph is in English, the only language the engine reads, or in another (then it is left unread,
 * and an `other-language` finding says so: see findings/findings.ts). Told by the script of its letters, else by
 * the function words of its narration: quoted words in another language ("«No pasarán», the mayor said") leave a
 * paragraph English. A paragraph too short to tell is read, as English.
 */
import type { Span } from '../model';
import { ENGLISH_MARKERS, LANGUAGE_WORDS, SCRIPT_LETTERS } from '../lexicon/languages';
import { startsLower } from '../text/tokens';

/** A BCP 47 tag: "es", "ja", "und-Cyrl" (a script that several languages write in), "und" (not told apart). */
export type LanguageTag = string;

/** Fewer lower-case words than this do not tell a language. */
const MIN_WORDS = 8;
/** The fewest function words of one other language that make a paragraph that language… */
const MIN_MARKERS = 3;
/** …and they must outnumber twice the English ones by this much (German and Dutch share "in", "was" and more). */
const ENGLISH_MARGIN = 2;
/** The runner-up language at this share of the best one's words leaves the language unnamed. */
const NAMED_LEAD = 0.75;
/** Lower-case words without one English function word that make a paragraph some other language… */
const MIN_UNLISTED_WORDS = 12;
/** …with this many accented lower-case letters ("ł", "ş", "å"). */
const MIN_ACCENTED = 2;
/** Letters of other scripts needed, and at least half the paragraph's letters. */
const MIN_SCRIPT_LETTERS = 12;
/** A script names the paragraph when it has this share of its other-script letters (kana in Japanese mixed with Han). */
const SCRIPT_SHARE = 0.2;

const UNNAMED = 'und';
const WORD = /\p{L}+/gu;
/** The words of a paragraph without BEYOND_ASCII: the same as WORD there, at a third of the cost of a Unicode class. */
const ASCII_WORD = /[A-Za-z]+/g;
/**
 * A character other than ASCII, the no-break space and general punctuation (curly quotes, dashes): most English
 * copy has none, and then its letters are all ASCII and none is of another script (checked for every code unit).
 */
const BEYOND_ASCII = /[^\x00-\x7f\u00a0\u2000-\u2064]/;
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const OTHER_SCRIPT_LETTERS = /[^\P{L}\p{Script=Latin}]/gu;
const LETTERS = /\p{L}/gu;
const ACCENTED = /[^\P{Ll}a-z]/gu;
const SCRIPT_PATTERNS = SCRIPT_LETTERS.map((s) => ({ tag: s.tag, letters: new RegExp(s.letter.source, 'gu') }));
const NAMES = new Map([...LANGUAGE_WORDS, ...SCRIPT_LETTERS].map(({ tag, name }) => [tag, name]));

/** How a message names a language: "Spanish", "Cyrillic script", "a language other than English". */
export const languageName = (tag: LanguageTag): string => NAMES.get(tag) ?? 'a language other than English';

/** The paragraph's language when it is not English; `quotes` are the paragraph's quotations (relative spans). */
export function paragraphLanguage(paragraph: string, quotes: readonly Span[]): LanguageTag | undefined {
  if (!BEYOND_ASCII.test(paragraph)) return wordLanguage(paragraph, quotes, ASCII_WORD);
  return scriptLanguage(paragraph) ?? wordLanguage(paragraph, quotes, WORD);
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

function scriptLanguage(paragraph: string): LanguageTag | undefined {
  if (!OTHER_SCRIPT.test(paragraph)) return undefined;
  const other = count(paragraph, OTHER_SCRIPT_LETTERS);
  if (other < MIN_SCRIPT_LETTERS || other * 2 < count(paragraph, LETTERS)) return undefined;
  const script = SCRIPT_PATTERNS.find((s) => count(paragraph, s.letters) >= other * SCRIPT_SHARE);
  return script?.tag ?? UNNAMED;
}

interface Tally {
  words: number;
  english: number;
  /** Per LANGUAGE_WORDS entry. */
  markers: number[];
}

/** The bit of an English marker in LISTS_OF; entry i of LANGUAGE_WORDS has the bit `2 << i`. */
const ENGLISH = 1;

/** Each listed word with the lists that hold it, as bits: one lookup a word, whatever the lists. */
const LISTS_OF = new Map<string, number>([...ENGLISH_MARKERS].map((word) => [word, ENGLISH]));
LANGUAGE_WORDS.forEach(({ words }, i) => {
  for (const word of words) LISTS_OF.set(word, (LISTS_OF.get(word) ?? 0) | (2 << i));
});

/**
 * The lower-case words of `text`, found by `words` (WORD, or ASCII_WORD when it finds the same): capitalised names
 * ("Los Angeles", "Ella") never count.
 */
function tally(text: string, words: RegExp): Tally {
  const t: Tally = { words: 0, english: 0, markers: LANGUAGE_WORDS.map(() => 0) };
  for (const word of text.match(words) ?? []) {
    if (!startsLower(word)) continue;
    t.words++;
    const lists = LISTS_OF.get(word);
    if (lists === undefined) continue;
    if (lists & ENGLISH) t.english++;
    for (let i = 0; i < t.markers.length; i++) if (lists & (2 << i)) t.markers[i]++;
  }
  return t;
}

/** The words outside the paragraph's quotations: the reporter's narration. */
function narration(paragraph: string, quotes: readonly Span[]): string {
  let text = '';
  let from = 0;
  for (const q of quotes) {
    text += paragraph.slice(from, Math.max(from, q.start)) + ' ';
    from = Math.max(from, q.end);
  }
  return text + paragraph.slice(from);
}

/**
 * Told by the narration when it is long enough; a short narration with any English in it keeps the paragraph
 * English ("…,” he said."); else the whole paragraph tells («…», dijo el alcalde).
 */
function wordLanguage(paragraph: string, quotes: readonly Span[], words: RegExp): LanguageTag | undefined {
  const narrated = quotes.length > 0 ? narration(paragraph, quotes) : paragraph;
  const outside = tally(narrated, words);
  if (outside.words >= MIN_WORDS) return verdict(outside, narrated);
  if (outside.english > 0 || quotes.length === 0) return undefined;
  return verdict(tally(paragraph, words), paragraph);
}

function verdict(t: Tally, text: string): LanguageTag | undefined {
  if (t.words < MIN_WORDS) return undefined;
  const ranked = t.markers.map((n, i) => ({ n, i })).sort((a, b) => b.n - a.n);
  const [best, second] = ranked;
  if (best.n < MIN_MARKERS) return unlisted(t, text);
  if (best.n < 2 * t.english + ENGLISH_MARGIN) return undefined;
  return second.n >= best.n * NAMED_LEAD ? UNNAMED : LANGUAGE_WORDS[best.i].tag;
}

/**
 * A language with no list (Polish, Turkish, Swedish …): a long run of lower-case words none of which is an English
 * function word is no English sentence; accented letters tell it from a line of tags or keywords.
 */
function unlisted(t: Tally, text: string): LanguageTag | undefined {
  return t.english === 0 && t.words >= MIN_UNLISTED_WORDS && count(text, ACCENTED) >= MIN_ACCENTED ? UNNAMED : undefined;
}

/**
 * Title style ("Mayor Quinn Says “The Bridge Will Open”"), read on one word test (`keepsTitle`) by every stage that
 * asks: the segmenter (a headline, strict or with a slip), the quote finder (a quoted title), the attribution cues
 * (a capitalised cue word in a Title Case line is still a verb, not part of a name), the claim check (a
 * headline the segmenter took for body copy) and the unattributed-quote check (a quoted show or book title).
 */
import type { Span } from '../model';
import { TITLE_SMALL_WORDS } from '../lexicon/furniture';
import { FUNCTION_WORDS } from '../lexicon/grammar';
import { isLower } from './chars';
import { allWords, words } from './words';

/** A minor word past the first ("Bridge of Sighs"): title style may leave it in lower case; the first word it capitalises. */
const isMinorWord = (word: string, index: number): boolean => index > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase());

/**
 * Whether the word at `index` keeps title style: it does not open in lower case (a capital, a figure), or it is a
 * minor word. The capital is asked first: most words of a title have one, and it needs no lower-casing.
 */
export const keepsTitle = (word: string, index: number): boolean => !isLower(word[0]) || isMinorWord(word, index);

/** Every word in title style, without a slip: a title, a headline, a label in capitals. */
export const isTitleCase = (text: string): boolean => allWords(text, keepsTitle);

const LOWER_LETTER = /\p{Ll}/u;

/**
 * No letter in lower case ("FERRY STRIKE ENDS"): title style at its strictest, a label, a kicker or a sub-heading
 * set in capitals. Letters beyond ASCII are read by their case, as `keepsTitle` reads them.
 */
export const inCapitals = (text: string): boolean => !LOWER_LETTER.test(text);

/** A word capitalised as glue is in a title ("Of", "Would"), not a word of capitals ("TO"). */
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;

/**
 * Title style with a slip or two ("… Some Will Want To hear.", "… Trump May be Aligning on …"): at most one word in
 * five outside the minor ones opens in lower case, and a function word past the first is capitalised ("Would",
 * "Will", "About"). A sentence, however many names it holds, writes its verbs and function words in lower case; a
 * list of names capitalises all its words but no function word.
 */
export function isTitleStyled(text: string): boolean {
  let major = 0;
  let slips = 0;
  let glue = 0;
  words(text).forEach((word, i) => {
    const low = word.toLowerCase();
    const minor = isMinorWord(word, i);
    // not the "The" and "I" of names and speech
    if (i > 0 && (minor || FUNCTION_WORDS.has(low)) && low !== 'the' && low !== 'i' && CAPITALISED.test(word)) glue++;
    if (minor) return;
    major++;
    if (!keepsTitle(word, i)) slips++;
  });
  return major >= 3 && slips * 5 <= major && glue >= 1;
}

const MAX_HEADLINE_CHARS = 200;

/**
 * Whether text[unit] is a Title Case line: short, not closed by a full stop, at least three words outside quotation
 * marks, and all of them in title style (`keepsTitle`).
 */
export function isTitleCaseLine(text: string, unit: Span): boolean {
  if (unit.end - unit.start > MAX_HEADLINE_CHARS) return false;
  const line = text.slice(unit.start, unit.end).trimEnd();
  if (/[.:;,]$/.test(line) || /[\r\n]/.test(line)) return false;
  const outside = words(line.replace(/[“"«][^”"»]*[”"»]?/g, ' '));
  if (outside.length < 3) return false;
  return outside.every(keepsTitle);
}

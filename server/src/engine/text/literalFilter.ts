/**
 * A cheap test that a pattern cannot match a text, so that a sentence is not scanned by dozens of long
 * alternations that find nothing in it (the claim shapes run some sixty per sentence; most sentences make none).
 *
 * `requiredLiterals` reads a pattern's source for sets of literal words, one of each set in every match ("fear",
 * "feared", "dread" … for a verb family, "that" after it); `mayMatch` says no when the text holds none of a set's.
 * A "no" is exact (the pattern would have found nothing); a "yes" only means the pattern must run. A pattern whose
 * source the reader does not know always runs.
 *
 * Linear time: the source is read once per pattern, and each text once (its letter triples), whatever its length.
 */
import { COMMON_LETTER_TRIPLES } from '../lexicon/letterTriples';
import { ArticleMap } from './paragraphMemo';
import { requiredLiterals } from './requiredLiterals';

/** Letters from the most to the least frequent in English: a literal is filed under its rarest triple. */
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

/** Triples of the letters a to z, each one number: 26 × 26 × 26. */
const TRIPLES = 26 * 26 * 26;

/** A letter's number (a = 0 … z = 25), or -1 for any other code. */
const letterNumber = (code: number): number => (code >= 97 && code <= 122 ? code - 97 : -1);

/** The triple of letters that starts at `at` in a literal, as a number; -1 when one of them is no letter a to z. */
function tripleAt(literal: string, at: number): number {
  const [a, b, c] = [0, 1, 2].map((k) => letterNumber(literal.charCodeAt(at + k)));
  return a < 0 || b < 0 || c < 0 ? -1 : (a * 26 + b) * 26 + c;
}

/**
 * Where in a literal the triple of letters it is filed under starts: the one of the rarest letters that is not one
 * of the commonest triples of English, preferably with a character after it (checked before the literal is);
 * -1 when the literal has no three letters in a row (its pattern then always runs).
 */
function rarestTriple(literal: string): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i + 3 <= literal.length; i++) {
    if (tripleAt(literal, i) < 0) continue;
    const triple = literal.slice(i, i + 3);
    let score = [...triple].reduce((sum, c) => sum + LETTERS_BY_FREQUENCY.indexOf(c), 0);
    if (COMMON_LETTER_TRIPLES.has(triple)) score -= 60;
    if (i + 3 === literal.length) score -= 20;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/**
 * A character code as the literals are written: ASCII capitals in lower case, and the Kelvin sign as k, which a
 * case-insensitive Unicode pattern reads as k; no other character is in a literal or stands for one (ſ is
 * flagged apart, see `foldsToAscii`).
 */
const lowered = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x212a ? 107 : c);

/** How many bits of a 32-bit number are set. */
function bitsSet(bits: number): number {
  const pairs = bits - ((bits >>> 1) & 0x55555555);
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333);
  return Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A filed literal's numbers in `LiteralIndex.entries`, side by side, so that a read touches few cache lines. */
const SET = 0;
/** How far before the end of its triple the literal starts. */
const BACK = 1;
/** Where the literal's characters start in `LiteralIndex.characters`, and how many. */
const CHARACTERS = 2;
const LENGTH = 3;
const ENTRY = 4;

/**
 * The patterns asked about so far, each literal of each filed under one of its letter triples, and the one text
 * they were last looked up for: the literal sets a sentence holds are found in one pass over its characters (a
 * literal is looked for where its triple is), and each pattern is then a look-up per set. A text is a sentence's
 * words, asked about by dozens of patterns in a row. What the pass reads for each character is a bit in 2 KB
 * (is anything filed under the triple that ends here?), so it stays in the cache between the stages that ask.
 *
 * The stages come back to a text after others (the claim checks read each sentence in three passes, each over the
 * whole article: a text was read three times for every distinct one), so the sets each text holds are kept until
 * the next article starts (see `startArticle`).
 */
class LiteralIndex {
  /** Each pattern's number (-1: it always runs), given on its first question. */
  private readonly ids = new Map<RegExp, number>();
  /** Case-insensitive Unicode patterns: a ſ in a text may stand for s in them. */
  private readonly folding: boolean[] = [];
  /** Global and sticky patterns: a "no" sets their lastIndex to 0, as a failed exec would (flags read once, not per "no"). */
  private readonly rewinds: boolean[] = [];
  /** Each pattern's sets are numbered firstSet[id] to firstSet[id + 1] - 1. */
  private readonly firstSet: number[] = [0];
  /** Every literal with its set, the start of its triple and the character after it, in the order of `inLayout`. */
  private filed: Filed[] = [];
  /** Whether patterns were filed since the literals were last laid out (see `layOut`). */
  private stale = false;
  /** One bit a triple: is any literal filed under it. */
  private filedTriples = new Uint32Array(Math.ceil(TRIPLES / 32));
  /** How many filed triples come before each 32 of `filedTriples`: a filed triple's number among them is that and the bits before it. */
  private triplesBefore = new Int32Array(Math.ceil(TRIPLES / 32));
  /** The n-th filed triple's literals are entries bucketStart[n] to bucketStart[n + 1] - 1. */
  private bucketStart = new Int32Array(1);
  /** The literals laid out by triple (see ENTRY), and in a triple by `following`. */
  private entries = new Int32Array(0);
  /**
   * The character after each literal's triple (-1 at its end; literals are ASCII): most texts that share a triple
   * part there ("cou" in council, courted), so a read compares only the literals that go on as the text does, found
   * in a byte each.
   */
  private following = new Int8Array(0);
  /** Every literal's characters, one after the other. */
  private characters = new Uint16Array(0);
  /** The text's number for each set it holds: never cleared, a new text takes a new number. */
  private held = new Uint32Array(64);
  private stamp = 0;
  private text: string | undefined;
  private foldsToAscii = false;
  /**
   * The text being read, each character as `lowered` reads it: lowered once, not again for each literal compared,
   * and read from an array, whatever pieces the text's string is made of.
   */
  private codes = new Uint16Array(256);
  /** The texts read this article, each with the sets it holds; emptied too when a pattern is filed. */
  private readonly readings = new ArticleMap<string, TextReading>(MAX_KEPT_TEXTS);

  mayMatch(pattern: RegExp, text: string): boolean {
    const id = this.ids.get(pattern) ?? this.add(pattern);
    if (id < 0) return true;
    if (text !== this.text) this.lookUp(text);
    if (this.folding[id] && this.foldsToAscii) return true;
    for (let set = this.firstSet[id]; set < this.firstSet[id + 1]; set++) {
      if (this.held[set] === this.stamp) continue;
      if (this.rewinds[id]) pattern.lastIndex = 0;
      return false;
    }
    return true;
  }

  /** Makes `text` the one the patterns are looked up for: read again only when it is not kept. */
  private lookUp(text: string): void {
    this.text = text;
    if (++this.stamp === 0xffffffff) {
      this.held.fill(0);
      this.stamp = 1;
    }
    const kept = this.readings.get(text);
    if (kept) {
      for (const set of kept.held) this.held[set] = this.stamp;
      this.foldsToAscii = kept.foldsToAscii;
      return;
    }
    this.readings.set(text, { held: this.read(text), foldsToAscii: this.foldsToAscii });
  }

  private add(pattern: RegExp): number {
    const sets = requiredLiterals(pattern);
    const offsets = sets?.map((set) => set.map(rarestTriple));
    // a literal with no three letters in a row cannot be filed: such a pattern always runs
    const id = sets && offsets?.every((o) => o.every((at) => at >= 0)) ? this.folding.length : -1;
    this.ids.set(pattern, id);
    if (id < 0 || !sets || !offsets) return id;
    this.folding.push(pattern.ignoreCase && pattern.unicode);
    this.rewinds.push(pattern.global || pattern.sticky);
    const first = this.firstSet[id];
    const added = sets.flatMap((literals, k) =>
      literals.map((literal, j): Filed => {
        const offset = offsets[k][j];
        const following = offset + 3 < literal.length ? literal.charCodeAt(offset + 3) : -1;
        return { triple: tripleAt(literal, offset), set: first + k, literal, offset, following };
      }),
    );
    this.filed = merged(this.filed, added.sort(inLayout));
    this.firstSet.push(first + sets.length);
    if (first + sets.length > this.held.length) this.held = Uint32Array.from({ length: this.held.length * 2 }, (_, i) => this.held[i] ?? 0);
    // no text read so far was read for this pattern; the literals are laid out anew before the next text is read
    this.stale = true;
    this.text = undefined;
    this.readings.clear();
    return id;
  }

  /** Lays the filed literals out by triple (once for the patterns first asked about since the last text was read). */
  private layOut(): void {
    this.stale = false;
    const filed = this.filed;
    this.filedTriples.fill(0);
    for (const f of filed) this.filedTriples[f.triple >> 5] |= 1 << (f.triple & 31);
    for (let w = 1; w < this.triplesBefore.length; w++) this.triplesBefore[w] = this.triplesBefore[w - 1] + bitsSet(this.filedTriples[w - 1]);
    const starts: number[] = [];
    this.entries = new Int32Array(filed.length * ENTRY);
    this.following = new Int8Array(filed.length);
    this.characters = new Uint16Array(filed.reduce((sum, f) => sum + f.literal.length, 0));
    let characters = 0;
    for (let e = 0; e < filed.length; e++) {
      const f = filed[e];
      if (e === 0 || f.triple !== filed[e - 1].triple) starts.push(e);
      const at = e * ENTRY;
      this.entries[at + SET] = f.set;
      this.entries[at + BACK] = f.offset + 2;
      this.entries[at + CHARACTERS] = characters;
      this.entries[at + LENGTH] = f.literal.length;
      this.following[e] = f.following;
      for (let j = 0; j < f.literal.length; j++) this.characters[characters++] = f.literal.charCodeAt(j);
    }
    this.bucketStart = Int32Array.from([...starts, filed.length]);
  }

  /** Whether the literal of the entry at `at` stands at `start` in the first `length` codes of the text. */
  private standsAt(codes: Uint16Array, length: number, at: number, start: number): boolean {
    const from = this.entries[at + CHARACTERS];
    const size = this.entries[at + LENGTH];
    if (start < 0 || start + size > length) return false;
    for (let j = 0; j < size; j++) if (codes[start + j] !== this.characters[from + j]) return false;
    return true;
  }

  /** Marks the sets one of whose literals the text holds, and returns them. */
  private read(text: string): number[] {
    if (this.stale) this.layOut();
    const marked: number[] = [];
    this.foldsToAscii = text.includes('\u017f');
    const length = text.length;
    if (length > this.codes.length) this.codes = new Uint16Array(2 * length);
    const codes = this.codes;
    const following = this.following;
    for (let i = 0; i < length; i++) codes[i] = lowered(text.charCodeAt(i));
    // the last two letters as one number (-1 after a character that is no letter): a triple is that and the next
    // letter, with no division in a loop that runs for every character
    let pair = -1;
    let last = -1;
    for (let i = 0; i < length; i++) {
      const letter = letterNumber(codes[i]);
      const triple = pair < 0 || letter < 0 ? -1 : pair * 26 + letter;
      pair = last < 0 || letter < 0 ? -1 : last * 26 + letter;
      last = letter;
      if (triple < 0) continue;
      const bits = this.filedTriples[triple >> 5];
      if ((bits & (1 << (triple & 31))) === 0) continue;
      const bucket = this.triplesBefore[triple >> 5] + bitsSet(bits & ~(-1 << (triple & 31)));
      const next = i + 1 < length ? codes[i + 1] : -1;
      const end = this.bucketStart[bucket + 1];
      let e = this.bucketStart[bucket];
      for (; e < end && following[e] < 0; e++) this.mark(e, codes, length, i, marked);
      while (e < end && following[e] < next) e++;
      for (; e < end && following[e] === next; e++) this.mark(e, codes, length, i, marked);
    }
    return marked;
  }

  /** Marks the set of entry `e` when the set is not yet marked and its literal stands where its triple ends at `i`. */
  private mark(e: number, codes: Uint16Array, length: number, i: number, marked: number[]): void {
    const at = e * ENTRY;
    const set = this.entries[at + SET];
    if (this.held[set] === this.stamp || !this.standsAt(codes, length, at, i - this.entries[at + BACK])) return;
    this.held[set] = this.stamp;
    marked.push(set);
  }
}

/** A literal as it is filed: under the triple at `offset` in it, followed by `following` (-1: none). */
interface Filed {
  triple: number;
  set: number;
  literal: string;
  offset: number;
  following: number;
}

/** The order of the laid-out literals: by triple, and in a triple by the character after it. */
const inLayout = (a: Filed, b: Filed): number => a.triple - b.triple || a.following - b.following;

/** Two lists in the order of `inLayout` as one (the literals of a pattern asked about for the first time join the others). */
function merged(a: Filed[], b: Filed[]): Filed[] {
  const out: Filed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && inLayout(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
  return out;
}

/** What one read of a text found: the literal sets it holds, and whether it holds a ſ. */
interface TextReading {
  held: number[];
  foldsToAscii: boolean;
}

/** Texts kept at most (an article has a few hundred): a caller that never starts an article holds no more. */
const MAX_KEPT_TEXTS = 2000;

const index = new LiteralIndex();

/**
 * False only when the pattern cannot match anywhere in the text: the text holds no literal of one of its sets. True
 * otherwise (the pattern must then be run). A "no" leaves a global or sticky pattern as a failed exec does (lastIndex
 * 0), so that `mayMatch(p, t) ? p.exec(t) : null` is p.exec(t) in every respect.
 */
export const mayMatch = (pattern: RegExp, text: string): boolean => index.mayMatch(pattern, text);

/**
 * A `mayMatch` with an index of its own, for a few patterns asked of texts the claim checks never ask about (the
 * attribution stage's reading units): such a text is read for those patterns' literals alone, not through the
 * shared index with every claim pattern's, where most letter triples hold a literal to compare.
 */
export function literalScreen(): (pattern: RegExp, text: string) => boolean {
  const own = new LiteralIndex();
  return (pattern, text) => own.mayMatch(pattern, text);
}

/** `pattern.exec(text)`, with the literal test first: null at once when the pattern cannot match. */
export const screenedExec = (pattern: RegExp, text: string): RegExpExecArray | null => (mayMatch(pattern, text) ? pattern.exec(text) : null);

/** `pattern.test(text)`, with the literal test first. */
export const screenedTest = (pattern: RegExp, text: string): boolean => mayMatch(pattern, text) && pattern.test(text);

/**
 * A cheap test that a pattern cannot match a text, so that a sentence is not scanned by dozens of long
 * alternations that find nothing in it (the claim shapes run some sixty per sentence; most sentences make none).
 *
 * `requiredLiterals` reads a pattern's source for literal words at least one of which every match must contain
 * ("fear", "feared", "dread" … for a verb family); `mayMatch` says no only when the text holds none of them. A
 * "no" is exact (the pattern would have found nothing); a "yes" only means the pattern must run. Anything in a
 * source the reader does not know makes it give up, and the pattern always runs.
 *
 * Linear time: the source is read once per pattern, and each text once (its letter triples), whatever its length.
 */
import { COMMON_LETTER_TRIPLES } from '../lexicon/letterTriples';
import { forgetEachArticle } from './paragraphMemo';

/** What a piece of a pattern matches: every string it can match when it is a small literal set, and words one of which each match holds. */
interface Reading {
  /** Every string the piece can match, lower case, when they are few and all literal (else null). */
  exact: string[] | null;
  /** Strings one of which every match of the piece contains (else null: nothing known). */
  required: string[] | null;
}

/** More exact strings than this and a piece is read as "some text" (the products of alternations grow fast). */
const MAX_EXACT = 64;

/** A piece of the source the reader does not know: the pattern gets no filter. */
class Unreadable extends Error {}

const ANY: Reading = { exact: null, required: null };
const EMPTY: Reading = { exact: [''], required: null };

/**
 * Strings are usable as required literals when each has three letters in a row, the triple it is filed under
 * (see `LiteralIndex`); the longer the shortest, the rarer they are.
 */
const usable = (set: string[] | null): set is string[] => set !== null && set.length > 0 && set.every((s) => /[a-z]{3}/.test(s));

const score = (set: string[]): number => Math.min(...set.map((s) => s.length)) * 1000 - set.length;

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!usable(b)) return usable(a) ? a : null;
  if (!usable(a)) return b;
  return score(b) > score(a) ? b : a;
}

const product = (a: string[], b: string[]): string[] | null => {
  if (a.length * b.length > MAX_EXACT) return null;
  return a.flatMap((x) => b.map((y) => x + y));
};

/** Only ASCII is read as a literal: its case is the same under every flag and every lower-casing. */
const literalChar = (c: string): Reading => {
  if (c.charCodeAt(0) > 0x7f) return ANY;
  return { exact: [c.toLowerCase()], required: null };
};

/** A recursive-descent reader of a regex source, enough for the lexicon's patterns (see `Unreadable`). */
class SourceReader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): Reading {
    const reading = this.disjunction();
    if (this.at < this.source.length) throw new Unreadable(`unexpected ${this.source[this.at]}`);
    return reading;
  }

  private disjunction(): Reading {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? branches.flatMap((b) => b.exact!) : null;
    const required = branches.map((b) => (usable(b.exact) ? b.exact : b.required));
    return {
      exact: exact && exact.length <= MAX_EXACT ? exact : null,
      required: required.every(usable) ? required.flatMap((r) => r!) : null,
    };
  }

  /** A sequence: runs of literal pieces multiply out; the best run or inner requirement is the sequence's. */
  private alternative(): Reading {
    let run: string[] | null = [''];
    let exactSoFar = true;
    let required: string[] | null = null;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.quantified(this.atom());
      const joined: string[] | null = term.exact && run ? product(run, term.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      required = better(required, run);
      required = better(required, term.required);
      exactSoFar = false;
      run = term.exact;
    }
    required = better(required, run);
    return { exact: exactSoFar ? run : null, required };
  }

  private quantified(term: Reading): Reading {
    const c = this.source[this.at];
    let min: number;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      if (c === '?' && term.exact) return this.lazy({ exact: [...term.exact, ''], required: null });
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unreadable('brace');
      this.at += m[0].length;
      min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (term.exact && max !== Infinity) return this.lazy(repeat(term.exact, min, max));
    } else return term;
    const inner = usable(term.exact) ? term.exact : term.required;
    return this.lazy({ exact: null, required: min > 0 ? inner : null });
  }

  /** A lazy quantifier matches the same strings. */
  private lazy(reading: Reading): Reading {
    if (this.source[this.at] === '?') this.at++;
    return reading;
  }

  private atom(): Reading {
    const c = this.source[this.at++];
    switch (c) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANY;
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unreadable(`bare ${c}`);
      default:
        return literalChar(c);
    }
  }

  private group(): Reading {
    const opening = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.at))?.[0] ?? '';
    this.at += opening.length;
    const inner = this.disjunction();
    if (this.source[this.at++] !== ')') throw new Unreadable('unclosed group');
    // a look-around consumes nothing: the pieces on either side of it stay next to each other in the text
    return opening === '?:' || opening === '' || opening.startsWith('?<') && opening.endsWith('>') ? inner : EMPTY;
  }

  private escape(): Reading {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unreadable('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsSpP'.includes(c)) {
      if (c === 'p' || c === 'P') this.skipProperty();
      return ANY;
    }
    if (/[1-9k]/.test(c)) throw new Unreadable('back reference');
    const code = this.codeEscape(c);
    if (code !== undefined) return literalChar(String.fromCodePoint(code));
    if (/[A-Za-z0-9]/.test(c)) throw new Unreadable(`escape \\${c}`);
    return literalChar(c);
  }

  private skipProperty(): void {
    const m = /^\{[^}]*\}/.exec(this.source.slice(this.at));
    if (!this.unicode || !m) throw new Unreadable('property');
    this.at += m[0].length;
  }

  /** The character a numeric or control escape stands for (\t, \u2019, \x41 …), or undefined. */
  private codeEscape(c: string): number | undefined {
    const named: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (c in named) return named[c];
    const hex = c === 'x' ? /^[0-9a-fA-F]{2}/ : c === 'u' ? (this.unicode ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/ : /^[0-9a-fA-F]{4}/) : null;
    if (!hex) return undefined;
    const m = hex.exec(this.source.slice(this.at));
    if (!m) throw new Unreadable(`escape \\${c}`);
    this.at += m[0].length;
    return parseInt(m[0].replace(/[{}]/g, ''), 16);
  }

  /** A class is a literal set only when it lists a few plain characters ("[ae]"); anything else matches "some character". */
  private characterClass(): Reading {
    const chars: string[] = [];
    let plain = this.source[this.at] !== '^';
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) throw new Unreadable('unclosed class');
      if (c === ']') break;
      if (c === '\\') {
        const e = this.source[this.at++];
        if (e === undefined) throw new Unreadable('trailing backslash');
        if (e === 'p' || e === 'P') this.skipProperty();
        const code = this.codeEscape(e);
        if (code !== undefined) chars.push(String.fromCodePoint(code));
        else if (/[A-Za-z0-9]/.test(e)) plain = false;
        else chars.push(e);
      } else if (c === '-' && chars.length > 0 && this.source[this.at] !== ']') plain = false;
      else if (c === '[' && this.unicode) throw new Unreadable('nested class');
      else chars.push(c);
    }
    if (!plain || chars.length === 0 || chars.length > 4) return ANY;
    const readings = chars.map(literalChar);
    return readings.every((r) => r.exact) ? { exact: readings.flatMap((r) => r.exact!), required: null } : ANY;
  }
}

function repeat(exact: string[], min: number, max: number): Reading {
  let out: string[] | null = min === 0 ? [''] : null;
  let power: string[] | null = [''];
  for (let n = 1; n <= max && power; n++) {
    power = product(power, exact);
    if (power && n >= min) out = out ? [...out, ...power] : power;
    if (!power || (out && out.length > MAX_EXACT)) return { exact: null, required: min > 0 && usable(exact) ? exact : null };
  }
  return { exact: out, required: null };
}

/**
 * Literal strings (lower case) one of which every match of the pattern contains, or null when the source says
 * nothing usable (a branch of "\w+ing", a class, or a construct the reader does not know).
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  // a class of the v flag has set operations this reader does not know
  if (pattern.flags.includes('v')) return null;
  try {
    const reading = new SourceReader(pattern.source, pattern.unicode).read();
    const required = better(reading.required, reading.exact);
    return required && [...new Set(required)];
  } catch (e) {
    // not a fault: a construct the reader does not know only means the pattern always runs
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

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

/** Whether `literal` stands in `text` at `start`, read as `lowered` reads it. */
function standsAt(text: string, literal: string, start: number): boolean {
  if (start < 0 || start + literal.length > text.length) return false;
  for (let j = 0; j < literal.length; j++) if (lowered(text.charCodeAt(start + j)) !== literal.charCodeAt(j)) return false;
  return true;
}

/**
 * The patterns asked about so far, each literal of each filed under one of its letter triples, and the one text
 * they were last looked up for: the patterns a sentence may match are found in one pass over its characters (a
 * literal is looked for where its triple is), and each pattern is then a single look-up. A text is a sentence's
 * words, asked about by dozens of patterns in a row. What the pass reads for each character is a bit in 2 KB
 * (is anything filed under the triple that ends here?), so it stays in the cache between the stages that ask.
 *
 * The stages come back to a text after others (the claim checks read each sentence in three passes, each over the
 * whole article: a text was read three times for every distinct one), so the patterns each text may match are
 * kept until the next article starts (see `startArticle`).
 */
class LiteralIndex {
  /** Each pattern's number (-1: it always runs), given on its first question. */
  private readonly ids = new Map<RegExp, number>();
  /** Case-insensitive Unicode patterns: a ſ in a text may stand for s in them. */
  private readonly folding: boolean[] = [];
  /** Every literal with its pattern and the start of its triple. */
  private readonly filed: { triple: number; id: number; literal: string; offset: number }[] = [];
  /** One bit a triple: is any literal filed under it. */
  private filedTriples = new Uint32Array(Math.ceil(TRIPLES / 32));
  /** The literals laid out flat by triple: triple t's are [tripleStart[t], tripleStart[t + 1]). */
  private tripleStart = new Int32Array(TRIPLES + 1);
  private ofPattern = new Int32Array(0);
  private offsets = new Int32Array(0);
  /** The character after each literal's triple (-1 at its end): most texts that share a triple part there ("cou" in council, courted). */
  private following = new Int32Array(0);
  private literals: string[] = [];
  /** The text's number for each pattern it may match: never cleared, a new text takes a new number. */
  private possible = new Uint32Array(64);
  private stamp = 0;
  private text: string | undefined;
  private foldsToAscii = false;
  /** The texts read since `forget`, each with the patterns it may match. */
  private readonly readings = new Map<string, TextReading>();

  mayMatch(pattern: RegExp, text: string): boolean {
    const id = this.ids.get(pattern) ?? this.add(pattern);
    if (id < 0) return true;
    if (text !== this.text) this.lookUp(text);
    return this.possible[id] === this.stamp || (this.folding[id] && this.foldsToAscii);
  }

  forget(): void {
    this.readings.clear();
  }

  /** Makes `text` the one the patterns are looked up for: read again only when it is not kept. */
  private lookUp(text: string): void {
    this.text = text;
    if (++this.stamp === 0xffffffff) {
      this.possible.fill(0);
      this.stamp = 1;
    }
    const kept = this.readings.get(text);
    if (kept) {
      for (const id of kept.possible) this.possible[id] = this.stamp;
      this.foldsToAscii = kept.foldsToAscii;
      return;
    }
    if (this.readings.size >= MAX_KEPT_TEXTS) this.readings.clear();
    this.readings.set(text, { possible: this.read(text), foldsToAscii: this.foldsToAscii });
  }

  private add(pattern: RegExp): number {
    const literals = requiredLiterals(pattern);
    const offsets = literals?.map(rarestTriple);
    // a literal with no three letters in a row cannot be filed: such a pattern always runs
    const id = literals && offsets?.every((o) => o >= 0) ? this.folding.length : -1;
    this.ids.set(pattern, id);
    if (id < 0 || !literals || !offsets) return id;
    this.folding.push(pattern.ignoreCase && pattern.unicode);
    literals.forEach((literal, k) => this.filed.push({ triple: tripleAt(literal, offsets[k]), id, literal, offset: offsets[k] }));
    this.layOut();
    if (id >= this.possible.length) this.possible = Uint32Array.from({ length: this.possible.length * 2 }, (_, i) => this.possible[i] ?? 0);
    // no text read so far was read for this pattern
    this.text = undefined;
    this.readings.clear();
    return id;
  }

  /** Lays the filed literals out by triple (once per pattern, on its first question). */
  private layOut(): void {
    const byTriple = [...this.filed].sort((a, b) => a.triple - b.triple);
    this.filedTriples = new Uint32Array(Math.ceil(TRIPLES / 32));
    this.tripleStart = new Int32Array(TRIPLES + 1);
    for (const f of byTriple) {
      this.filedTriples[f.triple >> 5] |= 1 << (f.triple & 31);
      this.tripleStart[f.triple + 1]++;
    }
    for (let t = 0; t < TRIPLES; t++) this.tripleStart[t + 1] += this.tripleStart[t];
    this.ofPattern = Int32Array.from(byTriple, (f) => f.id);
    this.offsets = Int32Array.from(byTriple, (f) => f.offset);
    this.following = Int32Array.from(byTriple, (f) => (f.offset + 3 < f.literal.length ? f.literal.charCodeAt(f.offset + 3) : -1));
    this.literals = byTriple.map((f) => f.literal);
  }

  /** Marks the patterns one of whose literals the text holds, and returns them. */
  private read(text: string): number[] {
    const marked: number[] = [];
    this.foldsToAscii = text.includes('\u017f');
    // the last two letters as one number (-1 after a character that is no letter): a triple is that and the next
    // letter, with no division in a loop that runs for every character
    let pair = -1;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const letter = letterNumber(lowered(text.charCodeAt(i)));
      const triple = pair < 0 || letter < 0 ? -1 : pair * 26 + letter;
      pair = last < 0 || letter < 0 ? -1 : last * 26 + letter;
      last = letter;
      if (triple < 0 || (this.filedTriples[triple >> 5] & (1 << (triple & 31))) === 0) continue;
      for (let e = this.tripleStart[triple]; e < this.tripleStart[triple + 1]; e++) {
        const id = this.ofPattern[e];
        if (this.possible[id] === this.stamp) continue;
        if (this.following[e] >= 0 && lowered(text.charCodeAt(i + 1)) !== this.following[e]) continue;
        if (standsAt(text, this.literals[e], i - 2 - this.offsets[e])) {
          this.possible[id] = this.stamp;
          marked.push(id);
        }
      }
    }
    return marked;
  }
}

/** What one read of a text found: the patterns it may match, and whether it holds a ſ. */
interface TextReading {
  possible: number[];
  foldsToAscii: boolean;
}

/** Texts kept at most (an article has a few hundred): a caller that never starts an article holds no more. */
const MAX_KEPT_TEXTS = 2000;

const index = new LiteralIndex();

// what is kept serves the passes over one article, never a text of an article read before
forgetEachArticle(() => index.forget());

/**
 * False only when the pattern cannot match anywhere in the text: none of the literals every match contains is
 * there. True otherwise (the pattern must then be run).
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (index.mayMatch(pattern, text)) return true;
  // as a failed exec leaves it, so that `mayMatch(p, t) ? p.exec(t) : null` is p.exec(t) in every respect
  if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  return false;
}

/** `pattern.exec(text)`, with the literal test first: null at once when the pattern cannot match. */
export const screenedExec = (pattern: RegExp, text: string): RegExpExecArray | null => (mayMatch(pattern, text) ? pattern.exec(text) : null);

/** `pattern.test(text)`, with the literal test first. */
export const screenedTest = (pattern: RegExp, text: string): boolean => mayMatch(pattern, text) && pattern.test(text);

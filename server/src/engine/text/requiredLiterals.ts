/**
 * The literal words a regex's matches must contain, read off its source: for text/literalFilter.ts, which runs a
 * pattern only on a text that holds them.
 *
 * What is read is a few sets of strings, and every match holds one string of each set: "\bit (?:is|was) (?:widely
 * )?(?:believed|thought)" needs one of "it is", "it was" and one of "believed", "thought". A sentence that holds the
 * first words but not the second is not scanned. Anything in a source the reader does not know makes it give up
 * (no sets: the pattern always runs).
 */

/** What a piece of a pattern matches: every string it can match when it is a small literal set, and sets one string of each of which each match holds. */
interface Reading {
  /** Every string the piece can match, lower case, when they are few and all literal (else null). */
  exact: string[] | null;
  /** Sets of strings, each usable (see `usable`): every match of the piece contains one string of each. */
  required: string[][];
}

/** More exact strings than this and a piece is read as "some text" (the products of alternations grow fast). */
const MAX_EXACT = 64;

/**
 * Sets kept for a pattern at most, the rarest: each more one files its strings and is looked for in every text,
 * and a third seldom rules out a sentence the first two let through.
 */
const MAX_SETS = 2;

/** A piece of the source the reader does not know: the pattern gets no filter. */
class Unreadable extends Error {}

const ANY: Reading = { exact: null, required: [] };
const EMPTY: Reading = { exact: [''], required: [] };

/**
 * Strings are usable as required literals when each has three letters in a row, the triple it is filed under
 * (see `LiteralIndex`); the longer the shortest, the rarer they are.
 */
const usable = (set: string[] | null): set is string[] => set !== null && set.length > 0 && set.every((s) => /[a-z]{3}/.test(s));

const score = (set: string[]): number => Math.min(...set.map((s) => s.length)) * 1000 - set.length;

/** `sets` with `set` among them when it is usable. */
const withSet = (sets: string[][], set: string[] | null): string[][] => (usable(set) ? [...sets, set] : sets);

/** Whether every string of `set` holds one of `other`'s: where `set` stands, `other` does, and adds nothing. */
const implies = (set: string[], other: string[]): boolean => set.every((s) => other.some((o) => s.includes(o)));

/** The rarest sets, none of them implied by one kept before it (a run "fear that" and the "fear" in it). */
function fewest(sets: string[][]): string[][] {
  const kept: string[][] = [];
  for (const set of [...sets].sort((a, b) => score(b) - score(a))) {
    if (kept.length < MAX_SETS && !kept.some((k) => implies(k, set))) kept.push(set);
  }
  return kept;
}

const product = (a: string[], b: string[]): string[] | null => {
  if (a.length * b.length > MAX_EXACT) return null;
  return a.flatMap((x) => b.map((y) => x + y));
};

/** Only ASCII is read as a literal: its case is the same under every flag and every lower-casing. */
const literalChar = (c: string): Reading => {
  if (c.charCodeAt(0) > 0x7f) return ANY;
  return { exact: [c.toLowerCase()], required: [] };
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

  /**
   * Alternatives: a match holds one set of the branch it took, so the union of a set of each branch is required:
   * of the rarest sets, and of the others (a branch's only one where it has one), so that the second of a branch
   * is not lost when the rarer by length is a common word ("that").
   */
  private disjunction(): Reading {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? branches.flatMap((b) => b.exact!) : null;
    const sets = branches.map((b) => fewest(withSet(b.required, b.exact)));
    // a second union is worth its filing only where most branches give it a set of their own (not "says", "said" … again)
    const seconds = 2 * sets.filter((s) => s.length > 1).length >= sets.length;
    const unions = sets.every((s) => s.length > 0) ? [sets.flatMap((s) => s[0]), ...(seconds ? [sets.flatMap((s) => s[s.length - 1])] : [])] : [];
    return { exact: exact && exact.length <= MAX_EXACT ? exact : null, required: fewest(unions) };
  }

  /** A sequence: runs of literal pieces multiply out; every run and every inner requirement is the sequence's. */
  private alternative(): Reading {
    let run: string[] | null = [''];
    let exactSoFar = true;
    let required: string[][] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.quantified(this.atom());
      // what a look-around requires stands beside the run, which it does not break
      required = [...required, ...term.required];
      const joined: string[] | null = term.exact && run ? product(run, term.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      required = withSet(required, run);
      exactSoFar = false;
      run = term.exact;
    }
    return { exact: exactSoFar ? run : null, required: fewest(withSet(required, run)) };
  }

  private quantified(term: Reading): Reading {
    const c = this.source[this.at];
    let min: number;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      if (c === '?' && term.exact) return this.lazy({ exact: [...term.exact, ''], required: [] });
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unreadable('brace');
      this.at += m[0].length;
      min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (term.exact && max !== Infinity) return this.lazy(repeat(term.exact, min, max));
    } else return term;
    return this.lazy({ exact: null, required: min > 0 ? withSet(term.required, term.exact) : [] });
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
    if (opening === '?:' || opening === '' || (opening.startsWith('?<') && opening.endsWith('>'))) return inner;
    // a look-around consumes nothing: the pieces on either side of it stay next to each other in the text; what a
    // positive one looks at stands in the text all the same
    const positive = opening === '?=' || opening === '?<=';
    return { exact: [''], required: positive ? withSet(inner.required, inner.exact) : [] };
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
    return readings.every((r) => r.exact) ? { exact: readings.flatMap((r) => r.exact!), required: [] } : ANY;
  }
}

function repeat(exact: string[], min: number, max: number): Reading {
  let out: string[] | null = min === 0 ? [''] : null;
  let power: string[] | null = [''];
  for (let n = 1; n <= max && power; n++) {
    power = product(power, exact);
    if (power && n >= min) out = out ? [...out, ...power] : power;
    if (!power || (out && out.length > MAX_EXACT)) return { exact: null, required: min > 0 ? withSet([], exact) : [] };
  }
  return { exact: out, required: [] };
}

/**
 * Sets of literal strings (lower case), every match of the pattern containing one string of each set; null when
 * the source says nothing usable (a branch of "\w+ing", a class, or a construct the reader does not know).
 */
export function requiredLiterals(pattern: RegExp): string[][] | null {
  // a class of the v flag has set operations this reader does not know
  if (pattern.flags.includes('v')) return null;
  try {
    const reading = new SourceReader(pattern.source, pattern.unicode).read();
    const sets = fewest(withSet(reading.required, reading.exact)).map((set) => [...new Set(set)]);
    return sets.length > 0 ? sets : null;
  } catch (e) {
    // not a fault: a construct the reader does not know only means the pattern always runs
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

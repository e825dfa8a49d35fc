/**
 * Learned cues: a linear model over the words of a reading unit that says which words attribute where the cue
 * lexicon is silent ("Ruiz opined that …", "Quell marveled that …", "Ruiz hints that …"). The weights are
 * trained on PolNeAR train by test/eval/trainCues.ts and shipped in lexicon/learned/cueWeights.ts; the features
 * below are the one definition both the trainer and the engine read, so the two cannot drift apart.
 *
 * Linear time: a set look-up per word, and a handful of map look-ups for the few words the model leans towards.
 */
import type { Span } from '../model';
import { CUE_WEIGHTS, CUE_THRESHOLD } from '../lexicon/learned/cueWeights';
import { tokensIn, isBlank, type Token } from './words';
import { EXPLETIVE_APPEARANCE, isParticiple } from '../lexicon/cues';
import { REGULAR_ENDINGS } from '../lexicon/inflections';
import { ruledOutByNeighbours, type Cue } from './cues';
import { insideQuote, type UnitContext } from './readingUnits';
import { skipCuePrefix } from './sources';
import { WordMemo } from '../lexicon/wordMemo';
import { matchesOf } from '../text/matches';
import { startsCapital } from '../text/tokens';
import { PRESENTS_TEXT } from '../lexicon/quotes';
import { ANONYMITY_CLAUSE, LAST_RELATIVE } from '../lexicon/sources';

/** The feature templates, in the order cueFeatures() emits them; the weights file records the same list. */
export const FEATURE_SCHEMA = 'bias w s x p n pa na n2 sn sp sa pc that';

/** The regular inflections `stem` cuts off, by length: the longest that leaves three characters is cut. */
const ENDINGS_BY_LENGTH: readonly (readonly string[])[] = REGULAR_ENDINGS.reduce<string[][]>(
  (byLength, ending) => (byLength[ending.length].push(ending), byLength),
  [[], [], [], [], []],
);

/**
 * A word's form with its regular inflection cut off: "fumed", "fumes", "fuming" → "fum". Read as
 * /^(.{3,}?)(?:ies|ied|ying|ing|ed|es|s|e)$/ reads a word (the shortest stem wins), without a regex: every
 * word of a unit with a candidate cue is stemmed.
 */
export function stem(lower: string): string {
  for (let cut = Math.min(4, lower.length - 3); cut >= 1; cut--) {
    if (ENDINGS_BY_LENGTH[cut].some((ending) => lower.endsWith(ending))) return lower.slice(0, -cut);
  }
  return lower;
}

/**
 * The punctuation right next to a word: the first mark of text[from, to) that is no white space, 'q' for a
 * quotation mark, '_' for none. Read in place, without a copy of the gap or a pattern's match: it is read twice
 * for every word the model scores.
 */
function mark(text: string, from: number, to: number): string {
  const end = Math.min(to, text.length);
  for (let j = from; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code === 32 || /\s/.test(text[j])) continue;
    // a character outside the basic plane is one mark, as the pattern /[^\s]/u read it
    if (code >= 0xd800 && code <= 0xdbff && j + 1 < end && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00) return text.slice(j, j + 2);
    return QUOTATION_MARKS.includes(text[j]) ? 'q' : text[j];
  }
  return '_';
}

const QUOTATION_MARKS = '“"”«»';

/** The word before the first of a unit, and after its last, as the templates p, n and n2 read them. */
const START = '<s>';
const END = '</s>';

/** The mark between token `i` and the word before it (template pa), or the unit's start. */
const markBefore = (text: string, tokens: Token[], i: number, unitStart: number) =>
  mark(text, i > 0 ? tokens[i - 1].end : unitStart, tokens[i].start);

/** The mark between token `i` and the word after it (template na), or the unit's end. */
const markAfter = (text: string, tokens: Token[], i: number, unitEnd: number) =>
  mark(text, tokens[i].end, i + 1 < tokens.length ? tokens[i + 1].start : unitEnd);

/** Template pc: whether the word before token `i` is capitalised, 'none' at the unit's start. */
const capitalBefore = (tokens: Token[], i: number) => (i > 0 ? String(startsCapital(tokens[i - 1].text)) : 'none');

/** Template that: whether "that" is one of the three words after token `i`. */
const thatAhead = (tokens: Token[], i: number) =>
  String(tokens[i + 1]?.lower === 'that' || tokens[i + 2]?.lower === 'that' || tokens[i + 3]?.lower === 'that');

const TEMPLATES = FEATURE_SCHEMA.split(' ');

/** A feature's value; a pair template's ("sn": stem and next word) is its two halves, joined by '|' in its name. */
type FeatureValue = string | readonly [string, string];

/**
 * The feature values of token `i` among `tokens`, words of `text`: one per template after 'bias', in
 * FEATURE_SCHEMA's order. The trainer reads them as names (`cueFeatures`), the engine scores them as they are
 * (`cueScore`): building fourteen name strings per word cost more than the rest of the cue search.
 */
function featureValues(text: string, tokens: Token[], i: number, unitStart: number, unitEnd: number): FeatureValue[] {
  const lower = tokens[i].lower;
  const s = stem(lower);
  const c = contextOf(text, tokens, i, unitStart, unitEnd);
  return [lower, s, lower.slice(-3), c.p, c.n, c.before, c.after, c.n2, [s, c.n], [s, c.p], [s, c.after], c.pc, c.that];
}

/** The values of the templates that read a word's neighbours (all but w, s and x), by template name. */
function contextOf(text: string, tokens: Token[], i: number, unitStart: number, unitEnd: number) {
  return {
    p: tokens[i - 1]?.lower ?? START,
    n: tokens[i + 1]?.lower ?? END,
    before: markBefore(text, tokens, i, unitStart),
    after: markAfter(text, tokens, i, unitEnd),
    n2: tokens[i + 2]?.lower ?? END,
    pc: capitalBefore(tokens, i),
    that: thatAhead(tokens, i),
  };
}

/** The features of token `i` among `tokens`, words of `text`, by name ("w:opined", "sn:opin|that"). */
export function cueFeatures(text: string, tokens: Token[], i: number, unitStart: number, unitEnd: number): string[] {
  const values = featureValues(text, tokens, i, unitStart, unitEnd);
  return ['bias', ...values.map((v, k) => `${TEMPLATES[k + 1]}:${typeof v === 'string' ? v : v.join('|')}`)];
}

/** A template's weights by value; a pair template's by its first half, then its second. */
type Table = Map<string, number>;
type PairTable = Map<string, Table>;

interface Model {
  bias: number;
  /** One table per template after 'bias', in FEATURE_SCHEMA's order. */
  tables: (Table | PairTable)[];
  /** Words and stems with a positive weight of their own: the only words that may open a learned cue. */
  words: Set<string>;
  stems: Set<string>;
}

let loaded: Model | undefined;

/** Splits a feature name at its template's colon and, for a pair, at the bar between its halves. */
function addWeight(model: Model, feature: string, weight: number): void {
  if (feature === 'bias') {
    model.bias = weight;
    return;
  }
  const colon = feature.indexOf(':');
  const k = TEMPLATES.indexOf(feature.slice(0, colon)) - 1;
  if (colon < 0 || k < 0) return;
  const value = feature.slice(colon + 1);
  const bar = value.indexOf('|');
  if (!pairedTemplates()[k]) (model.tables[k] as Table).set(value, weight);
  else if (bar >= 0) {
    const pairs = model.tables[k] as PairTable;
    const first = value.slice(0, bar);
    if (!pairs.has(first)) pairs.set(first, new Map());
    pairs.get(first)!.set(value.slice(bar + 1), weight);
  }
}

/**
 * Which templates after 'bias' take a pair ("sn": stem|next word), read off featureValues itself so the two
 * cannot disagree; a stem holds no '|', so the first one splits a pair's name.
 */
const pairedTemplates = (): boolean[] =>
  (paired ??= featureValues('a b', [{ start: 0, end: 1, text: 'a', lower: 'a' }], 0, 0, 3).map((v) => typeof v !== 'string'));
let paired: boolean[] | undefined;

/** The shipped weights, parsed once: "feature weight" pairs, one per line of the generated file's table. */
function model(): Model {
  if (loaded) return loaded;
  const built: Model = { bias: 0, tables: TEMPLATES.slice(1).map(() => new Map()), words: new Set(), stems: new Set() };
  for (const line of CUE_WEIGHTS) {
    for (const entry of line.split('\n')) {
      const space = entry.lastIndexOf(' ');
      if (space > 0) addWeight(built, entry.slice(0, space), Number(entry.slice(space + 1)) / 1000);
    }
  }
  const leaning = (template: string) => {
    const table = built.tables[TEMPLATES.indexOf(template) - 1] as Table;
    return new Set([...table].filter(([, w]) => w > 0).map(([value]) => value));
  };
  built.words = leaning('w');
  built.stems = leaning('s');
  loaded = built;
  return loaded;
}

/** Where each template after 'bias' keeps its table among the model's tables. */
const slot = (template: string) => TEMPLATES.indexOf(template) - 1;
const [W, S, X, P, N, PA, NA, N2, SN, SP, SA, PC, THAT] = 'w s x p n pa na n2 sn sp sa pc that'.split(' ').map(slot);

/** A table's weight for a value, 0 for none (as a missing feature adds nothing). */
const weightOf = (k: number, value: string) => (model().tables[k] as Table).get(value) ?? 0;
const rowOf = (k: number, value: string) => (model().tables[k] as PairTable).get(value);

/**
 * Everything the model knows of one word, read in one look-up: whether it may open a cue, what it scores whatever
 * its neighbours (the bias, the weights of the word, its stem and its ending, summed as cueScore sums them), its
 * stem's rows of the pair tables, and its weights as a scored word's neighbour. A story asks these of a few hundred
 * words, most of them several times over (as a candidate, then as the word before or after one), and a look-up per
 * question in tables of thousands missed the processor's cache for most of the time the score took.
 */
interface WordWeights {
  /** The word, or its stem, has a positive weight of its own: it may open a learned cue. */
  leans: boolean;
  own: number;
  sn: Table | undefined;
  sp: Table | undefined;
  sa: Table | undefined;
  /** Its weight as the word before a scored word (p), right after it (n), and two after it (n2). */
  asPrevious: number;
  asNext: number;
  asSecondNext: number;
}

const wordWeights = new WordMemo((lower: string): WordWeights => {
  const { bias, words, stems } = model();
  const s = stem(lower);
  let own = bias;
  own += weightOf(W, lower);
  own += weightOf(S, s);
  own += weightOf(X, lower.slice(-3));
  return {
    leans: words.has(lower) || stems.has(s),
    own,
    sn: rowOf(SN, s),
    sp: rowOf(SP, s),
    sa: rowOf(SA, s),
    asPrevious: weightOf(P, lower),
    asNext: weightOf(N, lower),
    asSecondNext: weightOf(N2, lower),
  };
});

/**
 * The weights of the words of one unit, each word's read once (`at`): the unit's walk asks of a word as a
 * candidate and again as the neighbour of the words around it.
 */
class UnitWeights {
  private readonly read: (WordWeights | undefined)[] = [];

  constructor(readonly tokens: Token[]) {}

  at(i: number): WordWeights {
    return (this.read[i] ??= wordWeights.of(this.tokens[i].lower));
  }
}

/**
 * The model's score for token `i`'s features (positive: a cue), summed in FEATURE_SCHEMA's order (the order
 * featureValues gives them), so that the sum is the same number to the last bit. It reads the neighbours through
 * the same helpers as contextOf, without building its record, and the words' own weights through `weights`: this
 * runs for a third of the words of a story.
 */
function scoreAt(text: string, weights: UnitWeights, i: number, unitStart: number, unitEnd: number): number {
  const { tokens } = weights;
  const count = tokens.length;
  const own = weights.at(i);
  const after = markAfter(text, tokens, i, unitEnd);
  let sum = own.own;
  sum += i > 0 ? weights.at(i - 1).asPrevious : weightOf(P, START);
  sum += i + 1 < count ? weights.at(i + 1).asNext : weightOf(N, END);
  sum += weightOf(PA, markBefore(text, tokens, i, unitStart));
  sum += weightOf(NA, after);
  sum += i + 2 < count ? weights.at(i + 2).asSecondNext : weightOf(N2, END);
  sum += own.sn?.get(tokens[i + 1]?.lower ?? END) ?? 0;
  sum += own.sp?.get(tokens[i - 1]?.lower ?? START) ?? 0;
  sum += own.sa?.get(after) ?? 0;
  sum += weightOf(PC, capitalBefore(tokens, i));
  sum += weightOf(THAT, thatAhead(tokens, i));
  return sum;
}

/** The model's score for token `i`'s features among `tokens`, words of `text` (positive: a cue). */
export const cueScore = (text: string, tokens: Token[], i: number, unitStart: number, unitEnd: number): number =>
  scoreAt(text, new UnitWeights(tokens), i, unitStart, unitEnd);

const LOWER_WORD = /^\p{Ll}{3,}$/u;

/** Whether a word, or its stem, has a positive weight of its own in the model. */
const leansTowards = (lower: string): boolean => wordWeights.of(lower).leans;

/**
 * Whether token `i` may open a learned cue: a lower-case word the model leans towards (cheap checks first: it is
 * asked of every word of a unit, and an ASCII word that starts with no small letter needs no pattern).
 */
function opens(weights: UnitWeights, i: number): boolean {
  const t = weights.tokens[i];
  const code = t.text.charCodeAt(0);
  if (code < 0x80 && !(code >= 0x61 && code <= 0x7a)) return false;
  return LOWER_WORD.test(t.text) && weights.at(i).leans;
}

/** Whether any word of `window` may open a learned cue, as CANDIDATE_WORD reads the window's words. */
function hasCandidate(window: string): boolean {
  for (const m of matchesOf(CANDIDATE_WORD, window)) if (leansTowards(m[0])) return true;
  return false;
}

const CANDIDATE_WORD = /(?<![\p{L}\p{N}’'&.-])\p{Ll}{3,}(?![\p{L}\p{N}])/gu;

/**
 * Whether the word that opens at token `i` is one CANDIDATE_WORD finds in the unit: then the unit has a candidate
 * and hasCandidate need not read it. A word that opens is all small letters, so only what stands before it can
 * hide it from the pattern ("-fumed", "’opined").
 */
const seenAsCandidate = (text: string, unit: Span, t: Token) =>
  !HIDES_CANDIDATE.test(text.slice(Math.max(unit.start, t.start - 2), t.start));

const HIDES_CANDIDATE = /[\p{L}\p{N}’'&.-]$/u;

/**
 * The learned cue spans of a unit: runs of adjacent words the model scores as cue words, each opened by a
 * lower-case word of three letters or more that the model leans towards (a name or a bare preposition opens no
 * cue), outside `skip`, in a unit where CANDIDATE_WORD finds such a word. Only those words and the words right after
 * them are scored: the rest cost a set look-up. The words before the first that opens can join no run, so the walk
 * starts there.
 */
export function learnedCueSpans(text: string, unit: Span, skip: (at: number, end: number) => boolean): Span[] {
  const tokens = tokensIn(text, unit.start, unit.end);
  const weights = new UnitWeights(tokens);
  let first = 0;
  while (first < tokens.length && !opens(weights, first)) first++;
  if (first === tokens.length) return [];
  if (!seenAsCandidate(text, unit, tokens[first]) && !hasCandidate(text.slice(unit.start, unit.end))) return [];
  const out: Span[] = [];
  let open: Span | null = null;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    const joins = open !== null && isBlank(text, open.end, t.start);
    const candidate = joins || opens(weights, i);
    const scored =
      candidate && !skip(t.start, t.end) && scoreAt(text, weights, i, unit.start, unit.end) > CUE_THRESHOLD;
    if (scored && open && joins) open.end = t.end;
    else if (scored && !joins) out.push((open = { start: t.start, end: t.end }));
    else open = null;
  }
  return out;
}

/**
 * Where the model is not asked: inside a quotation, at a word right next to a rule cue or among its auxiliaries
 * ("also criticized", "has repeatedly warned"), which is part of that cue, not a cue of its own, and at a form its
 * neighbours rule out in the lexicon ("called off", "saw Ruiz at the pier"). The
 * trainer skips the same words, so the model learns from the words the engine asks it about.
 */
export function takenByRules(ctx: UnitContext, rules: Cue[]): (start: number, end: number) => boolean {
  const { text, unit, quotes } = ctx;
  let extents: Span[] | undefined;
  const near = (start: number, end: number) => (c: Span) =>
    c.start < end + 3 && start < c.end + 3 && isBlank(text, Math.min(end, c.end), Math.max(start, c.start));
  // "declined to discuss": the verb of the cue's infinitive is part of the cue
  const infinitive = (c: Cue) => INFINITIVE_AFTER.exec(text.slice(c.end, c.end + 8))?.[0].length ?? 0;
  return (start, end) => {
    extents ??= rules.map((c) => ({
      start: skipCuePrefix(text, unit.start, c.start, isParticiple(c.word)),
      end: c.end + infinitive(c),
    }));
    return (
      insideQuote(quotes, start) ||
      extents.some(near(start, end)) ||
      ruledOutByNeighbours(text, start, text.slice(start, end))
    );
  };
}

const INFINITIVE_AFTER = /^\s+to\b/;

/**
 * Where a word the model leans to reports nothing, for reasons its features cannot see: an appearance after the
 * expletive "it" (EXPLETIVE_APPEARANCE); "follows" in "as follows:", which presents a
 * text (PRESENTS_TEXT); a verb in a clause on why a source goes unnamed ("who requested anonymity to discuss",
 * ANONYMITY_CLAUSE); a noun that ends its phrase before "and" ("put on a fake accent and joked"): no content follows.
 */
function learnedSpanReportsNothing(ctx: UnitContext, span: Span): boolean {
  const { text, unit } = ctx;
  const before = text.slice(Math.max(unit.start, span.start - 80), span.end);
  const relative = LAST_RELATIVE.exec(before);
  return (
    EXPLETIVE_APPEARANCE.test(before) ||
    PRESENTS_TEXT.test(before) ||
    (!!relative && ANONYMITY_CLAUSE.test(relative[0])) ||
    /^\s+(?:and|or)\s/.test(text.slice(span.end, span.end + 5))
  );
}

/** The rule cues and, where the lexicon is silent, the learned model's ("Ruiz opined"), in text order. */
export function withLearnedCues(ctx: UnitContext, rules: Cue[]): Cue[] {
  const { text, unit } = ctx;
  const spans = learnedCueSpans(text, unit, takenByRules(ctx, rules)).filter((span) => !learnedSpanReportsNothing(ctx, span));
  // a learned cue reads as a stance verb does: its content may be a bare noun phrase ("touted the depot")
  const learned = spans.map((span): Cue => {
    const word = text.slice(span.start, span.end);
    // the span's two fields named, not spread: a spread that adds fields is slow (see text/copyWith.ts)
    return { start: span.start, end: span.end, word, according: false, thought: false, stance: true };
  });
  return learned.length ? [...rules, ...learned].sort((a, b) => a.start - b.start) : rules;
}

/**
 * Attributions: source–cue–content triples (PARC/PolNeAR) anchored on cues ("said", "told CNN", "according to",
 * "believes"). Cheap, linear passes: quotation marks are paired, the paragraph is cut into reading units
 * (sentences, never splitting a quotation), and each cue looks for its source noun phrase right before it (or
 * right after it, "said X") and its content on the other side: the quotation, the reported clause, or the clause
 * that precedes an end attribution ("…, two officials told reporters.").
 *
 * The extractor pairs the paragraph's quotation marks itself (pairQuotes) and falls back on its own sentence
 * split when the segmenter hands over a paragraph as one sentence, so it works the same whatever the earlier
 * stages deliver; quotes.ts's local quotes are used to link an attribution to its quote, and mention candidates
 * to snap a source to the mention the actors stage resolves.
 */
import type { Attribution, AttributionKind, Quote, Span } from '../model';
import type { MentionCandidate } from '../mentions/mentions';
import type { LocalQuote } from '../quotes/quotes';
import { GROUP_HEADS, SOURCE_HEADS } from '../lexicon/sources';
import { impersonalAttributions } from './impersonal';
import { nounCueAttributions } from './nounCues';
import { isTitleCaseLine } from '../text/titleCase';
import { datelineEnd, splitSentences } from '../segments/segments';
import { coverage, lastStartingAtOrBefore } from '../text/spanIndex';
import { codePointBound, quoteMark } from '../text/chars';
import { outermostDouble, quotations } from '../text/marks';
import {
  PROGRESSIVE,
  DETERMINERS,
  NP_PREPOSITIONS,
  NP_STOPS,
  PRONOUNS,
  TIME_WORDS,
  ADJUNCT_LINKS,
  ADJUNCT_WORDS,
  OBJECT_PRONOUNS,
  isAmbiguousForm,
  isCuePrefix,
  isParticiple,
} from '../lexicon/cues';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';

/** An attribution found inside one paragraph; spans relative to the paragraph text. */
export interface AttributionCandidate {
  kind: AttributionKind;
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** Index into the paragraph's local quotes, when the attribution reports one. */
  quote?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotation marks

/** The quotation (outermost, sorted, not overlapping) that holds offset `pos`, if any. */
function quoteHolding(quotes: Span[], pos: number): Span | undefined {
  const q = quotes[lastStartingAtOrBefore(quotes, pos)];
  return q && pos < q.end ? q : undefined;
}

/** Whether a quotation (outermost, sorted) lies across [start, end): an inch mark (6'3") is no quotation. */
function overlapsQuote(quotes: Span[], start: number, end: number): boolean {
  const q = quotes[lastStartingAtOrBefore(quotes, end - 1)];
  return !!q && q.end > start;
}

/** Whether a quotation opens at `i` (a double mark that can open: not a closing curly one). */
const opensAt = (text: string, i: number) => {
  const kind = text.startsWith("''", i) ? { level: 'double', shape: 'either' } : quoteMark(text[i] ?? '');
  return kind?.level === 'double' && kind.shape !== 'close';
};

// ---------------------------------------------------------------------------------------------------------------
// Reading units: sentences, merged where a quotation runs across a sentence end

/** “Who pays?” Whitfield asked. — a quote closed by ? or ! and a short attribution are one sentence. */
function endsAsked(text: string, previous: Span, unit: Span, vocabulary: Vocabulary): boolean {
  if (!/[?!][”"’»]\s*$/.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end))) return false;
  const tail = text.slice(unit.start, unit.end);
  return tail.length <= 100 && vocabulary.cueMatches(tail).length > 0;
}

function readingUnits(text: string, sentences: Span[], quotes: Span[], vocabulary: Vocabulary): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    const crossing = last && quoteHolding(quotes, last.end - 1);
    if (last && ((crossing && crossing.end > s.start) || endsAsked(text, last, s, vocabulary))) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

interface Token extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'&.-]*/gu;
const ABBREVIATIONS_KEPT = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'prof', 'rev',
  'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'pres', 'dept', 'capt', 'maj', 'adm', 'cmdr', 'supt', 'atty', 'ft',
  'mt', 'ave', 'blvd', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'messrs', 'hon', 'fig',
]);

/** Words of text[start, end), with sentence dots and closing apostrophes left outside the word. */
function tokensIn(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const window = text.slice(start, end);
  for (const m of window.matchAll(WORD)) {
    const at = start + (m.index ?? 0);
    let word = m[0];
    const abbreviation = /\p{L}\.\p{L}|^\p{Lu}\.$/u.test(word) || ABBREVIATIONS_KEPT.has(word.slice(0, -1).toLowerCase());
    if (word.endsWith('.') && !abbreviation) {
      word = word.replace(/\.+$/, '');
    }
    word = word.replace(/[’'-]+$/, '');
    if (!word) continue;
    out.push({ start: at, end: at + word.length, text: word, lower: word.toLowerCase() });
  }
  return out;
}

const isBlank = (text: string, start: number, end: number) => !/\S/.test(text.slice(start, end));
const isCapitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);
const isPossessiveTail = (t: Token) => /^[’']s$/.test(t.text);

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start])) start++;
  return start;
}

/** Drops leading and trailing blanks and the sentence's own closing punctuation (kept when a quote closes it). */
function tidy(text: string, start: number, end: number): Span {
  start = trimStart(text, start, end);
  end = trimEnd(text, start, end);
  while (end > start && /[.,;:—–-]/.test(text[end - 1])) end = trimEnd(text, start, end - 1);
  while (start < end && /[,;:—–]/.test(text[start])) start = trimStart(text, start + 1, end);
  return { start, end };
}

// ---------------------------------------------------------------------------------------------------------------
// Source noun phrases

const MAX_SOURCE_WORDS = 12;
const SOURCE_WINDOW = 200;

/** A word that may stand inside a source noun phrase (capitalised, a number, or a lowercase non-function word). */
const isPhraseWord = (t: Token, vocabulary: Vocabulary) =>
  !NP_STOPS.has(t.lower) && !(isCapitalised(t) && TIME_WORDS.has(t.lower)) && !vocabulary.cueClass(t.lower);

/** The noun phrase that ends at `end` ("two senior officials", "Dana Whitfield", "he"), walking back. */
function phraseBefore(text: string, floor: number, end: number, vocabulary: Vocabulary): Span | null {
  end = skipParenthetical(text, floor, end);
  const tokens = tokensIn(text, Math.max(floor, end - SOURCE_WINDOW), end);
  let i = tokens.length - 1;
  if (i < 0 || !isBlank(text, tokens[i].end, end)) return null;
  const head = tokens[i];
  if (PRONOUNS.has(head.lower)) return { start: head.start, end: head.end };
  const counted = DETERMINERS.has(head.lower) && tokens[i - 1]?.lower === 'of'; // "a mother of three"
  if (!isPhraseWord(head, vocabulary) || (DETERMINERS.has(head.lower) && !counted) || NP_PREPOSITIONS.has(head.lower)) {
    return null;
  }
  let start = head.start;
  for (i--; i >= 0 && tokens.length - i <= MAX_SOURCE_WORDS; i--) {
    const t = tokens[i];
    const joined = isBlank(text, t.end, start) || isPossessiveTail(tokens[i + 1]);
    if (!joined) break;
    if (DETERMINERS.has(t.lower)) {
      start = t.start;
      const prep = tokens[i - 1];
      const noun = tokens[i - 2];
      const linked = prep && noun && NP_PREPOSITIONS.has(prep.lower) && isBlank(text, prep.end, t.start);
      if (!linked || !isPhraseWord(noun, vocabulary) || DETERMINERS.has(noun.lower)) break;
      continue;
    }
    if (NP_PREPOSITIONS.has(t.lower)) {
      const noun = tokens[i - 1];
      if (!noun || !isBlank(text, noun.end, t.start) || !isPhraseWord(noun, vocabulary) || DETERMINERS.has(noun.lower)) {
        break;
      }
      start = t.start;
      continue;
    }
    // "Harlow and Bates wrote": two names joined; the walk goes on from the first
    const names = tokens[i - 1] && isCapitalised(tokens[i - 1]) && isPhraseWord(tokens[i - 1], vocabulary);
    if (t.lower === 'and' && isCapitalised(tokens[i + 1]) && names && isBlank(text, tokens[i - 1].end, t.start)) {
      start = t.start;
      continue;
    }
    if (!isPhraseWord(t, vocabulary)) break;
    start = t.start;
  }
  return { start, end: head.end };
}

/** A short parenthetical after a name ("Sen. Dana Whitfield (D-Ore.) said") is not part of the phrase. */
function skipParenthetical(text: string, floor: number, end: number): number {
  if (text[end - 1] !== ')') return end;
  const from = Math.max(floor, end - 30);
  const at = text.slice(from, end - 1).lastIndexOf('(');
  return at >= 0 ? trimEnd(text, floor, from + at) : end;
}

/** The noun phrase that starts at `start` ("said Dana Whitfield, 59", "according to sources familiar with …"). */
function phraseAfter(text: string, start: number, ceiling: number, vocabulary: Vocabulary): Span | null {
  const tokens = tokensIn(text, start, Math.min(ceiling, start + SOURCE_WINDOW));
  const first = tokens[0];
  if (!first || !isBlank(text, start, first.start)) return null;
  if (PRONOUNS.has(first.lower)) return { start: first.start, end: first.end };
  // "called to service by the governor": a phrase that opens with a preposition names no one
  if (NP_PREPOSITIONS.has(first.lower)) return null;
  if (!isPhraseWord(first, vocabulary) && !DETERMINERS.has(first.lower)) return null;
  let end = first.end;
  let edge = first.end;
  for (let i = 1; i < tokens.length && i < MAX_SOURCE_WORDS; i++) {
    const t = tokens[i];
    if (!isBlank(text, edge, t.start) && !isPossessiveTail(t)) break;
    edge = t.end;
    const next = tokens[i + 1];
    const continues =
      next && isBlank(text, t.end, next.start) && (isPhraseWord(next, vocabulary) || DETERMINERS.has(next.lower));
    if (NP_PREPOSITIONS.has(t.lower) || t.lower === 'and') {
      if (!continues) break;
      continue;
    }
    if (DETERMINERS.has(t.lower) && NP_PREPOSITIONS.has(tokens[i - 1].lower)) continue;
    // "a port official who spoke on condition of anonymity": the relative clause is not the phrase
    if (!isPhraseWord(t, vocabulary) || t.lower === 'who' || t.lower === 'whose') break;
    end = t.end;
  }
  return { start: first.start, end };
}

/**
 * Skips auxiliaries and adverbs that sit between a source and its cue ("has also said", "is telling"); a form
 * of "to be" before a past participle is a passive ("was announced"): then there is no source before the cue.
 */
function skipCuePrefix(text: string, floor: number, cueStart: number, progressive = false): number {
  let end = cueStart;
  for (let n = 0; n < 4; n++) {
    const tokens = tokensIn(text, Math.max(floor, end - 30), end);
    const last = tokens[tokens.length - 1];
    if (!last || !isBlank(text, last.end, end)) break;
    if (!isCuePrefix(last.lower) && !(progressive && PROGRESSIVE.has(last.lower))) break;
    end = last.start;
  }
  return trimEnd(text, floor, end);
}

/**
 * Appositives between commas before the cue ("Dana Whitfield, a former envoy, said"; "Cory Mbeki, 22, of
 * Harlow, Essex, said"; "Whitfield, who …, said"): the offset of the comma that opens them, or null.
 */
function appositiveStart(text: string, quotes: Span[], floor: number, comma: number): number | null {
  let close = comma;
  let opened: number | null = null;
  let role = false;
  for (let n = 0; n < 4; n++) {
    const reach = Math.max(floor, close - 160);
    const at = text.slice(reach, close).lastIndexOf(',');
    if (at < 0) break;
    const open = reach + at;
    if (overlapsQuote(quotes, open, close)) break; // the comma that ends a quotation opens nothing
    const inner = tokensIn(text, open + 1, close);
    const first = inner[0];
    if (!first) break;
    const possessive = /[’']s$/.test(first.text) && inner.length > 1; // "Morrison, Vindman’s superior, said"
    const roleLike =
      DETERMINERS.has(first.lower) ||
      first.lower === 'who' ||
      /^\p{N}/u.test(first.text) ||
      !isCapitalised(first) ||
      possessive;
    // a place closes a role ("a delegate from Austin, Texas, said"), so it comes nearer the cue than the role;
    // a capitalised segment beyond the role is the name itself ("On Monday, Dana Whitfield, a delegate, said")
    const placeLike = !role && inner.length <= 2 && inner.every(isCapitalised);
    if (!roleLike && !placeLike) break;
    role ||= roleLike;
    opened = open;
    close = open;
  }
  return role ? opened : null;
}

/**
 * A name set off by commas after a description, right before the cue ("his predecessor, Dana Whitfield, had
 * called it …"): the name is the source. `comma` is the comma after the name.
 */
function namedAppositive(ctx: UnitContext, comma: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  if (comma < 0 || insideQuote(ctx.quotes, comma)) return null;
  const name = phraseBefore(text, unit.start, comma, vocabulary);
  if (!name || !/,\s*$/.test(text.slice(Math.max(unit.start, name.start - 3), name.start))) return null;
  const words = tokensIn(text, name.start, name.end);
  return words.length >= 2 && words.length <= 5 && words.every(isCapitalised) ? name : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Cues

interface Cue extends Span {
  word: string;
  according: boolean;
  thought: boolean;
  /** A verb of stance ("endorsed", "backing"): its content may be a bare noun phrase. */
  stance: boolean;
}

/** Words after a cue that are not its content: the person told, the occasion ("told CNN in an interview"). */
function skipAdjuncts(text: string, start: number, end: number, told: boolean): number {
  const tokens = tokensIn(text, start, Math.min(end, start + 80));
  let pos = start;
  let committed = start;
  for (const [i, t] of tokens.entries()) {
    if (!/^[\s,]*$/.test(text.slice(pos, t.start))) break;
    const isObject = told && i < 5 && (isCapitalised(t) || OBJECT_PRONOUNS.has(t.lower) || t.lower === 'reporters');
    const isHead = ADJUNCT_WORDS.has(t.lower) || (isCapitalised(t) && TIME_WORDS.has(t.lower));
    if (!isObject && !isHead && !ADJUNCT_LINKS.has(t.lower)) break;
    pos = t.end;
    if (isObject || isHead) committed = pos;
  }
  return committed;
}

// ---------------------------------------------------------------------------------------------------------------
// The extractor

interface Found extends AttributionCandidate {
  quoteSpan?: Span;
}

interface UnitContext {
  text: string;
  unit: Span;
  quotes: Span[];
  vocabulary: Vocabulary;
}

const insideQuote = (quotes: Span[], pos: number) => {
  const q = quoteHolding(quotes, pos);
  return !!q && q.start < pos;
};

/** The quotation that makes up the whole content, if any (a direct quote rather than paraphrase). */
function wholeQuote(quotes: Span[], content: Span): Span | undefined {
  const q = quotes[lastStartingAtOrBefore(quotes, content.start + 1)];
  return q && q.end >= content.end - 1 && q.end - q.start > 2 ? q : undefined;
}

function classify(ctx: UnitContext, content: Span, according: boolean): { kind: AttributionKind; quoteSpan?: Span } {
  const quote = wholeQuote(ctx.quotes, content);
  if (quote) return { kind: 'direct', quoteSpan: quote };
  if (according) return { kind: 'according-to' };
  const partial = ctx.quotes[lastStartingAtOrBefore(ctx.quotes, content.start - 1) + 1];
  if (partial && partial.end <= content.end) return { kind: 'partial', quoteSpan: partial };
  return { kind: 'indirect' };
}

/** Content before an end attribution: from the unit start (or the last claimed offset) to the comma. */
function contentBefore(ctx: UnitContext, from: number, comma: number): Span | null {
  const { text, quotes } = ctx;
  const near = quotes[lastStartingAtOrBefore(quotes, comma)];
  const closing =
    near &&
    near.start >= from &&
    near.end >= comma - 1 &&
    near.end <= comma + 4 &&
    /^(?: ?[’'”"»])*$/.test(text.slice(comma + 1, near.end))
      ? near
      : undefined;
  const start = trimStart(text, from, comma);
  const lead = closing ? text.slice(start, closing.start) : '';
  if (closing && (!lead.trim() || /[—–:]\s*$/.test(lead))) return { start: closing.start, end: closing.end };
  const span = tidy(text, from, comma);
  return span.end - span.start > 1 ? span : null;
}

/** Content after a cue: a quotation after a colon or comma, or the reported clause up to `until`. */
function contentAfter(ctx: UnitContext, from: number, until: number): Span | null {
  const { text, quotes } = ctx;
  const start = trimStart(text, from, until);
  const afterPunct = /^[,:]/.test(text[start] ?? '') ? trimStart(text, start + 1, until) : start;
  const quote = quoteHolding(quotes, afterPunct);
  if (quote && quote.start === afterPunct && afterPunct !== start) {
    return { start: quote.start, end: Math.min(quote.end, until) };
  }
  const span = tidy(text, afterPunct, clauseEnd(ctx, afterPunct, until));
  return span.end - span.start > 1 ? span : null;
}

/**
 * A reported clause ends before a clause the reporter adds: ", but …", ", while …", "; …", ", focusing on …",
 * ", despite …" (outside quotations, and unless the speaker's quoted words come after it).
 */
function clauseEnd(ctx: UnitContext, from: number, until: number): number {
  const re = /[,;]((?:[”"’»]|'')?)\s+(?:but|while|although|though|whereas|despite|\p{Ll}+ing)\b|;/gu;
  for (const m of ctx.text.slice(from, until).matchAll(re)) {
    // a comma set inside the closing mark ("“fully funded,” despite …") ends the clause after the mark
    const at = from + (m.index ?? 0) + (m[1] ? 1 + m[1].length : 0);
    if (insideQuote(ctx.quotes, at) || at <= from) continue;
    return quotedAfter(ctx, at, until) ? until : at;
  }
  return until;
}

/**
 * The speaker's own words still to come ("…, but “we will be back”"): the clause is still reported — unless a
 * speech cue of its own comes first (", while 25 percent call it “a start”"): then the quotation is another's
 * (a thought cue is not one: ", but he did worry there would be “…”" is still what he said).
 */
function quotedAfter(ctx: UnitContext, at: number, until: number): boolean {
  const q = ctx.quotes[lastStartingAtOrBefore(ctx.quotes, at) + 1];
  const ownCue = (m: RegExpExecArray) => ctx.vocabulary.cueClass(m[0]) !== 'thought';
  return !!q && q.start < until && !ctx.vocabulary.cueMatches(ctx.text.slice(at, q.start)).some(ownCue);
}

/** Where the clause of the next cue begins: before its source (", a source said") or before the cue itself. */
function nextClause(ctx: UnitContext, next: Cue): number | null {
  const { text, unit, vocabulary } = ctx;
  if (next.thought || isAmbiguousForm(next.word)) return null;
  const lead = skipCuePrefix(text, unit.start, next.start, isParticiple(next.word));
  // "He said his predecessor, Dana Whitfield, had called …": the later cue is reported inside the first.
  if (text[lead - 1] === ',' && namedAppositive(ctx, lead - 1)) return null;
  const source = next.according ? null : phraseBefore(text, unit.start, lead, vocabulary);
  return (source && clauseBreak(text, unit, source.start)) ?? clauseBreak(text, unit, lead);
}

/** Where a later cue's own clause begins, when it is coordinated (", adding", "and said", "but argues", ", he added"). */
function clauseBreak(text: string, unit: Span, start: number): number | null {
  const before = text.slice(Math.max(unit.start, start - 10), start);
  const m = /(?:[,;—–][’'”"»]*\s*(?:(?:and|but)\b\s*)?|\s+(?:and|but)\b\s*)$/.exec(before);
  return m ? start - m[0].length : null;
}

function readCue(ctx: UnitContext, cue: Cue, from: number, until: number, previous: Found | undefined): Found | null {
  const { text, unit, vocabulary } = ctx;
  if (cue.according) {
    const source = phraseAfter(text, trimStart(text, cue.end, until), until, vocabulary);
    if (!source) return null;
    const afterSource = trimStart(text, source.end, until);
    const commaBefore = /(?:,|[,.?!][’'”"»]+)\s*$/.test(text.slice(Math.max(from, cue.start - 4), cue.start));
    let content: Span | null;
    if (commaBefore && text[afterSource] === ',') content = tidy(text, from, until);
    else if (commaBefore) content = contentBefore(ctx, from, lastBreak(text, from, cue.start));
    // "Quell leads by 271 votes according to a count by the board." — no comma, but the source ends the clause
    else if (SOURCE_ENDS_CLAUSE.test(text.slice(afterSource, until)) && !isBlank(text, from, cue.start)) {
      content = contentBefore(ctx, from, cue.start);
    } else content = contentAfter(ctx, afterSource, until);
    if (!content) return null;
    return { ...classify(ctx, content, true), source, cue: { start: cue.start, end: cue.end }, content };
  }

  // "who spoke on condition of anonymity": how the source talked, not what it said
  const onCondition = /^\s+on\s+(?:the\s+)?condition\b/i.test(text.slice(cue.end, cue.end + 20));
  if (onCondition && /^(?:spoke|speak|speaks|speaking)$/i.test(cue.word)) return null;
  // "Quinn spoke for about 15 minutes", "spoke to reporters": only "spoke about/of …" says what was said
  const spokeHow = /^\s+(?!about\b|of\b|out\b)[\p{L}\p{N}]/u.test(text.slice(cue.end, cue.end + 12));
  if (spokeHow && /^(?:spoke|speak|speaks|speaking)$/i.test(cue.word)) return null;
  const cueSpan = { start: cue.start, end: cueExtent(text, cue, until) };
  const participle = isParticiple(cue.word);
  const lead = skipCuePrefix(text, from, cue.start, participle);
  const commaBefore = END_OF_CONTENT.test(text.slice(Math.max(from, lead - 4), lead));
  const told = /^tol|^tell/i.test(cue.word);
  // "a super PAC backing Whitfield": a stance participle right after a noun modifies it; ", backing" reports
  if (cue.stance && participle && !commaBefore && lead === trimEnd(text, from, cue.start)) return null;

  // "…,” said Dana Whitfield, a former envoy.  /  "…, she said."
  if (commaBefore && !participle) {
    const comma = lastBreak(text, from, lead);
    const appositive = comma >= 0 ? appositiveStart(text, ctx.quotes, from, comma) : null;
    // Only a bare cue inverts ("…, said X"); "…, had said X" does not occur.
    const bare = isBlank(text, lead, cue.start);
    const after = bare ? phraseAfter(text, trimStart(text, cue.end, until), until, vocabulary) : null;
    // the inverted source closes the sentence or takes an appositive: "…, said the minister." / ", a lawyer"
    const inverted = after && INVERTED_SOURCE_END.test(text.slice(after.end, after.end + 16)) ? after : null;
    if (inverted && (appositive === null || insideQuote(ctx.quotes, comma) || text[comma - 1] === '”')) {
      const content = contentBefore(ctx, from, comma);
      if (!content) return null;
      return { ...classify(ctx, content, false), source: inverted, cue: cueSpan, content };
    }
    const source =
      appositive !== null
        ? phraseBefore(text, from, trimEnd(text, from, appositive), vocabulary)
        : namedAppositive(ctx, comma);
    return source && withSource(ctx, cue, cueSpan, source, from, until, told);
  }

  // ", adding that …" / "and added …": the source of the clause before, or the subject of the sentence.
  // "and said", and "declined to comment but said" — the newsroom's way of saying what a source would say
  const coordinated = /\b(?:and|but)\s*$/.test(text.slice(Math.max(unit.start, lead - 5), lead));
  // "sent a letter to management stating that …": the document speaks for whoever sent it
  const written = participle && DOCUMENT_BEFORE.test(text.slice(Math.max(unit.start, lead - 80), lead));
  if ((participle && commaBefore) || coordinated || written) {
    const source =
      previous?.source ??
      coordinatedSubject(text, unit, lead, coordinated, vocabulary) ??
      sentenceSubject(text, unit, lead, vocabulary);
    const content = source && contentAfter(ctx, skipAdjuncts(text, cue.end, until, told), until);
    if (source && content) return { ...classify(ctx, content, false), source, cue: cueSpan, content };
    if (participle) return null;
  }

  const source = phraseBefore(text, from, lead, vocabulary) ?? saidX(ctx, cue, until);
  if (!source || !plausibleSource(text, source, cue, lead)) return null;
  if (source.start > cue.end) {
    const content = contentAfter(ctx, source.end, until);
    return content && { ...classify(ctx, content, false), source, cue: cueSpan, content };
  }
  return withSource(ctx, cue, cueSpan, source, from, until, told);
}

/**
 * What follows the source of an inverted attribution ("…, said Whitfield on Monday.", "…, said the minister,
 * who …"): the end of the clause, an occasion or a time, never a verb ("…, said the turmoil was …").
 */
const INVERTED_SOURCE_END =
  /^\s*(?:[,.;:!?—–()"”’']|$|(?:on|in|at|for|during|after|before|from|to|via|when|while|as|who|whose|which|that|because|but|and|although|though|since|until|outside|inside|last|this|earlier|later|yesterday|today|tonight)\b)/i;

/**
 * What may follow the source of a closing "according to X" (past a prepositional tail the phrase left out: "a count
 * by the board"): the end of the unit, or a coordinated clause.
 */
const SOURCE_ENDS_CLAUSE =
  /^(?:\s*(?:by|from|of|in|at|for|with)\s[^,.;:!?“”"]{1,80})?(?:[\s.!?;:)]*$|\s*,\s*(?:but|and|while|although|though|whereas)\b)/;

/** A document named shortly before a participle cue, with no clause break in between. */
const DOCUMENT_BEFORE =
  /\b(?:letter|statement|e-?mail|memo|note|post|tweet|release|filing|message|petition|notice)\b[^,.;:!?“”"]{0,60}$/i;

/**
 * What ends a content right before an end attribution: a comma, or a quotation closed by . ? ! — or a comma (a
 * nested quote's mark and a space may come between: ,' "), or closed with no punctuation at all (“…” Grubbs said).
 */
const END_OF_CONTENT = /(?:,|[,.?!—–](?: ?[’'”"»])+|[\p{L}\p{N}][”"»])\s*$/u;

/** What may follow the cue of an end attribution: a participle, relative or concessive clause, the occasion. */
const TRAILING =
  /^\s*(?:,\s*(?:\p{Ll}+ing|who|which|when|after|before|while|as|in|at|on|during|according|although|though|despite|but|whereas|because|even|and)\b|[;—–-]|(?:after|before|when|while|as|during|in|at|on|from|of|about|to)\b)/u;

/** The offset of the comma (or the closing mark after ? or !) that ends the content before `at`. */
function lastBreak(text: string, from: number, at: number): number {
  const before = text.slice(Math.max(from, at - 6), at);
  const m = /(?:,|[?!.—–](?= ?[’'”"»])|(?<=[\p{L}\p{N}])(?=[”"»]))(?: ?[’'”"»])*\s*$/u.exec(before);
  if (!m) return Math.max(from, at - MAX_CONTENT) + text.slice(Math.max(from, at - MAX_CONTENT), at).lastIndexOf(',');
  const offset = at - before.length + m.index;
  return text[offset] === ',' ? offset : offset + 1;
}

/**
 * A possessive ("Trump’s tweets") is never a source; a cue word that is also a noun ("reports", "estimate")
 * needs a name or a pronoun right before it.
 */
function plausibleSource(text: string, source: Span, cue: Cue, lead: number): boolean {
  const last = text.slice(source.start, source.end).split(/\s+/).pop() ?? '';
  if (/[’']s?$/.test(last)) return false;
  // "a group called “Future 45”", "a play dubbed …": a thing named, not a person speaking
  const naming = /^(?:called|dubbed)$/i.test(cue.word) && /^\p{Ll}/u.test(last) && !PRONOUNS.has(last.toLowerCase());
  if (naming && source.end === lead) return false;
  if (!isAmbiguousForm(cue.word)) return true;
  if (/^\s+\p{Ll}+ed\b/u.test(text.slice(cue.end, cue.end + 20))) return false; // "the report released
  const lastPrepositional = /(?:^|\s)(?:of|in|on|for|with|about|from|by|at)\s+\S+$/i;
  const before = text.slice(Math.max(0, source.start - 6), source.start);
  if (/\b(?:of|in|on|for|with|about|from|by|at)\s+$/i.test(before)) return false;
  if (lastPrepositional.test(text.slice(source.start, source.end))) return false;
  // "a new poll shows", "court records show", "the study found": evidence the reader can look up
  const evidence = /^(?:show|shows|showed|find|finds)$/i.test(cue.word) && EVIDENCE_HEADS.test(last);
  return source.end === lead && (/^\p{Lu}/u.test(last) || PRONOUNS.has(last.toLowerCase()) || evidence);
}

/** Heads of a document or data source that shows or finds something. */
const EVIDENCE_HEADS =
  /^(?:polls?|surveys?|data|study|studies|reports?|records?|documents?|figures|statistics|analysis|analyses|research|audit|filings?|results|numbers|estimates|projections|review|investigation|census)$/i;

/** "I laughed and said": the subject of the verb before "and", when it is a name or a pronoun. */
function coordinatedSubject(
  text: string,
  unit: Span,
  lead: number,
  coordinated: boolean,
  vocabulary: Vocabulary,
): Span | null {
  if (!coordinated) return null;
  const tokens = tokensIn(text, Math.max(unit.start, lead - 40), lead);
  const verb = tokens[tokens.length - 2];
  if (!verb || !/^(?:and|but)$/.test(tokens[tokens.length - 1].lower) || isCapitalised(verb)) return null;
  const verbLead = skipCuePrefix(text, unit.start, verb.start);
  const subject = phraseBefore(text, unit.start, verbLead, vocabulary);
  const last = subject && text.slice(subject.start, subject.end).split(/\s+/).pop();
  return last && (PRONOUNS.has(last.toLowerCase()) || /^\p{Lu}/u.test(last)) ? subject : null;
}

/**
 * What may open a sentence before its subject, up to a comma: a time or linking adverbial ("On Monday,",
 * "However,"), a participle or -ly adverb ("Speaking at a rally,", "Hastily,"), a preposition ("With the vote
 * over,", "As the crowd cheered,").
 */
const OPENING_ADVERBIAL = new RegExp(
  '^(?:in|on|at|after|before|during|since|meanwhile|however|earlier|later|last|this|then|still|instead|now|also|' +
    'but|and|yet|so|hours|days|minutes|moments|with|as|while|when|once|despite|amid|asked|\\p{L}+ing|\\p{L}{3,}ly)\\b',
  'iu',
);

/**
 * The subject that opens the sentence ("Trump attacked Clinton …, saying"), past a dateline and an opening
 * adverbial: a pronoun, or a name with its title ("Sen. Dana Whitfield"), or "the" and a few words.
 */
function sentenceSubject(text: string, unit: Span, before: number, vocabulary: Vocabulary): Span | null {
  let start = trimStart(text, unit.start, before);
  start = trimStart(text, start + datelineEnd(text.slice(start, Math.min(before, start + 160))), before);
  const comma = start + text.slice(start, start + 60).indexOf(',');
  if (OPENING_ADVERBIAL.test(text.slice(start, start + 20)) && comma >= start && comma < before) {
    start = trimStart(text, comma + 1, before);
  }
  const tokens = tokensIn(text, start, Math.min(before, start + 80));
  const first = tokens[0];
  if (!first || first.start !== start) return null;
  if (PRONOUNS.has(first.lower) && first.lower !== 'who') return { start: first.start, end: first.end };
  const described = DETERMINERS.has(first.lower);
  let end = -1;
  for (const [i, t] of tokens.entries()) {
    if (i > 0 && !isBlank(text, tokens[i - 1].end, t.start)) break;
    const named = isCapitalised(t) && !TIME_WORDS.has(t.lower);
    const word = described && i < 5 && isPhraseWord(t, vocabulary) && !/(?:ed|[^s]s)$/.test(t.lower);
    // "Harbour officials declined …", "The employees sent …": a source head ends the subject
    const head = i > 0 && (SOURCE_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower));
    if (!(i === 0 && described) && !named && !word && !head) break;
    end = t.end;
    if (head) break;
  }
  return end > start ? { start, end } : null;
}

/**
 * Where the cue's span ends: the outlet told ("told CNN", "told The Associated Press") and the channel
 * ("said in a statement") belong to the cue.
 */
const OUTLET = /^\s+(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}/u;

function cueExtent(text: string, cue: Cue, until: number): number {
  const after = text.slice(cue.end, Math.min(until, cue.end + 60));
  const outlet = /^tol|^tell/i.test(cue.word) ? OUTLET.exec(after) : null;
  const channel = /^\s+in\s+an?\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|interview|email)\b/i.exec(after);
  const taken = outlet ?? channel;
  if (!taken) return cue.end;
  const last = tokensIn(text, cue.end, cue.end + taken[0].length).pop();
  return last && !TIME_WORDS.has(last.lower) ? last.end : cue.end;
}

/** "told an invited crowd at the club that …": the content starts at "that"; otherwise after the person told. */
function toldThat(ctx: UnitContext, from: number, until: number): number {
  const that = /\bthat\b/.exec(ctx.text.slice(from, Math.min(until, from + 120)));
  const at = that ? from + that.index : -1;
  const clean = at > from && !/[,:;“"«]/.test(ctx.text.slice(from, at)) && !insideQuote(ctx.quotes, at);
  return clean ? at : skipAdjuncts(ctx.text, from, until, true);
}

/** "Said Whitfield: “…”" — a sentence that opens with the cue names its source right after it. */
function saidX(ctx: UnitContext, cue: Cue, until: number): Span | null {
  if (!isBlank(ctx.text, ctx.unit.start, cue.start)) return null;
  const source = phraseAfter(ctx.text, trimStart(ctx.text, cue.end, until), until, ctx.vocabulary);
  return source && /^[:,]/.test(ctx.text.slice(source.end, source.end + 1)) ? source : null;
}

/** "X said that …", "X said: “…”", or the end attribution "…, X said." */
function withSource(
  ctx: UnitContext,
  cue: Cue,
  cueSpan: Span,
  source: Span,
  from: number,
  until: number,
  told: boolean,
): Found | null {
  const { text } = ctx;
  const afterCue = told ? toldThat(ctx, cue.end, until) : skipAdjuncts(text, cue.end, until, false);
  const rest = tidy(text, afterCue, until);
  const beforeSource = text.slice(Math.max(from, source.start - 6), source.start);
  if (!cue.thought && END_OF_CONTENT.test(beforeSource)) {
    const ending = contentBefore(ctx, from, lastBreak(text, from, source.start));
    const introducesContent = /^\s*(?:that\b|:|,?\s*[“"«])/.test(text.slice(afterCue, afterCue + 8));
    const trailing = TRAILING.test(text.slice(afterCue, afterCue + 30));
    const quoted = !!ending && !!wholeQuote(ctx.quotes, ending) && !introducesContent;
    if (ending && (rest.end - rest.start <= 1 || trailing || quoted)) {
      return { ...classify(ctx, ending, false), source, cue: cueSpan, content: ending };
    }
  }
  const opensClause = /^(?:that|to|if|whether|[\p{Lu}\p{N}“"]|the|a|an|he|she|they|it|we|i)\b/iu;
  if (cue.thought && !opensClause.test(text.slice(rest.start, rest.start + 8))) {
    return null;
  }
  const content = contentAfter(ctx, afterCue, until);
  if (!content) return null;
  return { ...classify(ctx, content, false), source, cue: cueSpan, content };
}

/** A capitalised cue word inside a sentence is part of a name ("the Washington Post", "Islamic State"). */
function isNameWord(text: string, unitStart: number, at: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return !/(?:^|[“"‘(:—–]\s*)$/.test(text.slice(Math.max(unitStart, at - 3), at));
}

function cuesIn(ctx: UnitContext): Cue[] {
  const { text, unit, quotes } = ctx;
  const out: Cue[] = [];
  let headline: boolean | undefined; // "Mayor Quinn Says …": in a Title Case line a capitalised cue is a verb
  for (const m of ctx.vocabulary.cueMatches(text.slice(unit.start, unit.end))) {
    const word = m[0];
    const index = unit.start + (m.index ?? 0);
    if (insideQuote(quotes, index)) continue;
    if (isNameWord(text, unit.start, index, word) && !(headline ??= isTitleCaseLine(text, unit))) continue;
    const according = /^according/i.test(word);
    const cueClass = ctx.vocabulary.cueClass(word);
    const thought = cueClass === 'thought';
    out.push({ start: index, end: index + word.length, word, according, thought, stance: cueClass === 'stance' });
  }
  return out;
}

/** An attribution reported inside another's content ("She said she recalls …"): the outer one carries it. */
const isNested = (found: Found, outer: Found[]) =>
  outer.slice(-3).some((o) => {
    const inner = (found.source ?? found.content).start;
    return o.content.start <= inner && inner <= o.content.start + 6 && found.content.end <= o.content.end + 1;
  });

/** No content runs further than this from its cue: keeps every cue's work bounded on pathological text. */
const MAX_CONTENT = 3000;

function readUnit(ctx: UnitContext): Found[] {
  const { unit } = ctx;
  const cues = cuesIn(ctx);
  const out: Found[] = [];
  let from = unit.start;
  const breaks = cues.map((cue) => nextClause(ctx, cue));
  const upcoming: (number | null)[] = [];
  for (let i = cues.length - 1, next: number | null = null; i >= 0; i--) {
    upcoming[i] = next;
    next = breaks[i] ?? next;
  }
  for (const [i, cue] of cues.entries()) {
    const next = upcoming[i];
    const until = Math.min(next !== null && next > cue.end ? next : unit.end, codePointBound(ctx.text, cue.end + MAX_CONTENT));
    from = Math.max(from, codePointBound(ctx.text, cue.start - MAX_CONTENT));
    const found = readCue(ctx, cue, from, until, out[out.length - 1]);
    if (!found || isNested(found, out)) continue;
    out.push(found);
    if (found.content.end <= cue.start) from = Math.max(found.cue?.end ?? 0, found.source?.end ?? 0);
  }
  return out;
}

/** A quotation signed with a dash and a name, as in a vox pop: “…” ― Dana Whitfield. */
function signedQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  const out: Found[] = [];
  const covered = coverage(found.map((f) => f.content));
  for (const q of quotes) {
    if (covered(q)) continue;
    const dash = /^[.,]?\s*[―—–]\s*/.exec(text.slice(q.end, q.end + 8));
    if (!dash) continue;
    const cueStart = q.end + dash[0].search(/[―—–]/);
    const source = phraseAfter(text, q.end + dash[0].length, text.length, vocabulary);
    const endsLine = source && /^[ \t.,]*(?:[\r\n]|$)/.test(text.slice(source.end, source.end + 4));
    if (!source || !endsLine || !/^\p{Lu}/u.test(text[source.start])) continue;
    out.push({ kind: 'direct', source, cue: { start: cueStart, end: cueStart + 1 }, content: { ...q }, quoteSpan: q });
  }
  return out;
}

/**
 * A name and a colon with no verb, as in a round-up or a transcript: Jeffrey Jones: “…”, "doesn't surprise
 * pollster Daron Shaw: “…”". The colon is the cue; the name must be capitalised, so "one message for voters:"
 * introduces nobody.
 */
function colonQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  const out: Found[] = [];
  const covered = coverage(found.map((f) => f.content));
  for (const q of quotes) {
    if (covered(q)) continue;
    const lead = Math.max(0, q.start - 4);
    const colon = /:\s*$/.exec(text.slice(lead, q.start));
    if (!colon) continue;
    const at = lead + colon.index;
    const phrase = phraseBefore(text, Math.max(0, at - SOURCE_WINDOW), at, vocabulary);
    const words = phrase ? tokensIn(text, phrase.start, phrase.end) : [];
    let first = words.length;
    while (first > 0 && isCapitalised(words[first - 1]) && !TIME_WORDS.has(words[first - 1].lower)) first--;
    if (first === words.length || insideQuote(quotes, at)) continue;
    const source = { start: words[first].start, end: words[words.length - 1].end };
    out.push({ kind: 'direct', source, cue: { start: at, end: at + 1 }, content: { ...q }, quoteSpan: q });
  }
  return out;
}

/** Labels a desk puts before a headline's colon; they name no source ("UPDATE: …", "Watch: …"). */
const HEADLINE_LABELS =
  /^(?:update|updated|watch|exclusive|breaking|live|opinion|analysis|editorial|video|photos|listen|explainer|fact check|factbox|timeline|q&a|read|full text|transcript|correction|day \d+|part \d+)$/i;

/**
 * A headline that names its source before a colon: "Whitfield: Harbour ‘Will Not Close’", "Port Authority:
 * Talks to Resume". The whole line is one short paragraph with no full stop; the source is one to five words,
 * the last capitalised.
 */
function headlineColon(text: string, found: Found[], quotes: Span[]): Found[] {
  const line = trimEnd(text, 0, text.length);
  if (found.length > 0 || line > 160 || /[.!?]$/.test(text.slice(0, line)) || /[\r\n]/.test(text.slice(0, line))) return [];
  const m = /^([^:]{2,60}): +(?=\S)/.exec(text);
  if (!m || HEADLINE_LABELS.test(m[1].trim()) || insideQuote(quotes, m[1].length)) return [];
  const words = tokensIn(text, 0, m[1].length);
  const last = words[words.length - 1];
  if (!words.length || words.length > 5 || !isCapitalised(last) || !isBlank(text, 0, words[0].start)) return [];
  const content = tidy(text, m[0].length, line);
  const quote = quotes.find((q) => q.start === content.start && q.end >= content.end - 1);
  return [{
    kind: quote ? 'direct' : quotes.some((q) => q.start >= content.start) ? 'partial' : 'indirect',
    source: { start: words[0].start, end: last.end },
    cue: { start: m[1].length, end: m[1].length + 1 },
    content,
    ...(quote ? { quoteSpan: quote } : {}),
  }];
}

/** Quotations that no cue claimed: they continue the speaker before them in the paragraph, or the one after. */
function continueInParagraph(text: string, quotes: Span[], found: Found[]): Found[] {
  const out: Found[] = [];
  const covered = coverage(found.map((f) => f.content));
  const byEnd = found.filter((f) => f.source).sort((a, b) => a.content.end - b.content.end);
  const byStart = [...byEnd].sort((a, b) => a.content.start - b.content.start);
  const starts = byStart.map((f) => f.content);
  /** The attribution whose content holds `q`: among the last few starting at or before it (contents rarely nest). */
  const holding = (q: Span) => {
    for (let i = lastStartingAtOrBefore(starts, q.start), n = 0; i >= 0 && n < 4; i--, n++) {
      if (byStart[i].content.end >= q.end) return byStart[i];
    }
    return undefined;
  };
  let ended = 0;
  let started = 0;
  let lastAny: Found | undefined;
  let lastQuoting: Found | undefined;
  let previous: { quote: Span; speaker: () => Found | undefined } | undefined;
  for (const q of quotes) {
    for (; ended < byEnd.length && byEnd[ended].content.end <= q.start; ended++) {
      lastAny = byEnd[ended];
      if (lastAny.kind === 'direct' || lastAny.kind === 'partial') lastQuoting = lastAny;
    }
    while (started < byStart.length && byStart[started].content.start < q.end) started++;
    if (covered(q)) {
      previous = { quote: q, speaker: () => holding(q) };
      continue;
    }
    // “Fund our schools,” and “Put kids first,” — a quotation coordinated with the one before shares its speaker
    const gap = previous && q.start - previous.quote.end < 12 ? text.slice(previous.quote.end, q.start) : '';
    const partner = /^[\s,]*(?:and|or)\s*$/.test(gap) ? previous?.speaker() : undefined;
    if (!partner && !standsAlone(text, q)) continue;
    const speaker = partner ?? lastQuoting ?? lastAny ?? byStart[started];
    previous = { quote: q, speaker: () => speaker };
    if (!speaker) continue;
    out.push({ kind: 'direct', source: speaker.source, cue: speaker.cue, content: { ...q }, quoteSpan: q });
  }
  return out;
}

/** A quotation that is a sentence or more of speech, not a few words inside the reporter's own sentence. */
function standsAlone(text: string, q: Span): boolean {
  const before = text.slice(Math.max(0, q.start - 4), q.start);
  return (q.start === 0 || /(?:^|[.!?:,](?:["”’]|'')?)\s*$/.test(before)) && q.end - q.start > 12;
}

/** Snaps a source to the mention candidate it overlaps nearest the cue, so actors resolve it. */
function snapToMention(source: Span | null, cue: Span | null, mentions: MentionCandidate[]): Span | null {
  if (!source || !cue) return source;
  const first = Math.max(0, lastStartingAtOrBefore(mentions, source.start - SOURCE_WINDOW));
  const overlapping: MentionCandidate[] = [];
  for (let i = first; i < mentions.length && mentions[i].start < source.end; i++) {
    const m = mentions[i];
    if (m.end > source.start && !m.inQuote) overlapping.push(m);
  }
  if (!overlapping.length) return source;
  const distance = (m: Span) => (m.end <= cue.start ? cue.start - m.end : m.start - cue.end);
  const best = overlapping.reduce((a, b) => (Math.abs(distance(b)) < Math.abs(distance(a)) ? b : a));
  return { start: best.start, end: best.end };
}

export function findAttributions(
  paragraph: string,
  sentences: Span[],
  quotes: LocalQuote[],
  mentions: MentionCandidate[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): AttributionCandidate[] {
  const marks = outermostDouble(paragraph, quotes);
  const found: Found[] = [];
  for (const unit of readingUnits(paragraph, sentences, marks, vocabulary)) {
    const own = readUnit({ text: paragraph, unit, quotes: marks, vocabulary });
    found.push(...own);
    const taken = (at: number) => !!quoteHolding(marks, at) || own.some((f) => f.content.start <= at && at < f.content.end);
    for (const { cue, content } of impersonalAttributions(paragraph, unit, taken)) {
      found.push({ kind: 'indirect', source: null, cue, content });
    }
    const ctx = { text: paragraph, unit, quotes: marks, vocabulary };
    const inQuote = (at: number) => !!quoteHolding(marks, at);
    for (const noun of nounCueAttributions(paragraph, unit, (from, until) => clauseEnd(ctx, from, Math.min(until, from + MAX_CONTENT)), inQuote)) {
      found.push({ ...noun, kind: 'indirect' });
    }
  }
  found.push(...signedQuotes(paragraph, marks, found, vocabulary));
  found.push(...colonQuotes(paragraph, marks, found, vocabulary));
  found.push(...headlineColon(paragraph, found, marks));
  found.push(...continueInParagraph(paragraph, marks, found));
  return found
    .sort((a, b) => a.content.start - b.content.start)
    .map(({ quoteSpan, ...a }) => {
      const at = quoteSpan ? lastStartingAtOrBefore(quotes, quoteSpan.end - 1) : -1;
      const index = at >= 0 && quotes[at].end > quoteSpan!.start ? at : -1;
      const source = snapToMention(a.source, a.cue, mentions);
      return { ...a, source, ...(index >= 0 ? { quote: index } : {}) };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Across paragraphs

/**
 * A paragraph that ends by introducing a quotation ("Whitfield added:", "Said the minister:"): the source and
 * cue of the quote paragraphs that follow. Spans relative to the paragraph.
 */
function introduction(paragraph: string, vocabulary: Vocabulary): { source: Span; cue: Span } | null {
  const end = trimEnd(paragraph, 0, paragraph.length);
  if (paragraph[end - 1] !== ':') return null;
  const unit = splitSentences(paragraph, vocabulary).pop();
  if (!unit) return null;
  const ctx = { text: paragraph, unit, quotes: quotations(paragraph), vocabulary };
  const cue = cuesIn(ctx).pop();
  if (!cue || cue.according || !isBlank(paragraph, skipAdjuncts(paragraph, cue.end, end, true), end - 1)) return null;
  const before = phraseBefore(paragraph, unit.start, skipCuePrefix(paragraph, unit.start, cue.start), vocabulary);
  const source = before ?? phraseAfter(paragraph, trimStart(paragraph, cue.end, end), end - 1, vocabulary);
  return source ? { source, cue: { start: cue.start, end: cue.end } } : null;
}

/**
 * Quotes with no cue of their own continue the last speaker (a quote run over several paragraphs): a paragraph
 * with no attribution that opens with a quotation takes the source, cue and actor of the last attribution of the
 * paragraph before (or of the introduction that ends it: "Whitfield added:"), as long as the run of such
 * paragraphs is unbroken. Returns the attributions to add.
 */
export function continueQuotes(
  text: string,
  quotes: Quote[],
  attributions: Attribution[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): Attribution[] {
  const out: Attribution[] = [];
  const sorted = [...attributions].sort((a, b) => a.content.start - b.content.start);
  let speaker: Pick<Attribution, 'source' | 'cue' | 'actor'> | undefined;
  let k = 0;
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const own: Attribution[] = [];
    while (k < sorted.length && sorted[k].content.start < end) {
      if (sorted[k].content.start >= start) own.push(sorted[k]);
      k++;
    }
    if (!m[0].trim()) continue;
    const opening = trimStart(text, start, end);
    if (!opensAt(text, opening) || own.length) {
      const introduced = introduction(m[0], vocabulary);
      const open = openAtEnd(text, quotes, start, end);
      const quoting = (a: Attribution) =>
        a.kind === 'direct' || a.kind === 'partial' || (!!open && a.content.start < open.end && open.start < a.content.end);
      const last = trimEnd(text, start, end);
      // "He said members were unhappy. ¶ “They are very angry.”": a paraphrase that closes the paragraph
      const closing = (a: Attribution) => a.kind === 'indirect' && a.content.end >= last - 2;
      speaker = introduced
        ? { source: shift(introduced.source, start), cue: shift(introduced.cue, start), actor: null }
        : [...own].reverse().find((a) => (a.source || a.actor) && (quoting(a) || closing(a)));
      continue;
    }
    if (!speaker) continue;
    for (const q of quotations(m[0])) {
      const span = shift(q, start);
      if (!standsAlone(m[0], q)) continue;
      const joined = quotes[lastStartingAtOrBefore(quotes, span.start)];
      out.push(spokenBy(`c${out.length + 1}`, speaker, span, joined && joined.end >= span.start ? joined : undefined));
    }
  }
  return out;
}

/**
 * A quotation left open at the end of the paragraph [start, end): by the multi-paragraph convention it carries
 * on in the next paragraph's opening mark, even when it began as a partial quote ("X said the release “gives us
 * hope … ¶ “We see …”"), so whoever holds it speaks the next paragraph too.
 */
function openAtEnd(text: string, quotes: Quote[], start: number, end: number): Quote | undefined {
  const last = trimEnd(text, start, end);
  const quote = quotes[lastStartingAtOrBefore(quotes, last - 1)];
  const mark = quoteMark(text[last - 1] ?? '');
  const closed = (mark?.level === 'double' && mark.shape !== 'open') || text.endsWith("''", last);
  const open = quote && quote.start >= start && quote.end >= last && !closed;
  return open ? quote : undefined;
}

/** A direct quotation with no cue of its own, spoken by a speaker found elsewhere (same source, cue, actor). */
export function spokenBy(
  id: string,
  speaker: Pick<Attribution, 'source' | 'cue' | 'actor'>,
  content: Span,
  quote: Quote | undefined,
): Attribution {
  const { source, cue, actor } = speaker;
  return { id, kind: 'direct', source, cue, content, actor, ...(quote ? { quote: quote.id } : {}) };
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

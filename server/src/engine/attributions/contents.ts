/**
 * Contents: what a source said — the quotation, the reported clause after the cue, or the clause before an end
 * attribution — and where it stops: at the reporter's own clause, or where the next cue's clause begins.
 */
import type { Span } from '../model';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import { isAmbiguousForm, isParticiple } from '../lexicon/cues';
import type { Cue } from './cues';
import { quoteHolding, type Found, type UnitContext, insideQuote, overlapsQuote } from './readingUnits';
import { phraseBefore, skipCuePrefix } from './sources';
import { namedAppositive } from './appositives';
import { trimStart, tidy, tokensIn } from './words';
import {
  CLAUSE_OPENER,
  CLAUSE_VERB,
  THAT_SUBJECT_ONLY,
  SUBJECT_ONLY,
  PREDICATE_OPENER,
  CONTENT_CLAUSE_BREAK,
  DASHES,
  SO_THEN_OCCASION,
  TRAILING_OCCASION,
  CUE_PREPOSITION,
  REPORTING_OBJECT,
  ADDRESSING_CUE,
  ADDRESSEE,
  NEXT_ACT,
  NEXT_ACT_VERB,
  NEW_SUBJECT,
  CLAUSE_SUBJECT,
  RELATIVE_ASIDE,
  OCCASION_THEN_THAT,
  MANNER_THEN_THAT,
  SHORT_OBJECT_ADJUNCT,
  OPENING_SUBORDINATE,
  CLAUSE_OPENING_REACH,
  BARE_ADJUNCT,
  PAIRED_SUBJECT,
  DASH_GOES_ON,
  CONCESSION_GOES_ON,
  SHARE_FIGURE,
  CONTENT_OPENS_SUBORDINATE,
  BREAK_INSIDE_CLOSING_MARK,
  ACCORDING_CLAUSE_START,
  SPLICED_SUBJECT,
  NOT_A_SUBJECT,
  RELATIVE_TAIL,
  OPENED_ASIDE,
  INFINITIVE_BEFORE_AND,
  TENSED_PREDICATE,
  SOURCE_ASIDE,
  REPORTED_CLAUSE,
  SOURCE_CLOSES_SENTENCE,
  DETERMINER_PHRASE,
} from '../lexicon/clauses';
import { INVERTING_CUE, OPENING_CONJUNCTION } from '../lexicon/sources';
import { matchesOf } from '../text/matches';
import { copyWith } from '../text/copyWith';

/** No content runs further than this from its cue: keeps every cue's work bounded on pathological text. */
export const MAX_CONTENT = 3000;

/** The quotation that makes up the whole content, if any (a direct quote rather than paraphrase). */
export function wholeQuote(quotes: Span[], content: Span): Span | undefined {
  const q = quotes[lastStartingAtOrBefore(quotes, content.start + 1)];
  return q && q.end >= content.end - 1 && q.end - q.start > 2 ? q : undefined;
}

/**
 * The attribution of `content` to `source` through `cue`, of its kind: direct (a quotation is the whole content),
 * according-to, partial (a quotation inside it) or indirect. Built field by field: a spread of the kind with the
 * spans added was V8's slow path (see text/copyWith.ts), once for every attribution read.
 */
export function classified(ctx: UnitContext, content: Span, according: boolean, source: Span | null, cue: Span): Found {
  const quote = wholeQuote(ctx.quotes, content);
  if (quote) return { kind: 'direct', quoteSpan: quote, source, cue, content };
  if (according) return { kind: 'according-to', source, cue, content };
  const partial = ctx.quotes[lastStartingAtOrBefore(ctx.quotes, content.start - 1) + 1];
  if (partial && partial.end <= content.end) return { kind: 'partial', quoteSpan: partial, source, cue, content };
  return { kind: 'indirect', source, cue, content };
}

/**
 * What ends a content right before an end attribution: a comma, or a quotation closed by . ? ! — or a comma (a
 * nested quote's mark and a space may come between: ,' "), or closed with no punctuation at all (“…” Grubbs said).
 */
export const END_OF_CONTENT = /(?:,|[,.?!—–](?: ?[’'”"»])+|[\p{L}\p{N}][”"»])\s*$/u;

/** The offset of the comma (or the closing mark after ? or !) that ends the content before `at`. */
export function lastBreak(text: string, from: number, at: number): number {
  const before = text.slice(Math.max(from, at - 6), at);
  const m = /(?:,|[?!.—–](?= ?[’'”"»])|(?<=[\p{L}\p{N}])(?=[”"»]))(?: ?[’'”"»])*\s*$/u.exec(before);
  if (!m) return Math.max(from, at - MAX_CONTENT) + text.slice(Math.max(from, at - MAX_CONTENT), at).lastIndexOf(',');
  const offset = at - before.length + m.index;
  return text[offset] === ',' ? offset : offset + 1;
}

/** How far apart a source and its cue may sit and still be cut out of the content together ("…, the board said, …"). */
const SOURCE_BESIDE_CUE = 4;

/**
 * "The levy, the treasurer said, will pay for itself", "the mayor is widely expected to sign": a cue inside its own
 * content (with the source beside it) interrupts what was said; the content is the two halves around them, two
 * attributions sharing the cue, read as one relation as a quote run is.
 */
export function aroundCue(text: string, found: Found): Found[] {
  const { content, cue, source } = found;
  if (!cue || cue.start <= content.start || cue.end >= content.end) return [found];
  // the rest copied only for a cue inside its content: an object rest is a slow copy (see text/copyWith.ts)
  const { quoteSpan, ...rest } = found;
  const beside =
    source && source.start > content.start && source.end < content.end && Math.max(source.start - cue.end, cue.start - source.end) < SOURCE_BESIDE_CUE;
  const cut = beside ? { start: Math.min(cue.start, source.start), end: Math.max(cue.end, source.end) } : cue;
  const inverted = beside && source.start > cue.end;
  const resume = inverted ? asideAfter(text, cut.end, content.end) : cut.end;
  const halves = [tidy(text, content.start, cut.start), tidy(text, resume, content.end)];
  if (halves.some((h) => h.end <= h.start)) return [found];
  // the quote pass's quotation goes with the half it opens in
  return halves.map((half) => {
    const holds = quoteSpan && quoteSpan.start >= half.start && quoteSpan.start < half.end;
    return copyWith(rest, holds ? { cue, source, content: half, quoteSpan } : { cue, source, content: half });
  });
}

/** Past an aside on an inverted source, up to the predicate after it ("says Osei, a pilot at the pier, | is …"). */
function asideAfter(text: string, at: number, end: number): number {
  const aside = SOURCE_ASIDE.exec(text.slice(at, Math.min(end, at + ASIDE_REACH)));
  const past = aside ? at + aside[0].length : at;
  // ", are 16 involving unions, …": the predicate itself comes right after the source, no aside
  const predicateFirst = predicateAfter(text.slice(at, past).replace(/^[\s,]+/, ''));
  return aside && !predicateFirst && predicateAfter(text.slice(past, past + PREDICATE_REACH)) ? past : at;
}

/**
 * "When fares were cut, the board had room to act, said Osei, an analyst": the words the comma before an inverted
 * source closes (past the last comma among them) are a clause (a subject, then a tensed auxiliary with no relative word before it), not an appositive
 * on a source before them: they are what was said, and the source is the one after the cue.
 */
export function clauseNotAside(text: string, open: number, comma: number): boolean {
  const words = text.slice(open + 1, comma);
  return REPORTED_CLAUSE.test(words.slice(words.lastIndexOf(',') + 1));
}

/**
 * "…, whom she had praised, said Osei, a pilot at the pier.": a bare inverting cue whose source — a name, no clause —
 * closes the sentence, with at most an appositive or an occasion after it, has its content before the comma, even
 * where the words before the comma look like an appositive on a source of their own: read the other way, what was
 * said would be only the name.
 */
export function speakerClosesSentence(ctx: UnitContext, cueWord: string, inverted: Span): boolean {
  const { text } = ctx;
  const name = text.slice(inverted.start, inverted.end);
  if (!INVERTING_CUE.test(cueWord) || !/\p{Lu}/u.test(name) || CLAUSE_VERB.test(name) || CLAUSE_SUBJECT.test(name)) return false;
  const tail = text.slice(inverted.end, ctx.unit.end);
  return SOURCE_CLOSES_SENTENCE.test(tail) && !CLAUSE_VERB.test(tail.replace(RELATIVE_TAIL, ''));
}

/**
 * "Over the decade, according to the harbour office, the fees rose": what follows the comma that closes an
 * interrupting "according to X" is the rest of the report when it is a clause — a determiner phrase with its verb —
 * not an appositive on the source ("…, according to Osei, the most of any harbour").
 */
export function reportGoesOn(text: string, at: number, until: number): boolean {
  const phrase = DETERMINER_PHRASE.exec(text.slice(at, Math.min(until, at + CLAUSE_OPENING_REACH)));
  return !!phrase && CLAUSE_VERB.test(phrase[0]);
}

/**
 * "The pier stays shut, Quell told the harbour board.": after an end attribution's "told", a few words with no verb,
 * clause opener or quotation are only whom it was told to; what was told is the clause before.
 */
export function toldOnlyAddressee(text: string, cueWord: string, rest: Span): boolean {
  const words = text.slice(rest.start, rest.end);
  // "tells one joke", "telling their stories": only the past "told" names an audience there, not what was told
  if (!/^told$/i.test(cueWord) || tokensIn(text, rest.start, rest.end).length > ADDRESSEE_WORDS) return false;
  return !CLAUSE_VERB.test(words) && !CLAUSE_OPENER.test(words) && !/[“”"«»]/.test(words);
}

/** At most this many words name whom an end attribution told. */
const ADDRESSEE_WORDS = 8;

/** Content before an end attribution: from the unit start (or the last claimed offset) to the comma. */
export function contentBefore(ctx: UnitContext, from: number, comma: number): Span | null {
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
  if (closing && (!lead.trim() || /[—–:]\s*$/.test(lead) || setOffQuote(lead))) return { start: closing.start, end: closing.end };
  const span = tidy(text, from, comma);
  return span.end - span.start > 1 ? span : null;
}

/**
 * The content of a closing "according to X": only the last clause before it, when a colon or a relative clause sets
 * it off ("Quell has kept her lead in the count, which stood at 312, according to the board": the figure is the
 * board's, the rest the reporter's).
 */
export function accordingClause(ctx: UnitContext, span: Span): Span {
  const words = ctx.text.slice(span.start, span.end);
  let at = -1;
  for (const m of matchesOf(ACCORDING_CLAUSE_START, words)) {
    if (!insideQuote(ctx.quotes, span.start + (m.index ?? 0))) at = (m.index ?? 0) + m[0].length;
  }
  return at > 0 && at < words.length ? tidy(ctx.text, span.start + at, span.end) : span;
}

/**
 * A quotation the reporter's clause sets off with a spaced hyphen or a parenthesis ("the crews were unmoved - “…,”
 * said Osei"): only the quotation is what was said — unless an earlier quotation shows the hyphens set off an aside
 * inside the speaker's own words ("“I doubt the plan” -- a ferry for every pier -- “will last,” she says").
 */
const setOffQuote = (lead: string) => /(?:\(|\s--?)\s*$/.test(lead) && !/[“”"]/.test(lead);

/** Content after a cue: a quotation after a colon or comma, or the reported clause up to `until`. */
export function contentAfter(ctx: UnitContext, from: number, until: number): Span | null {
  const { text, quotes } = ctx;
  const start = trimStart(text, from, until);
  const afterPunct = /^[,:]/.test(text[start] ?? '') ? trimStart(text, start + 1, until) : start;
  const quote = quoteHolding(quotes, afterPunct);
  if (quote && quote.start === afterPunct && afterPunct !== start) {
    // "Quill said: “…,” the Ledger reported.": the next cue's clause opens at the comma inside the closing mark
    return { start: quote.start, end: /^[,.;:!?]?["”’'»]+$/.test(text.slice(until, quote.end).trim()) ? quote.end : Math.min(quote.end, until) };
  }
  const opening = objectStart(ctx, afterPunct, until, afterPunct === start);
  const span = shortObject(ctx, withoutNextAct(ctx, withoutOccasion(ctx, tidy(text, opening, clauseEnd(ctx, opening, until)))));
  // "a third said so in the spring survey": "so" stands for the whole content, the occasion is the reporter's
  if (SO_THEN_OCCASION.test(text.slice(span.start, span.end))) return { start: span.start, end: span.start + 2 };
  return span.end - span.start > 1 ? span : null;
}

/**
 * Where the object of a cue begins, right after it: past whom the cue addresses ("asked Ruiz | if the pier …"), the
 * preposition it takes ("spoke about | the pier"), or the occasion or manner before its "that" ("saying at a rally
 * | that …", "admitted, rather sheepishly, | that …"): they are the cue's and the reporter's, not what was said.
 */
function objectStart(ctx: UnitContext, start: number, until: number, rightAfterCue: boolean): number {
  const { text } = ctx;
  const head = text.slice(start, Math.min(until, start + 120));
  const occasion = /^\s*to\s/i.test(head) ? null : (OCCASION_THEN_THAT.exec(head) ?? MANNER_THEN_THAT.exec(head));
  const that = occasion ? start + occasion[0].length - 4 : -1;
  if (occasion && !insideQuote(ctx.quotes, that)) return that;
  // after a comma, only an aside comes before the "that" ("said, in a statement, that …")
  if (!rightAfterCue) return start;
  const addressing = ADDRESSING_CUE.test(text.slice(Math.max(0, start - 16), start));
  const addressee = addressing ? ADDRESSEE.exec(head) : null;
  const at = addressee && !CLAUSE_VERB.test(addressee[0]) ? addressee[0].length : 0;
  // "responded on Twitter": an occasion, not an object (BARE_ADJUNCT: such a content reports nothing)
  const rest = head.slice(at);
  const preposition = REPORTING_OBJECT.exec(rest) ?? (BARE_ADJUNCT.test(rest) ? null : CUE_PREPOSITION.exec(rest));
  const skip = at + (preposition ? preposition[0].length : 0);
  return skip > 0 && skip < head.length ? trimStart(text, start + skip, until) : start;
}

/**
 * A content that is a bare noun phrase or an infinitive ends before the source's next act ("denied the rumours |
 * and counter-sued the newsletter", "attacking Quell | and visiting the depot", "vowed to fight on | and thanked the
 * crews") or a clause with a subject of its own ("decided not to run | and she endorsed Quell"): the reporter's
 * account, not what was said. A clause ("said the pier was shut and the ferry ran late") keeps what it coordinates.
 */
function withoutNextAct(ctx: UnitContext, span: Span): Span {
  const { text } = ctx;
  const words = text.slice(span.start, span.end);
  if (!/ (?:and|but) /.test(words)) return span;
  const infinitive = /^(?:not\s+)?to\b/i.test(words);
  if ((!infinitive && CLAUSE_OPENER.test(words)) || /^[“"«]/.test(words)) return span;
  const gerund = /ing\s*$/.test(text.slice(Math.max(0, span.start - 12), span.start));
  const verbAt = infinitive ? words.length : CLAUSE_VERB.exec(words)?.index ?? words.length;
  for (const m of matchesOf(NEXT_ACT, words)) {
    const at = span.start + (m.index ?? 0);
    if ((m.index ?? 0) > verbAt || insideQuote(ctx.quotes, at)) return span;
    // "but" after a clause ("she quit the board on friendly terms but was …") goes on with what was said; after a noun phrase
    // ("praised the crews but stopped short of …") it is the source's next act
    const but = /^,?\s+but\b/.test(m[0]);
    if (but && CLAUSE_SUBJECT.test(words)) return span;
    const act = infinitive ? /ed$/.test(m[1]) : NEXT_ACT_VERB.test(m[1]) || (gerund && /ing$/.test(m[1]));
    if (act || (!but && NEW_SUBJECT.test(m[1]))) return tidy(text, span.start, at);
  }
  return span;
}

/** A content that is only a pronoun or a name ends before the adjunct that follows it (SHORT_OBJECT_ADJUNCT). */
function shortObject(ctx: UnitContext, span: Span): Span {
  const m = SHORT_OBJECT_ADJUNCT.exec(ctx.text.slice(span.start, span.end));
  return m && !CLAUSE_OPENER.test(m[1]) ? { start: span.start, end: span.start + m[1].length } : span;
}

/** How far back from a content's end the occasion it may close with is looked for. */
const OCCASION_WINDOW = 120;

/**
 * A content that is a bare noun phrase ("endorsed Quell in early June") ends before the occasion that closes it
 * (TRAILING_OCCASION); a clause keeps its own times ("said the pier will reopen in May"), a quotation its words.
 */
function withoutOccasion(ctx: UnitContext, span: Span): Span {
  const { text } = ctx;
  const from = Math.max(span.start, span.end - OCCASION_WINDOW);
  const m = TRAILING_OCCASION.exec(text.slice(from, span.end));
  if (!m || from + m.index <= span.start) return span;
  const head = text.slice(span.start, from + m.index);
  if (CLAUSE_OPENER.test(head) || CLAUSE_VERB.test(head) || overlapsQuote(ctx.quotes, span.start, span.end)) return span;
  return tidy(text, span.start, from + m.index);
}

/**
 * A reported clause ends before a clause the reporter adds: ", but …", ", while …", "; …", ", focusing on …",
 * ", despite …" (outside quotations, and unless the speaker's quoted words come after it).
 */
export function clauseEnd(ctx: UnitContext, from: number, until: number): number {
  until = openingClauseEnd(ctx, from, until);
  const window = ctx.text.slice(from, until);
  const dashes = DASHES.filter((d) => window.includes(d)).length;
  const soleDash = dashes === 1 && DASHES.every((d) => window.indexOf(d) === window.lastIndexOf(d));
  for (const m of matchesOf(CONTENT_CLAUSE_BREAK, window)) {
    // a comma set inside the closing mark ("“fully funded,” despite …") ends the clause after the mark
    const at = from + (m.index ?? 0) + (BREAK_INSIDE_CLOSING_MARK.exec(m[0])?.[0].length ?? 0);
    if (insideQuote(ctx.quotes, at) || at <= from) continue;
    // "cut — as expected — the rates": a pair of dashes sets off an aside, not the reporter's clause
    if (m[1] && (!soleDash || DASH_GOES_ON.test(ctx.text.slice(at + m[0].length, at + m[0].length + 16)))) continue;
    if (subjectStillOpen(ctx.text.slice(from, at)) || asideBeforePredicate(ctx, from, at, until)) continue;
    if (CONCESSION_GOES_ON.test(window.slice(m.index ?? 0, (m.index ?? 0) + 60))) continue;
    if (contrastedShares(window, m.index ?? 0, m[0])) continue;
    if (mainClauseAfterOpening(window, m.index ?? 0, m[0])) continue;
    return quotedAfter(ctx, at, until) ? until : at;
  }
  return until;
}

/** "found 40 percent back the plan, while 25 percent oppose it": the second share is the same finding's other half. */
function contrastedShares(window: string, at: number, opening: string): boolean {
  if (!/\b(?:while|whereas)$/.test(opening)) return false;
  return SHARE_FIGURE.test(window.slice(0, at)) && SHARE_FIGURE.test(window.slice(at, at + SHARE_REACH));
}

/**
 * "said if the pier closes, the ferry will stop": after a content that opens with a subordinate clause, ", the …" is
 * its main clause, not an appositive that closes the sentence.
 */
function mainClauseAfterOpening(window: string, at: number, opening: string): boolean {
  return /^,\s+(?:a|an|the)\s/.test(opening) && CONTENT_OPENS_SUBORDINATE.test(window.slice(0, at));
}

/** How far into the contrasted clause its share is looked for. */
const SHARE_REACH = 100;

/**
 * A content inside the clause a sentence opens with ("After Quell said the pier would close, the board …") or
 * inside a relative clause set off by commas ("Osei, who said the pier was shut, left") ends with that clause, at
 * its first comma: what follows is the sentence's main clause, the reporter's.
 */
function openingClauseEnd(ctx: UnitContext, from: number, until: number): number {
  const { text, unit, quotes } = ctx;
  // both clauses are short: bounded reads keep every cue's work bounded on a sentence with no end
  const head = text.slice(Math.max(unit.start, from - CLAUSE_OPENING_REACH), from);
  // "But as Osei warned …, the board …": a conjunction before the subordinating word still opens the sentence
  const subordinate = head.trimStart().replace(OPENING_CONJUNCTION, '');
  const opening = from - unit.start <= CLAUSE_OPENING_REACH && !head.includes(',') && OPENING_SUBORDINATE.test(subordinate);
  if (!opening && !RELATIVE_ASIDE.test(head)) return until;
  const window = text.slice(from, until);
  for (let i = window.indexOf(','); i >= 0; i = window.indexOf(',', i + 1)) {
    // a comma set inside the closing mark ("While Osei said it was “a ruin,” the board …") ends the clause after the mark
    const at = from + i + (BREAK_INSIDE_CLOSING_MARK.exec(window.slice(i, i + 2))?.[0].length ?? 0);
    if (!insideQuote(quotes, at) && !/\d/.test(window[i + 1] ?? '')) return at;
  }
  return until;
}

/**
 * "that the playbooks, numbering 1,000 pages, be released", "that Sanders, who …, would": a "that" and a
 * subject with no verb yet; the comma opens an aside inside the reported clause, not the reporter's own clause.
 */
const subjectStillOpen = (head: string) => THAT_SUBJECT_ONLY.test(head) && !CLAUSE_VERB.test(head);

/**
 * "said the pier, which opened in May, would close" (or ", draws crowds"): a short subject with no verb yet, an aside
 * set off by commas, then the predicate (predicateAfter) — the aside is inside the reported clause, not the reporter's own.
 */
function asideBeforePredicate(ctx: UnitContext, from: number, at: number, until: number): boolean {
  const { text } = ctx;
  const head = text.slice(from, at);
  if (!SUBJECT_ONLY.test(head) || CLAUSE_VERB.test(head) || text[at] !== ',') return false;
  const close = text.slice(at + 1, Math.min(until, at + ASIDE_REACH)).indexOf(',');
  const after = at + 1 + close + 1;
  return close > 0 && !insideQuote(ctx.quotes, after - 1) && predicateAfter(text.slice(after, after + PREDICATE_REACH).trimStart());
}

/** How far past an aside its predicate is looked for: an auxiliary, or an adverb and a tensed verb. */
const PREDICATE_REACH = 30;

/** The predicate that closes a subject's aside: an auxiliary ("…, would close") or a tensed verb ("…, shows …"). */
const predicateAfter = (words: string) => PREDICATE_OPENER.test(words) || TENSED_PREDICATE.test(words);

/** How far an aside inside a reported clause may run before its closing comma. */
const ASIDE_REACH = 120;

/**
 * "The trouble with the pier, said Osei and two pilots, would be the fares": an inverted source that interrupts a
 * bare subject (no verb yet); the predicate after the source, past an aside on it, finishes what was said, so the
 * content holds both halves (and the interruption, as a quote run does).
 */
export function interruptedSubject(ctx: UnitContext, content: Span | null, source: Span, until: number): Span | null {
  const { text } = ctx;
  if (!content) return null;
  const head = text.slice(content.start, content.end);
  if (!SUBJECT_ONLY.test(head) || CLAUSE_VERB.test(head) || overlapsQuote(ctx.quotes, content.start, content.end)) return content;
  const after = text.slice(source.end, Math.min(until, source.end + ASIDE_REACH));
  // the predicate right after the source, or past one aside on it
  for (const m of [/^\s*,\s+/.exec(after), SOURCE_ASIDE.exec(after)]) {
    const at = m ? source.end + m[0].length : -1;
    if (m && !insideQuote(ctx.quotes, at) && predicateAfter(text.slice(at, at + PREDICATE_REACH))) {
      return tidy(text, content.start, clauseEnd(ctx, at, until));
    }
  }
  return content;
}

/**
 * The speaker's own words still to come ("…, but “we will be back”"): the clause is still reported — unless a
 * speech cue of its own comes first (", while 25 percent call it “a start”"): then the quotation is another's
 * (a thought cue is not one: ", but she did worry the ferry would be “…”" is still what she said).
 */
function quotedAfter(ctx: UnitContext, at: number, until: number): boolean {
  const q = ctx.quotes[lastStartingAtOrBefore(ctx.quotes, at) + 1];
  const ownCue = (m: RegExpExecArray) => ctx.vocabulary.cueClass(m[0]) !== 'thought';
  return !!q && q.start < until && !ctx.vocabulary.cueMatches(ctx.text.slice(at, q.start)).some(ownCue);
}

/** Where the clause of the next cue begins: before its source (", a source said") or before the cue itself. */
export function nextClause(ctx: UnitContext, next: Cue): number | null {
  const { text, unit, vocabulary } = ctx;
  if (next.thought || isAmbiguousForm(next.word)) return null;
  const lead = skipCuePrefix(text, unit.start, next.start, isParticiple(next.word));
  // "He said his predecessor, Dana Whitfield, had called …": the later cue is reported inside the first.
  if (text[lead - 1] === ',' && namedAppositive(ctx, lead - 1)) return null;
  const source = next.according ? null : phraseBefore(text, unit.start, lead, vocabulary);
  const own = source && (clauseBreak(text, unit, source.start) ?? splicedSubject(ctx, next, lead));
  // "that, relative to May, most pilots said …": the comma closes an aside the content opened, the saying is reported in it
  if (own && OPENED_ASIDE.test(text.slice(Math.max(unit.start, own - CLAUSE_OPENING_REACH), own))) return null;
  if (!own && untensedAfterInfinitive(ctx, next, lead)) return null;
  if (own !== null && source && shareAfterWhile(text, Math.max(unit.start, own - 2), source)) return null;
  return own ?? clauseBreak(text, unit, lead);
}

/**
 * "found 40 percent back it, while 25 percent oppose it": a share after ", while" may be the finding's other half,
 * so its cue closes no clause here (clauseEnd decides, by the share before it).
 */
function shareAfterWhile(text: string, breakAt: number, source: Span): boolean {
  return /,[”"’»]?\s*while\s*$/.test(text.slice(breakAt, source.start)) && SHARE_FIGURE.test(text.slice(source.start, source.end));
}

/**
 * A cue with no tense of its own after "and", where an infinitive or a modal came before with no clause mark
 * ("asked them to stand up for the crews and | defend the pier", "she’d sit him down and | tell him"): it goes on
 * with that verb, inside the content; with a tense of its own ("… and said") it is the source's next act.
 */
function untensedAfterInfinitive(ctx: UnitContext, next: Cue, lead: number): boolean {
  const untensed = /^\p{Ll}+$/u.test(next.word) && !NEXT_ACT_VERB.test(next.word) && !/(?:s|ing)$/.test(next.word);
  return untensed && INFINITIVE_BEFORE_AND.test(ctx.text.slice(Math.max(ctx.unit.start, lead - INFINITIVE_REACH), lead));
}

/** How far before "and" the infinitive it coordinates with is looked for. */
const INFINITIVE_REACH = 100;

/** How far before a later cue the start of its whole subject is looked for: keeps the read bounded. */
const SPLICED_REACH = 80;

/**
 * Where a later saying spliced on with a comma or a dash begins ("asked the crews to stay on, at least 2,000 said
 * they would", "…,” one of the pilots said …"), when the source read before its cue is only the subject's last
 * words: before the whole subject — a few words with no verb of their own, opening on no preposition or
 * subordinating word ("…, when the pilots said", "…, with most pilots saying" stay inside the first content).
 */
function splicedSubject(ctx: UnitContext, next: Cue, lead: number): number | null {
  if (isParticiple(next.word)) return null;
  const { text, unit } = ctx;
  const floor = Math.max(unit.start, lead - SPLICED_REACH);
  const m = SPLICED_SUBJECT.exec(text.slice(floor, lead));
  if (!m || NOT_A_SUBJECT.test(m[1]) || CLAUSE_VERB.test(m[1].replace(RELATIVE_TAIL, ''))) return null;
  const at = floor + m.index + (BREAK_INSIDE_CLOSING_MARK.exec(m[0])?.[0].length ?? 0);
  return insideQuote(ctx.quotes, at) ? null : at;
}

/** Where a later cue's own clause begins, when it is coordinated (", adding", "and said", "but argues", ", he added"). */
function clauseBreak(text: string, unit: Span, start: number): number | null {
  const before = text.slice(Math.max(unit.start, start - 10), start);
  const m = /(?:[,;—–][’'”"»]*\s*(?:(?:and|but)\b\s*)?|\s+(?:and|but|before|while|then)\b\s*)$/.exec(before);
  // "$500,000 check to a PAC backing …": a comma between digits is part of the number, not a clause break
  if (m && /\d,$/.test(before) && /^\d/.test(text[start] ?? '')) return null;
  // "said she and her deputies referred to …": a pronoun before "and" is the first of two subjects, not a clause
  if (m && /^\s+and\b/.test(m[0]) && PAIRED_SUBJECT.test(text.slice(Math.max(unit.start, start - m[0].length - 6), start - m[0].length))) return null;
  return m ? start - m[0].length : null;
}

/**
 * Quote continuation: a quotation with no cue of its own continues the speaker before it, inside the paragraph
 * or over the paragraphs of a quote run ("Whitfield added:" ¶ “…” ¶ “…”).
 */
import { isQuotation, type Actor, type Attribution, type Mention, type Quote, type Span } from '../model';
import { splitSentences } from '../segments/segments';
import { coverage, lastStartingAtOrBefore, recentStartingAtOrBefore } from '../text/spanIndex';
import { quoteMark } from '../text/chars';
import { outermostDouble } from '../text/marks';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { skipAdjuncts, cuesIn } from './cues';
import { SENTENCE_CONJUNCTION } from '../lexicon/quotes';
import { FEW_NESTED, insideQuote, opensAt, type Found } from './readingUnits';
import { colonClause } from './quoteAttributions';
import { phraseBefore, phraseAfter, skipCuePrefix } from './sources';
import { isBlank, trimEnd, trimStart } from './words';
import { FUNCTION_WORDS } from '../lexicon/grammar';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';

/** A quotation that is a sentence or more of speech, not a few words inside the reporter's own sentence. */
function standsAlone(text: string, q: Span): boolean {
  const before = text.slice(Math.max(0, q.start - 4), q.start);
  // ". But “…”": a conjunction that opens the sentence leaves the quotation the whole of it
  const opened = SENTENCE_CONJUNCTION.test(text.slice(Math.max(0, q.start - 12), q.start));
  const sentenceBefore = /(?:^|[.!?:,](?:["”’]|'')?)\s*$/.test(before);
  return (q.start === 0 || opened || sentenceBefore) && (q.end - q.start > 12 || ownSentence(text, q, before));
}

/** “…,” Quill said. “Very good.” — a short quotation after a full stop that closes with its own: a sentence of speech. */
const ownSentence = (text: string, q: Span, before: string) =>
  /[.!?](?:["”’]|'')?\s*$/.test(before) && /[.!?](?:["”’]|'')$/.test(text.slice(Math.max(q.start, q.end - 3), q.end));

/** Quotations that no cue claimed: they continue the speaker before them in the paragraph, or the one after. */
export function continueInParagraph(text: string, quotes: Span[], found: Found[]): Found[] {
  // most paragraphs quote nobody: none of the indexes below is built for them
  if (quotes.length === 0) return [];
  const out: Found[] = [];
  const covered = coverage(found.map((f) => f.content));
  const byEnd = found.filter((f) => f.source).sort((a, b) => a.content.end - b.content.end);
  const byStart = [...byEnd].sort((a, b) => a.content.start - b.content.start);
  const starts = byStart.map((f) => f.content);
  // the attribution whose words a quotation meets first after it may speak it
  const byLead = [...byEnd].sort((a, b) => wordsStart(a) - wordsStart(b));
  /** The attribution whose content holds `q`: among the last few starting at or before it (contents rarely nest). */
  const holding = (q: Span) => {
    const i = recentStartingAtOrBefore(starts, q.start, FEW_NESTED, (c) => c.end >= q.end);
    return i < 0 ? undefined : byStart[i];
  };
  let ended = 0;
  let started = 0;
  let led = 0;
  let lastAny: Found | undefined;
  let lastQuoting: Found | undefined;
  let previous: { quote: Span; speaker: () => Found | undefined } | undefined;
  for (const q of quotes) {
    for (; ended < byEnd.length && byEnd[ended].content.end <= q.start; ended++) {
      lastAny = byEnd[ended];
      if (isQuotation(lastAny.kind)) lastQuoting = lastAny;
    }
    while (started < byStart.length && byStart[started].content.start < q.end) started++;
    while (led < byLead.length && wordsStart(byLead[led]) < q.end) led++;
    if (covered(q)) {
      previous = { quote: q, speaker: () => holding(q) };
      continue;
    }
    // “Save the ferry,” and “Keep the harbour open,” — a quotation coordinated with the one before shares its speaker
    const gap = previous && q.start - previous.quote.end < 12 ? text.slice(previous.quote.end, q.start) : '';
    const partner = /^[\s,]*(?:and|or)\s*$/.test(gap) ? previous?.speaker() : undefined;
    if (!partner && !standsAlone(text, q)) {
      const carried = lastAny && carriedSentence(text, q, lastAny, covered);
      if (carried) out.push({ kind: 'partial', source: lastAny!.source, cue: lastAny!.cue, content: carried, quoteSpan: q });
      continue;
    }
    const closing = lastAny && closesBefore(text, lastAny, q, quotes, lastQuoting) ? lastAny : undefined;
    const relayed = closing && relayedSpeaker(closing, lastQuoting);
    const speaker =
      partner ?? splitBy(text, q, byStart[started]) ?? relayed ?? closing ?? lastQuoting ?? lastAny ?? sameSentence(text, q, byLead[led]);
    const passed = !!speaker && speaker !== partner && speaker !== closing && speaker !== relayed && floorPassed(text, speaker, q, lastAny);
    const held = passed ? undefined : speaker;
    previous = { quote: q, speaker: () => held };
    if (!held) continue;
    out.push({ kind: 'direct', source: held.source, cue: held.cue, content: { ...q }, quoteSpan: q });
  }
  return out;
}

/**
 * “…,” Quill said, according to the Ledger. “…” — an account that relays a speaker's quotation (its content holds the
 * quotation and the speaker's own cue) passes the next quotation to that speaker: the outlet only reports the words.
 */
function relayedSpeaker(relay: Found, quoting: Found | undefined): Found | undefined {
  if (relay.kind !== 'according-to' || !quoting?.source || quoting === relay) return undefined;
  const holds = (s: Span) => s.start >= relay.content.start && s.end <= relay.content.end;
  return holds(quoting.content) && holds(quoting.source) ? quoting : undefined;
}

/** How far back from a quotation the sentence that may hand the floor to someone else is read. */
const FLOOR_REACH = 160;
/** A sentence opened by a capitalised name and a lower-case verb, ending before a quotation: "Ada Brisk shook her head." */
const NAMED_ACTOR_SENTENCE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]*){0,3}) \p{Ll}[^.!?“”"«»:;]*[.!?]\s*$/u;

/** Where the last sentence of `window` (which ends with it) starts: after a stop that no title or initial ("Mr.", "T.") makes. */
function lastSentenceStart(window: string): number {
  let start = -1;
  for (const m of window.matchAll(/(\p{L}*)[.!?]["”’']*\s+/gu)) {
    const word = m[1];
    // a stop that opens the window ends the speaker's own words, whose last one lies before it
    const opens = m.index === 0 && !word;
    if ((m.index ?? 0) + m[0].length === window.length) break;
    if (opens || (word.length > 1 && !TITLE_ABBREVIATIONS.has(word.toLowerCase()))) start = (m.index ?? 0) + m[0].length;
  }
  return start;
}

/**
 * "“…,” Tom Brisk said. Ada Brisk shook her head. “…”": the sentence right before the quotation, after the
 * speaker's words, tells what someone else named did; the quotation is that person's answer, not the speaker's
 * next words. A pronoun or the speaker's own name ("Brisk paused.") keeps the floor. `latest` is the last
 * attribution whose content ends before the quotation.
 */
function floorPassed(text: string, speaker: Found, q: Span, latest: Found | undefined): boolean {
  const end = Math.max(speaker.content.end, speaker.cue?.end ?? 0, speaker.source?.end ?? 0);
  if (!speaker.source || end >= q.start) return false;
  const from = Math.max(end, q.start - FLOOR_REACH);
  const between = text.slice(from, q.start);
  const start = lastSentenceStart(between);
  // a paraphrase in that sentence ("Brack said the gifts were small.") leaves the floor to the quoting speaker
  if (start < 0 || (latest && wordsStart(latest) >= from + start)) return false;
  const actor = NAMED_ACTOR_SENTENCE.exec(between.slice(start))?.[1];
  // "And then he …", "Her brother …": a word no name holds opens the sentence, not someone named
  if (!actor || actor.split(' ').some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return false;
  return !text.slice(speaker.source.start, speaker.source.end).includes(actor);
}

/**
 * "“…,” Quell said. That makes the pier “the safest in the bay.”": the sentence right after a direct quotation's end
 * attribution, with no attribution of its own, that quotes the speaker in part goes on reporting the same speaker;
 * the content is the whole sentence, which the quotation ends, unless another attribution's content already takes
 * part of it (`covered`). Bounded: the words before the quotation are few.
 */
function carriedSentence(text: string, q: Span, before: Found, covered: (span: Span) => boolean): Span | null {
  if (before.kind !== 'direct' || !before.cue || before.content.end > before.cue.start) return null;
  const end = Math.max(before.content.end, before.cue.end, before.source?.end ?? 0);
  // the end attribution may trail an occasion or an appositive ("… has said while touring the pier.")
  const lead = /^[^.!?“”"«»]{0,120}?[.!?]\s+(?=[^.!?“”"«»]{1,60}$)/.exec(text.slice(end, q.start));
  if (!lead) return null;
  const start = end + lead[0].length;
  // the quotation closes the sentence: "The pier is old but “safe” by her account." goes on in the reporter's words
  if (!endsSentence(text, q) || covered({ start, end: q.end })) return null;
  return { start, end: q.end };
}

/** A quotation that ends its sentence: a stop inside its closing marks, or right after them. */
const endsSentence = (text: string, q: Span) => /[.!?]["”’']*$/.test(text.slice(q.start, q.end)) || /^[.!?]/.test(text.slice(q.end, q.end + 1));

/** A quotation whose last words end with a full stop, inside its closing marks: it ends its sentence. */
const endsWithFullStop = (text: string, q: Span) => /\.["”’']*$/.test(text.slice(q.start, q.end));

/** Whether a sentence ends between `from` and `to`: a stop, perhaps closing marks, then a space. */
const sentenceEndsWithin = (text: string, from: number, to: number) => /[.!?]["”’']*\s/.test(text.slice(from, to));

/** Where an attribution's own words begin: its source or its cue, whichever comes first. */
const wordsStart = (f: Found) => Math.min(f.source?.start ?? Infinity, f.cue?.start ?? Infinity);

/**
 * The attribution after a quotation, when its words come before the quotation's sentence ends: “…,” Axelrod
 * tweeted after Clinton argued … — not whoever speaks in the next sentence (“…” Quill later argued …).
 */
function sameSentence(text: string, q: Span, next: Found | undefined): Found | undefined {
  const lead = next ? wordsStart(next) : Infinity;
  // a bounded look: the words of an end attribution follow its quotation closely
  const ended = endsWithFullStop(text, q) || sentenceEndsWithin(text, q.end, lead);
  return lead - q.end <= 200 && !ended ? next : undefined;
}

/**
 * "Like most campaigns, “the process is to vet every gift,” Quell said. “If one fails, we return it.”": an
 * attribution quoting in the sentence right before the quotation, its cue or its content last, goes on speaking,
 * whoever quoted earlier in the paragraph.
 */
function closesBefore(text: string, a: Found, q: Span, quotes: Span[], quoting: Found | undefined): boolean {
  const end = Math.max(a.content.end, a.cue?.end ?? 0, a.source?.end ?? 0);
  if (end > q.start || !/^["”’']*[.!?:]\s*$/.test(text.slice(end, q.start))) return false;
  const inside = quotes[lastStartingAtOrBefore(quotes, a.content.end - 1)];
  return (!!inside && inside.start >= a.content.start) || (!!quoting && sameSpeaker(text, a, quoting));
}

/**
 * "“…,” Quell said. Quell added that the pier was safe. “…”": a paraphrase by the speaker quoting before it (named
 * by the same word: the surname, or the one source two cues share) goes on speaking when it says more ("added") or
 * stands in a sentence of its own; "…,” Quell said, referring to Brack." only glosses the quote before it.
 */
function sameSpeaker(text: string, a: Found, b: Found): boolean {
  const last = (f: Found) => (f.source ? /[\p{L}'’-]+(?=\P{L}*$)/u.exec(text.slice(f.source.start, f.source.end))?.[0].toLowerCase() : undefined);
  const word = last(a);
  if (!word || word !== last(b) || !a.cue) return false;
  const bEnd = Math.max(b.content.end, b.cue?.end ?? 0, b.source?.end ?? 0);
  return /^add/i.test(text.slice(a.cue.start, a.cue.end)) || sentenceEndsWithin(text, bEnd, wordsStart(a));
}

/**
 * “We will be back,” Brafman said, “and we will finish.” — a quotation split by its attribution: the source and
 * cue right after the first part, whose content is the second part, speak the first part too. A first part that
 * ends its sentence with a full stop is no part of a split: “We finish.” She noted the rally … opens a new sentence.
 */
function splitBy(text: string, q: Span, next: Found | undefined): Found | undefined {
  if (!next?.source || !next.cue || next.content.start < next.cue.end) return undefined;
  if (endsWithFullStop(text, q)) return undefined;
  const lead = Math.min(next.source.start, next.cue.start);
  return lead >= q.end && /^[\s,]*$/.test(text.slice(q.end, lead)) ? next : undefined;
}

/**
 * A paragraph that ends by introducing a quotation ("Whitfield added:", "Said the minister:", or a clause with a
 * verb no cue list knows: "The council released the following statement:"): the source and cue of the quote
 * paragraphs that follow. Spans relative to the paragraph.
 */
function introduction(paragraph: string, quotes: Span[], vocabulary: Vocabulary): { source: Span; cue: Span } | null {
  const end = trimEnd(paragraph, 0, paragraph.length);
  if (paragraph[end - 1] !== ':') return null;
  const unit = splitSentences(paragraph, vocabulary).pop();
  if (!unit || insideQuote(quotes, end - 1)) return null;
  const ctx = { text: paragraph, unit, quotes, vocabulary };
  const cue = cuesIn(ctx).pop();
  if (!cue || cue.according || !isBlank(paragraph, skipAdjuncts(paragraph, cue.end, end, true), end - 1)) {
    const clause = colonClause(paragraph, unit, end - 1, vocabulary);
    // "He told his audience, to applause:": the cue word the paragraph's own attribution holds stays the cue
    const inside = cue && !cue.according && clause && cue.start >= clause.cue.start;
    return clause && inside ? { source: clause.source, cue: { start: cue.start, end: cue.end } } : clause;
  }
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
  actors: Actor[] = [],
): Attribution[] {
  const out: Attribution[] = [];
  const actorIn = actorNamedIn(actors);
  const sorted = [...attributions].sort((a, b) => a.content.start - b.content.start);
  let speaker: Pick<Attribution, 'source' | 'cue' | 'actor'> | undefined;
  let k = 0;
  const outer = outermostDouble(text, quotes);
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
    const lineQuotes = quotesOfLine(outer, opening, trimEnd(text, start, end));
    if (!opensAt(text, opening) || own.length) {
      const introduced = introduction(m[0], lineQuotes.map((q) => shift(q.span, -start)), vocabulary);
      const open = openAtEnd(text, quotes, start, end);
      const quoting = (a: Attribution) =>
        isQuotation(a.kind) || (!!open && a.content.start < open.end && open.start < a.content.end);
      const last = trimEnd(text, start, end);
      // "He said members were unhappy. ¶ “They are very angry.”": a paraphrase that closes the paragraph
      // "…, Quinn said as she left the pier. ¶ “…”": an end attribution in the paragraph's last sentence too
      // "Quinn said that critics had long predicted a toll, but it would not come. ¶ “…”": a report whose source opens
      // the paragraph's last sentence, its content cut short at a clause of its own
      const closing = (a: Attribution) =>
        a.kind === 'indirect' &&
        (a.content.end >= last - 2 ||
          (!!a.cue && a.content.end <= a.cue.start && !/[.!?]\s/.test(text.slice(a.cue.end, last))) ||
          (!!a.actor && !!a.source && a.source.end <= a.content.start && opensSentence(text, start, a.source.start) && !SENTENCE_BREAK.test(text.slice(a.source.end, last))));
      speaker = introduced
        ? { source: shift(introduced.source, start), cue: shift(introduced.cue, start), actor: actorIn(shift(introduced.source, start)) }
        : [...own].reverse().find((a) => (a.source || a.actor) && (quoting(a) || closing(a)));
      continue;
    }
    if (!speaker) continue;
    for (const { span, quote } of lineQuotes) {
      if (!standsAlone(m[0], shift(span, -start))) continue;
      out.push(spokenBy(`c${out.length + 1}`, speaker, span, quote));
    }
  }
  return out;
}

/**
 * The actor named inside a source phrase read outside the actors stage (a signature, an introduction that ends
 * its paragraph): the one whose mention lies within the phrase, the last one when several do. Mentions sorted once.
 */
function actorNamedIn(actors: Actor[]): (source: Span) => string | null {
  let mentions: Mention[] | undefined;
  return (source) => {
    mentions ??= actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start);
    const m = mentions[lastStartingAtOrBefore(mentions, source.end - 1)];
    return m && m.start >= source.start ? m.actor : null;
  };
}

/** A full stop, ! or ? and a capital after it: "U.S. withdrawal" goes on with its sentence. */
const SENTENCE_BREAK = /[.!?](?:["”’]|'')?\s+[\p{Lu}“"]/u;

/** Whether `at` opens a sentence of the line that starts at `lineStart`: the line's start or after . ! or ?. */
const opensSentence = (text: string, lineStart: number, at: number) =>
  at === trimStart(text, lineStart, at) || /[.!?](?:["”’]|'')?\s+$/.test(text.slice(Math.max(lineStart, at - 6), at));

/** A dash and a capital opening a line of their own: the name signed under a pull quote or a tweet. */
const SIGNATURE = /^[-–—―]\s*(?=\p{Lu})/u;

/**
 * A quote paragraph signed on the line after it (“…” ¶ ―Mayor Dana Quill, on Twitter): a pull quote or a tweet
 * set apart, its speaker's name under it. The dash is the cue and the name the source, as in signedQuotes, where
 * the name follows the quotation on its own line.
 */
export function signedParagraphs(
  text: string,
  quotes: Quote[],
  attributions: Attribution[],
  actors: Actor[],
  vocabulary: Vocabulary,
): Attribution[] {
  const out: Attribution[] = [];
  const claimed = coverage(attributions.map((a) => a.content));
  const actorIn = actorNamedIn(actors);
  const outer = outermostDouble(text, quotes);
  let previous: Span | null = null;
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const opening = trimStart(text, m.index, m.index + m[0].length);
    const last = trimEnd(text, opening, m.index + m[0].length);
    if (opening === last) continue;
    const signature = previous && SIGNATURE.exec(text.slice(opening, opening + 4));
    const signed = signature && quotesOfLine(outer, previous!.start, previous!.end);
    const whole = signed?.length === 1 && signed[0].span.start === previous!.start && signed[0].span.end >= previous!.end - 1;
    const source = whole && phraseAfter(text, opening + signature![0].length, last, vocabulary);
    if (source && !claimed(signed[0].span)) {
      const cue = { start: opening, end: opening + 1 };
      out.push(spokenBy(`s${out.length + 1}`, { source, cue, actor: actorIn(source) }, signed[0].span, signed[0].quote));
    }
    previous = { start: opening, end: last };
  }
  return out;
}

/**
 * The quotations (`outer`: the quote pass's outermost double ones) on the line [start, end), blanks left out, each
 * with the part of it the line holds: a quote run over several paragraphs has its part on each.
 */
function quotesOfLine(outer: Quote[], start: number, end: number): { span: Span; quote: Quote }[] {
  const out: { span: Span; quote: Quote }[] = [];
  for (let i = Math.max(0, lastStartingAtOrBefore(outer, start)); i < outer.length && outer[i].start < end; i++) {
    const span = { start: Math.max(start, outer[i].start), end: Math.min(end, outer[i].end) };
    if (span.start < span.end) out.push({ span, quote: outer[i] });
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

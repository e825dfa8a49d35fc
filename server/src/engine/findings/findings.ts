/**
 * Findings: what a standards editor would flag — unattributed claims and quotes, vague and anonymous sourcing,
 * unbalanced quotation marks, a person first named by surname alone — and the inline markers that silence them.
 *
 * A claim is judged on its own: it counts as sourced only by an attribution that covers that claim (see
 * `ClaimJudge`); a quote counts as spoken within its paragraph's attribution scope (see `sourcedSentences`). Quoted
 * words are never judged as the reporter's own.
 */
import {
  claimMessage,
  cueSources,
  explainsAnonymity,
  findVagueSources,
  hasSourcingCue,
  mayClaim,
  opensNewPoint,
  pointsBack,
  matchClaim,
  sourcedWithin,
  topicWords,
  type ClaimReading,
  type VagueSource,
} from './claims';
import { privateStateOf } from '../attributions/privateStates';
import type { Actor, ArticleModel, Attribution, Finding, FindingCode, FindingData, Quote, Sentence, Span } from '../model';
import { MEDIUM_CLAIM_SEVERITY } from './severityKeys';
import { coverage, lastStartingAtOrBefore, SpanIndex } from '../text/spanIndex';
import { codePointBound } from '../text/chars';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { STATE_TAIL } from '../lexicon/privateStates';
import { TITLE_SMALL_WORDS } from '../lexicon/furniture';

type Model = Omit<ArticleModel, 'findings'>;

/** How far before a cue "privately" still qualifies it ("privately and repeatedly urged"). */
const PRIVATE_REACH = 30;

/** At most this many actors are offered as sources in a quick fix. */
const MAX_CANDIDATES = 8;

export function findFindings(model: Model, unbalancedQuotes: Span[], vocabulary: Vocabulary = BUILT_IN_VOCABULARY): Finding[] {
  const reader = new ArticleReader(model, vocabulary);
  const vague = vagueFindings(reader);
  const findings = [
    ...claimFindings(reader),
    ...vague,
    ...anonymousFindings(reader, vague),
    ...quoteFindings(reader),
    ...unbalancedFindings(model.text, unbalancedQuotes),
    ...surnameFindings(reader),
  ];
  return findings.filter((f) => !isSuppressed(f, model.suppressed)).sort((a, b) => a.start - b.start || a.end - b.end);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the model: which sentences are body copy, what the reporter wrote (quotes blanked), what is sourced.

class ArticleReader {
  /** The text with quoted words and suppression markers blanked, so only the reporter's own words are judged. */
  readonly reporterText: string;
  /** Indices of the sentences covered by an attribution or a sourcing cue of their own (weasel sources are not). */
  readonly attributed: Set<number>;
  /** Indices of the sentences inside some attribution's scope (see `sourcedSentences`). */
  readonly sourced: Set<number>;
  /** Actor ids offered as sources: speakers first, then everyone else, each in reading order. */
  private readonly sourceOrder: string[];
  /** Where each attributed speaker speaks, in reading order: for "the nearest preceding speaker". */
  private readonly speeches: (Span & { actor: string })[];
  /** Quotes reported by an attribution with a source or speaker. */
  readonly quotesWithSpeaker: Set<string>;
  private readonly quoteEnds: Set<number>;
  /** Weasel sources per sentence index, read once: many attributions may share one long sentence. */
  private readonly vague = new Map<number, VagueSource[]>();

  /** `vocabulary`: the article's, so a desk's own cue verbs source a claim. */
  constructor(readonly model: Model, readonly vocabulary: Vocabulary) {
    this.reporterText = blank(model.text, [...model.quotes, ...model.suppressed.flatMap(markerOf)]);
    this.attributed = this.findAttributedSentences();
    this.sourced = sourcedSentences(this);
    const readingOrder = [...model.actors].sort((a, b) => firstOffset(a) - firstOffset(b)).map((a) => a.id);
    const speakers = new Set(model.attributions.flatMap((a) => (a.actor ? [a.actor] : [])));
    this.sourceOrder = [...readingOrder.filter((id) => speakers.has(id)), ...readingOrder.filter((id) => !speakers.has(id))];
    this.speeches = model.attributions
      .flatMap((a) => (a.actor ? [{ start: speechStart(a), end: speechStart(a), actor: a.actor }] : []))
      .sort((a, b) => a.start - b.start);
    this.quotesWithSpeaker = quotesWithSpeaker(model.quotes, model.attributions);
    this.quoteEnds = new Set(model.quotes.map((q) => q.end));
  }

  /** The index of the sentence holding an offset (the last one starting at or before it), or -1. */
  sentenceAt(offset: number): number {
    return lastStartingAtOrBefore(this.model.sentences, offset);
  }

  isBody(offset: number): boolean {
    const p = lastStartingAtOrBefore(this.model.paragraphs, offset);
    return p >= 0 && this.model.paragraphs[p].kind === 'body' && offset < this.model.paragraphs[p].end;
  }

  bodySentences(): { index: number; sentence: Sentence }[] {
    return this.model.sentences
      .map((sentence, index) => ({ index, sentence }))
      .filter(({ sentence }) => this.model.paragraphs[sentence.paragraph]?.kind === 'body');
  }

  /** Whether an offset falls in quoted words or a marker (blanked in the reporter's text). */
  isQuoted(offset: number): boolean {
    return this.reporterText[offset] !== this.model.text[offset];
  }

  reporterWords(span: Span): string {
    return this.reporterText.slice(span.start, span.end);
  }

  /** The weasel sources of sentence `index` in the reporter's words, offsets relative to the sentence. */
  vagueSourcesIn(index: number): VagueSource[] {
    let found = this.vague.get(index);
    if (!found) {
      found = findVagueSources(this.reporterWords(this.model.sentences[index]));
      this.vague.set(index, found);
    }
    return found;
  }

  /**
   * The actors to offer as the source of a claim or quote at `offset`: the nearest preceding speaker, then the
   * other speakers, then everyone else, each group in reading order.
   */
  candidates(offset: number): string[] {
    const nearest = this.speeches[lastStartingAtOrBefore(this.speeches, offset - 1)]?.actor;
    const others = this.sourceOrder.slice(0, MAX_CANDIDATES + 1);
    return [...new Set([...(nearest ? [nearest] : []), ...others])].slice(0, MAX_CANDIDATES);
  }

  /**
   * Where ", X said" goes: before the sentence's final punctuation, and before a closing quote mark when the
   * sentence ends with one (a single mark counts only where a quotation ends, since it may be an apostrophe).
   */
  insertAt(sentence: Span): number {
    const { text } = this.model;
    const { start, end } = trimmed(text, sentence);
    let at = end;
    while (at > start) {
      const c = text[at - 1];
      const closesQuote = CLOSING_MARKS.includes(c) || (CLOSING_SINGLE_MARKS.includes(c) && this.quoteEnds.has(at));
      if (!FINAL_PUNCTUATION.includes(c) && !closesQuote) break;
      at--;
    }
    return at;
  }

  private findAttributedSentences(): Set<number> {
    const covered = new Set<number>();
    const cover = (span: Span | null) => {
      if (!span || span.end <= span.start) return;
      const first = Math.max(0, this.sentenceAt(span.start));
      const last = this.sentenceAt(span.end - 1);
      for (let i = first; i <= last; i++) covered.add(i);
    };
    for (const a of this.model.attributions.filter((a) => this.sources(a))) {
      cover(a.content);
      cover(a.cue);
      cover(a.source);
    }
    this.model.sentences.forEach((s, i) => {
      if (hasSourcingCue(this.reporterWords(s), this.vocabulary)) covered.add(i);
    });
    return covered;
  }

  /**
   * Whether an attribution sources what it covers: see `cueSources`; and a weasel source ("it is believed")
   * sources nothing. An attribution with no cue continues one that does.
   */
  sources(a: Attribution): boolean {
    if (a.kind === 'private-state') return false;
    const { cue } = a;
    if (!cue) return true;
    const { text, sentences } = this.model;
    const index = this.sentenceAt(cue.start);
    const sentence = sentences[index];
    const weasel = sentence
      ? this.vagueSourcesIn(index).some((v) => overlaps({ start: sentence.start + v.start, end: sentence.start + v.end }, cue))
      : false;
    return !weasel && cueSources(text.slice(cue.start, cue.end), text.slice(Math.max(0, cue.start - PRIVATE_REACH), cue.start), this.vocabulary);
  }
}


const firstOffset = (actor: Actor): number => actor.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;

/** Where an attribution begins: its cue or its content, whichever comes first. */
const speechStart = (a: Attribution): number => Math.min(a.content.start, a.cue?.start ?? a.content.start);

/**
 * Quotes an attribution with a source or a speaker reports: by its quote id, or by content overlapping the
 * quote. Quotes do not overlap one another, so each attribution looks back from the last quote starting before
 * its content ends, and stops at the first quote that ends before the content begins.
 */
function quotesWithSpeaker(quotes: Quote[], attributions: Attribution[]): Set<string> {
  const found = new Set<string>();
  for (const a of attributions) {
    if (a.actor === null && a.source === null) continue;
    if (a.quote) found.add(a.quote);
    for (let i = lastStartingAtOrBefore(quotes, a.content.end - 1); i >= 0 && quotes[i].end > a.content.start; i--) {
      found.add(quotes[i].id);
    }
  }
  return found;
}

/** The text with each span replaced by spaces (same length, so offsets still hold). */
function blank(text: string, spans: Span[]): string {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, s.start);
    const end = Math.min(text.length, s.end);
    if (end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** A sentence's span without surrounding whitespace. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const FINAL_PUNCTUATION = '.!?…';
const CLOSING_MARKS = '”"»';
const CLOSING_SINGLE_MARKS = '’\'›';

// ---------------------------------------------------------------------------------------------------------------
// unattributed-claim

/**
 * Attribution scope, for quotes (claims need an attribution of their own: see `ClaimJudge`). A body sentence is
 * sourced when an attribution covers it (content overlapping it, or its cue
 * or source inside it) or its own words name a source; and, within one paragraph, when any earlier sentence is
 * sourced (wire copy states the source once and goes on in its voice) or the very next one is (the source
 * follows the claim it supports) — unless that next sentence opens on a turn ("However, they said …"), which
 * starts a new point. Paragraphs do not carry sourcing over to the next paragraph.
 */
function sourcedSentences(reader: ArticleReader): Set<number> {
  const sourced = new Set<number>();
  const { sentences } = reader.model;
  const supports = (next: number | undefined): boolean =>
    next !== undefined && reader.attributed.has(next) && !opensNewPoint(reader.reporterWords(sentences[next]));
  for (const paragraph of reader.model.paragraphs) {
    let earlier = false;
    paragraph.sentences.forEach((index, k) => {
      if (earlier || reader.attributed.has(index) || supports(paragraph.sentences[k + 1])) sourced.add(index);
      earlier ||= reader.attributed.has(index);
    });
  }
  return sourced;
}

/**
 * A claim is judged on its own: a sentence needs a source when it makes a claim (`readClaim`, or a private state
 * the attribution extractor found: "the union wants …") and no communicative attribution covers THAT claim — its
 * content spans the claim's words, a sourcing cue in the sentence reaches them (`sourcedWithin`), or a neighbour
 * in the paragraph attributes the same claim (see `ClaimJudge`). An attribution elsewhere in the sentence or the
 * paragraph, about something else, sources nothing. High-confidence claims are warnings, medium ones information.
 */
function claimFindings(reader: ArticleReader): Finding[] {
  const { text } = reader.model;
  const judge = new ClaimJudge(reader);
  return reader.bodySentences().flatMap(({ index, sentence }) => {
    const claim = judge.claimIn(index);
    if (!claim || judge.isSourced(index, claim)) return [];
    const range = trimmed(text, sentence);
    return [
      finding(
        'unattributed-claim',
        claim.confidence === 'high' ? 'warning' : MEDIUM_CLAIM_SEVERITY,
        range,
        claimMessage(claim.category, claim.holder),
        {
          candidates: reader.candidates(range.start),
          insertAt: reader.insertAt(sentence),
          category: claim.category,
          confidence: claim.confidence,
        },
      ),
    ];
  });
}

/** A claim in article offsets, with the private state's holder when an attribution names one. */
interface Claim extends ClaimReading {
  holder?: { who: string; state: string };
  /** The actor whose private state it is. */
  actor?: string | null;
}

/** The fewest topic words a neighbour must share with a claim to attribute the same claim. */
const SHARED_TOPIC = 2;

class ClaimJudge {
  /** Whether an offset lies in the content of a communicative attribution that sources. */
  private readonly inSourcedContent: (span: Span) => boolean;
  /** Communicative attributions that source, by the sentence of their cue (or content, when cueless). */
  private readonly spoken = new Map<number, Attribution[]>();
  /** Private-state attributions, by the sentence of their cue. */
  private readonly states = new Map<number, Attribution[]>();

  constructor(private readonly reader: ArticleReader) {
    const sourcing = reader.model.attributions.filter((a) => reader.sources(a));
    this.inSourcedContent = coverage(sourcing.map((a) => a.content));
    for (const a of reader.model.attributions) {
      const into = a.kind === 'private-state' ? this.states : reader.sources(a) ? this.spoken : undefined;
      const index = reader.sentenceAt((a.cue ?? a.content).start);
      if (into && index >= 0) into.set(index, [...(into.get(index) ?? []), a]);
    }
  }

  /** The claim sentence `index` makes, in article offsets: a private state the extractor found comes first. */
  claimIn(index: number): Claim | null {
    const sentence = this.reader.model.sentences[index];
    const words = this.reader.reporterWords(sentence);
    if (!mayClaim(words)) return null;
    const reading = matchClaim(words);
    const holder = reading ? holderOf(words, reading) : null;
    const stated = reading && {
      ...reading,
      start: sentence.start + reading.start,
      end: sentence.start + reading.end,
      ...(holder ? { holder } : {}),
    };
    return this.privateStateIn(index) ?? stated;
  }

  /** A private state of someone other than the writer, in the reporter's words (a quoted "we want" is speech). */
  private privateStateIn(index: number): Claim | null {
    const { text } = this.reader.model;
    for (const a of this.states.get(index) ?? []) {
      if (!a.cue || this.reader.isQuoted(a.cue.start)) continue;
      const state = text.slice(a.cue.start, a.cue.end);
      const who = a.source ? text.slice(a.source.start, a.source.end) : '';
      if (/^(?:i|we)$/i.test(who)) continue;
      const category = privateStateOf(state) ?? 'deliberation';
      return {
        category,
        confidence: 'high',
        start: a.cue.start,
        end: a.cue.end,
        actor: a.actor,
        ...(who ? { holder: { who: asInSentence(who), state } } : {}),
      };
    }
    return null;
  }

  /**
   * Whether a communicative attribution covers the claim: its content spans the claim's words, a sourcing cue
   * in the sentence reaches them, or a neighbour in the paragraph attributes the same claim.
   */
  isSourced(index: number, claim: Claim): boolean {
    const sentence = this.reader.model.sentences[index];
    if (this.inSourcedContent({ start: claim.start, end: claim.start + 1 })) return true;
    if (sourcedWithin(this.reader.reporterWords(sentence), claim.start - sentence.start, this.reader.vocabulary)) return true;
    return this.sourcedByNeighbour(index, claim);
  }

  /**
   * The sentence right after, in the same paragraph and not opening on a turn, attributes the same claim (same
   * holder, or the same topic: a paraphrase then "…, he said."); or the sentence right before attributes an
   * account on the same topic that this one plainly continues.
   */
  private sourcedByNeighbour(index: number, claim: Claim): boolean {
    const { sentences } = this.reader.model;
    const paragraph = sentences[index].paragraph;
    const topic = topicWords(this.reader.model.text.slice(sentences[index].start, sentences[index].end));
    const attributesSame = (neighbour: number) => {
      const other = sentences[neighbour];
      if (!other || other.paragraph !== paragraph) return false;
      const spoken = this.spoken.get(neighbour) ?? [];
      const words = this.reader.reporterWords(other);
      if (neighbour > index && pointsBack(words, this.reader.model.text.slice(other.start, other.end), this.reader.vocabulary)) return true;
      if (spoken.length === 0) return false;
      if (claim.actor && spoken.some((a) => a.actor === claim.actor)) return true;
      const shared = [...topicWords(this.reader.model.text.slice(other.start, other.end))].filter((w) => topic.has(w));
      return shared.length >= SHARED_TOPIC;
    };
    const next = index + 1;
    if (next < sentences.length && !opensNewPoint(this.reader.reporterWords(sentences[next])) && attributesSame(next)) return true;
    return index > 0 && !opensNewPoint(this.reader.reporterWords(sentences[index])) && attributesSame(index - 1);
  }
}

/**
 * The holder and the verb of a private state a sentence opens on ("Council members fear the levy …" → "council
 * members", "fear"), for the message; null unless the sentence starts with a short subject right before a verb
 * of private state.
 */
function holderOf(words: string, claim: ClaimReading): { who: string; state: string } | null {
  const who = words.slice(0, claim.start).trim();
  const state = words.slice(claim.start, claim.end).trim().replace(STATE_TAIL, '');
  if (!/^\p{Lu}/u.test(who) || /[,;:()—–]/.test(who) || who.split(/\s+/).length > 5) return null;
  return privateStateOf(state) ? { who: asInSentence(who), state } : null;
}

/** A source's words as they read mid-sentence: "The union" → "the union"; names keep their capitals. */
function asInSentence(who: string): string {
  const words = who.split(/\s+/);
  const common = words.length > 1 ? words.slice(1).some((w) => /^\p{Ll}/u.test(w)) : /^(?:he|she|they|it)$/i.test(who);
  return common || /^(?:the|a|an|some|many|several|most)$/i.test(words[0]) ? who[0].toLowerCase() + who.slice(1) : who;
}

// ---------------------------------------------------------------------------------------------------------------
// vague-attribution

function vagueFindings(reader: ArticleReader): Finding[] {
  return reader.bodySentences().flatMap(({ index, sentence }) =>
    reader.vagueSourcesIn(index).map((v) =>
      finding(
        'vague-attribution',
        'warning',
        { start: sentence.start + v.start, end: sentence.start + v.end },
        `“${v.text}” names nobody the reader could check. Who, exactly? Name the source or say who they are.`,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// anonymous-source

/**
 * Each mention of an unnamed source that a statement is attributed to, with how many the story has. A weasel
 * source ("Critics say") is already flagged as vague and is neither noted again nor counted.
 */
function anonymousFindings(reader: ArticleReader, vague: Finding[]): Finding[] {
  const { model } = reader;
  const anonymous = new Set(model.actors.filter((a) => a.kind === 'anonymous').map((a) => a.id));
  const weasels = new SpanIndex(vague);
  const sources = uniqueSpans(
    model.attributions.flatMap((a) =>
      a.source && a.actor && anonymous.has(a.actor) && a.kind !== 'private-state' ? [a.source] : [],
    ),
  ).filter((source) => !weasels.overlaps(source));
  const explainedSomewhere = explainsAnonymity(reader.reporterText);
  // one reading per sentence, however many sources it names
  const explained = new Map<number, boolean>();
  const explainedIn = (index: number) => {
    if (!explained.has(index)) explained.set(index, explainsAnonymity(reader.reporterWords(model.sentences[index])));
    return explained.get(index)!;
  };
  return sources.map((source) => {
    const index = reader.sentenceAt(source.start);
    const explainedHere = index >= 0 && explainedIn(index);
    const reason = explainedHere
      ? 'The story says why anonymity was granted here.'
      : explainedSomewhere
        ? 'The story explains anonymity elsewhere; check that the reason covers this source too.'
        : 'Tell the reader why anonymity was granted.';
    const count = sources.length;
    return finding(
      'anonymous-source',
      'information',
      source,
      `Unnamed source (${count} in this story). ${reason}`,
      { count },
    );
  });
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(`${s.start}:${s.end}`, { start: s.start, end: s.end });
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// unattributed-quote

/**
 * A direct or partial quote in body copy with no speaker: no attribution reports it, its sentence is outside every
 * attribution's scope (so "called it “a con”" after a cue, or a quote sentence following "she said" in the same
 * paragraph, is not flagged), no colon introduces it, and it is not nested in another quote (the outer one speaks
 * for it).
 */
function quoteFindings(reader: ArticleReader): Finding[] {
  const { model } = reader;
  return outermost(model.quotes)
    .filter((q) => (q.kind === 'direct' || q.kind === 'partial') && reader.isBody(q.start))
    .filter((q) => !readsAsTitle(model.text.slice(q.inner.start, q.inner.end)) && !introducedByColon(model.text, q))
    .filter((q) => !reader.quotesWithSpeaker.has(q.id) && !reader.sourced.has(reader.sentenceAt(q.start)))
    .map((q) => {
      const sentence = model.sentences[reader.sentenceAt(Math.max(q.start, q.end - 1))];
      return finding(
        'unattributed-quote',
        'warning',
        { start: q.start, end: q.end },
        'Nobody is named as the speaker of this quote. Who said it?',
        {
          candidates: reader.candidates(q.start),
          ...(sentence ? { insertAt: reader.insertAt(sentence) } : {}),
        },
      );
    });
}

/**
 * Words in title case ("All Bets Are Off", "Grand Bargain") name a show, a book or a slogan rather than report
 * speech; a quote finder may still call them direct. Precision first: such quotes are not flagged.
 */
function readsAsTitle(inner: string): boolean {
  const words = inner.slice(0, 200).match(/[A-Za-z][\w'’-]*/g) ?? [];
  return words.length >= 2 && words.every((w) => /^[A-Z]/.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** "… a new campaign message: “It's about me.”" — the sentence before the colon introduces the speaker. */
function introducedByColon(text: string, quote: Quote): boolean {
  return /:\s{0,3}$/.test(text.slice(Math.max(0, quote.start - 4), quote.start));
}

/** Quotes (sorted by start) that no other quote contains. */
function outermost(quotes: Quote[]): Quote[] {
  let reach = -1;
  return quotes.filter((q) => {
    const nested = q.end <= reach;
    reach = Math.max(reach, q.end);
    return !nested;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// unbalanced-quote

const OPENING_MARKS = '“‘«‹„';

/** A curly mark says which end it is; a straight one opens when it stands before a word, after a space or nothing. */
function opensQuote(text: string, span: Span): boolean {
  const mark = text.slice(span.start, span.end);
  if ([...mark].some((c) => OPENING_MARKS.includes(c))) return true;
  if (!/^["']+$/.test(mark)) return false;
  return /\S/.test(text[span.end] ?? '') && !/\S/.test(text[span.start - 1] ?? ' ');
}

function unbalancedFindings(text: string, spans: Span[]): Finding[] {
  return spans.map((span) => {
    const message = opensQuote(text, span)
      ? 'This quotation mark opens a quote that is never closed. Where does the quote end?'
      : 'This quotation mark has no matching opening mark. Where does the quote begin?';
    return finding('unbalanced-quote', 'warning', span, message);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// surname-first

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+/;

/** AP style: the first reference in the body gives the full name; a surname alone comes after. */
function surnameFindings(reader: ArticleReader): Finding[] {
  const { text } = reader.model;
  return reader.model.actors
    .filter((a) => a.kind === 'person')
    .flatMap((actor) => {
      // The reporter answers for the body copy, not for how a quoted speaker names someone.
      const body = actor.mentions.filter((m) => reader.isBody(m.start) && !reader.isQuoted(m.start));
      const first = body[0];
      if (!first || (first.form !== 'surname' && first.form !== 'possessive')) return [];
      const called = text.slice(first.start, first.end);
      // A possessive of the full name ("Antony Blinken’s") is a full first reference.
      if (first.form === 'possessive' && /\s/.test(called.replace(HONORIFIC, '').trim())) return [];
      if (!body.some((m) => m.form === 'full')) return [];
      return [
        finding(
          'surname-first',
          'information',
          { start: first.start, end: first.end },
          `First reference to ${actor.name} uses “${called}” alone; the full name comes later. Give the full name and title here.`,
          { actor: actor.id },
        ),
      ];
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Suppression markers

/**
 * An inline marker that silences findings, written as an HTML comment so it stays invisible in Markdown:
 * `<!-- sourcing-lens: ignore -->` silences every code, `<!-- sourcing-lens: ignore unattributed-claim -->`
 * (one or more codes, separated by spaces or commas) only those.
 * Reach: a marker alone on its line silences the next paragraph (the next non-blank line); a marker inside a
 * line silences the sentence it stands in, or the sentence it directly follows when it comes after a sentence's
 * final punctuation (where "Ignore this claim" puts it). The marker's own text is never judged.
 */
export interface Suppression extends Span {
  /** The codes it silences; null for all. */
  codes: FindingCode[] | null;
  /** The comment itself. */
  marker: Span;
}

const MARKER = /<!--\s{0,20}sourcing-lens:\s{0,20}ignore\b([^>]{0,300}?)-->/gi;
const CODE = /[a-z]+(?:-[a-z]+)*/gi;
const KNOWN_CODES: readonly FindingCode[] = [
  'unattributed-claim',
  'vague-attribution',
  'anonymous-source',
  'unattributed-quote',
  'unbalanced-quote',
  'surname-first',
];

export function findSuppressions(text: string): Suppression[] {
  const found: Suppression[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const marker = { start: m.index, end: m.index + m[0].length };
    const codes = (m[1].match(CODE) ?? []).map((c) => c.toLowerCase()) as FindingCode[];
    const known = codes.filter((c) => KNOWN_CODES.includes(c));
    found.push({ ...skipBlanks(text, markerReach(text, marker)), codes: known.length > 0 ? known : null, marker });
  }
  return found;
}

const SENTENCE_END = /[.!?…]["”’'»)\]]{0,3}(?=\s|$)/g;
/**
 * How far around a marker its sentence is looked for: bounds the work on a pathological one-line text. A longer
 * sentence is still silenced, since a finding is dropped when it overlaps the reach.
 */
const REACH_WINDOW = 400;

function markerReach(text: string, marker: Span): Span {
  const lineStart = lineBoundary(text, marker.start, -1);
  const lineEnd = lineBoundary(text, marker.end, 1);
  const before = text.slice(lineStart, marker.start);
  const after = text.slice(marker.end, lineEnd);
  if (!before.trim() && !after.trim()) return { start: marker.start, end: nextLineEnd(text, lineEnd) };
  const ends = sentenceEnds(before);
  const last = ends[ends.length - 1];
  if (last !== undefined && !before.slice(last).trim()) {
    // The marker follows a sentence's final punctuation: it silences that sentence.
    return { start: lineStart + (ends.length > 1 ? ends[ends.length - 2] : 0), end: marker.end };
  }
  const endInAfter = sentenceEnds(after)[0];
  return { start: lineStart + (last ?? 0), end: endInAfter === undefined ? lineEnd : marker.end + endInAfter };
}

/** The reach without the blanks before its first word. */
function skipBlanks(text: string, reach: Span): Span {
  let { start } = reach;
  while (start < reach.end && /\s/.test(text[start])) start++;
  return { start, end: reach.end };
}

/** The start (direction -1) or end (+1) of the line holding `from`, looked for at most REACH_WINDOW away. */
function lineBoundary(text: string, from: number, direction: -1 | 1): number {
  const limit = codePointBound(text, from + direction * REACH_WINDOW);
  let at = from;
  while (at !== limit && text[direction < 0 ? at - 1 : at] !== '\n') at += direction;
  return at;
}

/** Offsets just past each sentence-final punctuation (and closing marks) followed by whitespace or the end. */
function sentenceEnds(line: string): number[] {
  return [...line.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
}

/** The end of the next non-blank line after `from`, or `from` when there is none. */
function nextLineEnd(text: string, from: number): number {
  const nonBlank = /\S/g;
  nonBlank.lastIndex = from;
  const m = nonBlank.exec(text);
  if (!m) return from;
  const newline = text.indexOf('\n', m.index);
  return newline < 0 ? text.length : newline;
}

const markerOf = (span: Span): Span[] => ('marker' in span ? [(span as Suppression).marker] : []);

function isSuppressed(f: Finding, suppressed: Span[]): boolean {
  return suppressed.some((s) => {
    const codes = 'codes' in s ? (s as Suppression).codes : null;
    return overlaps(f, s) && (codes === null || codes.includes(f.code));
  });
}

function finding(code: FindingCode, severity: Finding['severity'], range: Span, message: string, data?: FindingData): Finding {
  return { code, severity, start: range.start, end: range.end, message, ...(data ? { data } : {}) };
}

/**
 * Reading the model for findings: which sentences are body copy, what the reporter wrote (quotes and markers
 * blanked), which sentences an attribution covers, and which actors to offer as sources in a quick fix.
 */
import { findVagueSources, hasSourcingCue, opensNewPoint, type VagueSource } from './claims';
import { markerOf } from './suppressions';
import type { Actor, ArticleModel, Attribution, Paragraph, Quote, Sentence, Span } from '../model';
import { lastStartingAtOrBefore, overlaps } from '../text/spanIndex';
import type { Vocabulary } from '../lexicon/vocabulary';

export type Model = Omit<ArticleModel, 'findings'>;

/** At most this many actors are offered as sources in a quick fix. */
const MAX_CANDIDATES = 8;

/** A paragraph of reporting the engine read: body copy in English (see Paragraph.language). */
const isReadBody = (p: Paragraph | undefined): boolean => p?.kind === 'body' && p.language === undefined;

export class ArticleReader {
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
  /** `reportsSpeech` by attribution, read once: the claim judge and the model's features both ask. */
  private readonly speech = new Map<Attribution, boolean>();

  constructor(
    readonly model: Model,
    readonly vocabulary: Vocabulary,
  ) {
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

  /** The sentence after sentence `index` when its paragraph goes on with it: a neighbour that may back or credit it. */
  nextInParagraph(index: number): Sentence | undefined {
    const { sentences } = this.model;
    const next = sentences[index + 1];
    return next && next.paragraph === sentences[index]?.paragraph ? next : undefined;
  }

  isBody(offset: number): boolean {
    const p = lastStartingAtOrBefore(this.model.paragraphs, offset);
    return p >= 0 && isReadBody(this.model.paragraphs[p]) && offset < this.model.paragraphs[p].end;
  }

  bodySentences(): { index: number; sentence: Sentence }[] {
    return this.model.sentences
      .map((sentence, index) => ({ index, sentence }))
      .filter(({ sentence }) => isReadBody(this.model.paragraphs[sentence.paragraph]));
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
   * Whether an attribution reports somebody's account: its cue is a verb of speech or writing (a desk's own cue
   * verbs included), "according to", or other sourcing wording ("a poll shows"). A stance ("endorsed",
   * "welcomed") or an act the extractor reads like a cue ("continues") reports a position, not what the claim
   * rests on. An attribution with no cue continues one that does.
   */
  reportsSpeech(a: Attribution): boolean {
    let answer = this.speech.get(a);
    if (answer === undefined) this.speech.set(a, (answer = this.readsAsSpeech(a)));
    return answer;
  }

  private readsAsSpeech(a: Attribution): boolean {
    if (!a.cue) return true;
    if (/^\s*to\s/i.test(this.model.text.slice(a.content.start, a.content.start + 4))) return false;
    const cue = this.model.text.slice(a.cue.start, a.cue.end);
    const spoken = (m: RegExpExecArray) => /^according/i.test(m[0]) || this.vocabulary.cueClass(m[0]) === 'speech';
    return this.vocabulary.cueMatches(cue).some(spoken) || hasSourcingCue(cue, this.vocabulary);
  }

  /**
   * Whether an attribution sources what it covers: a private state (marked once, by `markPrivateStates`) sources
   * nothing, nor does a weasel source ("it is believed"), nor an agentless passive that names nobody ("is accused
   * of", "was expected to"): it shows as an attribution, but no one stands behind the claim. An attribution with
   * no cue continues one that does.
   */
  sources(a: Attribution): boolean {
    if (a.kind === 'private-state' || (a.source === null && a.actor === null)) return false;
    const { cue } = a;
    if (!cue) return true;
    const { sentences } = this.model;
    const index = this.sentenceAt(cue.start);
    const sentence = sentences[index];
    return !sentence || !this.vagueSourcesIn(index).some((v) => overlaps({ start: sentence.start + v.start, end: sentence.start + v.end }, cue));
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

/** A sentence's span without surrounding whitespace. */
export function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const FINAL_PUNCTUATION = '.!?…';
const CLOSING_MARKS = '”"»';
const CLOSING_SINGLE_MARKS = '’\'›';

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

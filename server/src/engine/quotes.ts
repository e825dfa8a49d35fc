/**
 * Quotes: quotation marks paired inside a paragraph (see marks.ts), told apart by shape, then joined across
 * paragraphs.
 *
 * Kinds, by shape only (who speaks is the attribution stage's question):
 * - `title`: capitalised words naming a work — after a work noun (the film “The Long Night”), or three or more
 *   title-case words in a sentence that is not itself in headline case.
 * - `scare`: up to three (four after so-called/dubbed) words used as a label, with no speech in the sentence.
 * - `direct`: a full utterance — the quotation opens its sentence, or follows a colon, or follows a comma or a
 *   speech verb and starts with a capital.
 * - `partial`: any other quoted words inside a sentence that goes on around them.
 * A single quotation inside a double one is reported too, as its own quote inside the outer one's span.
 */
import { pairMarks, type MarkPair } from './marks';
import type { Quote, QuoteKind, Span } from './model';
import { isBlank, isDash, isLetter, isTerminal, isTitleCase, isUpper, quoteMark } from './text';

/** A quotation found inside one paragraph; spans relative to the paragraph text. */
export interface LocalQuote extends Span {
  kind: QuoteKind;
  inner: Span;
}

export interface QuoteScan {
  /** Quotations opened and closed inside the paragraph. */
  quotes: LocalQuote[];
  /** An opening mark never closed in the paragraph (a multi-paragraph quote continues, or it is unbalanced). */
  openAtEnd: Span | null;
  /** Closing marks with no opening mark in the paragraph. */
  strayClosings: Span[];
  /** Opening marks abandoned because another opening came before any closing. */
  strayOpenings?: Span[];
}

/** Words around a quotation that say it reports speech. Shape only: the attribution stage owns the full lexicon. */
const SPEECH = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'asked', 'asks', 'added', 'adds', 'wrote',
  'writes', 'tweeted', 'posted', 'called', 'calls', 'calling', 'described', 'describes', 'describing', 'warned',
  'warns', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'noted', 'notes', 'stated', 'declared',
  'announced', 'urged', 'promised', 'vowed', 'pledged', 'praised', 'criticized', 'criticised', 'denounced',
  'dismissed', 'labeled', 'labelled', 'branded', 'accused', 'according', 'statement', 'interview', 'speech',
  'remarks', 'testified', 'testimony', 'suggested', 'acknowledged', 'admitted', 'explained', 'recalled',
  'complained', 'conceded', 'confirmed', 'denied', 'predicted', 'quipped', 'joked', 'replied', 'responded',
  'stressed', 'emphasized', 'emphasised', 'chanted', 'shouted', 'wrote', 'cautioned', 'hailed', 'blasted',
  'slammed', 'mocked', 'derided', 'referred', 'spokesman', 'spokeswoman', 'spokesperson',
]);
/** Verbs after which a capitalised quotation is the speech itself: she said “We are ready.” */
const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'posted', 'replied', 'declared',
  'announced', 'chanted', 'shouted', 'answered', 'responded', 'warned', 'insisted', 'continued',
]);
/** Words that name a work right before its title. */
const WORKS = new Set([
  'film', 'movie', 'documentary', 'song', 'single', 'album', 'book', 'novel', 'memoir', 'poem', 'play', 'musical',
  'opera', 'show', 'series', 'episode', 'podcast', 'programme', 'program', 'report', 'study', 'paper', 'article',
  'column', 'essay', 'op-ed', 'editorial', 'titled', 'entitled', 'headlined', 'exhibition', 'campaign', 'painting',
  'anthem', 'hymn', 'track', 'sitcom', 'drama', 'game',
]);
/** Words that present a label, not speech: the so-called “peace plan”. */
const LABELS = new Set(['so-called', 'dubbed', 'nicknamed', 'term', 'word', 'phrase', 'label', 'slogan', 'known']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words just before position i, lower-cased, read from at most 40 characters back. */
function wordsBefore(text: string, i: number, from: number): string[] {
  return words(text.slice(Math.max(from, i - 40), i)).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
}

/** The last visible character before i, not before `from`. */
function charBefore(text: string, i: number, from: number): string {
  let j = i - 1;
  while (j >= from && isBlank(text[j])) j--;
  return j >= from ? text[j] : '';
}

/** The last visible character of the words between the marks, through nested closing marks. */
function lastInner(text: string, inner: Span): string {
  let j = inner.end - 1;
  while (j >= inner.start && (isBlank(text[j]) || quoteMark(text[j])?.level === 'single')) j--;
  return j >= inner.start ? text[j] : '';
}

function firstInner(text: string, inner: Span): string {
  let j = inner.start;
  while (j < inner.end && !isLetter(text[j]) && !/\p{N}/u.test(text[j])) j++;
  return j < inner.end ? text[j] : '';
}

interface Context {
  /** Where the sentence (or, for a nested quote, the enclosing quotation's words) begins. */
  from: number;
  /** The sentence mentions speech. */
  speech: boolean;
  /** The sentence is in headline case, so capitals say nothing about titles. */
  headline: boolean;
}

function classify(text: string, pair: MarkPair, context: Context): QuoteKind {
  const inner = { start: pair.open + 1, end: pair.close };
  const body = text.slice(inner.start, inner.end);
  const count = words(body).length;
  const last = lastInner(text, inner);
  const first = firstInner(text, inner);
  const utterance = isTerminal(last) || last === ',' || isDash(last) || last === ':';
  const before = wordsBefore(text, pair.open, context.from);
  const previous = before[before.length - 1] ?? '';
  const mark = charBefore(text, pair.open, context.from);

  const labelPunctuation = last === '' || last === ',' || last === '.' || isLetter(last) || /\p{N}/u.test(last);
  if (isTitleCase(body) && count <= 12) {
    if (before.slice(-3).some((w) => WORKS.has(w))) return 'title';
    if (count >= 3 && !context.headline && !utterance) return 'title';
  }
  if (count <= 4 && LABELS.has(previous) && labelPunctuation) return 'scare';
  const opensSentence = mark === '' || isDash(mark) || mark === '(' || quoteMark(mark)?.shape === 'open';
  if (opensSentence && (utterance || count >= 4)) return 'direct';
  if (mark === ':') return 'direct';
  if ((mark === ',' || SPEECH_VERBS.has(previous)) && isUpper(first) && (utterance || count >= 3)) return 'direct';
  // A few words with no speech around them are a label; American style puts the comma or period inside.
  if (count <= 3 && !context.speech && labelPunctuation) return 'scare';
  return 'partial';
}

/** For each sentence, whether it mentions speech and whether it is in headline case, computed once. */
function sentenceContexts(paragraph: string, sentences: Span[]): Context[] {
  return sentences.map((s) => {
    const text = paragraph.slice(s.start, s.end);
    return {
      from: s.start,
      speech: words(text).some((w) => SPEECH.has(w.toLowerCase())),
      headline: isTitleCase(text),
    };
  });
}

const NO_CONTEXT: Context = { from: 0, speech: false, headline: false };

export function scanQuotes(paragraph: string, sentences: Span[]): QuoteScan {
  const marks = pairMarks(paragraph);
  const contexts = sentenceContexts(paragraph, sentences);
  const quotes: LocalQuote[] = [];
  const outer: MarkPair[] = [];
  let s = 0;
  for (const pair of marks.pairs) {
    while (s < sentences.length && sentences[s].end <= pair.open) s++;
    let context = s < sentences.length && sentences[s].start <= pair.open ? contexts[s] : NO_CONTEXT;
    while (outer.length && outer[outer.length - 1].close < pair.open) outer.pop();
    const parent = outer[outer.length - 1];
    if (parent) context = { ...context, from: parent.open + 1 };
    quotes.push({
      start: pair.open,
      end: pair.close + 1,
      kind: classify(paragraph, pair, context),
      inner: { start: pair.open + 1, end: pair.close },
    });
    outer.push(pair);
  }
  return {
    quotes,
    openAtEnd: marks.openAtEnd === null ? null : markSpan(marks.openAtEnd),
    strayClosings: marks.strayClosings.map(markSpan),
    strayOpenings: marks.strayOpenings.map(markSpan),
  };
}

const markSpan = (i: number): Span => ({ start: i, end: i + 1 });

export interface JoinedQuotes {
  quotes: Quote[];
  /** For each paragraph index, the id of each of its local quotes (by index in QuoteScan.quotes). */
  localIds: string[][];
  /** Quotation marks that never pair up, in article offsets. */
  unbalanced: Span[];
}

type ParagraphScan = { paragraph: number; scan: QuoteScan; offset: number };

/** The paragraph's first visible character is an opening mark: it carries on a quotation left open above. */
function continuesQuote(text: string, entry: ParagraphScan): boolean {
  let i = entry.offset;
  while (i < text.length && isBlank(text[i])) i++;
  const mark = quoteMark(text[i] ?? '');
  return mark !== undefined && mark.level === 'double' && mark.shape !== 'close';
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text[i])) return false;
  return true;
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/**
 * Gives the quotes of all paragraphs article offsets and ids, and joins a multi-paragraph quote: the opening
 * mark repeats on each paragraph, the closing mark stands only at the end. A quotation left open that the next
 * paragraph does not carry on, and closing marks with nothing open, are unbalanced. A quotation that runs into
 * the next paragraph without the repeated mark, closing there before any other mark, is joined as well.
 */
export function joinQuotes(text: string, scans: ParagraphScan[]): JoinedQuotes {
  const quotes: Quote[] = [];
  const localIds: string[][] = [];
  const unbalanced: Span[] = [];
  /** The quotation still open at the end of the previous paragraph: its opening and the paragraphs so far. */
  let open: { start: number; paragraphs: number[] } | null = null;

  const add = (q: Omit<Quote, 'id'>): string => {
    const id = `q${quotes.length + 1}`;
    quotes.push({ id, ...q });
    return id;
  };

  for (const entry of scans) {
    const { paragraph, scan, offset } = entry;
    const ids: string[] = [];
    let strays = scan.strayClosings;
    let first = 0;
    let chained = false;
    if (open) {
      const continued = continuesQuote(text, entry);
      const opening = scan.quotes[0];
      const closing = strays[0];
      if (continued && opening && onlyBlanks(text, offset, offset + opening.start)) {
        ids.push(add(joined(open, paragraph, offset + opening.end, offset + opening.inner.end)));
        first = 1;
        open = null;
      } else if (continued && scan.openAtEnd && onlyBlanks(text, offset, offset + scan.openAtEnd.start)) {
        open.paragraphs.push(paragraph);
        chained = true;
      } else if (!continued && closing && (opening?.start ?? Infinity) > closing.start) {
        add(joined(open, paragraph, offset + closing.end, offset + closing.start));
        strays = strays.slice(1);
        open = null;
      } else {
        unbalanced.push({ start: open.start, end: open.start + 1 });
        open = null;
      }
    }
    for (const q of scan.quotes.slice(first)) {
      ids.push(add({ kind: q.kind, ...shift(q, offset), inner: shift(q.inner, offset), paragraphs: [paragraph] }));
    }
    for (const stray of [...strays, ...(scan.strayOpenings ?? [])]) unbalanced.push(shift(stray, offset));
    if (scan.openAtEnd && !chained) open = { start: offset + scan.openAtEnd.start, paragraphs: [paragraph] };
    localIds[paragraph] = ids;
  }
  if (open) unbalanced.push({ start: open.start, end: open.start + 1 });
  unbalanced.sort((a, b) => a.start - b.start);
  return { quotes, localIds, unbalanced };
}

function joined(open: { start: number; paragraphs: number[] }, paragraph: number, end: number, innerEnd: number): Omit<Quote, 'id'> {
  return {
    kind: 'direct',
    start: open.start,
    end,
    inner: { start: open.start + 1, end: innerEnd },
    paragraphs: [...open.paragraphs, paragraph],
  };
}

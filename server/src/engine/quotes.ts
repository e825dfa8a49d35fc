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
import { countWords, isBlank, isDash, isLower, isTerminal, isTitleCase, isUpper, isWordChar, quoteMark } from './text';

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

/** Up to three words in the 40 characters before position i (not before `from`), lower-cased, nearest last. */
function wordsBefore(text: string, i: number, from: number): string[] {
  const found: string[] = [];
  let end = i;
  const stop = Math.max(from, i - 40);
  while (found.length < 3 && end > stop) {
    while (end > stop && !isWordChar(text[end - 1]) && text[end - 1] !== '-') end--;
    let start = end;
    while (start > stop && end - start < 20 && (isWordChar(text[start - 1]) || text[start - 1] === '-')) start--;
    if (start === end) break;
    found.unshift(text.slice(start, end).toLowerCase());
    end = start;
  }
  return found;
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
  while (j < inner.end && !isWordChar(text[j])) j++;
  return j < inner.end ? text[j] : '';
}

/** Nothing but blanks, dashes, brackets, opening marks or symbols (an emoji) stand between `from` and the mark. */
function opensItsSentence(text: string, open: number, from: number): boolean {
  for (let j = open - 1; j >= from; j--) {
    const ch = text[j];
    if (isWordChar(ch) || ch === ',' || ch === ':' || ch === ';' || quoteMark(ch)?.shape === 'close') return false;
    if (open - j > 12) return false;
  }
  return true;
}

interface Context {
  /** Where the sentence (or, for a nested quote, the enclosing quotation's words) begins. */
  from: number;
  /** The sentence mentions speech. */
  speech: boolean;
  /** The sentence is in headline case, so capitals say nothing about titles. */
  headline: boolean;
}

function classify(text: string, pair: MarkPair, inner: Span, context: Context): QuoteKind {
  const count = countWords(text, inner.start, inner.end, 13);
  const last = lastInner(text, inner);
  const first = firstInner(text, inner);
  const utterance = isTerminal(last) || last === ',' || isDash(last) || last === ':';
  let before: string[] | undefined;
  const wordsAhead = () => (before ??= wordsBefore(text, pair.open.start, context.from));
  const hasBefore = (lexicon: Set<string>) => wordsAhead().some((w) => lexicon.has(w));
  const previous = () => wordsAhead()[wordsAhead().length - 1] ?? '';
  const mark = charBefore(text, pair.open.start, context.from);

  const labelPunctuation = last === '' || last === ',' || last === '.' || isWordChar(last);
  if (count <= 12 && !isLower(first) && isTitleCase(text.slice(inner.start, inner.end))) {
    if (hasBefore(WORKS)) return 'title';
    if (count >= 3 && !context.headline && !utterance) return 'title';
  }
  if (count <= 4 && hasBefore(LABELS) && labelPunctuation) return 'scare';
  const opensSentence = opensItsSentence(text, pair.open.start, context.from);
  if (opensSentence && (utterance || count >= 4)) return 'direct';
  if (mark === ':') return 'direct';
  // “Yes,” he said, “we will.” — after a speech verb the quotation is the speech, whatever its first letter.
  if ((mark === ',' || isUpper(first)) && (utterance || count >= 3) && SPEECH_VERBS.has(previous())) return 'direct';
  if (mark === ',' && isUpper(first) && (utterance || count >= 3)) return 'direct';
  // A few words with no speech around them are a label; American style puts the comma or period inside.
  if (count <= 3 && !context.speech && labelPunctuation) return 'scare';
  return 'partial';
}

/** Any word of SPEECH, as a whole word; one linear regex pass per sentence with nothing allocated per word. */
const SPEECH_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...SPEECH].join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** For each sentence, whether it mentions speech and whether it is in headline case, computed once. */
function sentenceContexts(paragraph: string, sentences: Span[]): Context[] {
  return sentences.map((s) => {
    const text = paragraph.slice(s.start, s.end);
    return { from: s.start, speech: SPEECH_WORD.test(text), headline: isTitleCase(text) };
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
    const open = pair.open.start;
    while (s < sentences.length && sentences[s].end <= open) s++;
    let context = s < sentences.length && sentences[s].start <= open ? contexts[s] : NO_CONTEXT;
    while (outer.length && outer[outer.length - 1].close.start < open) outer.pop();
    const parent = outer[outer.length - 1];
    if (parent) context = { ...context, from: parent.open.end };
    const inner = { start: pair.open.end, end: pair.close.start };
    quotes.push({ start: open, end: pair.close.end, kind: classify(paragraph, pair, inner, context), inner });
    outer.push(pair);
  }
  return {
    quotes,
    openAtEnd: marks.openAtEnd,
    strayClosings: marks.strayClosings,
    strayOpenings: marks.strayOpenings,
  };
}

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
  let open: OpenQuote | null = null;

  const add = (q: Omit<Quote, 'id'>): string => {
    const quote = q as Quote;
    quote.id = `q${quotes.length + 1}`;
    quotes.push(quote);
    return quote.id;
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
        unbalanced.push(open.mark);
        open = null;
      }
    }
    for (const q of scan.quotes.slice(first)) {
      const { kind, start, end, inner } = q;
      ids.push(add({ kind, start: start + offset, end: end + offset, inner: shift(inner, offset), paragraphs: [paragraph] }));
    }
    for (const stray of [...strays, ...(scan.strayOpenings ?? [])]) unbalanced.push(shift(stray, offset));
    if (scan.openAtEnd && !chained) open = { mark: shift(scan.openAtEnd, offset), paragraphs: [paragraph] };
    localIds[paragraph] = ids;
  }
  if (open) unbalanced.push(open.mark);
  unbalanced.sort((a, b) => a.start - b.start);
  return { quotes, localIds, unbalanced };
}

interface OpenQuote {
  /** The opening mark, in article offsets. */
  mark: Span;
  paragraphs: number[];
}

function joined(open: OpenQuote, paragraph: number, end: number, innerEnd: number): Omit<Quote, 'id'> {
  return {
    kind: 'direct',
    start: open.mark.start,
    end,
    inner: { start: open.mark.end, end: innerEnd },
    paragraphs: [...open.paragraphs, paragraph],
  };
}

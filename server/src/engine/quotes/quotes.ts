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
import { pairMarks, type MarkPair } from '../text/marks';
import type { Quote, QuoteKind, Span } from '../model';
import { countWords, isBlank, isDash, isLower, isTerminal, isUpper, isWordChar, quoteMark } from '../text/chars';
import { isTitleCase } from '../text/titleCase';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { LABEL_WORDS, SPEECH_WORDS, WORK_NOUNS } from '../lexicon/quotes';

/** A quotation found inside one paragraph; spans relative to the paragraph text. */
export interface LocalQuote extends Span {
  kind: QuoteKind;
  inner: Span;
  /** No closing mark in the paragraph: the quote runs to the paragraph's end (and may go on in the next one). */
  unclosed?: boolean;
}

export interface QuoteScan {
  /** Quotations opened and closed inside the paragraph. */
  quotes: LocalQuote[];
  /** An opening mark never closed in the paragraph (a multi-paragraph quote continues, or it is unbalanced); the
   * words from it to the paragraph's end are also in `quotes`, marked `unclosed`. */
  openAtEnd: Span | null;
  /** Closing marks with no opening mark in the paragraph. */
  strayClosings: Span[];
  /** Opening marks abandoned because another opening came before any closing. */
  strayOpenings?: Span[];
}

/** A speech cue of the attribution lexicon ("said", "told", "according to") or a noun that reports speech: a
 * quotation in such a sentence is somebody's words, not a label. Thought cues ("plan", "hope") do not count. */
function reportsSpeech(sentence: string, vocabulary: Vocabulary): boolean {
  if (SPEECH_WORDS.test(sentence)) return true;
  return vocabulary.cueMatches(sentence).some((m) => /^according/i.test(m[0]) || vocabulary.cueClass(m[0]) === 'speech');
}

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

/** Only blanks and punctuation between from and to, at most a few characters: the sentence ends there. */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let j = from; j < to; j++) if (isWordChar(text[j])) return false;
  return true;
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
  /** Where the sentence (or, for a nested quote, the enclosing quotation's words) begins and ends. */
  from: number;
  to: number;
  /** The sentence mentions speech. */
  speech: boolean;
  /** The sentence is in headline case, so capitals say nothing about titles. */
  headline: boolean;
}

function classify(text: string, pair: MarkPair, inner: Span, context: Context, vocabulary: Vocabulary): QuoteKind {
  const count = countWords(text, inner.start, inner.end, 13);
  const last = lastInner(text, inner);
  const first = firstInner(text, inner);
  const utterance = isTerminal(last) || last === ',' || isDash(last) || last === ':';
  let preceding: string[] | undefined;
  const precedingWords = () => (preceding ??= wordsBefore(text, pair.open.start, context.from));
  const hasBefore = (lexicon: Set<string>) => precedingWords().some((w) => lexicon.has(w));
  const afterSpeechVerb = () => vocabulary.cueClass(precedingWords()[precedingWords().length - 1] ?? '') === 'speech';
  const mark = charBefore(text, pair.open.start, context.from);
  const endsSentence = onlyPunctuation(text, pair.close.end, context.to);

  const labelPunctuation = last === '' || last === ',' || last === '.' || isWordChar(last);
  if (count <= 12 && !isLower(first) && isTitleCase(text.slice(inner.start, inner.end))) {
    if (hasBefore(WORK_NOUNS)) return 'title';
    if (count >= 3 && !context.headline && !utterance) return 'title';
  }
  if (count <= 4 && hasBefore(LABEL_WORDS) && labelPunctuation) return 'scare';
  const opensSentence = opensItsSentence(text, pair.open.start, context.from);
  if (opensSentence && (utterance || count >= 4)) return 'direct';
  if (mark === ':') return 'direct';
  // “Yes,” he said, “we will.” — after a speech verb the quotation is the speech, whatever its first letter.
  // She said “there can be no going back.” — the quotation is all that follows the verb.
  const speech = mark === ',' || isUpper(first) || (endsSentence && count >= 3);
  if (speech && (utterance || count >= 3) && afterSpeechVerb()) return 'direct';
  if (mark === ',' && isUpper(first) && (utterance || count >= 3)) return 'direct';
  // A few words with no speech around them are a label; American style puts the comma or period inside.
  if (count <= 3 && !context.speech && labelPunctuation) return 'scare';
  return 'partial';
}

/** Whether a sentence mentions speech and whether it is in headline case. */
function sentenceContext(paragraph: string, s: Span, vocabulary: Vocabulary): Context {
  const text = paragraph.slice(s.start, s.end);
  return { from: s.start, to: s.end, speech: reportsSpeech(text, vocabulary), headline: isTitleCase(text) };
}

const NO_CONTEXT: Context = { from: 0, to: 0, speech: false, headline: false };

/** “Save the ferry,” and “Keep the harbour open,” — a quotation joined to the one before by a comma, and, or. */
const COORDINATED = /^[\s,]*(?:and|or)?\s*$/;

/** The quotations of one paragraph, with their kinds; `vocabulary` tells which verbs introduce speech. */
export function scanQuotes(paragraph: string, sentences: Span[], vocabulary: Vocabulary = BUILT_IN_VOCABULARY): QuoteScan {
  const marks = pairMarks(paragraph);
  // read once per sentence, and only for a sentence a quotation opens in (most paragraphs quote nobody)
  const contexts: Context[] = [];
  const contextAt = (s: number, at: number) =>
    s < sentences.length && sentences[s].start <= at ? (contexts[s] ??= sentenceContext(paragraph, sentences[s], vocabulary)) : NO_CONTEXT;
  const quotes: LocalQuote[] = [];
  const outer: MarkPair[] = [];
  let s = 0;
  let previous: LocalQuote | undefined;
  for (const pair of marks.pairs) {
    const open = pair.open.start;
    while (s < sentences.length && sentences[s].end <= open) s++;
    let context = contextAt(s, open);
    while (outer.length && outer[outer.length - 1].close.start < open) outer.pop();
    const parent = outer[outer.length - 1];
    if (parent) context = { ...context, from: parent.open.end, to: parent.close.start };
    const inner = { start: pair.open.end, end: pair.close.start };
    let kind = classify(paragraph, pair, inner, context, vocabulary);
    if (previous?.kind === 'direct' && !parent && open - previous.end <= 6 && COORDINATED.test(paragraph.slice(previous.end, open))) {
      kind = 'direct';
    }
    const quote = { start: open, end: pair.close.end, kind, inner };
    quotes.push(quote);
    if (!parent) previous = quote;
    outer.push(pair);
  }
  if (marks.openAtEnd) {
    const open = marks.openAtEnd;
    while (s < sentences.length && sentences[s].end <= open.start) s++;
    const end = { start: paragraph.length, end: paragraph.length };
    const inner = { start: open.end, end: end.start };
    const pair: MarkPair = { open, close: end, level: 'double', nested: false };
    const kind = classify(paragraph, pair, inner, contextAt(s, open.start), vocabulary);
    quotes.push({ start: open.start, end: end.end, kind, inner, unclosed: true });
    quotes.sort((a, b) => a.start - b.start);
  }
  return {
    quotes,
    openAtEnd: marks.openAtEnd,
    strayClosings: [...marks.strayClosings],
    strayOpenings: [...marks.strayOpenings],
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

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text[i])) return false;
  return true;
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/**
 * Gives the quotes of all paragraphs article offsets and ids, and joins a multi-paragraph quote: the opening
 * mark repeats on each paragraph, the closing mark stands only at the end; every paragraph's part maps to the one
 * quote. Only a direct quotation carries on: a partial quote left open (“give[s] us hope … with no closing mark)
 * stays a quote of its own paragraph and is unbalanced. A direct quotation that runs into the next paragraph
 * without the repeated mark, closing there before any other mark, is joined too. Any other quotation left open,
 * and closing marks with nothing open, are unbalanced.
 */
export function joinQuotes(text: string, scans: ParagraphScan[]): JoinedQuotes {
  const quotes: Quote[] = [];
  const localIds: string[][] = [];
  const unbalanced: Span[] = [];
  /** The direct quotation still open at the end of the previous paragraph, and its opening mark. */
  let open: { quote: Quote; mark: Span } | null = null;

  for (const { paragraph, scan, offset } of scans) {
    const ids: string[] = (localIds[paragraph] = []);
    let strays = scan.strayClosings;
    const first = scan.quotes[0];
    const carriesOn = first !== undefined && onlyBlanks(text, offset, offset + first.start);
    if (open && !carriesOn && strays.length > 0 && strays[0].start < (first?.start ?? Infinity)) {
      // The writer left out the repeated opening mark: the quotation ends at this paragraph's first closing mark.
      extend(open.quote, paragraph, offset + strays[0].end, offset + strays[0].start);
      strays = strays.slice(1);
      open = null;
    } else if (open && !carriesOn) {
      unbalanced.push(open.mark);
      open = null;
    }
    for (const local of scan.quotes) {
      if (open && local === first) {
        extend(open.quote, paragraph, offset + local.end, offset + local.inner.end);
        ids.push(open.quote.id);
        if (!local.unclosed) open = null;
        continue;
      }
      const quote: Quote = {
        id: `q${quotes.length + 1}`,
        kind: local.kind,
        start: local.start + offset,
        end: local.end + offset,
        inner: shift(local.inner, offset),
        paragraphs: [paragraph],
      };
      quotes.push(quote);
      ids.push(quote.id);
      if (!local.unclosed) continue;
      const mark = { start: quote.start, end: quote.inner.start };
      if (local.kind === 'direct') open = { quote, mark };
      else unbalanced.push(mark);
    }
    for (const stray of [...strays, ...(scan.strayOpenings ?? [])]) unbalanced.push(shift(stray, offset));
  }
  if (open) unbalanced.push(open.mark);
  unbalanced.sort((a, b) => a.start - b.start);
  return { quotes, localIds, unbalanced };
}

/** Carries a multi-paragraph quote on into another paragraph, up to `end`. */
function extend(quote: Quote, paragraph: number, end: number, innerEnd: number): void {
  quote.end = end;
  quote.inner.end = innerEnd;
  quote.kind = 'direct';
  if (!quote.paragraphs.includes(paragraph)) quote.paragraphs.push(paragraph);
}

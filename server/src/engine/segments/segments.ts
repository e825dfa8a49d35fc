/**
 * Segments: paragraphs (with their layout kind) and sentences.
 *
 * Paragraph policy. Most article files hold one paragraph per line, with or without blank lines between them, so
 * a line break ends a paragraph. Two exceptions join lines: a soft wrap (the line does not end a sentence and the
 * next one goes on in lower case: "…regularly⏎incites…"), and hard-wrapped files (most line breaks fall after a
 * long line that ends mid-sentence), where only blank lines separate paragraphs. A dateline or credit line always
 * stands alone. Paragraph spans leave out the blanks around them, so a CRLF's \r is never inside a span.
 *
 * Datelines. "CNN —" or "WASHINGTON (AP) —" alone on its line is a `dateline` paragraph with no sentence. At the
 * start of a body paragraph ("WASHINGTON (AP) — The Senate…") the paragraph stays `body` and its first sentence
 * starts after the dash: the dateline is not part of any sentence. Markdown heading and list marks are skipped
 * the same way.
 *
 * Kinds. `credit`: bylines, "Additional reporting by …", "Contributing: …", "… contributed to this report.", and
 * a comment or share widget's chrome ("FlagShareLikeReply", "12 Comments").
 * `caption`: a line ending in a photo credit ("(Photo: …)", "Getty Images"), or what stands above a stand-alone
 * dateline near the top. `headline`: a short first line without a final period (or in title case, a slip or two
 * allowed), the line right after it when that is in title style too (a headline split over two lines, a deck), an
 * archive headline closed by a semicolon and the short deck it runs on into ("Ferry fares to rise;⏎Board blames
 * fuel costs."), and later short lines that do not read as sentences (subheads, "ABSTRACT."); and any Markdown
 * heading ("## …").
 * Everything else is `body`.
 */
import type { ParagraphKind, Span } from '../model';
import { pairMarks } from '../text/marks';
import {
  countWords,
  isBlank,
  isDigit,
  isLetter,
  isLower,
  isTerminal,
  isUpper,
  isWordChar,
  quoteMark,
} from '../text/chars';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { AMBIGUOUS_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { SENTENCE_OPENERS } from '../lexicon/grammar';
import { CAPTION_END, isCreditLine, isWidgetLine } from '../lexicon/furniture';
import { inCapitals, isTitleCase, isTitleStyled } from '../text/titleCase';
import { copyWith } from '../text/copyWith';

export interface ParagraphSpan extends Span {
  kind: ParagraphKind;
}

// ---------------------------------------------------------------------------------------------------------------
// Datelines, credits, captions, headlines

const MONTH = '(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?';
const DASH = '[ \\u00A0\\t]*(?:[\\u2014\\u2013\\u2015]|--?(?=[ \\u00A0\\t]|$))';
/**
 * "(CNN)" with an optional dash, or 1–4 capitalised words ("WASHINGTON", "SAN JUAN", "Indianapolis", "CNN") with an
 * optional state or country (", Mich.", ", W.Va.", ", Qatar"), date (", Oct. 4") and agency ("(AP)"), then a dash.
 * Every piece is bounded and separated by a character the piece before cannot contain, so the pattern cannot
 * backtrack badly; it only ever reads the first 160 characters of a paragraph.
 */
const DATELINE = new RegExp(
  `^(?:(?<agencyOnly>\\([A-Z][A-Za-z]{1,11}\\))(?<agencyDash>${DASH})?|` +
    "(?<place>[A-Z][A-Za-z.'’]*(?:[ \\u00A0-][A-Z][A-Za-z.'’]*){0,3})" +
    "(?<region>,[ \\u00A0]+[A-Z][A-Za-z.'’]*(?:[ \\u00A0][A-Z][A-Za-z.'’]*){0,2})?" +
    `(?<date>,?[ \\u00A0]+${MONTH}[ \\u00A0]+\\d{1,2})?` +
    '(?<agency>[ \\u00A0]*\\([A-Z][A-Za-z .&/-]{0,30}\\))?' +
    `${DASH})`,
);

/** Where the body text starts after a dateline at the start of a paragraph: 0 when there is none, the text's
 * length when the paragraph is nothing but a dateline. */
export function datelineEnd(paragraph: string): number {
  const m = DATELINE.exec(paragraph.slice(0, 160));
  if (!m?.groups) return 0;
  const { agencyOnly, agencyDash, place, region, date, agency } = m.groups;
  let end = m[0].length;
  while (end < paragraph.length && isBlank(paragraph[end])) end++;
  if (end === paragraph.length) return agencyOnly && !agencyDash ? 0 : end;
  const next = paragraph[end];
  // The body must start like a sentence, and a mixed-case place of several words ("New York Mayor …") is a name.
  if (!(isUpper(next) || isDigit(next) || quoteMark(next) !== undefined)) return 0;
  const mixedCase = place !== undefined && place !== place.toUpperCase();
  if (mixedCase && !region && !date && !agency && /\s/.test(place)) return 0;
  return end;
}

/** Markdown heading, quotation and list marks at the start of a paragraph are layout, not words of a sentence. */
const MARKDOWN_LEAD = /^(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+/;

/** Where the first sentence of a paragraph starts: after Markdown marks and a dateline. */
function bodyStart(paragraph: string): number {
  const lead = MARKDOWN_LEAD.exec(paragraph)?.[0].length ?? 0;
  return lead + datelineEnd(paragraph.slice(lead));
}

const BYLINE = /^By[ \u00A0]+[A-Z][\p{L}.'’-]*(?:[ \u00A0,]+(?:[A-Z][\p{L}.'’-]*|and|the|of|for|in)){0,11}$/u;

/** Word counts only ever compare with small numbers: counting stops past this. */
const wordsIn = (text: string): number => countWords(text, 0, text.length, 100);

/** A quotation mark that may close (straight marks included), or a closing bracket. */
const isCloser = (ch: string): boolean => ch === ')' || ch === ']' || (quoteMark(ch)?.shape ?? 'open') !== 'open';

/** The last visible character, looking through closing quotation marks and brackets. */
function finalMark(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && (isBlank(text[i]) || isCloser(text[i]))) i--;
  return i >= 0 ? text[i] : '';
}

/** A credit, or a comment widget's chrome beside it: page furniture that stands alone and names no story actor. */
const isCredit = (text: string): boolean => isCreditLine(text) || isWidgetLine(text) || (BYLINE.test(text) && wordsIn(text) <= 12);
const isDatelineOnly = (text: string): boolean => text.length > 0 && datelineEnd(text) === text.length;

/**
 * Where a line stands: the article's first line, the line right after a first line read as a headline (a second
 * headline line or a deck), the line after a headline line closed by a semicolon (its deck), or any later line.
 */
type Place = 'top' | 'second' | 'deck' | 'later';

/**
 * Archive headlines close on a semicolon that runs on into their deck ("Ferry fares to rise;⏎Board blames fuel
 * costs."): the semicolon is the headline's, whatever the case and final mark of either line.
 */
const runsOnIntoDeck = (text: string): boolean => finalMark(text) === ';';

/** A short line that does not read as a sentence: a headline, a subhead ("Hostage swap"), a label ("ABSTRACT."). */
function isHeadingLike(text: string, place: Place): boolean {
  const count = wordsIn(text);
  if (count === 0 || count > 20) return false;
  // a deck is a line of its own, not the lede a dateline opens ("PORTVALE (AP) — …")
  if (place === 'deck') return datelineEnd(text) === 0;
  const last = finalMark(text);
  if (last === ';') return place !== 'later';
  if (last === ':' || last === ',') return false;
  // A headline in title style, one line or split over two, whatever ends it ("… Would Be⏎A Poor Steward.")
  if (place !== 'later' && isTitleStyled(text)) return true;
  if (count > (place === 'top' ? 20 : 10)) return false;
  if (!isTerminal(last)) return true;
  // Labels and title-case headlines may end with a period ("ABSTRACT.", "Obama Sees … Clinton.").
  if (!isTitleCase(text)) return false;
  const shouting = inCapitals(text);
  return place === 'top' ? shouting || count >= 3 : count <= 3 && (shouting || count >= 2);
}

/** A Markdown heading ("# …", "## …"): the writer marked the line as one, whatever its case or length. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]/;

const isEmphasisMark = (ch: string | undefined): boolean => ch === '*' || ch === '_';

/** Markdown emphasis around a whole line ("*By Jane Doe*") says nothing about what the line is. */
const unemphasized = (text: string): string =>
  // the pattern is tried at every offset of every line; only a line that starts or ends with a mark can match it
  isEmphasisMark(text[0]) || isEmphasisMark(text[text.length - 1]) ? text.replace(/^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$/g, '') : text;

function classify(paragraph: string, place: Place, beforeDateline: boolean): ParagraphKind {
  const text = unemphasized(paragraph);
  if (isDatelineOnly(text)) return 'dateline';
  if (isCredit(text)) return 'credit';
  if (CAPTION_END.test(text.slice(-200))) return 'caption';
  const heading = MARKDOWN_HEADING.test(text) || isHeadingLike(text, place);
  if (beforeDateline) return heading ? 'headline' : 'caption';
  return heading ? 'headline' : 'body';
}

// ---------------------------------------------------------------------------------------------------------------
// Paragraphs

interface Line {
  start: number; // first visible character
  end: number; // after the last visible character
  blank: boolean;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i] : '\n';
    if (ch !== '\n' && ch !== '\r') continue;
    let start = lineStart;
    let end = i;
    while (start < end && isBlank(text[start])) start++;
    while (end > start && isBlank(text[end - 1])) end--;
    lines.push({ start, end, blank: start === end });
    if (ch === '\r' && text[i + 1] === '\n') i++;
    lineStart = i + 1;
  }
  return lines;
}

/** The line ends like a finished clause: terminal punctuation, a colon, a closing quotation mark or bracket. */
function endsClause(text: string, line: Line): boolean {
  const last = text[line.end - 1];
  return isTerminal(last) || last === ':' || last === ';' || isCloser(last);
}

/** Whether a line goes on the paragraph of the line before it (see the policy at the top). */
function continuesParagraph(text: string, previous: Line, line: Line, layout: { wrapped: boolean; blankLines: boolean }): boolean {
  const unfinished = !endsClause(text, previous);
  if (unfinished && isLower(text[line.start])) return true; // a soft wrap: "…has regularly⏎declined…"
  if (!layout.wrapped) return false;
  const heading = unfinished && previous.end - previous.start < 40; // "Ferry Fares to Rise⏎The regional…"
  return !heading && (unfinished || layout.blankLines);
}

/** Hard-wrapped text: most single line breaks fall after a long line that stops mid-sentence. */
function isHardWrapped(text: string, lines: Line[]): boolean {
  let breaks = 0;
  let wraps = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].blank || lines[i + 1].blank) continue;
    breaks++;
    if (lines[i].end - lines[i].start >= 40 && !endsClause(text, lines[i])) wraps++;
  }
  return breaks >= 3 && wraps * 2 >= breaks;
}

/** Splits the article into paragraphs (see the policy above) and tells their kind. */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const lines = readLines(text);
  const layout = { wrapped: isHardWrapped(text, lines), blankLines: lines.some((line) => line.blank) };
  const spans: Span[] = [];
  let current: Span | null = null;
  /** The line before, when the current paragraph may go on (not after a blank line, a dateline or a credit). */
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.blank) {
      previous = null;
      continue;
    }
    const lineText = unemphasized(text.slice(line.start, line.end));
    const standsAlone = isCredit(lineText) || isDatelineOnly(lineText);
    if (current && previous && !standsAlone && continuesParagraph(text, previous, line, layout)) {
      current.end = line.end;
    } else {
      current = { start: line.start, end: line.end };
      spans.push(current);
    }
    previous = standsAlone ? null : line;
  }
  return kindsOf(text, spans);
}

/** Where paragraph `index` stands, given the kinds of those above it. */
function placeOf(texts: string[], kinds: ParagraphKind[], index: number): Place {
  if (index === 0) return 'top';
  if (kinds[index - 1] === 'headline' && runsOnIntoDeck(texts[index - 1])) return 'deck';
  return index === 1 && kinds[0] === 'headline' ? 'second' : 'later';
}

/** A stand-alone dateline near the top marks what stands above it (when none of it is reporting) as headline or
 * caption: "… arrive to speak to the press on March 5.⏎CNN —". */
function kindsOf(text: string, spans: Span[]): ParagraphSpan[] {
  const texts = spans.map((s) => text.slice(s.start, s.end));
  let dateline = texts.slice(0, 4).findIndex(isDatelineOnly);
  if (texts.slice(0, Math.max(dateline, 0)).some((t) => datelineEnd(t) > 0 || wordsIn(t) > 80)) dateline = -1;
  const kinds: ParagraphKind[] = [];
  texts.forEach((t, index) => {
    kinds.push(classify(t, placeOf(texts, kinds, index), index < dateline));
  });
  return spans.map((span, index) => copyWith(span, { kind: kinds[index] }));
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences

/** The word before a period at i, with its inner periods ("U.S", "a.m", "W.Va"), at most 12 characters. */
function wordBefore(text: string, i: number): string {
  let start = i;
  while (start > 0 && i - start < 12 && (isLetter(text[start - 1]) || text[start - 1] === '.' || text[start - 1] === '’')) {
    start--;
  }
  while (start < i && text[start] === '.') start++;
  return text.slice(start, i);
}

/** The word starting at i, lower-cased, at most 20 characters. */
function wordAt(text: string, i: number): string {
  let end = i;
  while (end < text.length && end - i < 20 && isLetter(text[end])) end++;
  return text.slice(i, end).toLowerCase();
}

/** Whether a period at i after an abbreviation or initial still ends the sentence, given the next word at next. */
function periodEnds(text: string, i: number, next: number, vocabulary: Vocabulary): boolean {
  const word = wordBefore(text, i);
  if (word === '') return true;
  const lower = word.toLowerCase();
  const beforeWord = text[i - word.length - 1] ?? '';
  const standalone = !isWordChar(beforeWord);
  if (standalone && (TITLE_ABBREVIATIONS.has(lower) || vocabulary.titleAbbreviations.has(lower))) return false;
  const initial = word.length === 1 && isUpper(word);
  const dotted = word.includes('.');
  if (standalone && (initial || dotted || AMBIGUOUS_ABBREVIATIONS.has(lower))) {
    if (!isLetter(text[next] ?? '')) return false; // "No. 2", "U.S. “…”" keeps going
    return SENTENCE_OPENERS.has(wordAt(text, next));
  }
  return true;
}

/** A sentence may start here: a capital, a digit, an opening quotation mark or bracket. */
function startsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (isUpper(ch) || isDigit(ch) || ch === '(' || ch === '[') return true;
  const mark = quoteMark(ch);
  return mark !== undefined && mark.shape !== 'close';
}

/** Whether the sentence goes on after the quotation closing at `close`: “We will win,” she said. / “Why?” Kim asked. */
function sentenceGoesOn(text: string, close: Span): boolean {
  let next = close.end;
  while (next < text.length && isBlank(text[next])) next++;
  if (next === text.length) return false;
  let last = close.start - 1;
  while (last > 0 && close.start - last < 8 && (isBlank(text[last]) || quoteMark(text[last]) !== undefined)) last--;
  if (!isTerminal(text[last])) return true;
  if (!isUpper(text[next])) return isLower(text[next]);
  return text[last] !== '.' && !SENTENCE_OPENERS.has(wordAt(text, next));
}

/**
 * Quotations closed inside the paragraph and followed by the rest of their sentence, merged: sentence ends
 * inside them do not count. A quotation that ends its sentence ("He said: “A. B.” Then…") splits as usual.
 */
function quotationsInSentences(paragraph: string): Span[] {
  const merged: Span[] = [];
  for (const pair of pairMarks(paragraph).pairs) {
    if (!sentenceGoesOn(paragraph, pair.close)) continue;
    const last = merged[merged.length - 1];
    if (last && pair.open.start < last.end) last.end = Math.max(last.end, pair.close.start);
    else merged.push({ start: pair.open.start, end: pair.close.start });
  }
  return merged;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/**
 * Sentences of one paragraph's text; spans relative to that text, never starting or ending with a blank.
 * A sentence ends at . ! ? … (with the closing quotation marks and brackets after them) before a blank and a
 * sentence start, except after a title (Sen., Dr.), an initial (John F. Kennedy) or an ambiguous abbreviation
 * (U.S., a.m., Jan.) not followed by a typical opener, and except inside a quotation that the sentence goes on
 * after: “We will win. We are ready,” she said. is one sentence.
 */
export function splitSentences(paragraph: string, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): Span[] {
  const sentences: Span[] = [];
  const quotations = quotationsInSentences(paragraph);
  let q = 0;
  let start = bodyStart(paragraph);
  const n = paragraph.length;
  for (let i = start; i < n; i++) {
    if (!isTerminal(paragraph[i])) continue;
    let end = i + 1;
    while (end < n && isTerminal(paragraph[end])) end++;
    while (end < n && (quoteMark(paragraph[end])?.shape === 'close' || ')]'.includes(paragraph[end]) || isClosingStraight(paragraph, end))) {
      end++;
    }
    let next = end;
    while (next < n && isBlank(paragraph[next])) next++;
    const atEnd = next === n;
    if (!atEnd && (next === end || !startsSentence(paragraph, next))) {
      i = end - 1;
      continue;
    }
    while (q < quotations.length && quotations[q].end < i) q++;
    const insideQuote = q < quotations.length && quotations[q].start < i && quotations[q].end >= end;
    const abbreviation = paragraph[i] === '.' && end === i + 1 && !atEnd && !periodEnds(paragraph, i, next, vocabulary);
    const cueFollows = quoteMark(paragraph[end - 1]) !== undefined && sentenceGoesOn(paragraph, { start: end - 1, end });
    if (!insideQuote && !abbreviation && !cueFollows) {
      const span = trimmed(paragraph, start, end);
      if (span) sentences.push(span);
      start = end;
    }
    i = end - 1;
  }
  const rest = trimmed(paragraph, start, n);
  if (rest) sentences.push(rest);
  return sentences;
}

/** A straight mark right after sentence punctuation closes a quotation when a blank or the end follows: ready." Then… */
function isClosingStraight(text: string, i: number): boolean {
  const ch = text[i];
  const after = text[i + 1] ?? '';
  return (ch === '"' || ch === "'") && (after === '' || isBlank(after) || (ch === "'" && after === "'"));
}

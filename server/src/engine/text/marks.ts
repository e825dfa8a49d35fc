/**
 * Pairs the quotation marks of one paragraph in a single left-to-right pass.
 *
 * Double marks (“ ” " « ») open and close quotations; single marks (‘ ’ ') open a quotation nested inside a double
 * one, or a British-style quotation, but ’ and ' are far more often apostrophes (Ruiz’s, don’t, ’90s, rock ’n’
 * roll, the officials’ plan). A single mark therefore only counts when its context says so, and an unclosed
 * single mark is never reported: a false alarm costs an editor more than a missed one. Straight marks are paired
 * by what touches them: a space or the start before and a word after opens, a word or punctuation before and a
 * space, punctuation or the end after closes.
 */
import type { Span } from '../model';
import { closesBefore, isBlank, isDigit, isLetter, isWordChar, mayBeMark, opensAfter, quoteMark, type MarkKind, type MarkLevel } from './chars';
import { ELISIONS } from '../lexicon/grammar';

export interface MarkPair {
  /** The opening mark (two characters for a doubled straight single mark: ''). */
  open: Span;
  /** The closing mark. */
  close: Span;
  level: MarkLevel;
  /** Inside another pair (a single quotation inside a double one, or double marks a writer nested). */
  nested: boolean;
}

export interface MarkScan {
  /** Pairs in order of their opening mark. */
  pairs: MarkPair[];
  /** The opening mark still open at the end of the paragraph (a multi-paragraph quote, or an unbalanced mark). */
  openAtEnd: Span | null;
  /** Opening marks given up because another opening came before any closing. */
  strayOpenings: Span[];
  /** Closing marks with nothing open. */
  strayClosings: Span[];
}

const charAt = (text: string, i: number): string => (i >= 0 && i < text.length ? text[i] : '');

/** The mark at i is an apostrophe whatever its shape: inside a word, before a year (’90s) or an elided word. */
function isApostrophe(text: string, i: number): boolean {
  const before = charAt(text, i - 1);
  const after = charAt(text, i + 1);
  if (isWordChar(before) && isLetter(after)) return true;
  if (isWordChar(before)) return false;
  if (isDigit(after)) return true;
  let end = i + 1;
  while (end < text.length && end - i <= 6 && isLetter(text[end])) end++;
  return end - i <= 6 && !isLetter(charAt(text, end)) && ELISIONS.has(text.slice(i + 1, end).toLowerCase());
}

/** How far past a height to look for the closing mark of the quotation it stands in. */
const INCH_LOOKAHEAD = 200;

/**
 * “He is like 6’2”, and taller than me” — a double mark after feet and inches is an inch mark, not the end of
 * the quotation it stands in, when another double mark closes that quotation soon after (a bounded look).
 */
function isInchMark(text: string, i: number): boolean {
  if (!/\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 4), i))) return false;
  for (let j = i + 1; j < Math.min(text.length, i + INCH_LOOKAHEAD); j++) {
    const kind = mayBeMark(text.charCodeAt(j)) ? quoteMark(text[j]) : undefined;
    if (kind?.level === 'double') return kind.shape !== 'open';
  }
  return false;
}

/** "officials’ plan": a closing-shaped single mark after an s and before a lower-case word may be a plural possessive. */
function mayBePossessive(text: string, i: number): boolean {
  const before = charAt(text, i - 1);
  if (before !== 's' && before !== 'S') return false;
  let j = i + 1;
  if (!isBlank(charAt(text, j))) return false;
  while (j < text.length && j - i < 4 && isBlank(text[j])) j++;
  const next = charAt(text, j);
  return next !== '' && next === next.toLowerCase() && isLetter(next);
}

const DOUBLED_STRAIGHT: MarkKind = { level: 'double', shape: 'either' };

/** A doubled straight single mark ('') stands for a double one, as some newspapers print it. */
const isDoubledStraight = (text: string, i: number): boolean => text[i] === "'" && text[i + 1] === "'";

/** The last paragraph paired: the segmenter and the quote finder read the same paragraph one after the other. */
let memo: { text: string; scan: MarkScan } | null = null;

export function pairMarks(text: string): MarkScan {
  if (memo?.text !== text) memo = { text, scan: scanMarks(text) };
  return memo.scan;
}

function scanMarks(text: string): MarkScan {
  const pairs: MarkPair[] = [];
  const strayOpenings: Span[] = [];
  const strayClosings: Span[] = [];
  /** Open double marks, outermost first. */
  const doubles: Span[] = [];
  let single: Span | null = null;
  let singleNested = false;
  /** A possessive-looking mark that closes the single quotation unless a better closing comes. */
  let tentative: Span | null = null;

  const settleSingle = () => {
    if (single && tentative) pairs.push({ open: single, close: tentative, level: 'single', nested: singleNested });
    single = null;
    tentative = null;
  };

  for (let i = 0; i < text.length; i++) {
    if (!mayBeMark(text.charCodeAt(i))) continue;
    const doubled = isDoubledStraight(text, i);
    const kind = doubled ? DOUBLED_STRAIGHT : quoteMark(text[i]);
    if (!kind) continue;
    const mark = { start: i, end: doubled ? i + 2 : i + 1 };
    i = mark.end - 1;
    const before = charAt(text, mark.start - 1);
    const after = charAt(text, mark.end);
    const opening = opensAfter(before) && after !== '' && !isBlank(after);
    const closing = before !== '' && !isBlank(before) && closesBefore(after);

    if (kind.level === 'double') {
      // A curly mark keeps its shape unless its context clearly says the opposite; a straight one follows context.
      // Nothing can close at the very start of a paragraph: a ” there is an opening typed the wrong way.
      const opensHere =
        kind.shape === 'open' ||
        (kind.shape === 'either' ? !(closing && !opening) : !closing && (opening || mark.start === 0));
      const closesHere =
        kind.shape === 'close' || (kind.shape === 'either' ? !(opening && !closing) : closing && !opening);
      if (doubles.length > 0 && isInchMark(text, mark.start)) continue;
      if (closesHere && doubles.length > 0) {
        if (single && singleNested) settleSingle();
        const open = doubles.pop() as Span;
        pairs.push({ open, close: mark, level: 'double', nested: doubles.length > 0 || single !== null });
      } else if (isDigit(before) && kind.shape === 'either' && doubles.length === 0) {
        continue; // 6'3" tall: an inch mark
      } else if (opensHere) {
        // One level of double marks inside double marks is a writer's nesting; a third opening gives up the second.
        if (doubles.length === 2) strayOpenings.push(doubles.pop() as Span);
        if (single && singleNested) settleSingle();
        doubles.push(mark);
      } else {
        strayClosings.push(mark);
      }
      continue;
    }

    if (isApostrophe(text, i)) {
      // rock ’n’ roll: the mark after the n is an apostrophe too.
      if (charAt(text, i + 1).toLowerCase() === 'n' && quoteMark(charAt(text, i + 2))?.level === 'single') i += 2;
      continue;
    }
    if (single && closing && !(kind.shape === 'open' && opening)) {
      if (mayBePossessive(text, i)) {
        tentative ??= mark;
        continue;
      }
      pairs.push({ open: single, close: mark, level: 'single', nested: singleNested });
      single = null;
      tentative = null;
    } else if (opening && !closing) {
      settleSingle();
      single = mark;
      singleNested = doubles.length > 0;
    }
  }

  settleSingle();
  pairs.sort((a, b) => a.open.start - b.open.start);
  strayOpenings.push(...doubles.slice(1));
  return { pairs, openAtEnd: doubles[0] ?? null, strayOpenings, strayClosings };
}

/** The mark at `start` is a double one (a doubled straight single mark, '', counts as one). */
const opensDouble = (text: string, start: number): boolean =>
  isDoubledStraight(text, start) || quoteMark(charAt(text, start))?.level === 'double';

/**
 * Quotations as the attribution stage reads them: the outermost double quotations, marks included, in order and
 * never overlapping (a single quotation inside one is part of it). `spans` are quotations paired by this module
 * (the quote pass's quotes, or `quotations` below).
 */
export function outermostDouble<T extends Span>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (opensDouble(text, span.start) && !(last && span.start < last.end)) out.push(span);
  }
  return out;
}

/** The outermost double quotations of a text on its own; an opening never closed runs to the end of the text. */
export function quotations(text: string): Span[] {
  const { pairs, openAtEnd } = pairMarks(text);
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  const runs = openAtEnd ? [{ start: openAtEnd.start, end: Math.max(end, openAtEnd.end) }] : [];
  return outermostDouble(text, [...pairs.map((p) => ({ start: p.open.start, end: p.close.end })), ...runs]);
}

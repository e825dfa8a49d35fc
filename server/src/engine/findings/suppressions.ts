/**
 * Suppression markers: the inline comments that silence findings, and which findings they silence.
 */
import type { Finding, FindingCode, Span } from '../model';
import { codePointBound } from '../text/chars';
import { FINDING_CODES } from './findingCodes';
import { overlaps } from '../text/spanIndex';

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
const KNOWN_CODES: readonly FindingCode[] = FINDING_CODES.map(({ code }) => code);

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

export const markerOf = (span: Span): Span[] => ('marker' in span ? [(span as Suppression).marker] : []);

export function isSuppressed(f: Finding, suppressed: Span[]): boolean {
  return suppressed.some((s) => {
    const codes = 'codes' in s ? (s as Suppression).codes : null;
    return overlaps(f, s) && (codes === null || codes.includes(f.code));
  });
}

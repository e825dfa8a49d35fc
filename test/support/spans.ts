/**
 * The one span finder of the suites: where a phrase stands in a fixture (as a span, or as an LSP position or
 * range), the words spans stand on, and a plain sentence split.
 */
import * as assert from 'assert';
import { TextDocument, type Position, type Range } from 'vscode-languageserver-textdocument';
import type { Span } from '../../server/src/engine/model';

/** The span of the n-th occurrence (from 1) of `needle` in `text`, checked to exist. */
export function spanOf(text: string, needle: string, nth = 1): Span {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" #${nth} not in "${text}"`);
  return { start, end: start + needle.length };
}

/** As spanOf, counting only occurrences that stand as whole words ("Okafor", not the one inside "Okafors"). */
export function wordSpanOf(text: string, needle: string, nth = 1): Span {
  let start = -1;
  for (let i = 0; i < nth; i++) {
    do start = text.indexOf(needle, start + 1);
    while (start >= 0 && /\p{L}/u.test((text[start - 1] ?? '') + (text[start + needle.length] ?? '')));
  }
  assert.ok(start >= 0, `"${needle}" #${nth} not in "${text}"`);
  return { start, end: start + needle.length };
}

/** The words each span stands on in `text`, in order. */
export const textsOf = (text: string, spans: readonly Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));

/** Sentences split at . ! ? (and a closing quote) followed by a space: enough to read a fixture paragraph. */
export function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][”"]?\s+/g)) {
    spans.push({ start, end: (m.index ?? 0) + m[0].trimEnd().length });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Where the n-th occurrence of `needle` starts, plus `shift` characters, as an LSP position in `text`. */
export function positionOf(text: string, needle: string, shift = 0, nth = 1): Position {
  return TextDocument.create('x:', 'x', 0, text).positionAt(spanOf(text, needle, nth).start + shift);
}

/** The LSP range of the n-th occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 1): Range {
  const doc = TextDocument.create('x:', 'x', 0, text);
  const span = spanOf(text, needle, nth);
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

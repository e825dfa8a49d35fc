/**
 * Offsets ↔ LSP positions. The engine speaks UTF-16 offsets into the text; LSP speaks lines and UTF-16
 * characters. TextDocument does the conversion (it knows \n, \r\n and lone \r line breaks alike).
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../../engine/model';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSpan(doc: TextDocument, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/** A span cut at line breaks: one piece per line it touches, line breaks left out, empty pieces dropped. */
export interface LinePiece {
  line: number;
  character: number;
  length: number;
}

export function splitByLine(doc: TextDocument, span: Span): LinePiece[] {
  const start = doc.positionAt(span.start);
  const end = doc.positionAt(span.end);
  if (start.line === end.line) {
    return end.character > start.character ? [{ ...start, length: end.character - start.character }] : [];
  }
  const pieces: LinePiece[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : doc.getLineRange(line).end.character;
    if (to > from) pieces.push({ line, character: from, length: to - from });
  }
  return pieces;
}

/**
 * Segments: paragraphs (with their layout kind) and sentences.
 * Stub — to be replaced by the real segmenter.
 */
import type { ParagraphKind, Span } from './model';

export interface ParagraphSpan extends Span {
  kind: ParagraphKind;
}

/** Splits the article into paragraphs (blank-line or single-newline separated) and tells their kind. */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, kind: 'body' });
  }
  return out;
}

/** Sentences of one paragraph's text; spans relative to that text. */
export function splitSentences(paragraph: string): Span[] {
  return paragraph.trim() ? [{ start: 0, end: paragraph.length }] : [];
}

/**
 * Quotes: quotation marks paired inside a paragraph, then joined across paragraphs.
 * Stub — to be replaced by the real quote finder.
 */
import type { Quote, QuoteKind, Span } from './model';

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
}

export function scanQuotes(paragraph: string, sentences: Span[]): QuoteScan {
  void paragraph;
  void sentences;
  return { quotes: [], openAtEnd: null, strayClosings: [] };
}

export interface JoinedQuotes {
  quotes: Quote[];
  /** For each paragraph index, the id of each of its local quotes (by index in QuoteScan.quotes). */
  localIds: string[][];
  /** Quotation marks that never pair up, in article offsets. */
  unbalanced: Span[];
}

/**
 * Gives the quotes of all paragraphs article offsets and ids, and joins a multi-paragraph quote: the opening
 * mark repeats on each paragraph, the closing mark stands only at the end.
 */
export function joinQuotes(text: string, scans: { paragraph: number; scan: QuoteScan; offset: number }[]): JoinedQuotes {
  void text;
  const quotes: Quote[] = [];
  const localIds: string[][] = [];
  for (const { paragraph, scan, offset } of scans) {
    localIds[paragraph] = scan.quotes.map((q) => {
      const id = `q${quotes.length + 1}`;
      quotes.push({
        id,
        kind: q.kind,
        start: q.start + offset,
        end: q.end + offset,
        inner: { start: q.inner.start + offset, end: q.inner.end + offset },
        paragraphs: [paragraph],
      });
      return id;
    });
  }
  return { quotes, localIds, unbalanced: [] };
}

/**
 * The pipeline: text → segments → quotes and mentions → attributions → actors → findings.
 *
 * The costly, local work (sentences, quote marks, mention recognition, cue-anchored attributions) depends only
 * on a paragraph's own text, so it is cached by that text: after an edit, only the paragraphs it touched are
 * read again. What links paragraphs (multi-paragraph quotes, coreference, quote continuation, findings) is
 * cheap and runs over the whole article each time.
 */
import { findAttributions, continueQuotes, type AttributionCandidate } from './attributions';
import { resolveActors } from './actors';
import { findFindings, findSuppressions } from './findings';
import { attributeHeadlineQuotes } from './headlineQuotes';
import { findMentions, type MentionCandidate } from './mentions';
import type { ArticleModel, Attribution, Paragraph, Sentence, Span } from './model';
import { joinQuotes, scanQuotes, type QuoteScan } from './quotes';
import { splitParagraphs, splitSentences } from './segments';

/** What the engine reads in one paragraph on its own; spans relative to the paragraph's text. */
export interface ParagraphReading {
  sentences: Span[];
  quoteScan: QuoteScan;
  mentions: MentionCandidate[];
  attributions: AttributionCandidate[];
}

export function readParagraph(paragraph: string): ParagraphReading {
  const sentences = splitSentences(paragraph);
  const quoteScan = scanQuotes(paragraph, sentences);
  const mentions = findMentions(paragraph, sentences, quoteScan.quotes);
  const attributions = findAttributions(paragraph, sentences, quoteScan.quotes, mentions);
  return { sentences, quoteScan, mentions, attributions };
}

/** A bounded map from paragraph text to its reading; the least recently used entries go first. */
export class ParagraphCache {
  private readonly entries = new Map<string, ParagraphReading>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 5000) {}

  read(paragraph: string): ParagraphReading {
    const cached = this.entries.get(paragraph);
    if (cached) {
      this.hits++;
      this.entries.delete(paragraph);
      this.entries.set(paragraph, cached);
      return cached;
    }
    this.misses++;
    const reading = readParagraph(paragraph);
    this.entries.set(paragraph, reading);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return reading;
  }
}

const shift = <T extends Span>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });
const shiftOrNull = (span: Span | null, by: number): Span | null => (span ? shift(span, by) : null);

/** Reads an article. Never throws on any text; a paragraph cache makes re-analysis after an edit cheap. */
export function analyze(text: string, cache: ParagraphCache = new ParagraphCache()): ArticleModel {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const scans: { paragraph: number; scan: QuoteScan; offset: number }[] = [];
  const mentions: MentionCandidate[] = [];
  const candidates: (AttributionCandidate & { offset: number; paragraph: number })[] = [];

  for (const [index, span] of splitParagraphs(text).entries()) {
    const reading = cache.read(text.slice(span.start, span.end));
    const firstSentence = sentences.length;
    for (const s of reading.sentences) sentences.push({ ...shift(s, span.start), paragraph: index });
    paragraphs.push({
      ...span,
      index,
      sentences: reading.sentences.map((_, i) => firstSentence + i),
    });
    scans.push({ paragraph: index, scan: reading.quoteScan, offset: span.start });
    for (const m of reading.mentions) {
      mentions.push({ ...shift(m, span.start), roles: m.roles.map((r) => shift(r, span.start)) });
    }
    for (const a of reading.attributions) candidates.push({ ...a, offset: span.start, paragraph: index });
  }

  const { quotes, localIds, unbalanced } = joinQuotes(text, scans);
  const attributions: Omit<Attribution, 'actor'>[] = candidates.map((c, i) => ({
    id: `t${i + 1}`,
    kind: c.kind,
    source: shiftOrNull(c.source, c.offset),
    cue: shiftOrNull(c.cue, c.offset),
    content: shift(c.content, c.offset),
    ...(c.quote !== undefined ? { quote: localIds[c.paragraph]?.[c.quote] } : {}),
  }));

  const { actors, attributionActors } = resolveActors(text, paragraphs, sentences, mentions, attributions);
  const resolved: Attribution[] = attributions.map((a, i) => ({ ...a, actor: attributionActors[i] ?? null }));
  const continued = continueQuotes(text, quotes, resolved);
  const headings = attributeHeadlineQuotes(text, paragraphs, quotes, [...resolved, ...continued]);
  const allAttributions = [...resolved, ...continued, ...headings]
    .sort((a, b) => a.content.start - b.content.start)
    .map((a, i) => ({ ...a, id: `t${i + 1}` }));

  const model: Omit<ArticleModel, 'findings'> = {
    text,
    paragraphs,
    sentences,
    quotes,
    actors,
    attributions: allAttributions,
    suppressed: findSuppressions(text),
  };
  return { ...model, findings: findFindings(model, unbalanced) };
}

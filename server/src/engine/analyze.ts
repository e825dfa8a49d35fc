/**
 * The pipeline: text → segments → quotes and mentions → attributions → actors → findings.
 *
 * The costly, local work (sentences, quote marks, mention recognition, cue-anchored attributions) depends only
 * on a paragraph's own text, so it is cached by that text: after an edit, only the paragraphs it touched are
 * read again. What links paragraphs (multi-paragraph quotes, coreference, quote continuation, findings) is
 * cheap and runs over the whole article each time.
 */
import { findAttributions, type AttributionCandidate } from './attributions/attributions';
import { continueQuotes, signedParagraphs } from './attributions/continuation';
import { resolveActors } from './actors/actors';
import { guarded } from './faults';
import { findFindings } from './findings/findings';
import { findSuppressions } from './findings/suppressions';
import { attributeHeadlineQuotes } from './attributions/headlineQuotes';
import { findMentions } from './mentions/mentions';
import type { MentionCandidate } from './mentions/reader';
import type { ArticleModel, Attribution, Paragraph, Sentence, Span } from './model';
import { markPrivateStates, withoutNestedReports, withoutStatesAsSubjects } from './attributions/privateStates';
import { joinQuotes, scanQuotes, type QuoteScan } from './quotes/quotes';
import { splitParagraphs, splitSentences } from './segments/segments';
import { paragraphLanguage, type LanguageTag } from './segments/language';
import { startArticle } from './text/paragraphMemo';
import { copyWith } from './text/copyWith';
import { BUILT_IN_VOCABULARY, extendVocabulary, vocabularyKey, type Vocabulary, type VocabularyAdditions } from './lexicon/vocabulary';

/** What the engine reads in one paragraph on its own; spans relative to the paragraph's text. */
export interface ParagraphReading {
  sentences: Span[];
  quoteScan: QuoteScan;
  mentions: MentionCandidate[];
  attributions: AttributionCandidate[];
  /** Set when the paragraph is not in English: then it is left unread (no quotes, mentions or attributions). */
  language?: LanguageTag;
}

const NO_QUOTES: QuoteScan = { quotes: [], openAtEnd: null, strayClosings: [] };

/** `offset` (where the paragraph starts in its article) only places a stage fault in the log. */
export function readParagraph(paragraph: string, vocabulary: Vocabulary = BUILT_IN_VOCABULARY, offset = 0): ParagraphReading {
  const sentences = splitSentences(paragraph, vocabulary);
  const quoteScan = scanQuotes(paragraph, sentences, vocabulary);
  const language = paragraphLanguage(paragraph, quoteScan.quotes);
  if (language) return { sentences, quoteScan: NO_QUOTES, mentions: [], attributions: [], language };
  const mentions = guarded('mentions', offset, [], () => findMentions(paragraph, sentences, quoteScan.quotes, vocabulary));
  const attributions = guarded('attributions', offset, [], () =>
    findAttributions(paragraph, sentences, quoteScan.quotes, mentions, vocabulary),
  );
  return { sentences, quoteScan, mentions, attributions };
}

/**
 * A bounded map from paragraph text to its reading; the least recently used entries go first. A cache reads with
 * one vocabulary, fixed when it is made, so it never serves a reading made with another desk's cue verbs or titles.
 */
export class ParagraphCache {
  private readonly entries = new Map<string, ParagraphReading>();
  hits = 0;
  misses = 0;

  constructor(
    readonly vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
    private readonly capacity = 5000,
  ) {}

  read(paragraph: string, offset = 0): ParagraphReading {
    const cached = this.entries.get(paragraph);
    if (cached) {
      this.hits++;
      this.entries.delete(paragraph);
      this.entries.set(paragraph, cached);
      return cached;
    }
    this.misses++;
    const reading = readParagraph(paragraph, this.vocabulary, offset);
    this.entries.set(paragraph, reading);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return reading;
  }
}

/**
 * One paragraph cache per vocabulary, for the server and the command line, which read stories under several house
 * styles: a house style's vocabulary is compiled once, on the first story it governs. Only the few most recently
 * used vocabularies are kept (a desk editing its cue verbs makes a new one at each save).
 */
export class ParagraphCaches {
  private readonly byKey = new Map<string, ParagraphCache>();

  constructor(private readonly limit = 4) {}

  /** The cache that reads with the built-in vocabulary plus these additions (a house style's cue verbs and titles). */
  for(additions: VocabularyAdditions): ParagraphCache {
    const key = vocabularyKey(additions);
    let cache = this.byKey.get(key);
    if (cache) this.byKey.delete(key);
    else cache = new ParagraphCache(extendVocabulary(BUILT_IN_VOCABULARY, additions));
    this.byKey.set(key, cache);
    if (this.byKey.size > this.limit) this.byKey.delete(this.byKey.keys().next().value as string);
    return cache;
  }
}

/** copyWith, not a spread: a spread of a role's or a content's span was the costliest line of analyze's own. */
const shift = <T extends Span>(span: T, by: number): T => copyWith(span, { start: span.start + by, end: span.end + by }) as T;
const shiftOrNull = (span: Span | null, by: number): Span | null => (span ? shift(span, by) : null);

/**
 * Reads an article. Never throws on any text (a stage that fails is reported through `faults.ts` and read as finding
 * nothing); a paragraph cache makes re-analysis after an edit cheap. The cache's
 * vocabulary is the one the whole article is read with (the built-in one unless a house style extends it).
 */
export function analyze(text: string, cache: ParagraphCache = new ParagraphCache()): ArticleModel {
  startArticle();
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const scans: { paragraph: number; scan: QuoteScan; offset: number }[] = [];
  const mentions: MentionCandidate[] = [];
  const candidates: (AttributionCandidate & { offset: number; paragraph: number })[] = [];

  for (const [index, span] of splitParagraphs(text).entries()) {
    const reading = cache.read(text.slice(span.start, span.end), span.start);
    const firstSentence = sentences.length;
    for (const s of reading.sentences) sentences.push(copyWith(s, { start: s.start + span.start, end: s.end + span.start, paragraph: index }));
    const own = { index, sentences: reading.sentences.map((_, i) => firstSentence + i) };
    paragraphs.push(copyWith(span, reading.language ? copyWith(own, { language: reading.language }) : own));
    scans.push({ paragraph: index, scan: reading.quoteScan, offset: span.start });
    for (const m of reading.mentions) {
      // one copy per mention (shift's copy, then this one, cost 2% of an analysis); copyWith, as a spread of the
      // mentions' many shapes (their optional fields) took most of analyze's own time
      mentions.push(copyWith(m, { start: m.start + span.start, end: m.end + span.start, roles: m.roles.map((r) => shift(r, span.start)) }));
    }
    for (const a of reading.attributions) candidates.push(copyWith(a, { offset: span.start, paragraph: index }));
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

  // a failed resolution leaves every attribution without an actor (the `?? null` below)
  const { actors, attributionActors } = guarded('actors', 0, { actors: [], attributionActors: [] }, () =>
    resolveActors(text, paragraphs, sentences, mentions, attributions, cache.vocabulary),
  );
  const resolved: Attribution[] = attributions.map((a, i) => copyWith(a, { actor: attributionActors[i] ?? null }));
  const signed = guarded('signed quotes', 0, [], () => signedParagraphs(text, quotes, resolved, actors, cache.vocabulary));
  const continued = guarded('quote continuation', 0, [], () =>
    continueQuotes(text, quotes, [...resolved, ...signed], cache.vocabulary, actors),
  );
  const headings = guarded('headline quotes', 0, [], () =>
    attributeHeadlineQuotes(text, paragraphs, quotes, [...resolved, ...signed, ...continued]),
  );
  const ordered = [...resolved, ...signed, ...continued, ...headings].sort((a, b) => a.content.start - b.content.start);
  // numbered after the nested reports leave, so that the ids run without gaps
  const allAttributions = withoutNestedReports(markPrivateStates(text, sentences, withoutStatesAsSubjects(text, ordered))).map((a, i) => ({ ...a, id: `t${i + 1}` }));

  const model: Omit<ArticleModel, 'findings'> = {
    text,
    paragraphs,
    sentences,
    quotes,
    actors,
    attributions: allAttributions,
    suppressed: findSuppressions(text),
  };
  return { ...model, findings: findFindings(model, unbalanced, cache.vocabulary) };
}

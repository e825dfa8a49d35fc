/**
 * Which body sentences the claim check reads at all: not the article's headline when the segmenter kept it as
 * body, nor the summary an archive sets under "ABSTRACT." before the story, nor a transcript's turns (GUIDELINES:
 * headlines, teasers and the words of speakers are never the reporter's claims). Read once per article, in time
 * linear in its paragraphs.
 */
import type { ArticleReader } from './articleReader';
import { SPEAKER_LABEL } from '../lexicon/claims';
import { ABSTRACT_LABEL, STORY_LABEL } from '../lexicon/claimSourcing';
import { countWords } from '../text/chars';

export class ClaimScope {
  /** The paragraphs whose sentences are not the reporter's body copy: headline, archive abstract, transcript turns. */
  private readonly skipped: Set<number>;

  constructor(private readonly reader: ArticleReader) {
    this.skipped = new Set([...headlineParagraphs(reader), ...transcriptTurns(reader), ...abstractParagraphs(reader)]);
  }

  /** Whether sentence `index` is body copy whose claims are the reporter's to source. */
  reads(index: number): boolean {
    return !this.skipped.has(this.reader.model.sentences[index].paragraph);
  }
}

/** How many paragraphs a transcript turn may run on after its speaker label. */
const MAX_TURN_PARAGRAPHS = 5;

/**
 * The paragraphs that are speakers' turns in a transcript: a paragraph that opens on a speaker label ("DORN: …",
 * "Q: …"), or goes on from one a few paragraphs up with no label between. The article is a transcript only when
 * some speaker's label comes back: section heads with colons ("Dorn: Win the harbour."), each name once, are not turns.
 */
function transcriptTurns(reader: ArticleReader): Set<number> {
  const { paragraphs, text } = reader.model;
  const labels = paragraphs.map((p) => SPEAKER_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 100)))?.[0].trim().toLowerCase() ?? null);
  const seen = new Set<string>();
  const repeated = labels.some((label) => label !== null && (seen.has(label) || !seen.add(label)));
  const turns = new Set<number>();
  if (!repeated) return turns;
  let since = Infinity;
  labels.forEach((label, index) => {
    since = label !== null ? 0 : since + 1;
    if (since <= MAX_TURN_PARAGRAPHS) turns.add(index);
  });
  return turns;
}

/** The most words an article's opening line may have and still read as its headline (a lede runs longer). */
const MAX_HEADLINE_WORDS = 15;

/**
 * The article's opening line when it stands alone as a short paragraph before more copy: its headline, even in
 * sentence case with a final period ("Harbour board wants a longer lease."), which the segmenter keeps as body
 * since a lede may look the same. Headlines are never sent back for a source. An archive headline closed by a
 * semicolon and its deck ("Ferry fares to rise;⏎Board blames fuel costs.") are the segmenter's headline paragraphs,
 * as they are for every stage (segments.ts).
 */
function headlineParagraphs(reader: ArticleReader): number[] {
  const { paragraphs, sentences, text } = reader.model;
  const first = paragraphs.findIndex((p) => p.kind !== 'credit' && p.kind !== 'dateline');
  const paragraph = paragraphs[first];
  // a dateline opens a lede, never a headline ("PORTVALE (AP) — …")
  if (!paragraph || paragraph.sentences.length !== 1 || first === paragraphs.length - 1 || sentences[paragraph.sentences[0]].start > paragraph.start) return [];
  return countWords(text, paragraph.start, paragraph.end, MAX_HEADLINE_WORDS + 1) <= MAX_HEADLINE_WORDS ? [first] : [];
}

/** The most paragraphs an archive's abstract runs to before its story begins. */
const MAX_ABSTRACT_PARAGRAPHS = 3;

/** The longest paragraph, in characters, that may be only a label ("ABSTRACT.", "FULL TEXT."). */
const MAX_LABEL_CHARS = 40;

/**
 * The paragraphs of an archive's abstract: after a paragraph that is only the label "ABSTRACT." and before the
 * one that opens the story ("FULL TEXT."), a few at most. They sum up the story for a catalogue, as a teaser does:
 * the story below sources them.
 */
function abstractParagraphs(reader: ArticleReader): number[] {
  const { paragraphs, text } = reader.model;
  // a label is a word long: longer paragraphs are not sliced and read
  const label = paragraphs.findIndex((p) => p.end - p.start <= MAX_LABEL_CHARS && ABSTRACT_LABEL.test(text.slice(p.start, p.end)));
  if (label < 0) return [];
  const found: number[] = [];
  for (let at = label + 1; at < paragraphs.length && at <= label + MAX_ABSTRACT_PARAGRAPHS; at++) {
    const { start, end } = paragraphs[at];
    if (end - start <= MAX_LABEL_CHARS && STORY_LABEL.test(text.slice(start, end))) break;
    found.push(at);
  }
  return found;
}

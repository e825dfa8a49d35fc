/**
 * A neighbour that sources a claim by giving the holder's own words, or the credited figure that backs a finding
 * (see `ClaimJudge.sourcedByNeighbour`).
 */
import type { ArticleReader } from './articleReader';
import { isQuotation, type Attribution, type ClaimCategory, type Mention, type Span } from '../model';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import { DETERMINER_BEFORE, PRONOUN_SUBJECT } from '../lexicon/claimSourcing';
import { FIGURE_SOURCE, MEASURED_FIGURE } from '../lexicon/claimFigures';
import { REPORTED_DETAIL } from '../lexicon/claimVerdicts';

/** A question, as quoted words may end: with its mark, then only closing marks or spaces. */
const ENDS_ON_QUESTION = /\?\P{L}*$/u;

/** The most words a sentence may open with before its subject: a conjunction, a modifier ("But", "The 43-year-old"). */
const MAX_WORDS_BEFORE_SUBJECT = 3;

/**
 * Whether the mention stands as the sentence's subject, opening it (`before`: the sentence's words before it): not
 * a possessive ("Dorn’s plan …"), nor a name in an opening clause ("While Dorn was away, the board …").
 */
const opensOn = (before: string, mention: Mention): boolean =>
  mention.form !== 'possessive' && !/[,;:—–]/.test(before) && (before.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0) <= MAX_WORDS_BEFORE_SUBJECT;

/**
 * Whether the next sentence, in this paragraph or opening the next, gives in quotation marks (`next`: its crediting
 * attributions) the words of the person sentence `index` is about, the subject it opens on (`mentions`: every
 * actor's, in reading order), on the state the sentence gives them at `claim`: the reporter's paraphrase of how
 * someone feels or what they think, then their own words ("Ada Dorn, 61, a ferry pilot, fears the levy will sink
 * the line. ⏎ “…,” Dorn said."), or the pronoun it opens on ("He fears … ⏎ “…,” he said.", even where the cast
 * reads the two for different people). Not a feeling named as a thing ("the anger over fares"), which may be anyone's,
 * nor a question put to someone, which gives no account of the asker's own.
 */
export function quotedNext(reader: ArticleReader, index: number, claim: Span, mentions: readonly Mention[], next: readonly Attribution[]): boolean {
  const { sentences, text } = reader.model;
  const sentence = sentences[index];
  if (!sentences[index + 1] || sentences[index + 1].paragraph - sentence.paragraph > 1) return false;
  if (DETERMINER_BEFORE.test(reader.reporterWords({ start: sentence.start, end: claim.start }))) return false;
  const quoted = (a: Attribution) => isQuotation(a.kind) && !ENDS_ON_QUESTION.test(text.slice(a.content.start, a.content.end));
  const pronoun = PRONOUN_SUBJECT.exec(reader.reporterWords(sentence))?.[1].toLowerCase();
  if (pronoun && next.some((a) => quoted(a) && a.source !== null && text.slice(a.source.start, a.source.end).toLowerCase() === pronoun)) return true;
  const subject = mentions[lastStartingAtOrBefore(mentions, sentence.start - 1) + 1];
  if (!subject || subject.start >= claim.start || !opensOn(reader.reporterWords({ start: sentence.start, end: subject.start }), subject)) return false;
  return next.some((a) => quoted(a) && a.actor === subject.actor);
}

/**
 * Whether a figure given as a finding ("Dorn is widely popular in the north") is backed by the next sentence of its
 * paragraph, which gives a measured figure and names where it comes from ("About 70 percent of northern voters
 * approve of her, according to the Harbour Times poll."): a figures paragraph's finding first, its source second.
 * Not a detail passed on "reportedly": hearsay is no finding a measured figure backs.
 */
export function figureCreditedNext(reader: ArticleReader, index: number, claim: Span & { category: ClaimCategory }): boolean {
  const { sentences, text } = reader.model;
  const next = reader.nextInParagraph(index);
  if (claim.category !== 'figure' || !next) return false;
  // read on past the claim: "reportedly" is a detail passed on only before the word it governs
  if (REPORTED_DETAIL.test(text.slice(claim.start, sentences[index].end))) return false;
  const words = reader.reporterWords(next);
  return MEASURED_FIGURE.test(words) && FIGURE_SOURCE.test(words);
}

/**
 * An argument piece: a column in which the writer argues in their own voice ("I", a "you" addressed to the reader,
 * a rhetorical question or exclamation) and credits few speakers. Its forecasts ("She will carry the South", "the
 * levy is likely to fail") are the writer's own argument, which an editor leaves to the reader as opinion; a news
 * story's or an analyst's forecasts stand in for the sources they lean on, and still need them. Read once per
 * article: one pass over its attributions, then over its body until the voice shows.
 */
import type { ArticleReader } from './articleReader';
import type { RuleVerdict } from './claimJudge';
import type { ClaimCategory } from '../model';
import { countWords } from '../text/chars';
import { OP_ED_VOICE, RHETORICAL_ENDING } from '../lexicon/claims';
import { quieted } from './quieted';

/** The most speech attributions per thousand words an argument piece has: a news story credits someone every few sentences. */
const MAX_SPEECH_PER_THOUSAND_WORDS = 10;

/** The fewest words a piece needs before its few attributions say anything about it: a brief may credit nobody. */
const MIN_PIECE_WORDS = 300;

/** Whether the article reads as an argument piece: long enough, crediting a speaker at most once per hundred words, in the writer's own voice. */
export function isArgumentPiece(reader: ArticleReader): boolean {
  const { model } = reader;
  const words = countWords(model.text);
  if (words < MIN_PIECE_WORDS) return false;
  const speech = model.attributions.filter((a) => reader.sources(a) && reader.reportsSpeech(a)).length;
  if (speech * 1000 > MAX_SPEECH_PER_THOUSAND_WORDS * words) return false;
  return reader.bodySentences().some(({ sentence }) => {
    const own = reader.reporterWords(sentence);
    return OP_ED_VOICE.test(own) || RHETORICAL_ENDING.test(own);
  });
}

/** Whether, in an argument piece, a claim of `category` is the writer's argument: a forecast is; others' states and misdeeds are not. */
export const argues = (category: ClaimCategory): boolean => category === 'prediction';

/** The rules' verdict in an argument piece: a claim the writer argues (see `argues`) is let go as 'argued', not flagged. */
export function asArgued(verdict: RuleVerdict): RuleVerdict {
  return verdict.flag && argues(verdict.flag.category) ? quieted(verdict, 'argued') : verdict;
}

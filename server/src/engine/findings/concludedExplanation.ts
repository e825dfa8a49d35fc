/**
 * An explanation that opens its sentence ("That's why the guild walked out.", "And it's why …", "The result is …")
 * draws the sentence right before it to a close: the cause it gives is that sentence's claim. When that sentence,
 * in the same paragraph, credits someone, the explanation goes on with the account just credited (GUIDELINES: "a
 * paragraph that continues a speaker's account that was just attributed"); in an argument piece it is the writer's
 * own conclusion, like a forecast there (see argumentPiece.ts). Elsewhere it is still the reporter's analysis.
 */
import type { ArticleReader } from './articleReader';
import type { RuleVerdict } from './claimJudge';
import { CONCLUDING_OPENING } from '../lexicon/claimCauses';
import { quieted } from './quieted';

/**
 * The rules' verdict on sentence `index`, quiet when its causal flag is an opening explanation (see
 * CONCLUDING_OPENING) that concludes a credited sentence ('neighbour') or, in an argument piece (`argued`), the
 * writer's argument ('argued').
 */
export function concludingVerdict(reader: ArticleReader, index: number, verdict: RuleVerdict, argued: boolean): RuleVerdict {
  const { flag } = verdict;
  if (!flag || flag.category !== 'causal') return verdict;
  const { sentences } = reader.model;
  const sentence = sentences[index];
  const words = reader.reporterWords(sentence);
  const lead = words.length - words.trimStart().length;
  const opening = CONCLUDING_OPENING.exec(words.slice(lead));
  // the flag must be the explanation itself, not another cause later in the sentence
  if (!opening || flag.start > sentence.start + lead + opening[0].length) return verdict;
  const before = sentences[index - 1];
  const credited = before !== undefined && before.paragraph === sentence.paragraph && reader.attributed.has(index - 1);
  if (!credited && !argued) return verdict;
  return quieted(verdict, credited ? 'neighbour' : 'argued');
}

/**
 * Credits a sentence gives in words the sourcing cues leave out (see `ClaimJudge.sourcedBy`): a verb said in
 * public, where the words were published. A pure function of a sentence's reporter words, one bounded scan each.
 */
import { CREDITING_REPORTS, CREDITING_VERB } from '../lexicon/claimSourcing';

/**
 * Whether a credit the sourcing cues leave out covers the claim at offset `at`: a verb said in public before it
 * ("expressed regret for …"), or where it was published, anywhere in the sentence ("named in news reports").
 */
export function creditedBefore(words: string, at: number): boolean {
  const verb = CREDITING_VERB.exec(words);
  return (verb !== null && verb.index < at) || CREDITING_REPORTS.test(words);
}

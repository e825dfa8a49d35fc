/**
 * Credits a sentence gives in words the sourcing cues leave out (see `ClaimJudge.sourcedBy`): a verb said in
 * public, where the words were published, a camp's view given as theirs. Pure functions of a sentence's reporter
 * words, each a bounded scan.
 */
import { countWords } from '../text/chars';
import { CAMP_VIEW, CREDITING_REPORTS, CREDITING_VERB } from '../lexicon/claimSourcing';

/** The most words that may name a camp before its view ("The mayor's campaign team"). */
const CAMP_NAME_WORDS = 4;

/**
 * Whether a credit the sourcing cues leave out covers the claim at offset `at`: a verb said in public before it
 * ("expressed regret for …"), or where it was published, anywhere in the sentence ("named in news reports").
 */
export function creditedBefore(words: string, at: number): boolean {
  const verb = CREDITING_VERB.exec(words);
  return (verb !== null && verb.index < at) || CREDITING_REPORTS.test(words);
}

/**
 * Whether a camp's view credits the claim at offset `at` (see `CAMP_VIEW`): given before it in its own clause
 * (`own`: "Her aides believe the vote …"), or set off after it in the sentence (`words`) as "…, aides say" would be
 * (", the harbour camp believes, …", ", some councillors now think.").
 */
export function viewOfCamp(own: string, words: string, at: number): boolean {
  const before = CAMP_VIEW.exec(own);
  // a claim read from the camp's own name on ("The mayor's team thinks …", the whole sentence) is the view too
  if (before !== null && (before.index <= at || /^[^,;:—–]*$/.test(own.slice(at, before.index)) && countWords(own, at, before.index) <= CAMP_NAME_WORDS)) return true;
  const after = CAMP_VIEW.exec(words.slice(at));
  return after !== null && /[,—–]\s*(?:\S+\s+){0,3}$/.test(words.slice(at, at + after.index)) && /^\s*[,.;—–]/.test(words.slice(at + after.index + after[0].length));
}

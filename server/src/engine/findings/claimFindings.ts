/**
 * The unattributed-claim finding: the hand rules (`ClaimJudge`: a claim counts as sourced only by an attribution
 * that covers that claim) and the learned model (claimModel.ts) read every body sentence, and `combined` decides.
 * Quoted words are never judged as the reporter's own.
 */
import { claimMessage, mayClaim } from './claims';
import { type ArticleReader, trimmed } from './articleReader';
import { type Claim, ClaimJudge, type RuleVerdict } from './claimJudge';
import { ClaimScope } from './claimScope';
import { argues, asArgued, isArgumentPiece } from './argumentPiece';
import { concludingVerdict } from './concludedExplanation';
import { AttributionSites, articleFeatures, claimFeatures, classScores, combined, readScores, claimModelInUse, type ClaimModel } from './claimModel';
import { finding } from './findingCodes';
import type { ClaimCategory, Finding } from '../model';
import { MEDIUM_CLAIM_SEVERITY } from './severityKeys';
import { DECISION_TAKEN } from '../lexicon/claimSourcing';
import { copyWith } from '../text/copyWith';
import { PRONOUN_HOLDER } from '../lexicon/claimFamilies';

/**
 * A sentence needs a source when the rules find a claim in it that nothing covers and the model does not judge it
 * plainly fine, or when the model is sure of a claim the rules have no words for. High-confidence claims are
 * warnings, medium ones information; some of the rules' high ones are at most medium (see `onlyPlausible`).
 * `model` is the shipped one but for tests (see `useClaimModel`), so that no retraining changes what they assert.
 */
export function claimFindings(reader: ArticleReader, model: ClaimModel = claimModelInUse()): Finding[] {
  const { text } = reader.model;
  return claimSentences(reader).flatMap(({ index, verdict, features, letGo }) => {
    const claim = combined(verdict, readScores(classScores(features, model.rows)), letGo, model.how);
    if (!claim) return [];
    const sentence = reader.model.sentences[index];
    const range = trimmed(text, sentence);
    const holder = claim.fromRules ? verdict.flag?.holder : undefined;
    const confidence = claim.fromRules && verdict.flag && onlyPlausible(text, sentence.start, verdict.flag) ? 'medium' : claim.confidence;
    return [
      finding('unattributed-claim', confidence === 'high' ? 'warning' : MEDIUM_CLAIM_SEVERITY, range, claimMessage(claim.category, holder), {
        candidates: reader.candidates(range.start),
        insertAt: reader.insertAt(sentence),
        category: claim.category,
        confidence,
      }),
    ];
  });
}

/**
 * Whether a claim the rules rate high is one an editor would only plausibly send back: a decision taken (see
 * `DECISION_TAKEN`), or a belief or wish held by a pronoun (see `PRONOUN_HOLDER`). `start` is the sentence's.
 */
function onlyPlausible(text: string, start: number, flag: Claim): boolean {
  if (DECISION_TAKEN.test(text.slice(flag.start, flag.end))) return true;
  return (flag.category === 'belief' || flag.category === 'intention') && PRONOUN_HOLDER.test(text.slice(start, flag.start));
}

/** A body sentence as the claim check reads it. */
export interface ClaimSentence {
  index: number;
  verdict: RuleVerdict;
  features: string[];
  /**
   * Whether the rules let the sentence go as a whole, were it a claim of that category: their gate closes on it (a
   * weasel source, a question, a hedge: see `mayClaim`), or their sourcing tests cover it (see
   * `ClaimJudge.sourcingOfSentence`), or it is a forecast in an argument piece (see argumentPiece.ts).
   */
  letGo: (category: ClaimCategory) => boolean;
}

/**
 * Every body sentence the claim check reads, with the rules' verdict and the model's features: the one reading
 * both the engine and the trainer (test/eval/trainClaims.ts) take.
 */
export function claimSentences(reader: ArticleReader): ClaimSentence[] {
  const judge = new ClaimJudge(reader);
  const scope = new ClaimScope(reader);
  const sites = new AttributionSites(reader);
  const argued = isArgumentPiece(reader);
  const read = reader.bodySentences().flatMap(({ index, sentence }, ordinal) => {
    if (!scope.reads(index)) return [];
    const verdict = judge.verdict(index);
    const judged = concludingVerdict(reader, index, argued ? asArgued(verdict) : verdict, argued);
    return [{ index, facts: { verdict: judged, mayClaim: mayClaim(reader.reporterWords(sentence)), ordinal } }];
  });
  const article = articleFeatures(reader, read.map((r) => r.facts.verdict));
  // a claim the rules flag next door says the paragraph is the reporter's account, not a speaker's
  return read.map(({ index, facts }, k) => {
    const around = [read[k - 1], read[k + 1]].map((n) => (n && Math.abs(n.index - index) === 1 ? n.facts.verdict : null));
    const letGo = (category: ClaimCategory) => (argued && argues(category)) || !facts.mayClaim || judge.sourcingOfSentence(index, category) !== null;
    return { index, verdict: facts.verdict, features: claimFeatures(reader, sites, index, copyWith(facts, { around, article })), letGo };
  });
}

/**
 * The unattributed-claim classifier's sentence-level judgement: does this sentence, on its own words, assert
 * something the reporter cannot have observed? Pure functions of a sentence's text, so they can be tested and
 * tuned apart from the pipeline; whether the sentence is sourced by its context is decided in findings.ts.
 */
import {
  ANONYMITY_REASON,
  CLAIM_PATTERNS,
  FIRST_PERSON,
  HEDGED_FRAMING,
  INTENTION_CUE,
  KICKER,
  NEW_POINT,
  PRIVATE_ACT,
  PRIVATE_SPEECH,
  SOURCING_CUE,
  SPEAKER_LABEL,
  VAGUE_SOURCES,
  type ClaimType,
} from './lexicon/claims';

export type { ClaimType };

/**
 * The lexicon is written with plain spaces; news copy has no-break and thin spaces and tabs between words.
 * Replaced one for one, so offsets still hold.
 */
const plainSpaces = (text: string): string => text.replace(/[\t\u00a0\u2007\u202f]/g, ' ');

/** A weasel source inside a sentence; offsets relative to the text given. */
export interface VagueSource {
  start: number;
  end: number;
  text: string;
}

/**
 * The kind of unobservable claim a sentence makes, or null when it makes none the reporter needs a source for.
 * The text should have quoted words blanked out (they are the speaker's, not the reporter's).
 * Sentences that name a source, questions, the reporter's own hedges ("It is unclear …"), first-person
 * sentences and transcript lines (speech the quote finder missed) and all-capital lines are not claims.
 */
export function classifyClaim(sentence: string): ClaimType | null {
  const text = plainSpaces(sentence).trim().replace(KICKER, '');
  if (!text || text.endsWith('?') || SPEAKER_LABEL.test(text) || isShouted(text)) return null;
  if (hasSourcingCue(text) || HEDGED_FRAMING.test(text) || FIRST_PERSON.test(text)) return null;
  if (findVagueSources(text).length > 0) return null;
  return CLAIM_PATTERNS.find((c) => c.pattern.test(text))?.type ?? null;
}

/** All capitals: a kicker, a sub-heading or a transcript label the segmenter took for body copy. */
function isShouted(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 8 && letters === letters.toUpperCase();
}

/**
 * Whether a sentence names where its claim comes from (a reporting verb, a document, data). Speech done in
 * private ("privately told") does not count: that the words were said is itself the claim.
 */
export const hasSourcingCue = (sentence: string): boolean =>
  SOURCING_CUE.test(plainSpaces(sentence).replace(PRIVATE_SPEECH, (m) => ' '.repeat(m.length)));

/**
 * Whether an attribution's cue sources the sentence it stands in: not when the cue is a verb of intention
 * ("wants", "plans") with no verb of speech, nor when the speech was private (`before` = the words just before
 * the cue, where "privately" stands).
 */
export function cueSources(cue: string, before: string): boolean {
  const words = plainSpaces(cue);
  if (INTENTION_CUE.test(words) && !SOURCING_CUE.test(words)) return false;
  return !PRIVATE_ACT.test(words) && !PRIVATE_ACT.test(plainSpaces(before));
}

/** Whether a sentence opens on a turn ("However, …", "But …"), so its sourcing does not reach back. */
export const opensNewPoint = (sentence: string): boolean => NEW_POINT.test(plainSpaces(sentence));

/** Whether the text says why a source is unnamed ("spoke on condition of anonymity because …"). */
export const explainsAnonymity = (text: string): boolean => ANONYMITY_REASON.test(plainSpaces(text));

/** Weasel sources ("critics argue", "it is believed") in a sentence, in reading order. */
export function findVagueSources(sentence: string): VagueSource[] {
  const found: VagueSource[] = [];
  const text = plainSpaces(sentence);
  for (const pattern of VAGUE_SOURCES) {
    const match = pattern.exec(text);
    if (match && !found.some((f) => f.start < match.index + match[0].length && match.index < f.end)) {
      found.push({ start: match.index, end: match.index + match[0].length, text: sentence.slice(match.index, match.index + match[0].length) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What to tell the writer about each kind of claim. */
export const CLAIM_MESSAGES: Record<ClaimType, string> = {
  intention: 'This sentence states what someone intends or wants, but nobody is cited for it. Who told you?',
  deliberation: 'This sentence reports private talks or deliberations, but nobody is cited for it. Who told you?',
  motive: 'This sentence says what someone feels or why they act, but nobody is cited for it. Who says so?',
  belief: 'This sentence states what someone believes or suspects, but nobody is cited for it. Who says so?',
  accusation: 'This sentence carries a suspicion or accusation, but nobody is cited for it. Who makes it?',
  figure: 'This figure or estimate has no source. Where does the number come from?',
  prediction: 'This sentence predicts what will happen, but nobody is cited for it. Who expects this?',
  evaluation: 'This judgement is stated as fact, but nobody is cited for it. Whose assessment is it?',
};

/**
 * Nouns that report what someone said or holds ("his claim that …", "Quell’s calls for …"), with the word that
 * links them to their content. PolNeAR counts them as cues like the verbs, but annotates many owned nouns
 * ("her decision to", "their support for") only now and then: the lists keep the ones that report speech or
 * belief nearly always (measured on PolNeAR train).
 */
import { FINITE_AUXILIARIES } from './grammar';

/** Heads of a reported claim; their content is the clause after "that". */
export const CLAIM_NOUNS = [
  'assertion', 'assertions', 'allegation', 'allegations', 'contention', 'insistence', 'warning', 'warnings',
  'suggestion', 'suggestions', 'hope', 'hopes', 'fear', 'fears', 'promise', 'promises', 'pledge', 'pledges',
  'vow', 'vows', 'belief', 'claim', 'claims', 'concern', 'complaint', 'complaints',
];

/**
 * What a source voices as a feeling or a stance ("expressed concern that …", "voiced support for …"): with an
 * expressing verb before them (EXPRESSING_VERBS) the verb's subject is their source, as PolNeAR reads them.
 */
export const EXPRESSED_NOUNS = [
  'concern', 'concerns', 'fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts', 'confidence', 'skepticism',
  'frustration', 'optimism', 'support', 'opposition', 'worry', 'worries', 'belief', 'reservations', 'dismay',
  'disappointment', 'outrage', 'regret',
];

/** Verbs that voice an EXPRESSED_NOUNS feeling: "expressed", "voiced", "aired", "shared" (their concerns). */
export const EXPRESSING_VERBS = [
  'express', 'expresses', 'expressed', 'expressing', 'voice', 'voices', 'voiced', 'voicing', 'air', 'airs',
  'aired', 'airing', 'share', 'shares', 'shared', 'sharing', 'raise', 'raises', 'raised', 'raising',
];

/** Heads of a stance on something; their content follows the preposition. */
export const STANCE_NOUNS = ['calls', 'questions', 'condemnation', 'attacks', 'criticism', 'praise'];

/** Where a stance noun's object ends when its noun phrase is the sentence's subject: at the sentence's auxiliary. */
export const NOUN_OBJECT_END = new RegExp(`\\s(?:${FINITE_AUXILIARIES})\\s`);

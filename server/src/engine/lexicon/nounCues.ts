/**
 * Nouns that report what someone said or holds ("his claim that …", "Quell’s calls for …"), with the word that
 * links them to their content. PolNeAR counts them as cues like the verbs, but annotates many owned nouns
 * ("her decision to", "their support for") only now and then: the lists keep the ones that report speech or
 * belief nearly always (measured on PolNeAR train).
 */

/** Heads of a reported claim; their content is the clause after "that". */
export const CLAIM_NOUNS = [
  'assertion', 'assertions', 'allegation', 'allegations', 'contention', 'insistence', 'warning', 'warnings',
  'suggestion', 'suggestions', 'hope', 'hopes', 'fear', 'fears', 'promise', 'promises', 'pledge', 'pledges',
  'vow', 'vows', 'belief', 'claim', 'claims', 'concern', 'complaint', 'complaints',
];

/** Heads of a stance on something; their content follows the preposition. */
export const STANCE_NOUNS = ['calls', 'questions', 'condemnation', 'attacks', 'criticism', 'praise'];

/** Where a stance noun's object ends when its noun phrase is the sentence's subject: at the sentence's auxiliary. */
export const NOUN_OBJECT_END = /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\s/;

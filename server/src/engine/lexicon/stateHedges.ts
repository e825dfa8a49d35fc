/**
 * Words right before a verb of a state that leave it held by nobody now: an infinitive of ease or a way, a modal of
 * duty or chance, a comparison. Read by findings/claimReadings.ts on the reporter's words up to the state. Split
 * from claimSourcing.ts, which was at its size limit.
 */

/**
 * What makes a verb of a state that follows no one's: an infinitive after ease or a way ("it is hard to imagine",
 * "a good way to understand", "what to expect", "able to expect"), after a call to begin ("it is time to start
 * worrying") or after "without having to" (a state nobody need hold), the reporter's framing rather than a
 * holder's state.
 */
export const NO_HOLDER_INFINITIVE_BEFORE =
  /\b(?:hard|easy|difficult|impossible|tough|tempting|fair|safe|reasonable|way|ways|what|how|where|able|unable|time|without having)\s+(?:not\s+)?to\s+(?:(?:start|begin|stop)\s+)?(?:\p{Ll}+ly\s+)?$/iu;

/**
 * A modal of duty or chance right before a state ("should be worried", "must decide", "might wonder", "may now feel",
 * "needs to realize", "has reason to know"): what someone ought to feel or may come to think, not a state held now
 * (the reporter's hedge or advice). Not "would" or "can" ("would not want to defend", "can barely believe"), which
 * report one, nor "will" ("the team will seek to persuade …"), a plan.
 */
export const MODAL_BEFORE_STATE = /\b(?:should|must|might|could|may|(?:need|needs|have|has|reasons?) to)(?: not|n['’]t)?(?: (?:now|still|also|even|\p{Ll}+ly))?(?: be)?(?:,? (?:very|so|too|\p{Ll}+ly))*,?\s+$/u;

/** A comparison right before a word of expecting: "better than expected", "faster than anticipated". */
export const COMPARISON_BEFORE = /\bthan\s+$/i;

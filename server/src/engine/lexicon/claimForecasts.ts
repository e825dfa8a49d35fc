/**
 * Forecasts that state no prediction of the reporter's, read by findings/claimReadings.ts: the words of a forecast
 * ("is expected to", "will likely", "is headed for": lexicon/claims.ts, claimShapes.ts) used where the sentence does
 * not assert them, or in a sense that forecasts nothing. Generic English only; plain alternations, linear to match.
 */

/**
 * A relative pronoun right before a forecast, past auxiliaries and adverbs ("the final, which is expected to draw
 * a crowd", "delegates who are expected to back her", "a role that is expected to be filled by the chair", "the
 * ad buys, which will likely grow"): the forecast describes the noun it hangs on, an aside on what the thing is
 * for or where it stands, while the sentence asserts its main clause. An editor does not send back the aside (P4's
 * set A: 6 such flags in 6 articles, 5 not flagged by the readers). "That" only after a word: after a comma or at
 * the start it is the demonstrative subject of a forecast of its own ("…, that is likely to change slowly").
 */
export const FORECAST_IN_RELATIVE = /(?:\b(?:who|which)|(?<=[\p{L}\p{N}] )that)(?:\s+(?:is|are|was|were|will|would|has|have|had|been|\p{Ll}+ly))*\s+$/iu;

/**
 * A course toward a named place ("the envoys are headed to Ostvik", "was heading for Brask"): a trip, which the
 * schedule or the traveller gives, not the reporter's forecast of an outcome ("is headed for defeat"). Read on the
 * forecast's words; case-sensitive: a capital marks the place's name (P4's set A: 5 such sentences in 4 articles,
 * none flagged by the readers).
 */
export const TRIP_TO_A_PLACE = /^(?:is|are|was|were) (?:headed|heading) (?:to|for) \p{Lu}/u;

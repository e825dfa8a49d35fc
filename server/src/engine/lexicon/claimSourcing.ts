/**
 * The claim judge's words for what sources a claim and what needs no source (findings/claimJudge.ts): speech to
 * a private audience, the clause an opening subordinator sets apart, credits the cue lexicon leaves out, and
 * public record. Generic English only; plain alternations with bounded gaps, so matching stays linear.
 */

/**
 * An audience that makes speech private: "has told aides he …", "told associates that …". The reporter did not
 * hear it; that it was said is itself the inside account, so it credits nothing.
 */
export const PRIVATE_AUDIENCE =
  /^\s*(?:(?:his|her|their|its|some|several|two|three|senior|close|top) )?(?:aides?|associates?|allies|advisers?|advisors?|confidants?|intimates|friends|donors|people close)\b/i;

/**
 * A sentence that opens on a subordinate clause ("After the board met, …", "As the mayor announces that …,
 * she …"): an attribution inside it reaches no further than the comma that closes it; the main clause after
 * that is the reporter's.
 */
export const OPENING_SUBORDINATE = /^[\s"“‘(]*(?:as|after|when|whenever|while|before|since|once|until|although|though|because|even as|even though|if)\s/i;

/**
 * Credits the sourcing cue list leaves out, said or published in public: each credits the claim it introduces
 * ("expressed regret for …", "In her memoir, …").
 */
export const CREDITING_VERB =
  /\b(?:express(?:es|ed|ing)?|voic(?:es|ed|ing)|promis(?:es|ed|ing)|pledg(?:es|ed|ing)|in (?:a|an|his|her|their|its|the) (?:memoir|book|op-ed|column|speech|letter|filing|lawsuit|complaint|indictment))\b/i;

/**
 * Published reports, anywhere in the sentence: "named in news reports as …". A prepositional credit, like a
 * closing "according to", covers the clause it stands in.
 */
export const CREDITING_REPORTS = /\bin (?:(?:media|news|press|published|local|wire) )?reports\b/i;

/**
 * A stated purpose ("was intended to", "is meant to"): of a measure ("The levy was intended to …") it is the
 * measure's public purpose; only a person's purpose is a motive someone must be credited for.
 */
export const STATED_PURPOSE = /^(?:intended|meant|designed|supposed) to\b/i;

/** A relative clause set off in the sentence (", which the owner denies,"): a cue in it attributes nothing after it. */
export const RELATIVE_OPENING = /^\s*(?:which|who|whom)\s/i;

/**
 * A figure that is public record: how many voted, for whom, and who won ("Nearly a tenth voted for the mayor",
 * "turnout was 40 percent"), or a poll's own sample ("of the respondents", "of dockworkers polled"), whose
 * figures are the poll's.
 */
export const RECORDED_FIGURE =
  /\b(?:voted (?:for|against)|cast (?:their |a )?ballots?|turnout|of the (?:popular |total )?vote|(?:won|lost|carried) (?:the )?(?:\p{L}+ )?(?:primary|primaries|caucus(?:es)?|election|race|runoff|vote)|respondents|(?:polled|surveyed|questioned|interviewed) (?:support|back|favou?r|oppose|say|said|believe|think|want)|those (?:polled|surveyed|asked|questioned))\b/iu;

/** A cue of telling, whose object is the audience: "told aides", "assured donors", "confided to friends". */
export const TELLING_CUE = /^(?:tells?|told|telling|assur(?:es|ed|ing)|confid(?:es|ed|ing))\b/i;

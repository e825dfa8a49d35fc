/**
 * Private states: what someone wants, fears, believes, plans or agreed in private. An attribution whose cue is one
 * of these words reports a state of mind, not something said; for an editor it is itself a claim (who says the
 * union wants it?), so it sources nothing. Generic English only; plain alternations, linear to match.
 */
import type { ClaimCategory } from '../model';

/**
 * The first word of a cue that names a private state, with the kind of claim it makes. Checked on the cue's
 * words in order; the first that matches decides.
 */
export const PRIVATE_STATE_CUES: readonly { category: ClaimCategory; pattern: RegExp }[] = [
  {
    category: 'intention',
    pattern:
      /^(?:wants?|wanted|wanting|plans?|planned|planning|intends?|intended|intending|seeks?|sought|seeking|decided?|decides|deciding|prefers?|preferred|preferring|would like|would rather|balk(?:s|ed|ing)?|resist(?:s|ed|ing)?|aims?|aimed|aiming)$/i,
  },
  {
    category: 'motive',
    pattern:
      /^(?:fears?|feared|fearing|hopes?|hoped|hoping|worry|worries|worried|worrying|feels?|felt|feeling|resents?|resented|dreads?|dreaded)$/i,
  },
  {
    category: 'belief',
    pattern:
      /^(?:believes?|believed|believing|thinks?|thought|thinking|knows?|knew|knowing|doubts?|doubted|doubting|suspects?|suspected|suspecting|assumes?|assumed|assuming|understands?|understood|realize[sd]?|realizing|imagines?|imagined|expects?|expected|expecting|wonders?|wondered|wondering)$/i,
  },
];

/**
 * Done out of sight of the reporter: a speech cue after these ("privately told", "behind closed doors, agreed")
 * reports an act the reporter did not witness, so it sources nothing.
 */
export const IN_PRIVATE = /\b(?:privately|secretly|in private|in secret|behind closed doors|behind the scenes)\b/i;

/** Auxiliaries and adverbs before the verb that names the state ("is balking", "had long feared"). */
export const STATE_AUXILIARIES = /^(?:is|are|was|were|am|be|been|has|have|had|does|do|did|still|also|long|now|reportedly|quietly|increasingly)$/i;

/** Words a private state's wording may end on that the message leaves out ("would like to" → "would like"). */
export const STATE_TAIL = /\s+(?:to|that|the|a|an|it|they|he|she|this|their|his|her|its)$/i;

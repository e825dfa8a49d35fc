/**
 * Private states: what someone wants, fears, believes, plans or agreed in private. An attribution whose cue is one
 * of these words reports a state of mind, not something said; for an editor it is itself a claim (who says the
 * union wants it?), so it sources nothing. Generic English only; plain alternations, linear to match.
 */
import type { ClaimCategory } from '../model';
import { inflections } from './inflections';

/** Irregular forms shared by the private states below. */
const SEEK = ['seek', 'seeks', 'sought', 'seeking'];
const FEEL = ['feel', 'feels', 'felt', 'feeling'];
const THINK = ['think', 'thinks', 'thought', 'thinking'];
const KNOW = ['know', 'knows', 'knew', 'knowing'];
const UNDERSTAND = ['understand', 'understands', 'understood', 'understanding'];

/** A cue's first word that is one of these base verbs (inflected by inflections.ts) or forms. */
const stateCue = (verbs: readonly string[], forms: readonly string[]) =>
  new RegExp(`^(?:${[...verbs.flatMap(inflections), ...forms].join('|')})$`, 'i');

/**
 * The first word of a cue that names a private state, with the kind of claim it makes. Checked on the cue's
 * words in order; the first that matches decides.
 */
export const PRIVATE_STATE_CUES: readonly { category: ClaimCategory; pattern: RegExp }[] = [
  {
    category: 'intention',
    pattern: stateCue(['want', 'wish', 'plan', 'intend', 'decide', 'balk', 'resist', 'aim', 'consider', 'weigh', 'mull', 'contemplate', 'covet', 'prefer'], [...SEEK, 'would like', 'would rather']),
  },
  { category: 'motive', pattern: stateCue(['fear', 'hope', 'worry', 'resent', 'dread', 'regret', 'relish', 'fret', 'agonize', 'despair'], FEEL) },
  {
    category: 'belief',
    pattern: stateCue(['believe', 'doubt', 'suspect', 'assume', 'presume', 'realize', 'realise', 'imagine', 'expect', 'anticipate', 'reckon', 'wonder'], [...THINK, ...KNOW, ...UNDERSTAND]),
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

/** Words that open a clause of its own, or a clause's subject, in an infinitive phrase: its verbs are not the sentence's. */
const CLAUSE_OPENERS = 'that|which|who|whom|whose|where|when|and|or|but|if|because|as|while|so|he|she|they|it|we|i|you';

/** Verbs that take a clause without "that" ("to ensure crews were paid", "to show the pier was sound"). */
const CLAUSE_TAKERS = 'ensure|make sure|show|prove|argue|claim|insist|say|tell|warn|explain|suggest|convince|persuade|remind';

/**
 * Intransitive verbs of a plan or a hope that fails; they count only as they end their clause ("stalled in the
 * Senate"), as before a noun they are an adjective ("to revive stalled talks").
 */
const FAILED = 'stalled|collapsed|foundered|faltered|fizzled|languished';

/** What ends an intransitive verb's clause: a stop, or a preposition, a time or a conjunction that follows it. */
const CLAUSE_ENDS = String.raw`(?=\s*[.,;]|\s+(?:in|on|at|after|when|amid|over|under|last|this|because|and)\b)`;

/**
 * A plan's fate as the main verb: past forms that are no participle ("fell", "were"), and intransitive ones that
 * end their clause.
 */
const PLAN_FATE = String.raw`(?:were|fell|drew|came|went|ran|died|(?:have|had) been|(?:${FAILED})${CLAUSE_ENDS})`;

/** Hopes that fade away ("hopes of a deal faded", "had dimmed"). */
const FADED = 'faded|dimmed|evaporated|vanished|withered|crumbled';

/**
 * A hope's end as the main verb: dashed ("were dashed", "had been quickly crushed"), fallen, died, faded or failed.
 * Not a bare "were": "hopes of a deal were high" are hopes held.
 */
const HOPE_FATE = String.raw`(?:(?:were|was|(?:have|had) been)\s+(?:\w+ly\s+)?(?:dashed|crushed|shattered|extinguished|thwarted|quashed|ended)|fell|died|(?:have|had)\s+(?:${FADED})|(?:${FAILED}|${FADED})${CLAUSE_ENDS})`;

/**
 * What follows the noun heading the sentence's subject, not a holder's verb: "to" and an infinitive phrase, or
 * "for" or "of" and a noun phrase, then the sentence's own finite verb, of the noun's `fate` ("U.S. plans to widen
 * the base fell through", "Voter hopes for a deal were dashed"). A verb in a clause of the phrase's own (after
 * "that", a pronoun, a conjunction, a verb taking a clause) is not it, nor one past a comma. A regex source, read
 * case-insensitively right after the word.
 */
const headsSubject = (fate: string): string =>
  String.raw`\s+(?:to|for|of)\s+(?:(?!(?:${CLAUSE_OPENERS}|${CLAUSE_TAKERS})\s)[\w'’-]+\s+){1,8}?${fate}\b`;

/** "plan(s)" heading the subject: "Harbour plans to sell the quay were shelved". */
export const PLAN_AS_SUBJECT = headsSubject(PLAN_FATE);

/** "hope(s)" heading the subject: nobody hopes in "Voter hopes for a deal were dashed". */
export const HOPE_AS_SUBJECT = headsSubject(HOPE_FATE);

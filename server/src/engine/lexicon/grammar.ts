/**
 * Closed word classes of English: function words, pronouns, determiners. The attribution extractor's closed
 * classes for a source noun phrase are in cues.ts, and differ on purpose: its NP_OPENERS are every word that opens
 * a source ("several", "dozens", "two"), the mention finder's ARTICLES only those a description or a title may
 * open on.
 */
import { lookupTable, wordList } from './wordList';

/**
 * Words that never start or continue a name: function words, pronouns and the commonest verbs of news copy.
 * Not the claim judge's TOPIC_STOP_WORDS (claims.ts), which keeps "new" and "first" out of a topic instead.
 */
export const FUNCTION_WORDS = wordList(
  'a an the and or but nor so yet for of to in on at by with from into onto upon over under about after before ' +
    'during since until while when where why how what who whom whose which that this these those there here then ' +
    'than as if because although though despite unless whether also not no yes all any some each every both either ' +
    'neither many much more most other another such only just even still already i you he she it we they me him ' +
    'her them my your his its our their mine yours hers ours theirs said says say told tells tell added adds ' +
    'someone somebody everyone everybody anyone anybody nobody ' +
    'asked according is are was were be been being has have had do does did will would can could may might shall ' +
    'should must let like among amid amidst across against around between through within without toward towards ' +
    'via per outside inside beyond behind beside throughout ' +
    'however meanwhile earlier later now today yesterday tomorrow tonight last next',
);

/**
 * Third-person pronouns that refer back to an actor, with the gender or number they agree in. Not cues.ts's
 * PRONOUNS, the subject pronouns that may stand as a cue's source ("we", "I", "who").
 */
export const REFERRING_PRONOUNS = lookupTable<{ gender?: 'male' | 'female'; plural?: boolean; neuter?: boolean }>({
  he: { gender: 'male' },
  him: { gender: 'male' },
  his: { gender: 'male' },
  himself: { gender: 'male' },
  she: { gender: 'female' },
  her: { gender: 'female' },
  hers: { gender: 'female' },
  herself: { gender: 'female' },
  they: { plural: true },
  them: { plural: true },
  their: { plural: true },
  themselves: { plural: true },
  it: { neuter: true },
  its: { neuter: true },
});

/** The keys of REFERRING_PRONOUNS, as a set. */
const PRONOUN_KEYS: ReadonlySet<string> = new Set(Object.keys(REFERRING_PRONOUNS));

/**
 * `REFERRING_PRONOUNS[lower]`, asked of a set first: the mention readers ask it of every word, and a property
 * look-up with a word read from the text goes through the engine's table of interned strings, several times the
 * cost of a set's.
 */
export const referringPronoun = (lower: string) => (PRONOUN_KEYS.has(lower) ? REFERRING_PRONOUNS[lower] : undefined);

/** Possessive determiners: "his deputy", "their spokesman" open a description. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** The articles a description or a bare title may open on ("the minister", "a spokesman"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The determiners proper: articles, demonstratives, possessives and the quantifiers that open a noun phrase ("the
 * union fears", "that panel", "its owners want", "several aides"). Not cues.ts's NP_OPENERS (see there).
 */
export const DETERMINERS = wordList('the a an this that these those his her their its our my your some many most several few all both each every');

/**
 * Pronouns that open a relative clause as its subject, standing for the name before (", who has …");
 * SUBJECT_CLAUSE_OPENING (cues.ts) is built from them. The longer alternations with who|which|that elsewhere
 * (clauses.ts INVERTED_SOURCE_END and REPORTED_CLAUSE, sources.ts SOURCE_HEAD_CUT) differ on purpose: they add
 * whose, whom, question words or prepositions, as they list every word that opens a clause or a post-modifier.
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Adverbs between a relative pronoun and its role (", who was then serving as …", ", who now works as …"). */
export const RELATIVE_ADVERBS: ReadonlySet<string> = new Set([
  'then', 'now', 'also', 'previously', 'formerly', 'once', 'still', 'until', 'recently',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they tell that a new one begins. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'this',
  'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before',
  'when', 'while', 'if', 'as', 'since', 'although', 'though', 'however', 'meanwhile', 'still', 'also', 'some',
  'many', 'most', 'both', 'all', 'one', 'no', 'not', 'what', 'why', 'how', 'who', 'where', 'officials', 'asked',
  'during', 'under', 'until', 'with', 'without', 'by', 'from', 'to', 'then', 'now', 'instead', 'here', 'such',
]);

/** Words written with a leading apostrophe, which a ‘ or ' before them does not open: ’em, ’til, ’cause. */
export const ELISIONS = new Set(['em', 'til', 'tis', 'twas', 'cause', 'cos', 'cuz', 'bout', 'n', 'nuff', 'scuse', 'round']);

/** Verbs after "it" that leave it no referent: "it is unclear", "it would be good", "it seems". */
export const IMPERSONAL_IT_VERB = /^[\s\u00a0]+(?:is|was|would|will|seems|seemed|appears|appeared|has been|had been|may|might|could|can)\b/;

/** A pronoun or relative word standing as a whole source phrase: it names no new actor. */
export const PRONOUN_PHRASE = /^(?:he|she|they|it|him|her|his|its|their|them|who|which|that|we|i|you|us)$/;

/** Prepositions of place: a lone first name after one is a place ("in Charlotte"), not a person. */
export const PLACE_PREPOSITION = /^(?:in|at|from|to|near|into|outside|inside|across|around|of)$/;

/**
 * Auxiliary verbs: after one, the next verb form is plainly a verb ("and is weighing", "and had feared"), and a
 * lower-case word after one is the predicate, no noun phrase ("She has pushed back").
 */
export const AUXILIARY_VERBS = wordList('is are was were be been being am has have had do does did will would could should may might must can');

/** The tensed forms of "be" and "have", and the modals, as regex alternations for the patterns that find a clause's verb. */
export const TENSED_BE_HAVE = 'is|are|was|were|has|have|had';
export const MODALS = 'will|would|can|could|should|may|might|must';
/** Every auxiliary a finite clause may open its verb on: a tensed "be" or "have", a modal, or "do". */
export const FINITE_AUXILIARIES = `${TENSED_BE_HAVE}|${MODALS}|do|does|did`;

/**
 * Numbers written in words, as regex alternatives: the tens and the units that make "sixty-seven" (the dictionary
 * reads such a number as two words). One spelling for every pattern that counts in words.
 */
export const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * Claim shapes read from general evidence rather than set phrases: a holder (a person, a group, an institution)
 * with a verb of a guideline category in any inflection and tense ("the union balked", "donors had feared",
 * "aides are weighing"), an adjective of feeling after a linking verb ("voters grew wary"), a verb that causes a
 * feeling in others ("the ruling angered farmers"), and causal links stated as fact ("led to", "in response to").
 * Word families are kept as lemmas; their forms are generated (inflections.ts) with irregular ones listed.
 * Generic English only; every pattern is a plain alternation, linear to match. The words of figures are in
 * claimFigures.ts; feelings named as nouns in claimFeelings.ts; the reporter's verdicts and second-hand details in
 * claimVerdicts.ts.
 */
import type { ClaimCategory, ClaimConfidence } from '../model';
import { AUXILIARY_VERBS, FINITE_AUXILIARIES, TENSED_BE_HAVE } from './grammar';
import { inflections, verbFormsOnly } from './inflections';
import { HOPE_AS_SUBJECT, PLAN_AS_SUBJECT } from './privateStates';
import { wordList } from './wordList';

/** A family of verbs: the claim it makes, and what must follow the verb for it to make it (a regex source). */
export interface VerbFamily {
  category: ClaimCategory;
  confidence: ClaimConfidence;
  /** Base forms, inflected regularly. */
  lemmas: readonly string[];
  /** Irregular forms, as written. */
  irregular?: readonly string[];
  /** What must come right after the verb ("to", "whether"); anything when absent. */
  then?: string;
  /** What must not follow the verb, read from right after it (a regex source). */
  unless?: string;
}

/** Every form a family's verbs are written in: the lemmas' regular inflections, then the irregular forms. */
export const familyForms = (family: VerbFamily): string[] => [...family.lemmas.flatMap(inflections), ...(family.irregular ?? [])];

/** A noun or an adverb after "think" that makes it no belief: "a think tank", "think twice" (caution before acting). */
export const NOT_A_BELIEF_AFTER = 'tanks?|twice';

/**
 * Verbs of private states and private acts. A family's verb is a claim only after a holder (see claimShapes.ts):
 * "the trustees weighed", not "the weighed" or "a debate".
 */
export const VERB_FAMILIES: readonly VerbFamily[] = [
  {
    // plans and wishes that need a "to" to be one ("the mayor aims to", not "the mayor aims"); not "vie", a race
    // run in public
    category: 'intention',
    confidence: 'high',
    lemmas: ['intend', 'aim', 'prefer', 'hesitate', 'scramble', 'decide', 'opt', 'resolve', 'angle', 'yearn'],
    irregular: ['choose', 'chooses', 'chose', 'chosen', 'choosing', 'strive', 'strives', 'strove', 'striving'],
    then: 'to\\s',
  },
  {
    // a plan, not the plans that head the sentence's subject ("Harbour plans to sell the quay fell through")
    category: 'intention',
    confidence: 'high',
    lemmas: ['plan'],
    then: 'to\\s',
    unless: PLAN_AS_SUBJECT,
  },
  {
    // a hope, not the hopes that head the sentence's subject ("Guild hopes to buy the ferry were dashed")
    category: 'intention',
    confidence: 'high',
    lemmas: ['hope'],
    then: 'to\\s',
    unless: HOPE_AS_SUBJECT,
  },
  {
    // a wish before a verb's "to" or a clause of what is wished for ("residents wish the ferry would stay", "wishes
    // that the talks had gone on"), not good wishes passed on ("wished him well", "best wishes to the crew")
    category: 'intention',
    confidence: 'high',
    lemmas: ['wish'],
    then: "to\\s(?!(?:the|a|an|all|his|her|their|its|our|your|my|everyone)\\b)|that\\s|(?:[\\w'’-]+\\s+){1,5}?(?:would|could|had|were)\\b",
  },
  {
    // preparations under way ("the guild, preparing to strike, …"), only plausibly private: a medium intention, as
    // "is preparing to" (lexicon/claims.ts). Not readiness in the simple forms: "as the board prepares to vote" names
    // the next step of a public course, "the court was prepared to act" a step then taken in view, "best prepared to
    // lead" a fitness; a readiness held now ("is prepared to") is a position, read in lexicon/claims.ts
    category: 'intention',
    confidence: 'medium',
    lemmas: [],
    irregular: ['preparing'],
    then: 'to\\s',
  },
  {
    // wishes and resistance whatever follows
    category: 'intention',
    confidence: 'high',
    lemmas: ['want', 'covet', 'balk', 'crave', 'desire', 'mull', 'contemplate'],
    irregular: verbFormsOnly('eye plot scheme'),
  },
  {
    // weighing an option: "aides are weighing whether", "she considered running"
    category: 'intention',
    confidence: 'high',
    lemmas: ['consider', 'weigh', 'explore', 'debate', 'ponder'],
    then: '(?:whether|if|how|when|a\\s+run|[a-z]+ing)\\b',
  },
  {
    // a stance shifting in private: "the senator is leaning toward a no vote"
    category: 'intention',
    confidence: 'high',
    lemmas: ['lean', 'tilt'],
    then: 'toward|towards|against',
  },
  {
    // talks and manoeuvres the reporter did not witness; not "negotiate" (a deal or a treaty is negotiated in
    // public) nor "recruit" (a public act)
    category: 'deliberation',
    confidence: 'high',
    lemmas: ['deliberate', 'confer', 'huddle', 'strategize', 'strategise', 'woo', 'cajole', 'coax', 'persuade', 'instruct', 'dispatch', 'orchestrate', 'conspire', 'collude'],
    irregular: verbFormsOnly('lobby court pressure engineer'),
  },
  {
    // working in step with another out of sight ("the agency coordinates with its neighbours' spies", "the PAC
    // coordinated with the campaign"): an inside account, or a charge, that someone must vouch for
    category: 'deliberation',
    confidence: 'medium',
    lemmas: ['coordinate'],
    then: '(?:[\\w-]+ ){0,5}?with\\b',
  },
  {
    // talk to an intimate the reporter did not hear ("vented to her husband", "confided in aides"); past and
    // progressive forms only, as "an air vent in the cabin" is a noun
    category: 'deliberation',
    confidence: 'high',
    lemmas: [],
    irregular: verbFormsOnly('vent confide'),
    then: '(?:to|in|about|that)\\b',
  },
  {
    // feelings held toward something
    category: 'motive',
    confidence: 'high',
    lemmas: ['fear', 'worry', 'dread', 'love', 'adore', 'cherish', 'revel', 'resent', 'regret', 'relish', 'loathe', 'despise', 'detest', 'dislike', 'distrust', 'mistrust', 'hate', 'fume', 'bristle', 'chafe', 'seethe', 'bridle', 'envy', 'agonize', 'agonise', 'fret', 'panic'],
    irregular: ['feel', 'feels', 'felt', 'feeling'],
  },
  {
    // beliefs held as fact
    category: 'belief',
    confidence: 'high',
    lemmas: ['believe', 'suspect', 'doubt', 'realize', 'realise', 'reckon', 'anticipate', 'expect', 'trust', 'imagine'],
    irregular: ['think', 'thinks', 'thought', 'thinking', 'knew', 'understand', 'understands', 'understood'],
    // not a preposition after it, nor a word that makes it no belief
    then: `(?!to\\b|for\\b|by\\b|in\\b|on\\b|out\\b|up\\b|about\\b|(?:${NOT_A_BELIEF_AFTER})\\b|\\.|,)`,
  },
  {
    // knowing before a clause ("knows that", "knew full well", "know how weak"), not knowing people or a place
    // ("someone they know"; "knew" is read whatever follows, above); so "recognize", not recognizing a state or
    // a rival's win
    category: 'belief',
    confidence: 'high',
    lemmas: ['recognize', 'recognise'],
    irregular: ['know', 'knows'],
    then: '(?:that|how|what|whether|why|where|when|full well)\\b',
  },
  {
    // "assume" and "presume" hold a belief only before a clause ("assumed that", "assumed he would"): before a
    // noun they take something on ("assumed office", "assumed Trump's style")
    category: 'belief',
    confidence: 'high',
    lemmas: ['assume', 'presume'],
    then: 'that\\b|(?:he|she|they|it|the \\w+|[A-Z][\\w.]*)\\s+(?:is|was|are|were|would|will|had|has|could|might)\\b',
  },
];

/**
 * Verbs that put a feeling into others: "the ruling angered farmers" states how farmers feel. After a holder (the
 * cause), and before whoever feels it.
 */
export const FEELING_CAUSED = [
  'anger', 'infuriate', 'enrage', 'frustrate', 'alarm', 'rattle', 'unnerve', 'unsettle', 'spook', 'dismay', 'delight',
  'irritate', 'annoy', 'irk', 'alienate', 'embarrass', 'disappoint', 'outrage', 'offend', 'exasperate', 'energize',
  'energise', 'charm', 'galvanize', 'galvanise', 'embolden', 'reassure', 'terrify', 'horrify', 'appal', 'appall', 'incense',
  'antagonize', 'antagonise', 'humiliate', 'sour', 'worry', 'surprise', 'shock', 'stun', 'baffle', 'puzzle', 'disturb',
  'trouble', 'bewilder', 'perplex', 'blindside', 'dishearten', 'demoralize', 'demoralise', 'hearten', 'rankle',
  'thrill', 'excite', 'inflame', 'vex', 'nettle', 'gall', 'startle',
].flatMap(inflections).filter((form) => /(?:s|ed)$/.test(form));

/** A linking verb before an adjective of feeling: "voters grew wary", "the board remains divided". */
export const LINKING_VERBS = [
  'is', 'are', 'was', 'were', 'been', 'be', 'being', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared',
  'grow', 'grows', 'grew', 'grown', 'become', 'becomes', 'became', 'remain', 'remains', 'remained', 'feel', 'feels',
  'felt', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'get', 'gets', 'got', 'gotten',
  // negated in a contraction, with either apostrophe ("aren’t interested in")
  "isn['’]t", "aren['’]t", "wasn['’]t", "weren['’]t",
];

/**
 * Degree words and adverbs between a linking verb and a feeling ("grew increasingly wary", "is not so sure", "were
 * already skeptical", "were far more leery", "are just as eager"): the "-ly" adverbs are read by their ending, these
 * by name.
 */
export const FEELING_DEGREES = [
  'not', 'so', 'as', 'too', 'very', 'more', 'less', 'increasingly', 'deeply', 'visibly', 'clearly', 'still', 'now',
  'also', 'particularly', 'openly', 'privately', 'quietly', 'most', 'less than', 'hardly', 'far from', 'none too',
  'rather', 'somewhat', 'quite', 'already', 'far', 'just', 'even',
];

/** Adjectives of feeling, stance or conviction held by others: a claim about their state of mind. */
export const FEELING_ADJECTIVES: Readonly<Record<'motive' | 'belief', readonly string[]>> = {
  motive: [
    'angry', 'furious', 'frustrated', 'upset', 'worried', 'anxious', 'nervous', 'uneasy', 'alarmed', 'afraid',
    'fearful', 'wary', 'leery', 'suspicious', 'distrustful', 'eager', 'keen', 'desperate', 'reluctant', 'unwilling',
    'loath', 'loth', 'determined(?= to\\b)', 'unhappy', 'displeased', 'delighted', 'thrilled', 'relieved', 'disappointed',
    'dismayed', 'annoyed', 'irritated', 'bitter', 'resentful', 'embarrassed', 'ashamed', 'humiliated', 'impatient',
    'hostile', 'enthusiastic', 'unenthusiastic', 'lukewarm', 'ambivalent', 'torn', 'conflicted', 'jealous', 'envious',
    'exasperated', 'incensed', 'outraged', 'livid', 'rattled', 'shaken', 'spooked', 'unnerved', 'disillusioned',
    'demoralized', 'demoralised', 'emboldened', 'energized', 'energised', 'alienated', 'estranged', 'hesitant',
    'intent', 'obsessed', 'fixated', 'disengaged', 'apathetic', 'indifferent', 'disenchanted', 'betrayed',
    'blindsided', 'stung', 'snubbed', 'slighted', 'insulted', 'offended', 'irked', 'miffed', 'peeved', 'troubled',
    'disturbed', 'bothered', 'concerned', 'surprised', 'startled', 'bewildered', 'baffled', 'puzzled', 'perplexed', 'fed up',
    'weary', 'tired of', 'sick of', 'torn between', 'engaged(?! in\\b)', 'interested(?= in\\b)', 'uninterested',
    'heartened', 'elated', 'jubilant', 'gleeful', 'ecstatic', 'uncomfortable', 'grateful', 'taken aback', 'glad', 'sad(?= (?:to|about|that)\\b)', 'saddened', 'heartbroken', 'devastated', 'divided(?= (?:over|on|about)\\b)',
    'content(?= (?:to|with)\\b)', 'enamou?red', 'smitten', 'contemptuous',
    'exuberant', 'euphoric', 'giddy', 'jittery', 'panicked', 'gloomy', 'despondent', 'anguished', 'irate', 'indignant',
    'aggrieved', 'crestfallen', 'apprehensive', 'restive',
  ],
  belief: [
    'convinced', 'confident', 'certain', 'sure', 'skeptical', 'sceptical', 'doubtful', 'optimistic', 'pessimistic',
    'hopeful', 'aware', 'unaware', 'unconvinced', 'persuaded', 'adamant', 'mindful', 'oblivious',
  ],
};

/** Words a holder cannot be: a verb after them is a noun ("the fear"), an infinitive ("to court") or a modifier. */
export const NOT_HOLDERS = wordList(
  'a an the this that these those his her their its our my your no any every each some such what which whose ' +
    'of in on at by for with from into onto over under about after before during since until than to as via per ' +
    'upon among between against without within through across toward towards around behind beyond despite like ' +
    'and or but nor so yet if when while because although though whether where how why then there here ' +
    'it i we you me us one ones own other others another both either neither more most less least many much few ' +
    'new old big great public private political biggest deepest worst greatest',
);

/**
 * Plural subjects that do not end in -s ("people fear"). Not people.ts COLLECTIVE_HEADS, on purpose: that list is of
 * source heads no he or she refers back to, and "the family fears" or "the team fears" is singular here.
 */
export const PLURAL_WITHOUT_S = wordList('people men women children staff police leadership clergy');

/** Endings of a word that reads as a modifier, not a noun that could hold a state ("growing fears"). */
export const MODIFIER_ENDING = /(?:ing|ed|al|ive|ous|ful|ic|ary|est|ble)$/;

/** Endings of a verb's past forms, regular and irregular (wanted, thought, knew, understood, chose, strove, felt). */
export const PAST_ENDING = /(?:ed|ght|ew|ood|ose|osen|ove|elt)$/;

/** The categories of a private state: what others want, discuss, feel or believe. */
export const PRIVATE_STATE_CATEGORIES: ReadonlySet<ClaimCategory> = new Set(['intention', 'deliberation', 'motive', 'belief']);

/**
 * Relatives and demonstratives that stand for the cause of a feeling ("…, which has unsettled the board", "That
 * rankled the crews"): a cause needs no holder, and the verb after it is plainly a verb.
 */
export const CAUSE_PRONOUNS = wordList('that which what this');

/**
 * Verbs that make their object do or feel what follows ("the berth will make skippers feel welcome", "to help
 * voters understand"): the state is an effect someone means or foresees, not one its holder is said to have.
 */
export const CAUSATIVE_VERBS = wordList('make makes made making let lets letting help helps helped helping');

/**
 * A share of people as the holder of a state ("the 4 percent who favoured the levy", "12 percent of the islanders
 * not planning to drive"): a poll's count, a figure and not a state of mind anyone is said to hold.
 */
export const SHARE_AS_HOLDER = /\d\s*(?:percent|per cent|%)(?: of(?: the)? [\p{L}'’-]+(?: [\p{L}'’-]+)?)?(?: who| that)?(?: not| also| still)?\s+$/u;

/**
 * A reaction seen on someone ("he seemed rattled", "she appeared taken aback", "the envoy looked unconvinced"): the
 * reporter, or the room, watched it; a feeling held out of sight ("seemed most concerned with …") is not in it.
 */
export const REACTION_SHOWN =
  /\b(?:seem|seems|seemed|appear|appears|appeared|look|looks|looked)\s+(?:(?:visibly|clearly|briefly|momentarily|somewhat)\s+)?(?:rattled|shaken|flustered|stunned|startled|surprised|taken aback|unconvinced|unimpressed|unmoved|uncomfortable)\b/i;

/**
 * A holder who is nobody in particular, a few words before a state: "Anyone expecting a truce …", "one nobody
 * foresaw", "sooner than anyone had expected", "not everyone is convinced". It is a turn of phrase or a guess at
 * no one's mind, not an account of a real holder's that a source could give (silver: none of 6 such flags sent
 * back). The words between are not a pronoun, "that" or a conjunction, which would open a clause or a verb of a
 * holder of its own ("told everyone she believed …", "thanked everyone and believes …"). Not after "hardly" or "almost": "hardly anyone
 * believes …" counts the believers, a claim about a crowd, like "few believe …".
 */
export const GENERIC_HOLDER =
  /(?<!\b(?:[Hh]ardly|[Ss]carcely|[Bb]arely|[Aa]lmost|[Vv]irtually|[Nn]early)\s)\b(?:[Aa]nyone|[Aa]nybody|[Nn]obody|[Nn]o one|[Ee]veryone|[Ee]verybody|[Ww]hoever)(?:\s+(?!(?:he|she|they|we|i|you|it|that|and|or|but)\b)\p{Ll}[\p{Ll}'’-]*){0,4}\s+$/u;

/** Pronouns and relatives that stand for a third-party holder. */
export const HOLDER_PRONOUNS = wordList('he she they');

/**
 * A belief or a wish given to a personal pronoun ("she thinks he can win", "they want to keep them"), read on the
 * words before the state: the sentence goes on about someone the story has just brought in, most often a speaker in
 * it, so the state is probably theirs from their own words, the guidelines' medium "detail probably from an
 * earlier-cited source". Auxiliaries and adverbs may stand between ("he has long believed", "they're still hoping").
 * Set A: 21 such warnings, 9 of them in the gold (warnings overall: .53).
 */
export const PRONOUN_HOLDER = new RegExp(
  `\\b(?:${[...HOLDER_PRONOUNS].join('|')})(?:['’](?:s|re|d|ll))?\\s+(?:(?:${FINITE_AUXILIARIES}|be|been|not|never|also|still|now|long|[a-z]+ly)\\s+){0,3}$`,
  'i',
);

/** Auxiliaries (grammar.ts), negation and adverbs between a holder and its verb ("had long feared", "do not want"). */
export const BETWEEN_HOLDER_AND_VERB: ReadonlySet<string> = new Set([
  ...AUXILIARY_VERBS,
  ...wordList(
    'not never no longer still also long now already increasingly quietly reportedly clearly apparently ' +
      'privately secretly openly deeply really genuinely always often even just only once initially originally ' +
      "n't don't doesn't didn't won't wouldn't hasn't haven't hadn't isn't aren't wasn't weren't",
  ),
]);

/** Adverbs set off by commas between a holder and its verb ("many voters, however, are eager for …"): an aside. */
export const ASIDE_ADVERBS = wordList(
  'however though too also meanwhile moreover indeed nonetheless nevertheless still instead apparently evidently clearly privately',
);

/**
 * Verbs of the writer's impression before "to" ("the donors seemed to know", "he appears to want"): the state
 * after them is still read into the holder before them, only hedged, and nobody is credited for it.
 */
export const SEEMING = wordList('seem seems seemed appear appears appeared');

/**
 * Verbs of an effect on someone's fortunes, the reporter's analysis: "the attacks changed the race", "the feud
 * has dogged her campaign". After a holder, as the families above. Not "overshadow" nor "eclipse": what drew the
 * public's attention ("the strike overshadowed her plan", "the race is being eclipsed by the fare fight"), which
 * the coverage itself shows, not a cause weighed (P4's set A: none of 14 such sentences flagged, the 5 flags all
 * false).
 */
export const EFFECT_VERBS: VerbFamily = {
  category: 'causal',
  confidence: 'medium',
  lemmas: ['reshape', 'upend', 'roil', 'derail', 'hamper', 'hobble', 'cripple', 'backfire', 'haunt', 'torpedo', 'jeopardize', 'jeopardise', 'imperil', 'propel', 'undermine', 'bolster'],
  // "changed the race", not "changed her name" nor "things changed"
  irregular: ['changed the', 'has changed', 'have changed', ...verbFormsOnly('doom dog plague fuel spur')],
};

/**
 * A purpose read into an act: "With that in mind, the guild …", a wish ("…, not wanting to cross the chair"), or a
 * verb that is itself a motive ("to curry favour with", "to placate the base"). Not the plain aim a public act is hung on ("toured the dikes, seeking to
 * calm the farmers", "in a bid to win back the suburbs", "as she tries to"): the act shows its aim, and on 480
 * articles annotated blind (silver) 10 of the 14 sentences those raised were not flagged.
 */
export const PURPOSES =
  /(?:\bto (?:curry favou?r|appease|placate|mollify|deflect (?:attention|blame|criticism))|\bwith (?:that|this|these|those|the|his|her|their|its)(?: [\w-]+){0,2} in mind\b|,\s(?:not )?wanting to)\b/i;

/**
 * An act read as an effort toward an aim: "That tactic is an effort to split the guild", "the visit was part of a
 * bid to win back the coast", "her focus is an attempt to undercut him". The reporter names what the act was for,
 * which only its makers know; an act "in an effort to" is read with the set phrases (CLAIM_PATTERNS). Not "there
 * was an attempt to" (that one was made is the claim, not its aim) nor "the first effort to" (a rank of public acts).
 */
export const ACT_AS_EFFORT =
  /(?<!\bthere )\b(?:is|was|are|were|been|be)(?: (?:also|partly|largely|clearly|plainly|in part|likely))? (?:(?:part of|one of) )?(?:a|an|another|the latest)(?: [\w-]+){0,2}? (?:effort|efforts|attempt|attempts|bid|bids|ploy|gambit) to\b/i;

/**
 * A private state held as a noun: "has no intention of", "has ambitions for", "has little appetite for", "is
 * under pressure to", "remains open to", "has soured on", "is grappling with", "has set her sights on", "is
 * banking on", "sees no reason". Not a thing "open to question" or "to interpretation": that says it is doubtful, and
 * nobody holds it.
 */
export const STATES_HELD =
  /\b(?:(?:has|have|had) (?:no |little |long |presidential |political )?(?:intention|intentions|designs|ambitions|aspirations|plans) (?:of|to|on|for)|(?:little|no|scant|limited) (?:appetite|stomach|patience|desire) for|(?:is|are|was|were|been|came|come|comes|remains?|remained) under (?:growing |mounting |increasing |intense |heavy )?pressure|(?:is|are|was|were|remains?|remained) (?:still )?open to(?! (?:question|interpretation|debate|doubt|dispute|challenge)\b)|(?:has|have|had) (?:soured|cooled|turned) (?:on|against)|(?:set|setting|sets) (?:his|her|their|its) sights on|(?:has|have|had) (?:his|her|their|its) eyes? on|laying the groundwork for|positioning (?:himself|herself|themselves|itself)|(?:is|are|was|were) (?:counting|banking|betting) on|(?:is|are|was|were) bracing for|sees? (?:no|little) (?:reason|need|point|chance)|(?:is|are|was|were|been) (?:itching|angling|scrambling|grappling|wrestling|struggling) (?:to|for|with))\b/i;

/** A standing that fell apart: the reporter's verdict, where "fell" or "dropped" may be a poll's count. */
const COLLAPSED = 'cratered|collapsed|evaporated|eroded|tanked|slumped|nosedived|crumbled|imploded';

/**
 * Someone's past judged as a pattern, or their standing judged, by nobody named, or its rise and fall given as
 * fact with no poll named ("his standing improved after the shootings", "her ratings have plummeted", "saw her
 * support collapse"); in a relative clause only its collapse ("whose support cratered after the debate"), as
 * "whose numbers have fallen" is mostly background from the polls the story cites (train: 1 of 2 flagged).
 */
export const STANDING_JUDGED = new RegExp(
  String.raw`\b(?:(?:his|her|their|its|[\w.]+['’]s) (?:[\w-]+ ){0,2}?(?:standing|popularity|support|numbers|ratings?|fortunes|favou?rability)(?: [\w-]+){0,4}? (?:has |have |had )?(?:improved|rose|risen|fell|fallen|dropped|slipped|surged|climbed|sagged|plummeted|soared|declined|dipped|sank|sunk|rebounded|recovered|${COLLAPSED})|whose (?:standing|popularity|support|numbers|ratings?|fortunes|favou?rability) (?:has |have |had )?(?:${COLLAPSED})|(?:saw|sees|seen|seeing|watched) (?:his|her|their|its) (?:standing|popularity|support|numbers|ratings?|fortunes|favou?rability) (?:[a-z]+ly )?(?:collapse|crater|plummet|erode|evaporate|slip|surge|soar|fall|drop|rise|climb|sag|sink|decline|dip|tank|slump|crumble|wane)|(?:has|have|had) a (?:long |well-documented |troubled )?(?:history|record|pattern|habit) of|(?:has|have|had) struggled to|(?:is|are|was|were) struggling to|(?:deeply |widely |increasingly )?unpopular (?:with|among))\b`,
  'i',
);

/**
 * A player's or a campaign's fortunes judged as fact, the reporter's verdict on the race: a rise to a standing
 * ("has emerged as a serious rival", "emerged as the guild's biggest threat"), a campaign in decline ("her fading
 * campaign", "his campaign on the brink of collapse"). Not "emerged as a regular name in the files", which the files
 * show: only the words of rank and weight. Corpus: the 9 unflagged such sentences were all the reporter's verdict.
 */
export const FORTUNES_JUDGED =
  /\b(?:emerg(?:ed|es|ing) as (?:a|an|the|[\w.]+['’]s) (?:[a-z]+ )?(?:major|serious|leading|main|chief|biggest|central|key|pivotal|formidable|credible|viable|dominant|principal|potent)|(?:fading|flagging|faltering|sputtering|floundering|foundering|moribund|beleaguered|ailing|lackluster|lacklustre) (?:presidential )?(?:campaign|candidacy|bid)|on the (?:brink|verge) of (?:collapse|defeat|irrelevance|elimination|ruin|catastrophe|disaster|failure))\b/i;

/**
 * An act read as a sign or an example of something: the reporter's analysis ("…, a sign that the party is
 * divided", "one example of how the board has shrunk the ferry service"). Not "a stark reminder that …",
 * "reflecting his …", "underlining …": they point back to what the reader already knows or was just shown, and on
 * 480 articles annotated blind (silver) 9 of the 10 sentences they raised were not flagged.
 */
export const READ_AS_SIGN =
  /\b(?:a (?:sign|signal|testament|symptom) (?:of|that(?! (?:read|reads|said|says)\b))|(?:an?|one|another) (?:[\w-]+ )?(?:example|illustration|demonstration|indication) of (?:how|the)|signall?ing (?:that|a|an|his|her|their))\b/i;

/**
 * An effect or a reception stated as fact, the reporter's verdict: "has had a lasting effect on", "has taken a toll",
 * "did not go over well", and a stance placed "outside the mainstream" or a trouble "beyond her control"; and a
 * cause given its share in an outcome ("played a large part in her defeat", "a key reason the levy failed", "the
 * pact owed most of its gains to a ferry guild", "proved costly", "put pressure on the council", "has done little
 * to deter"; silver: 9 sentences, 8 flagged by the annotators). Past "played" only: "plays a crucial role in the
 * region" is a standing function, background anyone can check (a corpus sentence no editor sent back).
 */
export const EFFECTS_STATED =
  /\b(?:(?:had|has|have|having) (?:a|an) (?:[\w-]+ ){0,2}(?:effect|impact|toll)(?: on\b|:)|(?:had|has|have|having) (?:no|little) (?:[\w-]+ )?(?:effect|impact)|(?:took|taken|taking|take|takes) (?:a|its|their) (?:[\w-]+ )?toll|(?:went|go|gone|going) over (?:well|badly|poorly)|outside the (?:political )?mainstream|beyond (?:[\w.'’-]+ ){1,3}control|(?:a|an) (?:(?:major|serious|significant|huge|big|severe|devastating|stunning|embarrassing|rare|fresh|new|welcome|much-needed|political) )?(?:blow|setback|boost|rebuke|black eye|lifeline) (?:to|for)|(?:a|the) (?:key|major|main|decisive|deciding|critical|crucial|big|positive|negative|significant|driving|contributing) (?:factor|driver|force) (?:in|for|behind)|(?:is|was|are|were|proved|proven) (?:key|crucial|critical|instrumental|pivotal|decisive) (?:to|in)|(?:by far|easily|arguably) the (?:most|least|best|worst|[a-z]+est)|(?:gave|give|gives|given|giving|handed|hands) (?:him|her|them|it) (?:a|an) (?:[\w-]+ )?(?:edge|advantage|boost|opening|lift)|(?:made|makes|making) (?:him|her|them|it) (?:more|less) (?:likely|vulnerable|popular|competitive|attractive|appealing|electable)|(?:in|into) (?:disarray|turmoil|chaos)|(?:a|the) (?:turning point|tipping point|wake-up call|game[- ]changer)|(?:has|have|had) (?:paid off|backfired)|failed to (?:gain traction|resonate|connect|catch fire|catch on|break through)|(?:hit|hits|struck|strikes|touched|touches) a (?:raw )?nerve|reopen(?:ed|s|ing)? (?:old )?wounds|the only way (?:[\w'’-]+ ){1,8}(?:is|was) (?:to|by|for|if|through)|cast(?:s|ing)? (?:a )?(?:doubt|shadow|cloud|pall) (?:on|over)|played (?:a|an) (?:large|big|key|major|central|crucial|significant|pivotal|outsized|decisive|leading) (?:part|role) in|(?:a|the) (?:key|main|major|real|biggest|primary|central) reason|ow(?:e|es|ed|ing) (?:much|most|some|part|a great deal) of (?:its|his|her|their) [a-z]+ to|prov(?:e|es|ed|en|ing) (?:to be )?(?:costly|decisive|pivotal|crucial|fatal|beneficial|devastating|damaging|disastrous)|(?:put|puts|putting|kept|keep|keeps|keeping) (?:the |more |added |new |fresh )?pressure on|(?:has|have|had) done little (?:more than|to))\b/i;

/**
 * Forecasts stated with confidence: "is on track to", "stands to lose", "is all but certain", "what is almost certain
 * is …", "all signs point to". Not "almost impossible", which is as often said of a task as of an outcome.
 */
export const CONFIDENT_FORECASTS =
  /\b(?:all (?:the )?signs point(?:ed|s|ing)? to|(?:is|are|was|were|appears?|seems?) (?:on track|on course|headed|heading|destined|doomed|sure|certain) (?:to|for)|stands? to (?:gain|lose|benefit|win)|all but (?:certain|assured|guaranteed|inevitable|over)|(?:virtually|nearly) (?:certain|assured|guaranteed|impossible)|almost (?:certain|assured|guaranteed)|(?:has|have|had|stands?) (?:little|no) (?:chance|hope) of|fac(?:es|e|ed|ing) (?:an|a) (?:uphill|steep|difficult|tough|long) (?:battle|climb|fight|road|path)|(?:an|a) (?:[\w-]+ )?uphill (?:battle|climb|fight)|(?:is|are|was|were|['’]s|['’]re|seems?|appears?|looks?) (?:[\w-]+ )?in (?:a|an) (?:[\w-]+ )?(?:strong|stronger|good|better|best|weak|weaker|prime|solid|commanding|enviable|precarious|difficult|tough) position to|will (?:surely|certainly|never again)|(?:a )?near certainty|(?:a )?foregone conclusion)\b/i;

/**
 * What follows a word of private state that stands as a free modifier of a clause's subject ("Wary of the unions,
 * the mayor …", "…, confident that the vote would hold"): a preposition, a "that" or a noun phrase's opening.
 */
export const MODIFIER_COMPLEMENT =
  '(?:to|that|of|about|by|over|at|with|on|for|from|toward|towards|against|the|this|these|those|his|her|their|its|a|an|what|how|whether)\\b';

/**
 * Words that open a sentence before such a modifier ("Still, wary of …", "Finally, preparing …"). One run of
 * spaces only ("\\s*,?\\s+" would try every split of a long run of blanked quotation).
 */
export const MODIFIER_LEAD = '(?:but|and|still|finally|so|yet|now|instead|perhaps)(?:\\s*,)?\\s+';

/** Adverbs before a modifier's word ("Increasingly wary of …", "…, still hoping to …"). */
export const MODIFIER_ADVERBS = '(?:increasingly|deeply|already|clearly|visibly|still|now|ever|long|privately|quietly)';

/**
 * Auxiliaries and verbs of speech that show a phrase has a verb of its own: a gerund subject ("Planning ahead has …").
 * Of the modals only "will" and "would": each alternative is tried at every character of a modifier (NO_FINITE_VERB),
 * and with all eight every PolNeAR and corpus story and the silver claims read the same (tried in session 24).
 */
export const MODIFIER_FINITE_VERBS = `(?:${TENSED_BE_HAVE}|will|would|said|says)`;

/**
 * Participles of noticing and of being driven, which read another's mind in a modifier as the families' words
 * do ("Sensing an opening, the governor …", "…, driven by anger at the closures").
 */
export const MODIFIER_PARTICIPLES: Readonly<Record<'motive' | 'belief', string>> = {
  motive: '(?:driven|motivated|spurred(?: on)?|burdened|looking for (?:a way|ways))(?=\\s+(?:by|to)\\b)',
  belief: '(?:recogni[sz]ing|sensing)(?=\\s+(?:that|the|this|an?|his|her|their|its)\\b)',
};

/** What stands between a verb and the feeling it leaves in its object: not a verb of a clause of its own. */
const NOT_IN_OBJECT = 'has|have|had|is|are|was|were|be|been|to|and|or|but|who|which|that|when|after|before|because';

/**
 * A feeling an event leaves in others, stated as fact: "the closures left the crews uneasy", "…, leaving donors
 * fearful that …" — how they feel, with nobody who feels it credited.
 */
export const FEELINGS_LEFT = new RegExp(
  `\\b(?:leav(?:e|es|ing)|left) (?:(?!(?:${NOT_IN_OBJECT})\\b)[\\w'’.-]+ ){1,4}?(?:(?:${FEELING_DEGREES.join('|')}) )?(?:${[...FEELING_ADJECTIVES.motive, ...FEELING_ADJECTIVES.belief].join('|')})\\b`,
  'i',
);

/**
 * Doubts or fears an event stirs in others, stated as fact: "the slump has led several skippers to fret whether …",
 * "…, prompting skippers to rethink the route".
 */
export const DOUBTS_PROMPTED =
  /\b(?:led|leading|leads|prompted|prompting|prompts|caused|causing|causes|left|leaving|leaves) (?:[\w'’.-]+ ){1,4}?to (?:worry|wonder|fear|question|doubt|rethink|reconsider|second-guess|fret|despair|grumble)\b/i;

/**
 * Counsel given to a principal by those around them, in private: "aides have been urging the mayor to settle",
 * "a close adviser has pressed her to fight on" — an inside account, whoever is named as urging. Read from the verb
 * (so its words are the claim, not the advisers').
 */
export const INSIDERS_URGING =
  /(?<=\b(?:advisers?|advisors?|aides?|allies|ally|strategists?|confidants?|officials|donors|lieutenants|operatives|insiders|friends|associates|staff|staffers)\b[^.;!?]{0,60})\b(?:urged|urging|urges|encouraged|encouraging|pressed|pressing|pushed|pushing|implored|imploring|begged|begging|nudged|nudging|counseled|counselled|counseling|counselling|advised|advising) (?!for\b)(?:[\w'’.-]+ ){1,4}?to\b/i;

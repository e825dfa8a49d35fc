/**
 * Generic vocabulary of unnamed sources as wire copy writes them: "two US officials", "sources familiar with the
 * matter", "a person briefed on the talks", "a senior administration official", "his spokesman".
 */
import { literalForm, WEEKDAYS } from './cues';
import { wordList } from './wordList';
import { TENS_WORDS, UNIT_WORDS } from './grammar';

/** Head nouns of an unnamed source, singular and plural. */
export const SOURCE_HEADS = wordList(
  'official officials source sources person people individual individuals insider insiders aide aides ' +
    'diplomat diplomats analyst analysts expert experts spokesman spokeswoman spokesperson spokespeople ' +
    'representative representatives investigator investigators prosecutor prosecutors lawmaker lawmakers ' +
    'legislator legislators lawyer lawyers attorney attorneys officer officers witness witnesses resident residents ' +
    'observer observers critic critics activist activists protester protesters protestor protestors employee employees ' +
    'staffer staffers member members leader leaders negotiator negotiators adviser advisers advisor advisors ' +
    'economist economists scientist scientists researcher researchers doctor doctors teacher teachers union unions ' +
    'group groups authorities executive executives insider investor investors trader traders banker bankers ' +
    'oceanographer oceanographers counterpart counterparts advocate advocates campaigner campaigners worker workers ' +
    'organizer organizers organiser organisers staff ' +
    // people by what they do or where they stand, who speak as a crowd: "Farmers said", "Ferry passengers told"
    'farmers parents passengers fishermen voters students nurses drivers tenants pilots shoppers consumers patients ' +
    'customers commuters travelers travellers miners families neighbors neighbours victims survivors relatives ' +
    'veterans citizens taxpayers homeowners landlords shareholders donors supporters opponents delegates volunteers ' +
    'physicians professors academics scholars historians pollsters strategists consultants operatives allies ' +
    'locals villagers dockworkers sailors soldiers firefighters paramedics engineers inspectors regulators auditors ' +
    'jurors worshippers worshipers parishioners fans players coaches athletes retirees pensioners owners ' +
    // those who answer or post, and bodies named only by their kind: "respondents said", "Forum users wrote",
    // "Three regional newspapers urged", "Dozens of aid organizations warned"
    'respondents users commenters newspapers organizations organisations outlets ' +
    // the people around a named person, who speak for or about them: "Rosa Alvarez's family said", "the son of …"
    'family son sons daughter daughters wife husband mother father brother sister widow widower cousin nephew niece ' +
    'grandson granddaughter grandmother grandfather fiancee fiance partner ' +
    // one of a crowd that speaks: "one Quell supporter wrote", "One Ohio delegate said"
    'supporter delegate donor voter volunteer opponent strategist consultant respondent user commenter',
);

/**
 * Generic populations, the crowd itself rather than those who study or govern it: a view they are said to hold
 * ("Harbour residents believe …", "many people expected …") is the reporter's account of a public, not an unnamed
 * source's word (GUIDELINES 5: a people said to fear is none; analysts or officials said to hold a view are).
 */
export const POPULATION_HEADS = wordList(
  'people individuals residents citizens voters supporters fans parents families students workers employees ' +
    'consumers shoppers customers commuters taxpayers homeowners passengers locals villagers neighbors neighbours ' +
    'users commenters respondents',
);

/**
 * Verbs of backing or voting: what a crowd does, not what it says ("dock workers backed Ruiz", "harbour voters
 * rejecting the levy", "42 percent favoured the mayor"). An unnamed phrase with only these cues reports no word.
 */
export const BACKING_CUES = wordList(
  'back backs backed backing support supports supported supporting favor favors favored favoring favour favours ' +
    'favoured favouring oppose opposes opposed opposing reject rejects rejected rejecting vote votes voted voting',
);

/**
 * Heads that make an unnamed source only after "a", "one" or "another" ("a Tarn County Republican said", "a woman
 * asked"): with "the" they mostly stand for someone the story has named.
 */
export const ONE_UNNAMED_HEADS = wordList('republican democrat man woman');

/** After "those", the people a poll asked: "those surveyed said", "those polled were split". */
export const ASKED_PARTICIPLES = wordList('surveyed polled questioned interviewed');

/**
 * A described source and what follows its head ("The son of Tom Banks", "a lawyer for the family"): the head
 * (group 1) speaks; the name after "of" or "for" says whose, and is no source.
 */
export const DESCRIBED_HEAD = /^(?:the|a|an|one|two|three|his|her|their|its)[ \u00a0]+(?:\p{Ll}[\p{L}-]*[ \u00a0]+){0,2}?(\p{Ll}+)(?=[ \u00a0]+(?:of|for)[ \u00a0])/iu;

/**
 * A quantifier standing alone for the people it counts, or one person left unnamed: "wrote another", "Several said",
 * "others say", "Someone described it …" ("Everyone", "Nobody" name no one: function words).
 */
export const ELLIPTICAL_SOURCE = /^(?:another|others|several|many others|some others|someone|somebody)$/;

/** Determiners and quantifiers that make a source unnamed ("two", "a", "some", "several"). */
export const SOURCE_QUANTIFIERS = wordList(
  'a an one two three four five six seven eight nine ten several some many multiple separate other another ' +
    'various numerous few dozens dozen more most additional',
);

/** Post-modifiers of unnamed sources: "familiar with", "briefed on", "close to", "with knowledge of". */
export const SOURCE_POSTMODIFIER =
  /^(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|involved in|knowledgeable about|with access to|(?:on|in|at|from|for|inside|within) (?:the )?[\p{L}-]+(?: [\p{Lu}][\p{L}-]*)?(?:[ \u00a0,.;]|$))/iu;

/**
 * What may follow the head of a source phrase and belong to it, with a phrase of its own after it: "a person
 * familiar with the plans", "an aide close to the mayor", "a draft of the lease seen by the AP", "a memo
 * obtained by the council". Only words that cannot start the reported content.
 */
const SOURCE_LINK_WORDS = 'familiar with|close to|briefed on|with (?:direct )?knowledge of|knowledgeable about|(?:seen|obtained|reviewed|viewed) by';
/** A link right after a phrase (the phrase after it follows). */
export const SOURCE_PHRASE_LINK = new RegExp(`^[ \\u00a0]+(?:${SOURCE_LINK_WORDS})[ \\u00a0]+`, 'i');
/** A link inside a phrase: what follows it is the link's object, not the source. */
export const SOURCE_PHRASE_LINK_INSIDE = new RegExp(`[ \\u00a0](?:${SOURCE_LINK_WORDS})[ \\u00a0]`, 'i');
/** A link right before a phrase (the head it belongs to comes before it). */
export const SOURCE_PHRASE_LINK_BEFORE = new RegExp(`[ \\u00a0](?:${SOURCE_LINK_WORDS})[ \\u00a0]+$`, 'i');

/** Plural heads that, with only a country or body before them, name a collective ("US officials"). */
export const GROUP_HEADS = wordList('officials leaders lawmakers legislators diplomats negotiators authorities ministers democrats republicans conservatives liberals');

/** Party members and the like, capitalised plurals that are groups on their own. */
export const NAMED_GROUPS = wordList('democrats republicans conservatives liberals tories labourites socialists');

/**
 * Verb forms right after a source that make it one ("said", "told", "declined"). A list of its own, narrower than
 * the cue lexicon (cueVerbs.ts) and with a few words it lacks ("declined"): measured, every speech form of the cue
 * lexicon here instead finds no more and loses two sources on PolNeAR train (content+source 10213 → 10211).
 */
const SOURCE_CUE_FORMS = [
  'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'added', 'adds', 'noted', 'notes', 'warned', 'warns',
  'claimed', 'claims', 'confirmed', 'confirms', 'denied', 'denies', 'declined', 'decline', 'declines', 'estimated',
  'estimate', 'estimates', 'alleged', 'alleges', 'suggested', 'suggest', 'suggests', 'argued', 'argue', 'argues',
  'insisted', 'insist', 'insists', 'cautioned', 'acknowledged', 'stated', 'states', 'reported', 'report', 'reports',
  'explained', 'wrote', 'writes', 'asserted', 'asserts', 'chanted', 'chant', 'believe', 'believes', 'disputed',
  'disputes', 'acknowledge', 'acknowledges', 'indicated', 'indicates', 'expect', 'expects', 'predicted', 'predict',
  'predicts', 'announced', 'touted', 'urged', 'asked', 'demanded', 'described', 'pointed', 'stressed', 'emphasized',
  'emphasised', 'revealed', 'disclosed', 'conceded', 'maintained', 'contended', 'recalled', 'testified',
  // a finding handed down or a forecast made: "a district judge ruled", "port analysts had forecast"
  'ruled', 'rules', 'determined', 'forecast', 'forecasts',
];

/** Phrases right after a source that make it one: "accused" of nothing (the source accuses), a refusal to speak. */
const SOURCE_CUE_PHRASES = ['accused(?! of)', 'could not', 'did not comment', 'would not'];

/**
 * Auxiliaries and adverbs between a source and its cue ("has long said"). Not cues.ts's CUE_PREFIX, the attribution
 * extractor's list of the same class: their union here changes the output on PolNeAR train with no score moving.
 */
const BEFORE_CUE = [
  'also', 'have', 'has', 'had', 'later', 'previously', 'privately', 'publicly', 'long', 'since', 'further', 'then',
  'would', 'will', 'could', 'did', 'do', 'does', 'not', 'have long', 'had long',
  // when the report holds, or how often: "Residents now say", "Analysts still argue", "Critics often claim"
  'now', 'still', 'often', 'already', 'repeatedly',
];

/**
 * A cue right after a source: the verbs above, and a desk's own cue forms (`.sourcinglens.json`), written as
 * literal words ("opined", "weighed in").
 */
export function cueAfterSourcePattern(houseForms: readonly string[] = []): RegExp {
  const before = BEFORE_CUE.map(literalForm).join('|');
  const cues = [...[...SOURCE_CUE_FORMS, ...houseForms].map(literalForm), ...SOURCE_CUE_PHRASES].join('|');
  return new RegExp(`^(?:(?:${before})\\s+){0,3}(?:${cues})\\b`, 'i');
}

/** Cues that stand before their source, inverted ("said two officials", "“…,” asked Ross"). */
const INVERTED_CUES = ['said', 'says', 'added', 'noted', 'asked', 'wrote'];

/** One of those cues, the whole word. */
export const INVERTING_CUE = new RegExp(`^(?:${INVERTED_CUES.join('|')})$`, 'i');

/** A cue right before the source, inverted ("said two officials", "according to people briefed on the talks"). */
export const SOURCE_CUE_BEFORE = new RegExp(`(?:according to|${INVERTED_CUES.join('|')})\\s+$`, 'i');

/** A closing quotation mark and maybe an inverted cue, right before a name: "“…?” Schiff asked", "“…,” said Ross". */
export const CUE_AFTER_QUOTE = new RegExp(`[”"][\\s\\u00a0]+(?:(?:${INVERTED_CUES.join('|')})[\\s\\u00a0]+)?$`);

/** Words that open a source's post-modifier ("officials in Kabul", "people familiar with"): the head comes before. */
export const SOURCE_HEAD_CUT = /^(?:of|in|on|at|from|for|to|with|familiar|briefed|close|who|which|that)$/;

/** A source phrase's lower-case words up to its head, before any post-modifier ("people in the towns" → people). */
export function headWords(phrase: string): string[] {
  const all = phrase.toLowerCase().split(/[\s\u00a0]+/);
  const cut = all.findIndex((w, i) => i > 0 && SOURCE_HEAD_CUT.test(w));
  return cut > 0 ? all.slice(0, cut) : all;
}

/** A source phrase's head word, lower case: the last of `headWords` ("people in the towns" → people). */
export const lastHeadWord = (phrase: string): string => headWords(phrase).pop() ?? '';

/** Words that end a descriptive phrase being read word by word: a relative, a cue or an auxiliary verb. */
export const PHRASE_BREAK_WORD = /^(?:who|whom|which|that|whose|where|when|said|says|told|has|have|had|is|are|was|were|will|would)$/;

/** A party and state designation set off after a legislator's name ("R-Ky.", "D-Calif.", "I-Vt."). */
export const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]{0,6}$/;

/** A legislator's party and state written out after the name ("Ada Tenby, Republican of Marlow, said"). */
export const PARTY_OF_PLACE = /^(?:Republican|Democrat|Independent|Libertarian)\s+(?:of|from)\s+\p{Lu}/u;

/** A count that stands for the people it counts after a determiner: "the two said", "those three agreed". */
export const COUNTED_PEOPLE = wordList('two three four five six seven eight nine ten');
export const COUNT_DETERMINERS = wordList('the those these');

/** Before a count, what makes it a set already known: "the two councillors", "all three bidders". */
const SET_DETERMINER = /\b(?:the|those|these|all)[ \u00a0]+$/i;

/** How far back a counted set may have been brought in unnamed ("Two port officials said … The two officials …"). */
const COUNTED_SET_REACH = 1500;

/**
 * "The two councillors, however, argue", "all three bidders now argue": a count after "the" or "all" is a set the
 * story has named, no unnamed source; unless the same count and head came before without it ("Two harbour officials
 * said … the two officials added": those unnamed sources again). `at` is where the count word starts.
 */
export function isCountedSet(text: string, at: number, count: string, head: string): boolean {
  if (!COUNTED_PEOPLE.has(count) || !SET_DETERMINER.test(text.slice(Math.max(0, at - 8), at))) return false;
  const before = text.slice(Math.max(0, at - COUNTED_SET_REACH), at);
  const word = head.replace(/[^\p{L}-]/gu, '');
  const unnamed = new RegExp(`(?<!\\b(?:the|these|those|all)[ \\u00a0]+)\\b${count}[ \\u00a0]+(?:[\\p{L}-]+[ \\u00a0]+){0,3}${word}\\b`, 'iu');
  return !unnamed.test(before);
}

/**
 * A relative clause that says why a source goes unnamed ("who asked not to be named", "who was not authorised to
 * speak", "who declined to be identified", "who requested anonymity"): it describes the source; its verb cues nothing.
 */
export const ANONYMITY_CLAUSE = new RegExp(
  '^(?:who|which)\\s+(?:(?:had|has|have|also|only|both)\\s+)?(?:' +
    [
      '(?:asked|requested|demanded|sought)\\s+(?:not\\s+to\\s+be\\s+(?:named|identified|quoted)|(?:for\\s+)?anonymity|that\\s+(?:his|her|their|its)\\s+names?\\s+not\\s+be)',
      '(?:declined|refused|did\\s+not\\s+want|didn[’\']t\\s+want)\\s+to\\s+be\\s+(?:named|identified|quoted)',
      '(?:is|are|was|were)\\s+not\\s+(?:authori[sz]ed|permitted|allowed|cleared)\\s+to',
      '(?:was|were)\\s+granted\\s+anonymity',
      '(?:spoke|speaks|agreed\\s+to\\s+speak)\\s+(?:only\\s+)?(?:on\\s+(?:the\\s+)?condition|anonymously|on\\s+background)',
      '(?:would|could|cannot|can\\s+not)\\s+(?:not\\s+)?(?:only\\s+)?(?:be\\s+(?:named|identified)|speak\\s+(?:only\\s+)?(?:on\\s+(?:the\\s+)?condition|anonymously))',
    ].join('|') +
    ')\\b',
  'i',
);

/**
 * The last relative clause opened before a word, to the word (no later "who"/"which", no clause mark between):
 * "…, who requested anonymity to discuss", read against ANONYMITY_CLAUSE so that its verb opens no learned cue.
 */
export const LAST_RELATIVE = /\b(?:who|which)\s(?![^]*\b(?:who|which)\s)[^,;:.!?“”"]*$/i;

/** A count written as a word or in figures: "29", "Thirty", "forty-six", "four". */
const COUNT =
  `(?:\\d+(?:\\.\\d+)?|(?:${TENS_WORDS})(?:[-\\s\\u00a0](?:${UNIT_WORDS}))?|${UNIT_WORDS}|ten|eleven|twelve|fifteen)`;

/** Words that hedge a share: "about half", "more than 40 percent", "another 9 percent". */
const APPROXIMATOR =
  '(?:about|nearly|almost|roughly|around|approximately|some|(?:more|fewer|less)[\\s\\u00a0]+than|over|just|only|at[\\s\\u00a0]+least|as[\\s\\u00a0]+many[\\s\\u00a0]+as|another)';

/** A share written as a percentage or a fraction: "32 percent", "half", "a third", "two-thirds". */
const PERCENT_OR_FRACTION =
  `(?:${COUNT}[\\s\\u00a0]*(?:percent|per[\\s\\u00a0]+cent|%)|half|a[\\s\\u00a0]+(?:majority|minority|third|quarter|fifth)|(?:two|three|four)[-\\s\\u00a0](?:thirds|quarters|fifths)|one[-\\s\\u00a0](?:third|quarter|fifth))`;

/** How large a majority or minority is said to be: "a strong majority", "Large majorities". */
const MAJORITY_SIZE = '(?:large|strong|clear|vast|overwhelming|solid|slim|narrow|bare|small)[\\s\\u00a0]+';

/** The larger or smaller part of a group, sized or not: "the majority", "a strong majority", "Large majorities". */
const MAJORITY = `(?:(?:a|the)[\\s\\u00a0]+(?:${MAJORITY_SIZE})?(?:majority|minority)|(?:${MAJORITY_SIZE})?(?:majorities|minorities))`;

/**
 * A share of a group set before it: "52 percent of", "about half of", "a majority of the", "Nine in 10", "four out
 * of 10": part of the source's phrase, which names that share of the group. Quantifiers count here too ("most of",
 * "a handful of"); a share that stands alone (SHARE below) takes only numbers and fractions.
 */
const PROPORTION =
  `((?:${APPROXIMATOR}[\\s\\u00a0]+)?(?:(?:${PERCENT_OR_FRACTION}|${MAJORITY}|most|many|some|all|none|few|several|each|both|a[\\s\\u00a0]+(?:handful|number))[\\s\\u00a0]+of|[\\p{L}\\d]+[\\s\\u00a0]+(?:in|out[\\s\\u00a0]+of)[\\s\\u00a0]+\\d+))`;
export const PROPORTION_BEFORE = new RegExp(`(?:^|[\\s\\u00a0])${PROPORTION}[\\s\\u00a0]+$`, 'iu');
/** A source phrase that opens with a share of a group ("52 percent of voters"). */
export const PROPORTION_AT_START = new RegExp(`^${PROPORTION}[\\s\\u00a0]`, 'iu');

/**
 * A share that stands alone for the people it counts, the group left to the sentence before ("Thirty-two percent said",
 * "About seven in 10 said", "Almost a third said", "another 9 percent who say").
 */
const SHARE = `(?:${APPROXIMATOR}[\\s\\u00a0]+)?(?:${PERCENT_OR_FRACTION}|${COUNT}[\\s\\u00a0]+(?:in|out[\\s\\u00a0]+of)[\\s\\u00a0]+${COUNT})`;

/** A share right before a cue, ending the words before it (group 1). */
export const SHARE_AT_END = new RegExp(`(?:^|[\\s\\u00a0(])(${SHARE})$`, 'iu');

/** Whether a source phrase is a share of people: alone ("Thirty percent") or of a group ("58 percent of ferry riders"). */
export const isShareOfPeople = (phrase: string): boolean => SHARE_PHRASE.test(phrase);
const SHARE_PHRASE = new RegExp(`^${SHARE}(?:$|[\\s\\u00a0]+of[\\s\\u00a0])`, 'iu');

/** A poll or a survey: who ran it speaks for the shares of its answers. */
export const POLL_WORD = /\b(?:poll|polls|survey|surveys)\b/i;

/** A copula right before a phrase makes it a predicate of the subject ("Smit was the third witness"), no new source. */
export const COPULA_BEFORE = /\b(?:is|was|are|were|became|becomes|remains|remained)[\s\u00a0]+$/i;

/** A place after "of", "from" or "in", right before the comma that sets off its state ("Ines Roa of Orrin, Mass., said"). */
export const PLACE_BEFORE_STATE = /\b(?:of|from|in)[ \u00a0]+\p{Lu}[\p{L}.’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}.’'-]*)?$/u;

/** What joins a person to where they work in a source phrase ("Jane Doe of the Brookings Institution", "… with the union"). */
export const AFFILIATION_LINK = /^[ \u00a0]+(?:of|from|at|with)[ \u00a0]/i;

/**
 * Words after which a clause's subject may begin ("… when he brought it up and said"); after any other lower-case
 * word a noun phrase is an object or a complement ("brought up the Harbour Trust and said").
 */
export const SUBJECT_OPENERS = wordList(
  'and but or then when while as because after before since so that who which if until though although where once',
);

/** Prepositions that open a sentence's scene before its subject ("Outside the arena, …", "Across town, …"). */
export const SCENE_PREPOSITION = /^(?:like|unlike|outside|inside|across|around|near|under|over|from|through|throughout|among|beyond|behind|along|within|at|by|for|to|with|without|back|out)\b/i;

/** A day that opens a sentence with no comma before its subject ("On Sunday morning Quell …", "Tuesday the board …"). */
export const DAY_OPENING = new RegExp(
  `^(?:on\\s+|last\\s+|early\\s+|late\\s+)?(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?=\\p{Lu}|(?:the|a|an)\\s)`,
  'iu',
);

/**
 * A verb or a predicate that hands its subject on to the infinitive cue after it ("continued to insist", "seemed
 * to confirm", "are generally more likely to say", "she’s poised to argue"): the subject stands before it.
 */
export const RAISING_BEFORE =
  /(?:(?:^|\s)(?:is|are|was|were|be|been)|[’']s)\s+(?:\p{L}+ly\s+)?(?:(?:more|less|so|too|very)\s+)?(?:likely|unlikely|quick|eager|ready|poised|able|prompted|forced|willing|keen)\s+to\s+$|(?:^|\s)(?:continue[sd]?|seem(?:s|ed)?|appear(?:s|ed)?|need(?:s|ed)?|used|tr(?:y|ies|ied|ying)|start(?:s|ed|ing)|began|begins?|moved|chose|decided|managed|failed)\s+to\s+$/iu;

/** Words that make a count approximate before its number ("about 200 protesters", "nearly 40 workers"). */
export const APPROXIMATORS = wordList('about nearly almost roughly around some over under approximately');

/** A conjunction that opens a sentence before its subject or an adverb ("And then Quell …", "But Quell …"). */
export const OPENING_CONJUNCTION = /^(?:and|but|yet|so|or)\s+(?=\S)/i;

/**
 * Sentence adverbs that open a sentence before a comma ("First, she …", "Likewise, a study …"): no subject of their
 * own. Adverbs in -ly are read by OPENING_ADVERBIAL already.
 */
export const SENTENCE_ADVERBS = wordList(
  'first second third finally likewise similarly again instead besides moreover furthermore nonetheless nevertheless otherwise thus hence yes no',
);

/** An empty subject that opens a sentence and names no one: "There’s still time …", "Here is the plan …". */
export const EXPLETIVE_OPENER = /^(?:there|here)(?:[’']s|\s+(?:is|was|are|were)\b)/i;

/**
 * When, said between a source and its cue in the words SOURCE_CUE_TIME leaves ("A survey in March found", "The
 * agency less than two weeks ago said", "The board long ago showed", "Her aides here said"): group 1, when set, is
 * the word after "in", which must be a month or a year for the phrase to be a time.
 */
export const SOURCE_TIME_BETWEEN =
  /\s(?:in\s+(?:early\s+|late\s+|mid-)?(\p{L}+|\d{4})|here|(?:(?:about|nearly|almost|just|less\s+than|more\s+than)\s+)?(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier)|long\s+ago)\s*$/iu;

/** A word between a subject and its verb that opens a clause, a phrase or a passive: then the verb is not the subject's. */
export const SUBJECT_GAP_BREAK = /(?:^|\s)(?:that|which|who|and|but|or|to|of|for|with|by|when|if|as|be|been|being|is|are|was|were)(?:\s|$)/i;

/**
 * Prepositions beyond NP_PREPOSITIONS whose object stands between a subject and its verb as an adverbial of means
 * ("who through her lawyer refused", "which via a spokesman denied"): the subject before them speaks.
 */
export const ADVERBIAL_PREPOSITIONS = wordList('through via');

/**
 * A subordinator inside a relative clause that opens a clause of its own, with its own subject, before the cue ("who
 * sued after the board failed to answer"): the cue is no longer the relative pronoun's. A word must follow it.
 */
export const RELATIVE_CLAUSE_BREAK = /\b(?:after|before|because|when|whenever|while|until|although|though|once|unless|whereas|if)\s+\S/i;

/**
 * One-word "sources" that can name nobody: a sentence's opening subordinator or adverb taken for a name ("However",
 * "Despite", "Whenever") or a participle ("having"). Relative pronouns ("which", "that", "who") do stand for one.
 */
export const NO_SOURCE_WORDS = wordList(
  'however despite whenever nonetheless nevertheless although though because if unless whereas while just also still ' +
    'instead meanwhile but and yet so having',
);

/**
 * Words after which "it is … to" tells of the subject's own plan, state or manner, so "it" is a real subject
 * (attributions/sources.ts, EXTRAPOSED_IT): "it is set to argue", "it was careful to cast the levy as …".
 */
export const NOT_EXTRAPOSED = wordList(
  'able unable about set poised ready likely unlikely due willing unwilling eager expected supposed going trying prepared ' +
    'careful quick slow keen reluctant hesitant determined afraid happy glad free anxious loath',
);

/** The pronouns that own the people of a second conjunct in a source ("Brannock and her deputies said"). */
export const OWNER_PRONOUNS = wordList('his her their');

/**
 * How cue words are matched (the verbs themselves are in cueVerbs.ts), and the small closed word classes the
 * attribution extractor needs to find a cue's source noun phrase.
 */
import { SPEECH_FORMS, SPEECH_VERBS } from './cueVerbs';
import { AUXILIARY_VERBS, DETERMINERS, MODALS, RELATIVE_PRONOUNS, TENSED_BE_HAVE } from './grammar';
import { inflections } from './inflections';
import { wordList } from './wordList';

/** Speech and writing; belief and intention; a position taken on a person or a thing ("endorsed", "blasted"). */
export type CueClass = 'speech' | 'thought' | 'stance';

/** A cue form as regex source: its characters literally, any run of blanks between its words. */
export const literalForm = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * Cue forms as whole words (case-insensitive, global), plus "according to". The longest form that matches wins,
 * so "pointed out" is preferred to a bare word. Literal alternation: no backtracking risk.
 */
export function cuePattern(forms: Iterable<string>): RegExp {
  const all = [...forms];
  return new RegExp(`${openingCharacter(['according', ...all])}(?<![\\w’'-])(?:according\\s+to|${literalAlternation(all)})(?![\\w’'-])`, 'gi');
}

/**
 * Regex source for any one of `forms` (see `literalForm`), read case-insensitively, as a trie: at each position the
 * scan tries each next character once, where an alternation of a thousand forms tried every form in turn (three
 * times slower). Deeper first, so of the forms that match at one position the longest wins, as in an alternation
 * sorted longest first: such forms are prefixes of one another, on one path of the trie.
 */
function literalAlternation(forms: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), ends: false };
  for (const form of forms) {
    let node = root;
    for (const ch of form.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  return trieSource(root) || '(?!)';
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: boolean;
}

function trieSource(node: TrieNode): string {
  if (node.next.size === 0) return '';
  const branches = [...node.next].map(([ch, child]) => literalForm(ch) + trieSource(child));
  const choice = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  return node.ends ? `(?:${choice})?` : choice;
}

/**
 * A look-ahead for the characters the forms start with: the scan skips every other position before it tries the
 * look-behind and the alternation (a sixth fewer instructions per sentence), and a match is the same one.
 */
function openingCharacter(forms: string[]): string {
  const first = new Set(forms.filter(Boolean).map((f) => `\\u${f.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return first.size > 0 ? `(?=[${[...first].join('')}])` : '';
}

/**
 * Gerund forms ("adding", "saying", "referring to"): a participle clause that takes the subject of the clause
 * before it. A multi-word form is a participle by its first word.
 */
export const isParticiple = (word: string) => /^\p{L}+ing(?:\s|$)/iu.test(word) && !/^(?:thing|bring|sing)\b/i.test(word);

/** A cue of telling ("told", "tells"): the person told may stand between it and its content. */
export const isTelling = (word: string): boolean => /^tol|^tell/i.test(word);

/** Forms that are also common nouns or adjectives: they need their source right before them to count. */
const AMBIGUOUS_FORMS = new Set([
  'report', 'reports', 'comment', 'comments', 'charge', 'charges',
  'answer', 'answers', 'finding', 'thinking', 'understanding', 'feeling', 'warning', 'reporting', 'fears',
  'fear', 'hope', 'hopes', 'plan', 'plans', 'doubt', 'doubts', 'claims', 'claim', 'promise', 'promises',
  'shows', 'show', 'finds', 'find', 'demands', 'demand', 'knowing', 'posting', 'estimates', 'estimate',
  'counter', 'continuing', 'wants', 'want', 'stress', 'remarks', 'notes', 'note', 'tweets', 'tweet',
  'question', 'questions', 'call', 'calls', 'calling', 'read', 'reads', 'echo', 'echoes', 'muse', 'cite',
  'plead', 'blame', 'praise', 'describe', 'speaking', 'speak', 'questioning', 'advise', 'inform', 'remind',
]);

export const isAmbiguousForm = (word: string) => AMBIGUOUS_FORMS.has(word.toLowerCase());

/**
 * A plural common noun ("critics", "voters", "parties"), not a singular in -s ("status", "bus", "class") nor a
 * function word: before the base form of an ambiguous cue ("Some critics fear …", "many voters want …") subject
 * and verb agree, so the form is the verb; a compound noun takes the plural on its head ("voter fears").
 */
export const isPluralHead = (word: string) =>
  (/^\p{Ll}{2,}[^su’'\W]s$/u.test(word) && !NOT_PLURAL.has(word)) || SHARE_HEADS.has(word) || /^\d[\d.,]*%?$/.test(word);
/** A share of a group that speaks as its many members ("52 percent want …", "a majority fear …", "most doubt …"). */
const SHARE_HEADS = new Set(['percent', 'most', 'many', 'some', 'few', 'both', 'half', 'majority', 'minority', 'plurality', 'third', 'thirds', 'quarter', 'fifth']);
const NOT_PLURAL = new Set(['always', 'perhaps', 'sometimes', 'nevertheless', 'afterwards', 'towards', 'besides', 'whereas', 'series', 'species', 'news', 'politics', 'economics', 'lens']);

/**
 * The -s forms of a state that are also plural nouns: after a singular common noun closing the phrase before them
 * they agree with it as its verb ("the mayor hopes to", "the board plans to", "the guild fears the …"), where the
 * noun reading has a determiner or a plural right before ("the hopes", "voter fears").
 */
export const STATE_S_FORMS = /^(?:hopes|plans|fears|wants)$/i;
/** What opens a verb's complement after such a form: an infinitive, "that", a clause or an object's first word. */
export const STATE_COMPLEMENT = /^\s+(?:to|that|the|a|an|his|her|their|its|this|he|she|they|it|we)\s/i;

/**
 * A singular common noun ("mayor", "board", "boss", "census"): lower case, no plural -s, no adjective ending
 * ("the latest plans", "the ambitious hopes") nor a word that is only a modifier or a determiner there.
 */
export const isSingularHead = (word: string) =>
  /^\p{Ll}{3,}$/u.test(word) && !/(?<![su])s$|(?:ive|ed|al|ous|ful|ic|ing|est)$/u.test(word) && !NOT_SINGULAR_HEADS.has(word);
const NOT_SINGULAR_HEADS = new Set(['the', 'new', 'own', 'big', 'main', 'old', 'early', 'secret', 'bold', 'grand', 'future', 'long', 'many', 'such', 'whose', 'any', 'more', 'most', 'worst', 'best', 'high', 'real', 'private', 'same', 'other', 'true', 'her', 'our', 'their', 'your']);

/** Ambiguous forms that are never nouns: after a prepositional phrase they are still the phrase's verb ("Notes from the meeting describe …"). */
const VERB_ONLY_FORMS = new Set(['describe', 'advise', 'inform', 'remind', 'plead', 'cite', 'speak']);
export const isVerbOnlyForm = (word: string) => VERB_ONLY_FORMS.has(word.toLowerCase());

/** Pronouns as the person told ("told him"). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

/**
 * The people told in lower case, then a subject pronoun and its verb ("told aides he sees …", "told his senior
 * investigators they were …"): group 1 is the head of the people told; the content starts after it.
 */
export const ADDRESSEE_THEN_CLAUSE = /^\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)(?=\s+(?:he|she|they|we|i|it)\s+\p{Ll})/u;

/**
 * "that" as the demonstrative of a time ("told reporters that morning", "announced that same day"): part of the
 * occasion, never the conjunction that opens the content.
 */
export const THAT_OCCASION = /^that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b/i;

/** Words of the occasion between a cue and its content ("said in a statement on Tuesday that"): the heads. */
export const ADJUNCT_WORDS = new Set([
  'statement', 'interview', 'reporters', 'journalists', 'conference', 'briefing', 'speech', 'email', 'letter',
  'tweet', 'post', 'remarks', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'today',
  'yesterday', 'tonight', 'also', 'later', 'earlier', 'separately', 'recently', 'previously', 'again',
  'repeatedly', 'publicly', 'privately', 'then', 'once', 'call', 'broadcast', 'hearing', 'appearance',
]);

/** Words that lead into an occasion ("in a", "on his", "during a televised"): skipped only with a head after. */
export const ADJUNCT_LINKS = new Set([
  'in', 'on', 'at', 'during', 'to', 'with', 'via', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'this',
  'last', 'late', 'early', 'joint', 'brief', 'separate', 'written', 'televised', 'phone', 'telephone', 'news',
  'press', 'radio', 'emailed', 'prepared', 'same',
]);

/** Words between a source and its cue that belong to neither: auxiliaries and adverbs ("has also said"). */
const CUE_PREFIX = new Set([
  'also', 'has', 'have', 'had', 'later', 'then', 'once', 'again', 'further', 'would', 'will', 'did', 'does',
  'do', 'could', 'may', 'might', 'can', 'should', 'must', 'still', 'often', 'never', 'always', 'already', 'not',
  'just', 'even', 'first', 'last', 'earlier', 'however', 'long', 'been', "didn't", 'didn’t', "doesn't",
  'doesn’t', "don't", 'don’t', 'since', 'now', 'both', 'all',
]);


/**
 * How the content of a thought verb opens: a clause ("believes that …", "thinks Pell Street needs …", "knows how
 * …"), not a bare object ("felt the cold"). Case matters: a capital opens a name or a quotation.
 */
export const THOUGHT_CONTENT =
  /^(?:[\p{Lu}\p{N}“"]|(?:that|to|if|whether|the|a|an|he|she|they|it|we|i|you|his|her|their|its|our|my|your|this|these|those|there|some|many|most|all|no|how|what|which|who|why|when|where|me|him|them|us|not)\b)/u;

/**
 * A thought's clause whose subject is a bare noun phrase of up to three lower-case words: "believe other towns
 * would follow", "fear ferry crews are leaving", "think local officials should wait". The finite verb after the
 * subject makes it a clause, not an object ("felt the cold" stays out). An auxiliary first is no subject: "who, by
 * local reckoning, have the knack" is a noun's gap (cueAttributions.ts nounLikeThought).
 */
export const BARE_SUBJECT_CLAUSE = new RegExp(
  String.raw`^(?!(?:${MODALS}|${TENSED_BE_HAVE}|do|does|did)\b)\p{Ll}[\p{Ll}’'-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,2}` +
    String.raw`\s+(?:${MODALS}|${TENSED_BE_HAVE}|won[’']t|can[’']t|don[’']t|doesn[’']t)\b`,
  'u',
);

/** "continue": a cue only where it resumes speech (", he continued.", "she continued: “…”"), not "continued to push". */
export const RESUMING_CUE = /^continu(?:e|es|ed|ing)$/i;

/**
 * A passive's auxiliaries right before its cue: "was first reported", "were echoed", "has been confirmed", "will be
 * judged": a perfect or a modal before "been"/"be" belongs to the verb group, not to the subject before it.
 */
export const PASSIVE_BEFORE = new RegExp(
  String.raw`\b(?:(?:has|have|had|${MODALS})\s+(?:(?:\p{Ll}+ly|also|not|never)\s+)*(?:been|be)|is|are|was|were|been|being)` +
    String.raw`\s+(?:(?:\p{Ll}+ly|first|also|later|never|not|since)\s+)*$`,
  'iu',
);

/**
 * Where the agent of a passive ends and the charge or the judgement held against the subject begins: "criticized by the
 * guild | for skipping the vote", "was seen by many | as a snub", "was pressed by the host | over the levy".
 */
export const PASSIVE_COMPLEMENT = /\s(?=(?:for|as|over|about)\s)/u;

/** The agent after a passive cue: "by", past an adverb or a time ("first reported last week by"). */
export const PASSIVE_AGENT = /^\s+(?:(?:last|this|on|earlier)\s+\p{L}+\s+|\p{Ll}+ly\s+)*by\s+/u;

/** An auxiliary contracted onto a pronoun before the cue: "he’s said", "she’ll argue", "who’d predicted". */
export const CONTRACTED_AUXILIARY = /(?<=\b(?:he|she|it|who|that|they|we|i|you))[’'](?:s|ll|d|ve|re)\s*$/i;

/** Cues that put a question to the source: its content is the question ("asked whether …"). */
export const QUESTION_CUE = /^(?:asked|questioned)$/i;

/**
 * How a question put to a source opens, after its cue: "asked whether …", "asked about …", and the request
 * "asked to name one achievement" (not "asked to comment", which reports no words of the question).
 */
export const QUESTION_OPENER = /^\s+(?:whether|if|about|what|why|how|who|whom|where|which|when|to(?!\s+comment\b))\b/i;

/**
 * Where and when a question was put, between its cue and the question: "Asked on Fox News who …", "asked
 * Tuesday about …", "Asked at a hearing Thursday in Lisbon about …" (no clause break on the way).
 */
export const QUESTION_OCCASION =
  /^\s+(?:on|in|at|during|over|after|before|recently|later|earlier|again|repeatedly|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:“”"«».!?]{0,60}?(?=\s+(?:whether|if|about|what|why|how|who|where|when)\b)/i;

/**
 * What stands before a question cue whose source is not named: nothing ("Asked whether …, Ruiz said"), a
 * subordinator ("when asked about …") or a passive ("she was asked if …"), an adverb or two between.
 */
export const QUESTION_PUT = /(?:^[\s“"‘]*|\b(?:when|after|before|while|once|if|until|was|were|is|are|being|been)\s+)(?:\p{Ll}+ly\s+|later\s+|again\s+|first\s+)*$/iu;

/** Cue-prefix words that may also be the whole source ("Both vowed …", "All agreed …"): skipped only after a word. */
export const SOURCE_OR_PREFIX = new Set(['both', 'all']);

/** Determiners that stand alone as a source: "Some say …", "Many argue …", "Another tweeted …". */
export const STANDALONE_DETERMINERS = new Set(['some', 'many', 'several', 'most', 'few', 'another', 'each', 'both', 'all']);

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The days of the week as a capitalised group, for case-sensitive patterns (clauses.ts TRAILING_OCCASION). */
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;
/** The same days, lower case and ungrouped, for case-insensitive patterns. */
export const WEEKDAYS = WEEKDAY_NAMES.join('|').toLowerCase();

/**
 * A time adverbial between a source and its cue ("Ruiz on Tuesday said", "The board last week announced", "A poll
 * this month found"): it belongs to neither.
 */
export const SOURCE_CUE_TIME = new RegExp(
  `\\s(?:(?:on|last|this|next|earlier\\s+this|late|early)\\s+(?:${WEEKDAYS}|week|month|year|weekend)|${WEEKDAYS}|today|yesterday|tonight)` +
    `(?:\\s+(?:morning|afternoon|evening|night))?\\s*$`,
  'i',
);
/** Nouns that end like an -ly adverb and may head the source right before a cue ("Rosa Alvarez's family said"). */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'bully', 'monopoly', 'supply', 'anomaly']);

/**
 * A word, as written, to skip between source and cue: the list above, or any lower-case -ly adverb ("flatly
 * denied") that is no noun; a capitalised one is a name ("Kelly charged", "Jolly said").
 */
export const isCuePrefix = (word: string) =>
  CUE_PREFIX.has(word.toLowerCase()) || (/^[a-z]{2,}ly$/.test(word) && !LY_NOUNS.has(word));

/** A word that may stand between a subject and its verb: a cue's prefix or an auxiliary ("has long", "is", "did not"). */
export const isBeforeVerb = (word: string) => isCuePrefix(word) || AUXILIARY_VERBS.has(word.toLowerCase());

/** Words before "show" that make it a programme, not a verb: "the reality TV show", "the popular talk show". */
export const PROGRAMME_BEFORE_SHOW = /^(?:\p{Lu}{2,5}|reality|talk|game|cooking|radio|news|morning|hit|comedy|popular|television|variety|quiz|chat|late-night|network|cable)$/u;

/** A verb that hands its subject on to the cue after it: "went on to call", "proceeded to accuse". */
export const CATENATIVE_BEFORE = /\b(?:(?:went|goes|go|going)[ \u00a0]+on|proceeded|proceeds|went[ \u00a0]+so[ \u00a0]+far[ \u00a0]+as)[ \u00a0]+to[ \u00a0]+$/i;

/** Forms of "to be" that make a progressive ("is telling"), never a passive ("was announced"). */
export const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', "isn't", 'isn’t']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);

/**
 * Words that open a source's noun phrase, so that a backward walk stops after taking one: the determiners
 * (grammar.ts) and the counts ("two pilots", "dozens of growers", "no one", "more"), less "that", which next to a
 * cue opens its reported clause ("said that the …"), not a source.
 */
export const NP_OPENERS: ReadonlySet<string> = new Set([
  ...[...DETERMINERS].filter((word) => word !== 'that'),
  ...wordList('other another one two three four five six seven eight nine ten dozens hundreds thousands no any more fewer'),
]);

/** A preposition that names whom a speaker faced, right before a bare noun ("spoke before lawmakers", "to voters"). */
export const AUDIENCE_BEFORE = /\b(?:before|to|with|among|at|in|on|for)\s+$/i;

/** Prepositions that may sit inside a source noun phrase ("a spokesman for the ministry"). */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'with', 'at', 'from', 'in', 'on', 'to', 'close', 'familiar']);

/**
 * Words that cannot be part of a source noun phrase: clause openers, conjunctions, verbs, prepositions not
 * listed above. A backward walk from a cue stops at them.
 */
export const NP_STOPS = new Set([
  'that', 'which', 'when', 'while', 'because', 'but', 'if', 'as', 'so', 'than', 'and', 'or', 'nor', 'yet',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'not', 'by', 'after',
  'before', 'during', 'since', 'into', 'over', 'under', 'about', 'against', 'between', 'through', 'where',
  'whether', 'though', 'although', 'unless', 'until', 'why', 'how', 'what', 'there', 'here', 'then', 'now',
  'also', 'however', 'meanwhile', 'instead', 'still', 'even', 'just', 'only', 'too', 'very', 'said', 'says',
  'say', 'told', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'without', 'like',
  'once', 'ago', 'yesterday', 'today', 'tonight', 'tomorrow', 'last', 'next', 'week', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'recently', 'later', 'earlier', 'being', 'getting',
]);

/** Capitalised words that name a time, not a source ("said Tuesday", "On Monday the ministry said"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday',
  'tonight', 'tomorrow', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'on', 'in', 'at', 'during', 'recently', 'again', 'repeatedly',
]);

/**
 * Where the clause of a sourceless cue ("is expected to", "seems") opens inside its sentence: after a coordinator
 * set off by a comma (", and Quell is expected to …") or after a subordinator (" where Quell is expected to …",
 * "while most tenants seem …"); a relative pronoun right before the cue opens it too ("delegates who are expected
 * to …"). The last such opening before the cue wins; plain alternations, linear. clauses.ts
 * IMPRESSION_CLAUSE_OPENING adds the openings only an impression's clause takes, each measured on its own.
 */
export const SUBJECT_CLAUSE_OPENING = new RegExp(
  String.raw`(?:[,;]\s+(?:and|but|or|so|yet)|\b(?:where|while|whereas|though|although|because|since|when|if|unless|until))\s+` +
    String.raw`|\s(?=(?:${[...RELATIVE_PRONOUNS].join('|')})\s+(?:\p{Ll}+ly\s+)?$)`,
  'giu',
);

/** An impression's subject that is only the pronoun "that", pointing back or to its antecedent: impersonal.ts. */
export const POINTING_SUBJECT = /^that\s*$/i;

/** "It" as an empty subject, before the verb that follows it: "It was reported that …", "it seems". One for all three below. */
const EXPLETIVE_IT = String.raw`\bit\s+`;

/**
 * "It appears that the pier is closed": the expletive's "appears" with a clause after it, a sourceless cue like
 * "seems" (IMPERSONAL_VERB reads "appears" only with a state after it).
 */
export const EXPLETIVE_APPEARS = `(?<=${EXPLETIVE_IT})(?:appears|appeared)(?=\\s+(?:that|as\\s+if|as\\s+though)\\b)`;

/**
 * Text ending in an appearance after the expletive "it" ("it seems", "it appeared"): a word the learned cue model
 * leans to is no cue there, as the impersonal reading owns it (EXPLETIVE_APPEARS and IMPERSONAL_VERB, which also
 * ask what follows).
 */
export const EXPLETIVE_APPEARANCE = new RegExp(`${EXPLETIVE_IT}(?:seems|seemed|appears|appeared)$`, 'i');

/** Text that ends in the expletive, before a passive auxiliary: "It was reported that …" (passiveAgents.ts). */
export const EXPLETIVE_BEFORE = new RegExp(`${EXPLETIVE_IT}$`, 'i');

/** Every form of cueVerbs.ts's verbs of speech, as one alternation. */
const SPOKEN_FORMS = [...new Set([...SPEECH_VERBS.flatMap(inflections), ...SPEECH_FORMS])].map(literalForm).join('|');

/**
 * "The ferry line has reportedly been sold": the writer passes on a report without naming it. PolNeAR reads the
 * adverb as the cue and the clause around it (its subject, the rest of the predicate) as the content, with no
 * source. Before a verb of speech ("reportedly told the board") the verb group is the cue and its subject the
 * source; before a participle with no auxiliary ("With Osei reportedly weighing a bid, the board …") there is no
 * finite clause to hold, and the clause around it would run on into the sentence's own. The verbs of speech are
 * cueVerbs.ts's, every form.
 */
export const REPORTED_ADVERB =
  `(?:reportedly(?![ \\u00a0]+(?:(?:${SPOKEN_FORMS})\\b|\\p{Ll}+ing\\b))` +
  '|(?<=\\b(?:is|are|was|were|been)[ \\u00a0]+)reportedly(?=[ \\u00a0]+\\p{Ll}+ing\\b))';

/**
 * A phrase that sets the scene or the viewpoint before the subject of an impression, up to its comma: "To most
 * growers, the levy seems fair", "Outside the hall, the crowd seemed calm". Only the prepositions of viewpoint and
 * place that clauses.ts OPENING_CLAUSE (an opening adverbial or a subordinate clause) lacks: impersonal.ts reads both.
 */
export const SCENE_OPENING = /^(?:to|for|among|outside|unlike|like|beyond|given|under|from|of|against|within|without|through|across)\b/i;

/**
 * An agentless passive of judgement: "the pier is widely seen as a lifeline", "Osei is known for his temper", "Quell
 * was declared the winner". No one is named; PolNeAR reads the subject and the complement as what is held, with no
 * source. Only the constructions right more often than not on PolNeAR train (measured per verb and complement
 * word): "being" and the modal "be" hedge ("to be seen as", "can be seen as"), and "what is seen as" is a noun
 * phrase, so none of them is read. A charge ("Osei is accused of", "has been accused of") is held the same way:
 * it names no accuser, so it sources no claim (ArticleReader.sources), and the claim judge still weighs it.
 * Opinion is held the same way ("the levy is considered unfair", "was widely regarded as", "were deemed invalid";
 * on train 13 of 21 read so, most of the rest unannotated), but "considered for …" and "… by …" report a review.
 */
export const JUDGED_PASSIVE =
  '(?<!\\bwhat[ \\u00a0]?)(?:is|are|was|were|been)\\s+(?:(?:\\p{Ll}+ly|also|not|now|long|already|still)\\s+)?' +
  '(?:(?:seen|celebrated|described|regarded|viewed|perceived|recognized|recognised)(?=\\s+as\\s)|known(?=\\s+(?:as|for)\\s)|celebrated(?=\\s+for\\s)|declared(?=\\s+(?:the|a)\\s)|accused(?=\\s+of\\s)' +
  '|considered(?=\\s+\\p{Ll}+\\s)(?!\\s+(?:by|for|in|at|on|if|when)\\b)|deemed(?=\\s+(?!by\\b)\\p{Ll}))';

/**
 * Where the writer's own scene takes over from an impression, with no comma, past two words of its own ("seemed to
 * match the mood as the band played", "may seem dated in the face of …"); "seen as a …" right after the cue is the
 * impression's complement, and a dash aside or an "after …" stays in it (measured on train). impersonal.ts counts
 * the two words: a look-behind over words would read back over a long word at every offset.
 */
export const IMPRESSION_SCENE = /\s(?:when|as\s+(?:the|a|an|he|she|they|it|its|his|her|their)|in\s+the\s+face\s+of)\s/gu;

/**
 * What follows "…, according to X," when the clause before is the whole content: a relative or an appositive on
 * the source ("…, according to the Tarrow Institute, which tracks ferries"), or a clause the writer adds on
 * ("…, according to the board, although …", "…, compared with …").
 */
export const ASIDE_AFTER_ACCORDING =
  /^\s*(?:who|which|whose|where|although|though|but|while|whereas|compared|as|and|despite|because|even|including|an?|the|his|her|their|its)\b/i;

/**
 * A broadcast transcript's speaker label: a name in capitals, up to three words, and a colon at the start of a
 * paragraph ("MARSH:", "DANA OKORO:"). The last word has three letters or more, so "Q:", "A:" and "UN:" are no
 * speakers (an unnamed "Q:" and "A:" is annotated now and then on PolNeAR train, far from always). Anchored and
 * of fixed shape: it reads at most a few dozen characters. Not claims.ts SPEAKER_LABEL, on purpose: that one only
 * keeps a label's line out of the claims and so takes any capitalised name ("Mr. Osei:"); this one makes the label
 * a source, so it asks for the transcript's capitals and captures the name.
 */
export const CAPITALS_SPEAKER = /^((?:[A-Z][A-Z.'’-]{0,20} ){0,2}[A-Z][A-Z'’-]{2,20}):[ \t]+(?=\S)/;

import { MODALS, TENSED_BE_HAVE } from './grammar';
import { inflections, normalise, verbFormsOnly } from './inflections';

/**
 * Cue verbs: the generic newsroom words that report speech, writing, belief, intention and stance, one list per
 * class. The base-form lists get their regular inflections from inflections.ts (fume → fumes, fumed, fuming), as a
 * desk's own cue verbs do, a consonant doubled where the last syllable is stressed (admit → admitted); the form
 * lists are taken as written: irregular verbs ("said", "thought"), phrases, and verbs used in some forms only.
 *
 * A cue word stops a source noun phrase, so a verb whose base form is also a common noun ("email", "support",
 * "thanks") is listed by its verb forms only: "the support staff said", "in an email" must still read.
 */

/** Verbs of speech and writing, as base forms: they report what was said whatever follows them. */
export const SPEECH_VERBS = [
  'add', 'note', 'explain', 'warn', 'argue', 'claim', 'insist', 'acknowledge', 'tweet', 'announce', 'confirm', 'deny',
  'declare', 'reply', 'respond', 'answer', 'recall', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'stress',
  'emphasize', 'concede', 'allege', 'assert', 'contend', 'maintain', 'observe', 'remark', 'comment', 'complain',
  'report', 'reveal', 'disclose', 'testify', 'conclude', 'caution', 'boast', 'joke', 'quip', 'ask', 'urge',
  'continue', 'agree', 'indicate', 'estimate', 'speculate', 'counter', 'charge', 'lament', 'proclaim', 'demand',
  'propose', 'recommend', 'point out', 'show', 'exclaim', 'confess', 'echo', 'shout', 'chant', 'beg', 'implore',
  'dub', 'tout', 'yell', 'whisper', 'muse', 'reiterate', 'assure', 'brag', 'retort', 'recount', 'remind', 'inform',
  'advise', 'plead', 'cite', 'accuse', 'blame', 'criticize', 'praise', 'question', 'describe', 'call',
  'fume', 'interject', 'clarify', 'reaffirm', 'mention', 'scoff', 'sneer', 'grumble', 'mutter', 'chide', 'scold',
  'imply', 'affirm', 'concur', 'rebut', 'refute', 'posit', 'theorize', 'surmise', 'vouch', 'attest',
  'pronounce', 'convey', 'elaborate', 'characterize', 'portray', 'depict', 'invoke', 'paraphrase', 'summarize',
  'allude', 'confide', 'divulge', 'bemoan', 'decry', 'deplore', 'apologize', 'laud', 'commend', 'congratulate',
  'emphasise', 'criticise', 'apologise', 'summarise', 'theorise', 'characterise', 'underscore',
  'articulate', 'express', 'encourage', 'admit', 'talk about', 'rail against', 'spell out',
];

/** Speech and writing, form by form. */
export const SPEECH_FORMS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'writing', 'written',
  'speak', 'speaks', 'spoke', 'speaking', 'find', 'finds', 'found', 'finding', 'read', 'reads',
  // verbs that are also common nouns, by their past and gerund only ("posted", not "the post"; "signalled" and
  // "signaled", not "a signal")
  ...verbFormsOnly('state post email e-mail outline highlight signal label hint dispute trumpet herald'),
  'protested', 'nicknamed', 'forecasted', 'griped', 'murmured', 'retweeted', 'relayed', 'rebuked', 'reprimanded',
  'texted',
  // the bare "repeat" and "snap" are mostly other words ("a repeat of", "a snap election", "snap my fingers")
  'repeated', 'repeating', 'repeats', 'snapped', 'laid out', 'lays out', 'laying out',
  'went on to say', 'put it', 'puts it', 'barked', 'shot back', 'fired back', 'made clear', 'makes clear', 'made it clear',
  'makes it clear', 'requested', 'trumpets',
  // the bare "hint" is mostly a noun ("a hint of doubt"): "hints" joins "hinted" and "hinting"
  'hints', 'contradicted',
];

/** Verbs of belief and intention, as base forms: a cue only with a clause or an infinitive after them. */
export const THOUGHT_VERBS = [
  'believe', 'fear', 'hope', 'expect', 'want', 'plan', 'intend', 'worry', 'wonder', 'doubt', 'decide', 'refuse',
  'realize', 'assume', 'suspect', 'imagine', 'threaten',
  'decline', 'learn', 'recognize', 'recognise', 'remember', 'anticipate', 'envision', 'reckon', 'presume', 'fret',
  'yearn', 'aspire', 'pray', 'prefer', 'regret', 'wish',
];

/** Belief and intention, form by form. */
export const THOUGHT_FORMS = [
  'think', 'thinks', 'thought', 'thinking', 'know', 'knows', 'knew', 'knowing', 'feel', 'feels', 'felt', 'feeling',
  'seek', 'seeks', 'sought', 'seeking', 'understand', 'understands', 'understood', 'understanding',
  'foresee', 'foresees', 'foresaw', 'foreseeing',
];

/** Verbs that take something as something ("see the levy as a tax", "cast himself as an outsider"): see CUE_ONLY_BEFORE. */
const TAKEN_AS_FORMS = [
  'see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded', 'cast', 'casts', 'casting', 'frame',
  'frames', 'framed', 'framing', 'positioned', 'positions', 'positioning', 'presented', 'presents', 'presenting', 'pitched',
  'pitches', 'pitching',
];

/**
 * Verbs of stance, as base forms: "endorsed Whitfield", "denounced the plan" report a position with a noun
 * phrase as its content, as PolNeAR annotates them.
 */
export const STANCE_VERBS = [
  'endorse', 'oppose', 'defend', 'reject', 'dismiss', 'denounce', 'condemn', 'applaud', 'deride', 'ridicule',
  'lambaste', 'excoriate', 'assail', 'chastise', 'castigate', 'berate', 'disparage', 'belittle', 'downplay',
  'embrace', 'rebuff', 'repudiate', 'disavow', 'blast', 'mull', 'refer to', 'slam', 'liken', 'side with', 'balk at',
  'lash out at', 'touch on',
  // the phrasal twin of "downplay": "played down Brack's remarks as “…”"
  'play down',
];

/** Stance, form by form. */
export const STANCE_FORMS = [
  'supported', 'supporting', 'supports', 'backed', 'backing', 'backs', 'attacked', 'attacking', 'favored',
  'favoured', 'favoring', 'favouring', 'favors', 'favours',
  'referenced', 'referencing', 'took aim at', 'takes aim at', 'taking aim at', 'went after', 'goes after', 'credited',
  'crediting', 'spoke out against', 'speaks out against', 'stood by', 'knocked', 'hammered', 'pilloried',
  'shrugged off', 'brushed off', 'brushed aside', 'weighed in on', 'called for', 'calls for', 'calling for',
  'pointed to', 'points to', 'pointing to', 'thanked', 'thanking', 'mocked', 'mocking', 'mocks', 'welcomed',
  'welcomes', 'championed', 'advocated', 'advocating', 'hailed', 'hailing', 'challenged', 'focused on', 'focuses on',
  'focusing on', 'focussed on', 'ordered', 'offered', 'discussed', 'discusses', 'discussing', 'voiced', 'voicing', 'quoting',
  'pivoted to', 'coined', 'listed', 'nominated', 'took issue with', 'takes issue with', 'taking issue with',
  'take issue with', 'made no secret of', 'makes no secret of', 'insulted', 'trashed', 'trashes', 'trashing',
  'savaged', 'savaging', 'savages',
  // the bare "push for" is mostly the noun ("his push for", "a week-long push for")
  'pushed for', 'pushes for', 'pushing for',
  ...['himself', 'herself', 'themselves', 'itself'].flatMap((self) => [`distanced ${self} from`, `distancing ${self} from`]),
  ...TAKEN_AS_FORMS,
];

/** A title before a name, and a capitalised word of the name (never a title: its full stop ends no sentence). */
const TITLE = '(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Sgt|Capt|Prof|St)\\.';
const NAME_WORD = `(?!${TITLE})\\p{Lu}[\\p{Ll}’'-]+`;
/** A name word read to its end, so that a look-ahead after it cannot settle for part of it ("Ad" of "Ada"). */
const WHOLE_NAME_WORD = `${NAME_WORD}(?![\\p{L}’'-])`;

/**
 * Forms that report nothing before these words: "pledged delegates" (an adjective), "called off the talks", and a
 * telephone call: "called Quell shortly after the vote", "called her to congratulate her", "Ruiz called Ada Novak."
 * (a person and then no words of the caller: a time, an infinitive of purpose, the sentence's end; a title's full
 * stop is no end). "called Quell a liar", "called on Quell to resign" and "called it a scandal" still report.
 */
export const CUE_NOT_BEFORE: readonly [RegExp, RegExp][] = [
  [/^pledged$/i, /^\s+delegates?\b/i],
  // "backed down", "backing away from": a retreat, not a stance
  [/^(?:backs|backed|backing)$/i, /^\s+(?:down|off|away|up|out)\b/i],
  // "adding to the confusion", "the numbers add up": an increase, not speech ("added to reporters", "added to the
  // Courier" still report)
  [/^(?:add|adds|added|adding)$/i, /^\s+(?:up\b|to\s+(?!reporters\b|journalists\b|(?:the\s+)?\p{Lu}))/u],
  // "showed up at the rally", "charged with fraud": an arrival and an indictment, no words reported
  [/^(?:show|shows|showed|showing)$/i, /^\s+up\b/i],
  [/^(?:charge|charges|charged|charging)$/i, /^\s+with\b/i],
  // "find out", "found a way": no finding reported
  [/^(?:find|finds|found|finding)$/i, /^\s+(?:out|a\s+way|ways)\b/i],
  // "seeking the nomination", "sought a second term": running for office, no wish reported (a fifth annotated on PolNeAR train)
  [
    /^(?:seek|seeks|sought|seeking)$/i,
    /^\s+(?:(?:the|a|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:nomination|presidency|White House|office|reelection|re-election|term|seat|refuge|shelter|comment)\b/u,
  ],
  [/^(?:call|calls|called|calling)$/i, /^\s+off\b/i],
  // "said little, offering only …", "their smiles said a lot.", "There, I said it.": nothing reported ("says so" is)
  [/^(?:say|says|said)$/i, /^\s+(?:it|them|little|nothing|a\s+lot|it\s+all)\s*[.,;!?]/i],
  // "did not see Ruiz at the pier", "saw Ada Novak leave": a meeting or a sighting of a person, no view of one
  // ("saw Ruiz as a rival" still reports)
  [
    /^(?:see|sees|saw|seen|seeing)$/i,
    new RegExp(`^\\s+(?:${TITLE}\\s+)?${WHOLE_NAME_WORD}(?!(?:\\s+${WHOLE_NAME_WORD}){0,2}\\s+as\\b)`, 'u'),
  ],
  [
    /^(?:call|calls|called|calling)$/i,
    new RegExp(
      `^\\s+(?:him|her|them|me|us|(?:${TITLE}\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})` +
        `(?:\\s+(?:to\\s+(?!be\\b)|shortly\\b|again\\b|back\\b|last\\b|this\\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)|\\s*[.;]|\\s*$)`,
      'u',
    ),
  ],
];

/**
 * What the writer says with their own "… to say", vouching for what follows ("needless to say", "it's fair to say
 * that"): nobody is quoted (read here for cues, and by lexicon/claims.ts' WRITERS_SAYING for claims).
 */
export const WRITER_VOUCHES = String.raw`safe|fair|needless|suffice\s+it`;

/**
 * Forms that report nothing after these words: "found" after "to", a modal or "helped" is the verb that sets up a
 * group ("helped found the co-op"), never the past of "find"; "say" after a determiner is a share in a decision, and
 * after "safe to" the writer's hedge; "told" after a sentence's "All" is a sum.
 */
export const CUE_NOT_AFTER: readonly [RegExp, RegExp][] = [
  [/^found$/i, /\b(?:to|helped|help|helps|helping|will|would|can|could|did|didn[’']t)\s+$/i],
  // the noun: "had their say", "a larger say in", "the final say on" (no one speaks; "her say" may be the verb)
  [/^say$/i, /\b(?:a|the|no|any|their|his|its|our|your|my)\s+(?:(?:final|larger|bigger|greater|real|equal|direct|last|stronger)\s+)?$/i],
  // the writer's own hedge or voucher: "too soon to say", "safe to say", "needless to say"
  [/^say$/i, new RegExp(String.raw`\b(?:too\s+(?:soon|early|late)|hard|difficult|impossible|${WRITER_VOUCHES})\s+to\s+$`, 'i')],
  // "All told, the group spent …": a sum, not a telling (mid-sentence "they all told him" still reports)
  [/^told$/, /(?:^|[.!?]\s+|\n\s*)All\s+$/],
  // "written" reports only after a form of "have" ("had written years earlier, “…”"): "a written statement", "a
  // letter written by Quell" and "had been written" report nothing
  [/^written$/i, /(?<!\b(?:has|have|had|having|[’']ve)\s+(?:\p{Ll}+ly\s+|also\s+|long\s+|once\s+)?)$/iu],
];

/**
 * Forms that are a cue only before the words that make them one. "see", "view", "cast", "frame" … report a stance
 * only as "sees the levy as a tax grab" (an object, then "as" and what it is taken for); "saw the ferry leave", "in
 * her view", "cast a vote" and "saw him as he left" (a clause after "as") report nothing. No clause break inside
 * the object, at most 50 characters.
 */
export const CUE_ONLY_BEFORE: readonly [RegExp, RegExp][] = [
  [
    new RegExp(`^(?:${TAKEN_AS_FORMS.join('|')})$`, 'i'),
    /^\s+(?!by\s|it\s)[^,.;:!?“”"()]{1,50}?\sas\s+(?!(?:he|she|they|we|it|i|you|well|much|many|long|soon|far|if|though|of|part|a result)\b)/i,
  ],
];

/**
 * How a line was delivered, as base forms: a cue only in the short clause that closes a quotation's sentence
 * ("…!” the crowd screamed back.", "…?” he wondered.", "“…,” beamed the coach."), never in running prose, where
 * "beamed a signal" or "pressed the button" report nothing.
 */
export const DELIVERY_VERBS = [
  'beam', 'boom', 'scream', 'cry', 'cry out', 'laugh', 'sigh', 'gush', 'wonder', 'react', 'exhort', 'press',
  'thunder', 'roar', 'bellow', 'holler', 'growl', 'snarl', 'hiss', 'sob', 'groan', 'moan', 'chuckle', 'snort',
  'sniff', 'marvel', 'rave', 'wail', 'gasp', 'smile', 'grin', 'shrug', 'nod', 'chime in', 'pipe up', 'cut in',
  'scream back', 'shout back', 'call out', 'call back', 'remember', 'cheer', 'jeer', 'heckle', 'tease', 'taunt',
  // "“Not yet,” Quell interrupted." reports a line; "interrupted the speech", "interrupted himself" do not
  'interrupt',
];

/**
 * A cue verb and what follows it when it reports nothing:
 * "reported from Tarrow" (where the reporter filed from), "found itself at the centre" (where a source ended up),
 * "maintains a wide lead" (keeps it; "maintains that …" reports), "advised the campaign" (worked for it).
 */
export const CUE_WITHOUT_CONTENT: readonly [RegExp, RegExp][] = [
  [/^report(?:s|ed|ing)?$/i, /^\s+from\b/i],
  [/^(?:find|finds|found|finding)$/i, /^\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself)\b/i],
  [/^(?:maintain|maintains|maintained|maintaining)$/i, /^\s+(?:a|an|the|his|her|their|its|some)\s/i],
  // "advised the senator to stick to the issues" reports advice: the infinitive is its content; "who advised
  // Mayor Quell" or "advised Tarrow Holdings on the sale" is a job held, as "advised the campaign" is
  [
    /^(?:advise|advises|advised|advising)$/i,
    /^\s+(?:(?:a|an|the|his|her|their|its|some|\p{Lu}\S*)\s(?![^.,;:]{0,60}\b(?:to|that)\s)|on\s)/u,
  ],
];

/**
 * Before a cue form, what makes it a noun or an adjective: a determiner or possessive before an -ing form ("a
 * strong showing in Iowa", "his backing"), a number before an -ed form ("271 pledged delegates").
 */
export const NOUN_BEFORE_GERUND = /\b(?:a|an|the|his|her|their|its|our|my|your)\s+(?:\p{Ll}+\s+)?$/iu;
export const NUMBER_BEFORE_PARTICIPLE = /\d\s+$/;

const DELIVERY_FORMS = new Set(DELIVERY_VERBS.flatMap(inflections));

/** Whether a word or phrase is a form of a delivery verb ("screamed back", "wonders"). */
export const isDeliveryVerb = (words: string) => DELIVERY_FORMS.has(normalise(words));

/**
 * Thought verbs of wish and expectation, which take a bare noun phrase as well as a clause ("wants a recount",
 * "sought greater oversight", "expects a close race"); "felt the cold", "knew the road" report no belief.
 */
const WISH_FORMS = new Set([
  ...['want', 'expect', 'fear', 'prefer'].flatMap(inflections),
  ...['seek', 'seeks', 'sought', 'seeking'],
]);

/** Whether a cue word is a form of a wish or expectation verb. */
export const isWishVerb = (word: string) => WISH_FORMS.has(normalise(word));

/**
 * The preposition after a thought verb that introduces what it is about: "worried about", "hoping for" ("of" and
 * "against" were mostly wrong on PolNeAR train: "thought of him as …").
 */
export const THOUGHT_OBJECT = /^(?:about|for)\s+/;

/**
 * A finite verb right after a thought verb: the clause's subject stands before the source ("a tactic Democrats hope
 * will work", "which he believes will fail", "what scientists think is needed"), and the rest is the thought.
 * Clauses.ts's PREDICATE_OPENER less its case folding: a capital "May" or "Will" here is a month or a name.
 */
export const GAPPED_THOUGHT_CONTENT = new RegExp(`^(?:${TENSED_BE_HAVE}|${MODALS})\\b`);

/** Before the "source" of a gapped thought, what makes its cue word a noun: "by popular reckoning", "of your regrets". */
export const NOUN_BEFORE_THOUGHT = /\b(?:by|of|in|on|for|with|about|from|at|your|their|his|her|our|my)\s+$/i;

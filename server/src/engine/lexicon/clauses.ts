/**
 * Words that open or close the clauses around a cue, as the attribution extractor reads them: what may follow an
 * inverted source ("…, said Whitfield on Monday"), what may trail an end attribution, what may open a sentence
 * before its subject. Plain alternations with bounded gaps: linear to match.
 */
import { WEEKDAY } from './cues';
import { SPOKESPEOPLE } from './people';
import { FINITE_AUXILIARIES, MODALS, TENSED_BE_HAVE } from './grammar';

/**
 * What follows the source of an inverted attribution ("…, said Whitfield on Monday.", "…, said the minister,
 * who …"): the end of the clause, an occasion or a time, never a verb ("…, said the turmoil was …").
 */
export const INVERTED_SOURCE_END =
  /^\s*(?:[,.;:!?—–()"”’']|$|(?:on|in|at|for|during|after|before|from|to|via|when|while|as|who|whose|which|that|because|but|and|although|though|since|until|outside|inside|last|this|earlier|later|yesterday|today|tonight)\b)/i;

/**
 * What may follow the source of a closing "according to X" (past a prepositional tail the phrase left out: "a count
 * by the board"): the end of the unit, or a coordinated clause.
 */
export const SOURCE_ENDS_CLAUSE =
  /^(?:\s*(?:by|from|of|in|at|for|with)\s[^,.;:!?“”"]{1,80})?(?:[\s.!?;:)]*$|\s*,\s*(?:but|and|while|although|though|whereas)\b)/;

/** What may follow the cue of an end attribution: a participle, relative or concessive clause, the occasion. */
export const TRAILING =
  /^\s*(?:,\s*(?:\p{Ll}+ing|who|which|when|after|before|while|as|in|at|on|during|according|although|though|despite|but|whereas|because|even|and)\b|[;—–-]|(?:after|before|when|while|as|during|in|at|on|from|of|about|to)\b)/u;

/**
 * What may open a sentence before its subject, up to a comma: a time or linking adverbial ("On Monday,",
 * "However,"), a participle or -ly adverb ("Speaking at a rally,", "Hastily,"), a preposition ("With the vote
 * over,", "As the crowd cheered,").
 */
export const OPENING_ADVERBIAL = new RegExp(
  '^(?:in|on|at|after|before|during|since|meanwhile|however|indeed|earlier|later|last|this|then|still|instead|now|also|' +
    'but|and|yet|so|hours|days|minutes|moments|with|as|while|when|once|despite|amid|asked|\\p{L}+ing|\\p{L}{3,}ly)\\b',
  'iu',
);

/** The dashes that set off a clause or an aside: an em dash, or an en dash or hyphens spaced as one. */
export const DASHES = ['—', ' – ', ' - ', ' -- '];

/**
 * Words in -ing that open no participle clause: prepositions that go on with the speaker's list or topic
 * (", including …") and nouns (", something he denied").
 */
const NOT_PARTICIPLES = [
  'including', 'regarding', 'concerning', 'during', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening',
  'meeting', 'building', 'hearing', 'briefing', 'funding', 'spending', 'housing', 'training', 'bombing', 'shooting',
  'ruling', 'wedding', 'ceiling', 'thing', 'king', 'ring', 'spring', 'wing', 'string', 'bring', 'sibling',
];

/**
 * Where reported content ends at a clause of its own: a comma (perhaps set inside a closing mark) before a
 * contrast, a later event, a comparison or a participle ("…, despite …", "…, after half said so", "…,” despite …", ", adding", ", compared with"; not
 * one of NOT_PARTICIPLES, nor an adjective in a list: "a kind, loving and patient man"), a semicolon, a closing mark before "and" and a past tense: the source's next act
 * ("called the deal “a disgrace” and threatened …"), "as" before a pronoun and its verb (the reporter's scene: "…
 * as she faces a test in Tarrow"), ", and" before a new subject, a dash (group 1: the reader keeps a pair of them, an aside),
 * or an appositive that closes the sentence (", a reversal of her stance in May.") — not the next items of a list
 * (", the night fares and the depot lease": no relative word, -ed or -ing before its "and").
 */
/** A closing quotation mark a comma may be set inside ("…,” despite …"), as a regex source. */
const CLOSING_MARK = `(?:[”"’»]|'')`;

/** A comma or semicolon set inside a closing mark: where the reporter's clause after a quotation begins. */
export const BREAK_INSIDE_CLOSING_MARK = new RegExp(`^[,;]${CLOSING_MARK}`);

export const CONTENT_CLAUSE_BREAK = new RegExp(
  [
    `[,;]${CLOSING_MARK}?\\s+(?:but(?!\\s+(?:that|rather)\\b)|while|although|though|whereas|despite|after|which|who|compared|however|even\\s+(?:as|though)|(?!(?:${NOT_PARTICIPLES.join('|')})\\b)\\p{Ll}+ing\\b(?!\\s+and\\s|,))\\b`,
    ';',
    // "…, saying, “…”", "… by saying: “…”": a participle that brings on its own quotation opens the next saying
    `(?:,${CLOSING_MARK}?|\\s+by)\\s+\\p{Ll}+ing\\b(?=[,:]?\\s*[“"«])`,
    '\\s+as\\s+(?=(?:he|she|they|we)\\s+\\p{Ll}+(?:s|ed)\\b)',
    `,${CLOSING_MARK}?\\s+and\\s+(?=(?:the|a|an|he|she|they|it|we|i|his|her|their|its|now|then|more|most|many|some|when|after|with|at|in|on)\\s|\\p{Lu})`,
    `(?<=[”"»],?)\\s+and\\s+(?=\\p{Ll}+ed\\b)`,
    '(\\s*—\\s*|\\s+(?:–|--?)\\s+)',
    `,${CLOSING_MARK}?\\s+(?:a|an|the|another)\\s+(?!(?:(?!\\b(?:that|who|which|whose)\\b|\\p{Ll}+(?:ed|ing)\\b)[^,;:"“”—])*\\sand\\s)[^,;:"“”—]*$`,
  ].join('|'),
  'gu',
);

/** Conjunctions that open a clause of its own, so a cue after them does not reach back to an earlier claim. */
export const CLAUSE_CONJUNCTION = /\b(?:and|but|while|whereas|although|though|as)\b/i;

/**
 * The short clause that closes a quotation's sentence ("…,” the crowd screamed back.", "…?” he wondered."): two
 * to seven words (a full stop only in an abbreviation: "Mr. Osei") and the end of the clause. Group 1 is the
 * clause; the reader splits it into speaker and verb.
 */
export const QUOTE_TAIL_CLAUSE = /^\s*((?:\p{Lu}\p{Ll}{0,3}\.|[\p{L}-]+)(?:\s+(?:\p{Lu}\p{Ll}{0,3}\.|[\p{L}-]+)){1,6})\s*[.,;]/u;

/**
 * The speaker in such a clause: a pronoun, a determiner and up to three words ("the petition") with perhaps a
 * phrase of place after them ("a dock worker in the room"), or up to four capitalised words. Bounded repetitions: linear to match.
 */
export const QUOTE_TAIL_SPEAKER =
  /^(?:he|she|they|we|i|it|(?:the|a|an|one|another|his|her|their|its)(?:\s+[\p{L}-]+){1,3}(?:\s+(?:in|at|from|of|on|with|near)(?:\s+[\p{L}-]+){1,2})?|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})$/u;

/** The inverted order: the verb, then the speaker ("…!” beamed Rosa Tenby of Marlow."). Group 1 is the verb. */
export const QUOTE_TAIL_VERB = /^\s*(\p{Ll}{2,}(?:\s+(?:back|out|in|up))?)\s+(?=\p{Lu})/u;

/** Forms of "be" and "have" that open a clause stating a fact, not reporting speech ("had one word for voters:"). */
export const STATE_VERB = new RegExp(`^(?:${TENSED_BE_HAVE})\\b`, 'i');

/** A form of "be" or "have" anywhere: it makes a few words a clause ("Sales were great"), not an adverbial. */
export const STATE_VERB_WORD = new RegExp(`\\b(?:${TENSED_BE_HAVE}|be|been)\\b`, 'i');

/** Adverbs that may open a sentence before its subject with no comma ("Then he cut in, saying …", "Even the mayor …"). */
export const SUBJECT_ADVERB = /^(?:then|later|now|still|even|instead|also|so|here|there|meanwhile|finally|eventually|soon|again|yet)\s+(?=\S)/i;

/** What opens a clause that sets a sentence's scene: an opening adverbial, or a subordinating conjunction. */
export const OPENING_CLAUSE = new RegExp(
  `${OPENING_ADVERBIAL.source}|^(?:though|although|whether|if|because|unless|until|whatever|whenever)\\b`,
  'iu',
);

/** What opens the complement a cue takes ("vowed to …", "said that …", "asked whether …", a quote, a colon). */
export const COMPLEMENT_OPENER = /^(?:that|to|whether|if|how|why|what|about|for|of|from|with|against|over|a|an|the|his|her|their|its|this|these)\b|^[“"«:]/i;

/** A short prepositional phrase that opens a sentence and sets its scene ("On the ferry page", "In a statement"). */
export const OPENING_PHRASE =
  /^(?:in|on|at|after|before|during|since|with|from|under|over|despite|amid|throughout)\s+[^\s,;:“”"]+(?:\s+[^\s,;:“”"]+){0,5}$/i;

/**
 * Where the noun phrase a stance takes ends ("blocked the package because of …", "backed her after the vote",
 * "endorsed Quell, who …", "backed Quell and campaigned for her", "praised Quell at a rally"): before a clause
 * of time, reason or concession the reporter adds, the occasion, a comma, or the source's next act. A comma before an
 * example ("defended the plan, including the night shifts") goes on with the object: the examples are what was backed.
 */
export const STANCE_OBJECT_END =
  /,\s(?!(?:including|such as|especially|particularly|notably)\s)|\s(?:during|after|before|because|when|while|since|until|amid|despite|even though)\s|\s(?:at|in|on)\s(?:an?|the|his|her|their|its)\s(?:[\p{L}’'-]+\s){0,3}(?:news conference|press conference|rally|debate|interview|speech|statement|event|town hall|hearing|meeting)\b|\s(?:on|via)\s(?:Twitter|Facebook|Instagram)\b|\sand\s(?=(?:\p{Ll}+ed|has|had|was|is|went|made|took|became|began)\b)/u;

/**
 * An occasion after a cue and the "that" of its clause ("on Tarrow Radio that …", "during the debate that …"): a
 * preposition first, no clause break before "that"; "to" only before whom it was said to ("vowed to make sure that
 * …" is an infinitive, the content's own). The lazy gap stops at the first "that".
 */
export const OCCASION_THEN_THAT =
  /^\s*(?:on|in|at|during|after|before|to(?=\s+(?:the|a|an|his|her|their|its|reporters|supporters|voters|him|them|us|me)\b)|from|with|via|over|outside|inside|last|earlier)\s[^,;:.!?]{1,100}?\sthat\b(?!\s+(?:was|is|were|are|has|have|had|will|would)\b)/i;

/** A manner adverb between a cue and its "that" ("admitted, rather sheepishly, that …"): the reporter's. */
export const MANNER_THEN_THAT = /^\s*(?:\p{Ll}+\s+)?\p{Ll}+ly,?\s+that\b/u;

/** Words that subordinate a participle clause to the sentence's subject: "by saying", "after vowing", "as saying". */
export const SUBORDINATE_BEFORE_PARTICIPLE = /\b(?:by|after|when|upon|without|since|as)\s*$/i;

/** A sentence that opens with a subordinated participle: "After vowing …,", "When asked … ," (up to the cue). */
export const SUBORDINATE_BEFORE = /^\s*(?:after|when|upon|since|while|before|by|in)\s*$/i;

/** An auxiliary or modal that opens a predicate with no subject of its own: "…, Quell says, is different". */
export const PREDICATE_OPENER = new RegExp(`^(?:${TENSED_BE_HAVE}|${MODALS})\\b`, 'i');

/** "so" as a whole content, then an occasion: "said so in December", "think so too". */
export const SO_THEN_OCCASION = /^so\s+(?:in|on|at|during|after|before|last|this|earlier|again|too|publicly|privately)\b/i;

/**
 * The raising verb of an attribution with no source (attributions/impersonal.ts): "seems to", "appeared unlikely
 * to", "are expected to", "is said to"; "seemed" with a complement of its own ("seemed paralyzed", "seems ready");
 * "appeared" with a state ("appeared ready", "appeared shaken"), not with a place ("appeared at the rally").
 */
export const IMPERSONAL_VERB =
  '(?:seems?|seemed|appears?|appeared|(?:is|are|was|were|be|been|[’\']s)\\s+(?:(?:\\p{Ll}+ly|also|not|still|now|already)\\s+)?(?:expected|said|believed|thought|reported|rumou?red|alleged|understood))(?=\\s+(?:(?:un)?likely\\s+)?to\\s)|' +
  '(?:seems?|seemed)(?=\\s+(?!to\\b)[\\p{L}“"])|' +
  '(?:appears?|appeared)(?=\\s+(?:ready|poised|intent|set|eager|willing|determined|unable|able|closer?|certain|sure|unlikely|likely|open|headed|\\p{Ll}+ed(?!\\s+(?:by|in|on|at|with|before|after|alongside)\\b))\\b)';

/**
 * Where an impression (attributions/impersonal.ts) ends: it is one clause. A clause joined after a comma ("The pier
 * seemed ready, and crews were cheering"), what a colon sets out ("Investors seem to agree: …"), and an adjunct the
 * writer adds after a comma ("…, when the tide turned", "…, with crowds expected", "…, largely because …", "…,
 * potentially delaying …") or the main clause after an opening one ("While the pier seems safe, it stays shut")
 * are the writer's own report. Unlike a said-content, whose adjunct tails PolNeAR keeps (measured on train: the
 * same cut over every content loses 63 matches for 33), an impression's content is the subject and its predicate.
 */
export const IMPRESSION_END =
  /[,;][’'”"»]?\s+(?:and|but|yet|so)\s|:\s|,\s+(?:(?:\p{Ll}+ly\s+)?(?:when|where|as|with|potentially|even\s+if|if|given|because|after|before|since|until)\b|\p{Ll}+ly\s+\p{Ll}+ing\b|(?:he|she|they|it|we|I)\s+\p{Ll})|\s+and,\s/gu;

/**
 * More openings of the clause an impression stands in, past SUBJECT_CLAUSE_OPENING (lexicon/cues.ts): a semicolon
 * ("…; the ferry seems late"), a parenthesis still open ("(the pilot was said to …"), "than" ("less than the board
 * could be expected to pay"), "as" before a subject ("came as the vote appeared near"; not "known as", "referred to
 * as"), and a relative pronoun that is the object, before the subject of its own clause ("a levy that she seemed to
 * resent"). Each was measured on PolNeAR train over the impersonal contents alone: none lost a match.
 */
export const IMPRESSION_CLAUSE_OPENING =
  /;\s+|\((?=[^)]*$)|\b(?:than|(?:that|which|whom)(?=\s+(?:he|she|they|it|we|I|you)\s))\s+|(?<!\b(?:to|so|such|same|as|known|seen|\p{Ll}+ed)\s)\bas\s+(?=(?:the|a|an|he|she|they|it|we|I|his|her|their|its|one|this|these|those|\p{Lu}\p{Ll})\b)/gu;

/** A span of time back or on from the story's moment: "a few years earlier", "just two weeks later", "several days ago". */
export const TIME_SPAN_AWAY = '(?:just\\s+)?(?:a|two|three|several)\\s+(?:few\\s+)?(?:days|weeks|months|years)\\s+(?:later|ago|earlier|before)';

/**
 * What a content that is only an adjunct opens with ("rebuffed | at a meeting last week", "backed | by the
 * board", "reported | a few days later"), or the whole of such a content when it is a lone sentence adverb or time
 * ("felt | well", "responded | first", "discussed | several weeks"): when, where or how, never what was said. Read
 * with CLAUSE_VERB: such a content with no verb reports nothing.
 */
export const BARE_ADJUNCT = new RegExp(
  `^(?:in|at|by|before|after|during|when|while|under|since|until|last|earlier|later|yesterday|today|tonight|` +
    `on\\s+(?:${WEEKDAY}|Twitter|Facebook)|this\\s+(?:week|month|year|morning)|` +
    `${TIME_SPAN_AWAY}|` +
    `(?:however|too|twice|again|afterwards?|then|first|well|anyway|just\\s+(?:today|now)|${WEEKDAY}(?:\\s+(?:morning|night|afternoon|evening))?|` +
    `several\\s+(?:days|weeks|months|years))$)\\b`,
  'i',
);
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * When, where or how a source spoke, closing a content that is a bare noun phrase ("endorsed Quell in early June",
 * "announced the closure on Monday", "defended its strike in a statement released Friday", "praised the crews on
 * Facebook", "denied the charge through her lawyer"): the occasion, or the go-between, is the reporter's, not what was said. Anchored at the end, bounded gaps: the reader
 * tries it on the content's last words only. The go-betweens are those who speak for someone (people.ts
 * SPOKESPEOPLE), and a publicist, who passes a statement on but is not read as a source of their own.
 */
export const TRAILING_OCCASION = new RegExp(
  '(?:' +
    [
      `\\s(?:on\\s|last\\s|this\\s|late\\s|early\\s)?${WEEKDAY}(?:\\s(?:night|morning|afternoon|evening))?`,
      '\\s(?:on|via)\\s(?:Twitter|Facebook|Instagram|social media)',
      `\\s(?:through|via)\\s(?:an?|his|her|their|its)\\s(?:[\\p{L}’\'-]+\\s){0,2}(?:${[...SPOKESPEOPLE, 'publicist'].join('|')})`,
      `\\s(?:in|during)\\s(?:an?|the|his|her|their)\\s(?:[\\p{L}’'-]+\\s){0,3}(?:interview|statement|speech|appearance|op-ed|tweet|post|letter|email)\\b[^,;:]{0,60}`,
      '\\s(?:last|this|next)\\s(?:week|month|year|weekend|fall|spring|summer|winter)',
      `\\s(?:in|since)\\s(?:early\\s|late\\s|mid-)?${MONTH}(?:\\s\\d{4})?`,
    ].join('|') +
    ')$',
  'u',
);

/** A verb that makes a content a clause of its own ("the pier will reopen in May"), not a bare noun phrase. */
export const CLAUSE_VERB = new RegExp(String.raw`\b(?:${FINITE_AUXILIARIES}|be|been)\b|\b\p{Ll}+ed\b`, 'u');

/** "that" and at most six words more: the subject of a reported clause, before an aside ("that Quell, …"). */
export const THAT_SUBJECT_ONLY = /^that\b(?:\s+[^\s,;:“”"]+){0,6}\s*$/i;

/** At most six words and no clause mark: the subject of a reported clause with no "that" ("the pier, which …"). */
export const SUBJECT_ONLY = /^(?:that\s+)?[^\s,;:“”"]+(?:\s+[^\s,;:“”"]+){0,5}\s*$/;

/** What opens a content that is a clause or a question, not a noun phrase ("that …", "to …", "whether …"). */
export const CLAUSE_OPENER = /^(?:that|to|whether|if|how|why|what)\b/i;

/**
 * The preposition a cue takes before its object ("spoke about | the pier", "agreed with | Ruiz", "pointed to | the
 * ledger", "ruled out | a bid"): the cue's word, not what was said — PolNeAR puts it in the cue. "to" only before
 * a noun phrase ("to run" is an infinitive, the content's own); never "about" before a number ("about half").
 */
export const CUE_PREPOSITION = new RegExp(
  '^(?:(?:out|up|off|down|back)\\s+)?(?:(?!(?:only|early|family|rally|ally|supply|reply|assembly|daily|weekly|monthly)\\s)\\p{Ll}+ly\\s+)?(?:(?:about|of|for|against|with|over|on|at|upon|toward|towards|into|behind|like)\\s+' +
    '(?!(?:\\d|half|a\\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten)\\b)|' +
    'to\\s+(?=(?:the|a|an|his|her|their|its|my|our|your|this|these|those|him|them|us|me)\\b|\\p{Lu}))',
  'u',
);

/**
 * The source's next act after a noun phrase content ("rejected the audit | and blamed the treasurer", "attacking
 * Quell | and visiting the depot"): "and", perhaps an adverb or two, then a verb with a tense of its own.
 * Group 1 marks where the act begins; the verb itself is read by NEXT_ACT_VERB.
 */
export const NEXT_ACT =
  /,?\s+(?:and|but)\s+(?:(?:then|also|later|ultimately|sometimes|simply|even|quickly|instead|again|repeatedly)\s+){0,2}(?=([\p{Ll}-]+))/gu;

/** A pronoun after "and" that opens a clause of its own ("… and she endorsed Quell"). */
export const NEW_SUBJECT = /^(?:he|she|they|we)$/;

/** A relative pronoun right before a source, the object of its cue ("which Ruiz opposed", "who many crews support"). */
export const RELATIVE_OBJECT = /\b(which|who|whom)\s+$/i;

/** A content that opens with a subject pronoun or "there": a clause, not a noun phrase ("he left …", "there’s …"). */
export const CLAUSE_SUBJECT = /^(?:he|she|they|we|i|it|you|there)(?:[’']s)?\b/i;

/** A verb that carries its own tense: a regular past, an auxiliary, or a common irregular past or present. */
export const NEXT_ACT_VERB =
  /^(?:[\p{Ll}-]+ed|has|had|was|is|were|are|will|would|may|might|can|could|should|did|does|went|made|took|kept|cast|gave|told|said|says|calls|came|left|ran|put|got|sent|won|lost|became|began|brought|met|spent|wrote|spoke|saw|held|vowed|refused)$/u;

/** A cue that names whom it addresses before what it says ("asked Ruiz if …", "told a rally that …"). */
export const ADDRESSING_CUE = /\b(?:ask|urg|warn|remind|assur|encourag|advis|persuad|convinc|inform|implor|invit|press|pressur|beg|tell|told)\p{Ll}*\s*$/iu;

/**
 * Whom such a cue addresses, up to its complement ("a crowd at a diner in Tarrow, Vale County, | that …"): up to
 * fourteen words, no clause mark, no "to" or "and" ("urged the board to ask | whether" addresses the board only),
 * and (read with CLAUSE_VERB) no verb; "that same day" is no complement. The addressee is neither content nor source
 * — but before "to" it is the subject of what is asked ("urged the board to close the pier"), and stays.
 */
export const ADDRESSEE =
  /^(?!(?:that|if|whether|how|why|what|when)\s)(?:(?!(?:to|and|or|but)\s)[^\s;:“”"«.!?]+[\s,]+){1,14}?(?=(?:that(?!\s+(?:same|way|day|week|time|year|night|point)\b)|if|whether|how|why|what|when)\s)/u;

/**
 * A reporting noun phrase a cue takes before what it is about ("made no mention of | the audit", "voiced strong
 * support for | Quell", "said little about | the plan"): PolNeAR reads the phrase as part of the cue — but not
 * one the source owns ("reiterated her support for Quell": her support is what she restated) — unless it is an attack
 * or a defence the source makes ("stiffened their criticism of | Quell"): that is how the source spoke of Quell.
 */
export const REPORTING_OBJECT = new RegExp(
  '^(?:(?:(?:no|any|a|an|the|some|several|new|direct|strong|little|much|more|fresh|sharp|public|' +
    'full|early|limited|conflicting|impassioned|cautious|lengthy|specific|kind|harsh|negative|positive|glowing|' +
    'scathing|warm|high|faint|few|repeated|veiled|pointed|blistering)\\s+){0,3}' +
    '(?:criticism|mention|support|defen[cs]e|statements?|remarks?|comments?|note|vision|enthusiasm|hopes|' +
    'congratulations|concerns?|message|apology|opposition|praise|attention|responsibility|allegiance|credit|blame|' +
    'doubts?|skepticism|sympathy|condolences|thanks|tribute|objections?|words?|opinions?|views?|assurances?|' +
    'warnings?|attacks?|defenses|denunciations?|list|language|jokes?|glimpses|signs|understanding)|nothing|little|something|anything|' +
    '(?:his|her|their|its)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:criticism|attacks?|denunciations?|defen[cs]es?|congratulations|list|fire))' +
    '\\s+(?:of|for|about|on|against|with|to|over|in)\\s+',
  'iu',
);

/**
 * What opens a sentence with a clause of its own before the main one ("After Quell said that …, the board …",
 * "Despite complaints that …, the council …", "Highlighting the levy, Osei …"): a subordinating word, or a
 * participle that opens the sentence.
 */
export const OPENING_SUBORDINATE =
  /^[\s"“‘(]*(?:(?:as|after|when|whenever|while|before|since|once|until|although|though|because|even as|even though|if|despite|whereas|unless)\s|\p{Lu}\p{Ll}+ing\s)/iu;

/**
 * A subordinating word a reported content opens with ("said if the pier closes, …"), after an optional "that": a
 * condition, a time or a concession; unlike OPENING_SUBORDINATE, not "as", "before", "after", "since" or "until",
 * which open a phrase as often ("before millions of viewers, …").
 */
export const CONTENT_OPENS_SUBORDINATE = /^(?:that\s+)?(?:if|when|whenever|while|although|though|because|once|unless|even\s+(?:if|though))\s/i;

/** How far before a cue, in characters, the opening of its clause is looked for: the bound on every such read. */
export const CLAUSE_OPENING_REACH = 200;

/**
 * A content that is only a pronoun or a name, then an adjunct of the reporter's ("endorsed Quell | during a call",
 * "mentioned him | in every speech", "supported her | by a wide margin"): the adjunct tells when, where or how,
 * not what. Not "for", "as", "of", "with", "to", "on": they complete the cue ("praised him for …", "described
 * it as …", "accused her of …", "blamed it on …"). A name is whole ("Quell’s aide in May …" is no object). Nor a
 * standing or a manner that is part of what was found or said ("showed Quell at 12 percent", "backed Osei by 4
 * points", "Ruiz in third", "never mentioned Quell by name"): a poll reports the figure with the name. Group 1
 * is the object.
 */
export const SHORT_OBJECT_ADJUNCT =
  /^((?:him|her|them|it|this|that|us|me|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}))\s+(?!by\s+(?:name\b|\d)|at\s+(?:\d|or\s+(?:above|below)\b|the\s+top\b)|in\s+(?:first|second|third|fourth|fifth|last)\b)(?:in|at|during|after|before|when|by|through|from|since|while|until|despite|amid|early|late|last|this|earlier|repeatedly|again)\s/u;

/** A relative clause set off by a comma, still open before a content ("Osei, who said | the pier was shut, left"); a ? or ! closes it. */
export const RELATIVE_ASIDE = /,\s+(?:who|whom|which|whose)\s[^,;:?!“”"]*$/;

/** What leads on from a source that interrupts its own report ("…, Quell said, because …"): the report goes on. */
export const RESUMED_CLAUSE = /^\s*,\s*(?:because|but|and|so)\s/;

/** A subject pronoun right before "and": the first of two coordinated subjects ("she and her deputies …"). */
export const PAIRED_SUBJECT = /(?:^|\s)(?:he|she|they|we|i|you)$/i;

/**
 * What goes on with the source's own words after a single dash ("— and that the pier …", "– including how …",
 * "— unless the board …"): a coordination, an example or a condition, not the reporter's aside.
 */
export const DASH_GOES_ON = /^(?:and|including|especially|like|only|unless|assuming|if|whether|for instance|such as|either)\b/i;

/**
 * A share of those polled or counted ("40 percent", "52 to 38", "a majority"): a finding contrasted with another
 * share (", while 25 percent oppose it") is one finding in two halves, not the reporter's aside.
 */
export const SHARE_FIGURE = /\d\s*(?:%|percent\b|per\s+cent\b|to\s+\d)|\b(?:majority|plurality)\b/i;

/**
 * A concession inside what was said, not a clause of the reporter's: "but not …", "though never …", "but also …"
 * (the predicate goes on with no subject of its own), or a word or two set off by commas ("a crucial, though
 * brief, chance"; "possible, though unlikely, that …"). After a comma set inside a closing mark, "compared with"
 * weighs the speaker's quoted word ("was “loose change,” compared with the bridge"); after a plain comma, or
 * before a figure, it is the reporter's tally ("…, compared with 12 percent in May").
 */
export const CONCESSION_GOES_ON = new RegExp(
  `^,(?:${CLOSING_MARK}?\\s+(?:(?:but|though|although)\\s+(?:not|never|also|still|only)\\b|(?:though|although)\\s+[^\\s,;:“”"]+(?:\\s+[^\\s,;:“”"]+)?,)|${CLOSING_MARK}\\s+compared\\s+(?:to|with)\\s+(?![\\d$]))`,
);

/**
 * Where the clause a closing "according to" reports may begin: after a colon, or at a relative clause that runs to
 * the end with no comma (", who had 1,401 votes"; "Osei, who …, had" is the subject's aside, not the clause).
 */
export const ACCORDING_CLAUSE_START = /:\s+|,\s+(?=(?:which|who)\s[^,]*$)/g;

/**
 * The subject of a later saying spliced onto a content with a comma, a semicolon or a dash ("…, at least 2,000
 * said", "…,” one of the pilots said", "… - pilots who watched the debate said"): up to nine words up to the cue,
 * no clause mark among them but a comma inside a number. Group 1 is the subject; read on a bounded slice.
 */
export const SPLICED_SUBJECT =
  /(?:[,;—–]|\s--?(?=\s))[’'”"»]*\s+((?:[^\s,;:“”"—–]|\d,(?=\d))+(?:\s+(?:[^\s,;:“”"—–]|\d,(?=\d))+){0,8})\s*$/u;

/** What opens no subject but a phrase or a clause of the reporter's: a preposition, a relative or subordinating word. */
export const NOT_A_SUBJECT =
  /^(?:with|which|who|whom|whose|that|what|when|where|while|after|before|because|since|if|as|in|on|at(?!\s+(?:least|most)\b)|of|for|by|from|to|relative|although|though|until|unless|and|but|or|so|even|including)\b/i;

/** The relative clause that may close a subject ("pilots who watched the debate"): its verb is not the subject's. */
export const RELATIVE_TAIL = /\b(?:who|that)\b.*$/;

/** A content that opened an aside it has not closed ("that, relative to May, …", "According to the log of the board, …"). */
export const OPENED_ASIDE = /(?:\bthat\s*,|^\s*according\s+to\b)[^,;:“”"—–]*$/i;

/**
 * An infinitive or a modal, then its words up to a closing "and" with no clause mark between ("to stand up for the
 * crews and", "she’d sit him down and"). Read on a bounded slice ending at the "and".
 */
export const INFINITIVE_BEFORE_AND = new RegExp(String.raw`(?:\b(?:to|${MODALS})|['’](?:d|ll))\s+[^,;:.!?—–]*\s+and\s*$`, 'i');

/** A finite verb's ending: the past's "-ed" or the present's "-s" (not the "-ss" of "discuss", "press"). */
const FINITE_VERB_ENDING = String.raw`(?:ed|(?<!s)s)`;

/** A word that ends as a finite verb does ("says", "warned"): subjects.ts reads the tense a verb in a series shares. */
export const FINITE_ENDING = new RegExp(`${FINITE_VERB_ENDING}$`);

/**
 * A verb with a tense of its own, perhaps after an adverb, that opens the predicate after a subject's aside ("the
 * ruling, which struck down the levy, | shows …", "the crews, numbering 900, | surpassed …").
 */
export const TENSED_PREDICATE = new RegExp(String.raw`^(?:\p{Ll}+ly\s+)?\p{Ll}{3,}${FINITE_VERB_ENDING}\s`, 'u');

/**
 * An aside on an inverted source that interrupts its subject, up to the predicate after it (", said Osei, who runs
 * the pier, | would …"), or a second source ("said Osei and others, | would"). Read on a bounded slice.
 */
export const SOURCE_ASIDE = /^(?:\s*,|\s+and\s)[^,;:!?“”"]+,\s+/;

/**
 * A clause, not an appositive, between two commas: a subject of up to six words with no relative or question word,
 * then a tensed auxiliary ("the ferry board has more room", "the vote will be close"). Bounded gaps: linear to match.
 */
export const REPORTED_CLAUSE = new RegExp(
  String.raw`^\s*(?!(?:who|which|that|whose|whom|what|where|when|and|but|or)\b)(?:(?!(?:who|which|that|whose|whom|what|where|when)\b)[^\s,;:“”"]+\s+){1,6}` +
    `(?:${TENSED_BE_HAVE}|${MODALS})\\s`,
  'iu',
);

/** What may follow an inverted source that closes its sentence: an appositive or an occasion after a comma, a stop. */
export const SOURCE_CLOSES_SENTENCE = /^(?:,[^.;:!?“”"]{0,160})?[.!?]?\s*$/;

/** A determiner and the words after it up to a clause mark: an appositive, or the subject and verb of a clause. */
export const DETERMINER_PHRASE = /^\s*(?:an?|the|his|her|their|its)\s[^,;:.!?“”"]*/;

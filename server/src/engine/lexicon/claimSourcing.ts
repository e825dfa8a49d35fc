/**
 * The claim judge's words for what sources a claim and what needs no source (findings/claimJudge.ts): speech to
 * a private audience, the clause an opening subordinator sets apart, credits the cue lexicon leaves out, and
 * public record. Generic English only; plain alternations with bounded gaps, so matching stays linear.
 */
import type { ClaimCategory } from '../model';
import { FINITE_AUXILIARIES } from './grammar';
import { ROLE_HEADS } from './roles';

/** The kinds of claim that state someone's state of mind: what they want, discussed, feel or believe. */
export const STATES_OF_MIND: ReadonlySet<ClaimCategory> = new Set(['intention', 'deliberation', 'motive', 'belief']);

/** Those around a principal who hear what the public does not: a private audience or the company of a private setting. */
const INSIDERS = 'aides?|associates?|allies|advisers?|advisors?|confidants?|intimates|friends|donors';

/**
 * An audience that makes speech private: "has told aides he …", "told his closest advisers", "told a person close
 * to him". The reporter did not hear it; that it was said is itself the inside account, so it credits nothing.
 */
export const PRIVATE_AUDIENCE = new RegExp(
  `^\\s*(?:(?:his|her|their|its|some|several|two|three|one|a few) )?(?:(?:senior|close|closest|top|longtime|trusted|most trusted) )?(?:${INSIDERS}|(?:people|a person|person) close)\\b`,
  'i',
);

/**
 * A private setting named beside a cue of speech: "In conversations with donors, the senator voiced doubts …", "he
 * privately urged …", "said behind closed doors". As with a private audience, that it was said is the inside account.
 */
export const PRIVATE_SETTING = new RegExp(
  `\\b(?:privately|in private|behind closed doors|(?:in|during|at|on) (?:a |an |the |several |two |recent )?(?:private|closed-door|off-the-record) (?:meetings?|conversations?|calls?|sessions?|dinners?|gatherings?|briefings?)|in (?:recent |several |private )?(?:conversations|meetings|calls|phone calls) with (?:(?:his|her|their|some|several|top|senior|close|wealthy|major) )?(?:${INSIDERS}|supporters))\\b`,
  'i',
);

/** How far before and after a cue of speech a private setting is looked for, in characters: its own clause. */
export const PRIVATE_SETTING_REACH = { before: 80, after: 60 };

/**
 * Credits the sourcing cue list leaves out, said or published in public: each credits the claim it introduces
 * ("expressed regret for …", "asking him why …", "an accusation he made that …", "In her memoir, …"). Not
 * "pledged delegates", an adjective of a contest's arithmetic that credits nobody.
 */
export const CREDITING_VERB = new RegExp(
  '\\b(?:express(?:es|ed|ing)?|voic(?:es|ed|ing)|promis(?:es|ed|ing)|pledg(?:es|ing|ed(?! (?:super)?delegates?\\b))|ask(?:s|ing)|(?:spoke|speaks|spoken|talked) (?:about|of)|' +
    // criticism said in public, whose verdict is the critic's ("pummeled the mayor as divisive")
    '(?:pummel|hammer|lambast|assail|denounc|excoriat|derid|castigat|decri)(?:e|es|ed|led|ing|ling)?|' +
    '(?:accusations?|allegations?|claims?|charges?|assertions?|contentions?|warnings?|complaints?|arguments?|insistence|suggestions?|predictions?)(?: [\\p{L}\'’]+){0,7}? that|' +
    'in (?:a|an|his|her|their|its|the) (?:memoir|book|op-ed|column|speech|letter|filing|lawsuit|complaint|indictment))\\b',
  'iu',
);

/**
 * Published reports and press conferences, anywhere in the sentence: "named in news reports as …", "decided
 * not to recommend charges at a news conference", "topped a list compiled by the council"; and the line of
 * argument the story has just credited ("…, the reasoning goes."). A prepositional credit, like a closing "according to", covers
 * the clause it stands in.
 */
export const CREDITING_REPORTS =
  /\b(?:in (?:(?:media|news|press|published|local|wire) )?reports|at (?:a|an|the|his|her|their|its) (?:press|news) conference|at (?:a|an|the) (?:press )?briefing|(?:lists?|rankings?|reports?|study|studies|surveys?|tally|index|analysis|data) (?:compiled|published|released|conducted|issued|kept) by|the (?:reasoning|thinking|argument|theory|logic) goes)\b/i;

/**
 * A stated purpose ("was intended to", "is meant to"): of a measure ("The levy was intended to …") it is the
 * measure's public purpose; only a person's purpose is a motive someone must be credited for. The copula before
 * it is what makes it the subject's stated purpose: "orders meant to weaken the union" is the reporter's reading.
 */
export const STATED_PURPOSE = /^(?:intended|meant|designed|supposed) to\b/i;

/** The copula that must come right before a stated purpose (see STATED_PURPOSE). */
export const PURPOSE_COPULA = /\b(?:is|are|was|were|been|be)(?: not)?\s*$/i;

/** A relative clause set off in the sentence (", which the owner denies,"): a cue in it attributes nothing after it. */
export const RELATIVE_OPENING = /^\s*(?:which|who|whom)\s/i;

/**
 * A figure that is public record: how many voted, for whom, and who won ("Nearly a tenth voted for the mayor",
 * "won 31 percent of the harbour vote", "turnout was 40 percent", delegates, precincts reporting), a poll's own sample ("of the respondents", "of
 * dockworkers polled"), whose figures are the poll's, what a campaign raised (its filings), or what a rule or
 * law sets.
 */
export const RECORDED_FIGURE = new RegExp(
  [
    '\\b(?:voted (?:for|against)|cast (?:their |a )?ballots?|turnout|of (?:the|that|this|their|his|her) (?:[\\p{L}-]+ )?vote',
    '(?:won|wins?|winning|lost|lose|loses|losing|carried|carry|took) (?:[\\p{L}\\d%$.,]+ ){0,6}?(?:votes?|primar(?:y|ies)|caucus(?:es)?|delegates|counties|states|districts|precincts|electoral|election|race|runoff)',
    'precincts reporting|delegates?|respondents|(?:polled|surveyed|questioned|interviewed) (?:support|back|favou?r|oppose|say|said|believe|think|want)|those (?:polled|surveyed|asked|questioned)',
    '(?:campaign|committee|PAC) (?:\\p{L}+ ){0,2}?(?:raised|spent|reported) (?:\\p{L}+ ){0,2}?\\$',
    '(?:rules?|laws?|statutes?|regulations?|constitution|ordinances?|bylaws|charter) (?:\\p{L}+ ){0,3}?(?:requires?|required|subjects?|allows?|sets?|caps?|limits?|bars?|mandates?)',
    'under (?:[\\p{L}.’\'-]+ ){0,3}?(?:law|rules|statute|constitution|ordinance)',
    // the count as it comes in ("with three-quarters of the precincts tallied"), and votes cast
    '(?:results?|returns|precincts|ballots|votes) (?:(?:were|was|are|is|had been|have been) )?(?:in|tallied|counted|reported)|cast (?:a |their )?votes?|(?:primary|caucus|general-election) votes',
    // the size of a place, public record ("a city of about 13,000 residents", "the nation's third-largest city")
    '(?:city|town|village|county|state|country|community|island|district|nation) of (?:about |some |nearly |almost |roughly |more than |over |under )?[\\d,.]+(?: million| billion)?(?: (?:residents|people|inhabitants))?',
    '(?:nation|country|state)[\'’]s (?:[\\p{L}-]+-)?(?:largest|biggest|smallest) (?:city|state|county|metro area))\\b',
  ].join('|'),
  'iu',
);

/**
 * A decision announced in public by its nature: to run, to quit, to endorse or back a candidate, to sign or veto ("decided not to
 * enter the race"), a candidacy ("seeking the nomination").
 * Other decisions ("decided to keep the dispute out of court") are the inside account. A decision still to take
 * ("the voters will decide whether …", "it fell to the court to decide …") asserts nothing anyone has made.
 */
export const PUBLIC_DECISION =
  /^(?:(?:decide|deciding)\b|(?:decided|decides|chose|opted) (?:not )?to (?:run|enter|seek|endorse|back|support|resign|retire|withdraw|quit|drop out|step down|concede|suspend|sign|veto|appoint|nominate)|(?:seek|seeks|seeking|sought) (?:the |a |an |their |his |her )?(?:[\p{L}-]+ )?(?:nomination|presidency|office|seat|re-?election|governorship|mayoralty|candidacy))\b/iu;

/**
 * A decision taken ("decided to press the board", "has chosen to ignore the attacks"): an editor may well ask who
 * says it was decided, but what was decided mostly shows in what its maker then did in public, so it is not a
 * claim an editor would surely send back.
 */
export const DECISION_TAKEN = /^(?:decided|chose|chosen)\b/i;

/** A cue of telling, whose object is the audience: "told aides", "assured donors", "confided to friends". */
export const TELLING_CUE = /^(?:tells?|told|telling|assur(?:es|ed|ing)|confid(?:es|ed|ing))\b/i;

/** A cue of telling as a participle, which says how the verb before it was put ("…, telling aides that …"). */
export const TELLING_PARTICIPLE = /^(?:telling|assuring|confiding)\b/i;

/** The comma, and an adverb or two, that join a participle to the clause before it: "…, recently telling". */
export const PARTICIPLE_LINK = /,\s*(?:[\p{L}]+ly\s+){0,2}$/u;

/** Where a clause begins inside a sentence: punctuation or a conjunction that opens a clause of its own. */
export const CLAUSE_BREAK = /[,;:—–(]|\b(?:because|that|and|but|when|while|as|if|since|although|though|whereas|after|before)\b/gi;

/**
 * A clause whose whole subject is a measure, up to its purpose ("The ballot question seeks to …", "the levy was
 * intended to …"): what a bill, a question on the ballot or a tax is for is in its text, public record. Not a
 * measure further in ("… undermining rules intended to …": the reporter's reading of someone's act).
 */
export const MEASURE_SUBJECT =
  /^\s*(?:(?:the|a|an|this|that|its|their|his|her|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,3}(?:bill|measure|law|initiative|proposal|amendment|question|referendum|ordinance|resolution|legislation|rule|regulation|program|programme|policy|tax|levy|treaty|budget)s?\s+(?:(?:is|was|are|were|also|still|would|will|not)\s+)*$/iu;

/** The wording of a purpose: what a measure seeks, aims at or is meant to do. */
export const PURPOSE_WORDING = /^(?:seeks?|sought|aims?|aimed|intends?|intended|meant|designed|wants?|tries|tried)\b/i;

/**
 * What a legislature, court or board is expected or set to do ("The House is expected to pass the bill", "The
 * court is likely to rule …"): an institution's public calendar, when the institution is its clause's subject.
 */
export const INSTITUTION_CALENDAR = new RegExp(
  '^\\s*(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.’\'-]*\\s+){0,3}(?:house|senate|congress|court|committee|board|council|legislature|panel|commission|assembly|parliament|white house|jury|lawmakers|legislators|senators)\\s+' +
    '(?:is|are|was|were)\\s+(?:expected|scheduled|set|likely|poised|due)\\s+to\\s+(?:vote|pass|sign|approve|consider|take up|debate|hold|release|announce|rule|decide|meet|hear|issue|publish|confirm)\\b',
  'iu',
);

/** A questioner's question, put in public: "the moderator, who wanted to know whether …" (not "they want to know"). */
export const QUESTION_PUT = /\bwho (?:wanted|asked) to know\b/i;

/**
 * An appearance on a public calendar, whoever's: "isn't expected to attend", "is scheduled to testify", "is
 * expected to host the rivals". Not an outcome ("is expected to do well", "is expected to win").
 */
export const SCHEDULED_APPEARANCE =
  /\b(?:is|are|was|were)(?:n['’]t| not)? (?:expected|scheduled|set|due) to (?:attend|host|speak|appear|testify|visit|travel|address|headline|join|participate|take part|hold|deliver|unveil)\b/i;

/**
 * Reported content that is only a clause-less noun phrase, so it characterises the speech rather than giving it
 * ("says racist things", "told blatant lies about the levy"): no quotation, no clause of its own.
 */
export const CLAUSE_IN_CONTENT = new RegExp(String.raw`["“”«»]|\b(?:that|to|${FINITE_AUXILIARIES}|be|been)\b`, 'i');

/** Verbs of an attribution that can point back at what came before ("confirmed it", "said so", "denied that."). */
const CREDITING_BACK = [
  'confirmed', 'said', 'told', 'acknowledged', 'denied', 'disputed', 'admitted', 'described', 'reported', 'explained',
];

/**
 * Those verbs as a regex alternation; `CREDITING_BACK_BEFORE_CLAUSE` leaves out "described", which does not point
 * back with a bare "that" ("described that.").
 */
export const CREDITING_BACK_VERBS = CREDITING_BACK.join('|');
const CREDITING_BACK_BEFORE_CLAUSE = CREDITING_BACK.filter((verb) => verb !== 'described').join('|');

/**
 * A sentence that says what it attributes is what came before: "That is according to two aides.", "That is what
 * the mayor told the board.", "The harbour master confirmed as much." — not "said that" opening a clause of its own.
 */
export const NAMED_BACK_REFERENCE = new RegExp(
  String.raw`^[\s"“]*(?:that|this)(?:['’]s| is| was) (?:what|according to)\b|\b(?:${CREDITING_BACK_VERBS}) (?:it|this|so|as much)\b|\b(?:${CREDITING_BACK_BEFORE_CLAUSE}) (?:that|this)\s*(?:[.,;]|$)`,
  'i',
);

/**
 * Where a clause of the reporter's own opens inside a sentence: a semicolon, or a comma or dash then "and", "but"
 * or "yet" before a new clause in lower case ("…, but council members fear …"; not "…, and that …", whose
 * clause is still reported, nor a name, which may close a list of speakers: "Pell, Arad, and Dorn said …").
 * A credit reaches no further than its own clause. Not "while": a contrast there is usually still the speaker's.
 */
export const OWN_CLAUSE_BREAK = /;|[,—–]\s*(?:and|but|yet)\s+(?!that\b|to\b)(?=\p{Ll})/gu;

/**
 * A credit that opens the sentence as a phrase of its own ("According to the minutes, …", "In a statement, …",
 * "In a harbour poll, …", "To Dorn, …", "In Dorn’s view, …", "In her view, …"): it covers the whole sentence.
 */
export const OPENING_CREDIT =
  /^[\s"“]*(?:[Aa]ccording to|[Ii]n (?:a|an|the|his|her|their|its) (?:statement|interview|letter|report|memo|post|tweet|email)\b|[Ii]n (?:[\p{L}\d][\p{L}\d.’'\/-]*\s){0,4}?(?:exit )?(?:polls?|survey)\b|[Tt]o (?:\p{Lu}[\p{L}.’'-]*\s?){1,3}(?:,\s(?:[\p{L}’'-]+\s){1,5}?)?,|[Ii]n (?:his|her|their|(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*['’]s?) (?:view|opinion|estimation),)/u;

/**
 * A clause that supposes or asks rather than asserts, open up to the claim: "if the owners want …", "unless the
 * board fears …", "whether anyone knew …" (not "if not", which concedes: "convergence if not coordination"), a
 * condition put first by inversion ("Should they decide to sell, …"), or the content of a notion someone holds or
 * the story weighs ("the notion that voters want …", "a belief that the board fears …", "the implication that …",
 * "the insinuation that …"): the reporter names the notion, and does not assert what it holds.
 */
export const SUPPOSITION =
  /(?:^\s*(?:should|had|were)\s+(?:he|she|they|it|we|you)\b|\b(?:if|unless|whether|(?:notion|assumption|belief|idea|perception|premise|myth|impression|suspicion|theory|claims?|argument|suggestion|implication|insinuation|view|narrative|contention|speculation|rumou?rs?|charges?|allegations?) that)\b(?! not\b))[^,;:—–]*$/i;

/**
 * Who a wish or an effort may be an inside account of, in the words before it: insiders and crowds ("Some
 * advisers would like …", "voters want …", "most in the town want …"). What they want is known only from someone
 * who asked them, so it stays a claim even where a public figure's would be the record.
 */
export const INSIDE_OR_CROWD_HOLDER =
  /\b(?:aides?|advisers?|advisors?|allies|associates?|confidants?|insiders|officials|staff(?:ers)?|people|voters|americans|residents|citizens|supporters|members|activists|workers|parents|families|majorit(?:y|ies)|many|most|some|few|others)\b/i;

/**
 * An effort, what someone seeks or sought ("has sought to distinguish himself", "seeks the nomination", "sought
 * suggestions"), or what they have spoken about ("has spoken about the need for …"; not "have talked about", often
 * talks between two sides): made in what they say and do in public, not an inside account.
 */
export const PUBLIC_EFFORT = /^(?:seek|seeks|sought|seeking|(?:has|have|had) spoken (?:publicly |often |repeatedly )?(?:about|of))\b/i;

/**
 * A plan or a wish in the past ("planned to stay on", "had hoped to sell", "wanted the seat", "was preparing to
 * leave", "balked at the fee"), read on the auxiliary right before it (see AUXILIARY_BEFORE) and its words: the
 * story tells what then happened, in public, and the plan is its background, not an inside account of what someone
 * means to do. Not one held until now ("has long wanted"), nor a decision ("decided to", "chose to": see
 * DECISION_TAKEN), which the claim judge still reads as a claim.
 */
export const PAST_INTENTION =
  /^(?:had (?:\p{Ll}+ly )?)?(?:intended|planned|wanted|wished|hoped|aimed|preferred|balked|strove|yearned|craved|desired|coveted)\b|^(?:was|were) (?:\p{Ll}+ly )?(?:planning|preparing|hoping|aiming|intending)\b/iu;

/** The auxiliary, and an adverb, right before a verb ("has long", "was quietly"): its tense. */
export const AUXILIARY_BEFORE = /\b(?:has|have|had|was|were)\s+(?:(?:\p{Ll}+ly|long|always)\s+)?$/u;

/** The verb of a wish or a plan a public figure's positions are given in, with what may stand before it. */
const WISH_OR_PLAN =
  '^(?:(?:is|are|was|were|has been|have been) )?(?:wants?|wanted|wanting|wish(?:es|ed|ing)?|would (?:also )?like|hopes?|hoped|hoping|plans?|planned|planning|intends?|intended|aims?|aimed|prefers?|preferred|eager|determined|keen|would (?:also )?(?:push|work))\\b';

/**
 * A public figure's position on policy: what they want done by government ("wants more funding for teacher pay",
 * "would like to close the county ferry agency", "wants to simplify the tax code", "hopes to boost early childhood
 * education"): the fields a platform covers. Stated in platforms, speeches and votes: public record, once the holder
 * is not an insider or a crowd.
 */
export const POLICY_POSITION = new RegExp(
  WISH_OR_PLAN +
    '[^.;:!?]{0,70}?\\b(?:tax(?:es)?|tax (?:code|rates?|cuts?|credits?)|funding|spending|federal|government|laws?|legislation|bills?|amendments?|regulat\\w*|programs?|department|agency|minimum wage|wages|tuition|benefits|subsidies|tariffs?|immigration|deficit|health care|health-care|statehood|borders?|interest rates|sanctions|troops|education|schools?|college|students|financial aid|infrastructure|trade deals?|gun control|abortion|pensions|Social Security|Medicare|Medicaid|public-sector|' +
    'repeal|abolish|ban|legali[sz]e|overturn|deport|privati[sz]e|dereg\\w*)\\b',
  'iu',
);

/**
 * A plan for a legislator's or an executive's act of office ("plans to introduce a bill", "intends to file an
 * amendment", "plans to nominate a replacement for the school board"): entered on the record as it is made. Not other plans
 * to publish or release something, nor a campaign's tactics ("plans to target voters by mail"): the inside
 * account an editor asks about.
 */
export const PUBLIC_ACT_PLANNED = new RegExp(
  '^(?:(?:is|are|was|were) )?(?:plans?|planned|planning|intends?|intended)\\b(?: to)? (?:formally |officially )?' +
    '(?:(?:introduce|file|sponsor|propose|offer) (?:a|an|the|his|her|their|its) (?:[\\p{L}-]+ ){0,2}?(?:bill|legislation|amendment|resolution|measure)|(?:send|nominate) (?:a|an|the|his|her) (?:[\\p{L}-]+ )?(?:nominee|candidate|replacement))\\b',
  'iu',
);

/**
 * A plan for an event on a public calendar, whoever holds it: a protest, a rally or a march ("the growers plan to
 * march on the depot", "are planning a vigil"; not "plan to rally support", nor "a March vote", hence no capitals)
 * or a meeting with another ("plans to meet with the mayor"). Its organisers announce it so that it is attended or
 * covered; not a tactic ("plans to target voters"), a stand ("plans to boycott the gala"), a strike (a threat in
 * talks) or a document released (see PUBLIC_ACT_PLANNED).
 */
export const PUBLIC_EVENT_PLANNED =
  /^(?:(?:is|are|was|were) )?(?:plans?|planning|intends?|intending)(?: to (?:protest|march|demonstrate|picket|meet with)|(?: to (?:stage|hold))? (?:a|an) (?:[\p{L}-]+ )?(?:protest|rally|march|demonstration|picket|vigil))\b/u;

/**
 * Words read as a state of mind that name none here: health ("didn't feel well"), an effect borne ("could feel a
 * budget pinch", "felt the impact") or the noun ("the rowdy feel that's …"). Not "feel for" (sympathy), "feel
 * better", nor what another is made to feel ("made voters feel betrayed"): those still tell how someone feels.
 */
export const NOT_A_FEELING =
  /^(?:feel|feels|felt|feeling)\s+(?:well|ill|sick|unwell)\b|^(?:feel|feels|felt)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:pinch|squeeze|effects?|impact|brunt|cuts?)\b|^feel\s+(?:that['’]s|to it)\b/iu;

/** A passive expectation whose holder is left out ("is expected to expand …"): a prediction, not someone's belief. */
export const AGENTLESS_EXPECTATION = /^(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?:not\s+)?expected$/iu;

/**
 * A supposition put as a bare participle ("…, assuming the pilots keep their posts, …"): a condition the reporter
 * sets, like "if", not anyone's belief, whatever holder the extractor gives it from the words around.
 */
export const AGENTLESS_SUPPOSITION = /^(?:assuming|presuming|supposing)$/i;

/**
 * A restrictive relative clause before a state, open up to it: "experts who think …", "reporters who want to
 * break a mold", "the volunteers they thought were the steadiest", "whichever programs they want". It picks out
 * whoever holds the state; it says of nobody that they hold it. Not after a comma ("Democrats, who want …"):
 * that clause tells what the Democrats want; nor "who" before a past state ("a trader who felt slighted", see
 * PAST_STATE): that tells what someone felt.
 */
export const RESTRICTIVE_RELATIVE =
  /(?:[^\s,;:—–(]\s+(?<who>who)|\b(?:the|any|whichever|whatever|what)\s+(?:[\p{L}-]+\s+){0,2}(?:they|he|she|it|you|we))\s+(?:(?:\p{Ll}+ly|not|also|still|do|does|did|really)\s+)*$/u;

/** A state in the past tense: "felt", "feared", "thought", "knew". */
export const PAST_STATE = /^(?:\p{Ll}+ed|thought|knew|felt|understood|saw|chose|had)\b/u;

/**
 * What the count already fixes, given as a forecast or a cause: "she will win at least 56 delegates" once the
 * results are in, "the lead widened, thanks in large part to a sweep Monday in Ostend". Results are public record.
 */
export const RESULT_ARITHMETIC =
  /^(?:(?:will|would) (?:win|gain|get|receive|take|pick up) (?:at least|no fewer than|a minimum of) \d|thanks (?:in (?:large )?part )?to (?:a|an|her|his|their|its) (?:[\p{L}-]+ )?(?:win|victory|sweep|loss|defeat)s?(?: \p{Lu}\p{Ll}+day)? in\b)/iu;

/** A made thing's purpose, in the words before it: "an electronic system designed to …", "software meant to …". */
export const MADE_THING_BEFORE =
  /\b(?:systems?|software|tools?|devices?|platforms?|databases?|apps?|applications?|mechanisms?|networks?|websites?|machines?|filters?|features?|interfaces?|algorithms?)\s*,?\s*(?:(?:that|which)\s+(?:is|was|are|were)\s+)?$/i;

/** The purpose a made thing is built for (see MADE_THING_BEFORE). */
export const BUILT_FOR = /^(?:designed|meant|intended|built|engineered) to\b/i;

/** A sentence whose subject is a personal pronoun (captured), after a conjunction or an adverb: "But he was not hopeful …". */
export const PRONOUN_SUBJECT = /^[\s"“]*(?:(?:but|and|yet|still|so|now|instead|privately|clearly)\s+)?(he|she|they)\s/i;

/** Role nouns that name a thing as often as a person ("knew the figures", "knew the principal") are left out. */
const THING_ROLES = new Set(['figure', 'figures', 'chair', 'head', 'host', 'anchor', 'principal', 'major', 'private', 'general']);

/** A person named by a role, up to three words after a determiner: "the Republican presidential candidate". */
const PERSON_BY_ROLE = `(?:the|a|an|his|her|their|this|that) (?:[\\p{L}-]+ ){0,3}?(?:${[...ROLE_HEADS].filter((r) => !THING_ROLES.has(r)).join('|')})s?`;

/**
 * Words of a claim used in another sense, read on the wording and what follows: lying somewhere ("bodies lying
 * on the boulevard", not "lying to voters"); a feeling given to an event or a thing, the event's character ("a
 * furious debate", "angry protests"); a contest, an issue, a quarrel or a term that divides ("a divisive primary",
 * "a racially charged argument", "his polarizing candidacy"): the division is in public view, no one is accused; a
 * figure known for a stance, a focus, ties or a style ("known for her liberal bent"), a reputation made in public,
 * unlike one known for what they do ("known for freezing out critics"), and "known for some time".
 */
export const OTHER_SENSE =
  /^(?:lying (?:on|in|at|under|face|dead|low|down|around|beside|next|near|outside|inside|across)\b|(?:furious|angry|bitter|heated|outraged|shocked|stunned)\s+(?:pills?|debates?|pace|battles?|fights?|feuds?|rivalry|exchanges?|race|contest|disputes?|primary|end|irony|cold|winds?|winter|taste|truth|reality|rhetoric|tone|words|reactions?|protests?|backlash|crowds?|mobs?|silence|tweets?|letters?|speech|response|attacks?)\b|known for (?:some time\b|(?:his|her|its|their) (?:[\p{L}-]+ )?(?:stances?|positions?|views?|focus|ties|bent|support|opposition|advocacy|work|role|style|record|hatred|love|passion|commitment)\b)|(?:divisive|polari[sz]ing|contentious|racially charged)\s+(?:[\p{L}-]+\s+)?(?:debates?|arguments?|disputes?|battles?|fights?|primar(?:y|ies)|contests?|elections?|cycles?|moments?|issues?|questions?|topics?|subjects?|votes?|periods?|seasons?|candidacy|tenure)\b)/iu;

/**
 * Verbs of a state in a sense that holds none, read on the wording (an auxiliary may lead it): weighing in is
 * speaking up in public; seeking a court's or a state's remedy is a filing on record ("sought bankruptcy
 * protection", "seeking asylum"); assuming a role, a post or someone's manner is taking it on; a contest "was
 * decided by" a margin is a result; believing in something is a creed or a value held ("believes in open
 * books"), not a belief about a fact, unless a clause follows the place or group it is believed in ("it is widely
 * believed in the harbour that …"); "thought" may be a noun ("thought leaders"); knowing someone ("knew Dorn
 * well", "knows Ada Pell in a way few do", "know the harbour master whose boats …") is acquaintance, unless a
 * clause follows the name ("knew Dorn would lose"); reckoning with something is facing it ("has reckoned with the
 * strike"); thinking of someone or something is an opinion named, not given ("what the crews think of the
 * mayor"), unless it says what they are thought of as ("think of him as a traitor") or what someone thinks of
 * doing ("thought of quitting"). Silver: of the 4 belief flags those last three raised, 3 were not sent back and
 * the fourth was sent back for a cause it states, which the model still flags. Wishing someone well, luck or the
 * best is a courtesy passed on, no wish held ("wishes the new skipper well").
 */
export const STATE_VERB_OTHER_SENSE = new RegExp(
  `^(?:(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|be|been|being|[Hh]as|[Hh]ave|[Hh]ad)\\s+)?(?:` +
    `[Ww]eigh(?:s|ed|ing)? in\\b` +
    `|(?:[Ss]eek|[Ss]eeks|[Ss]ought|[Ss]eeking) (?:political |legal |court |federal |chapter \\d+ )?(?:asylum|refuge|bankruptcy|protection|damages|an injunction|a restraining order|a waiver|a permit|a recount|parole|compensation|reimbursement|treatment)\\b` +
    `|[Aa]ssum(?:e|es|ed|ing) (?:(?:the|a|an|his|her|their|its|[A-Z][\\p{L}.-]*['’]s) )?(?:[\\p{Ll}-]+ )?(?:role|post|office|presidency|chair|mantle|duties|responsibilit(?:y|ies)|control|power|command|leadership|position|title|seat|job|manner|style|persona|tone|air|identity|name|debt|risk|costs?)\\b` +
    `|decided by\\b` +
    `|believ(?:e|es|ed|ing) in\\b(?!(?: [\\p{L}’'-]+){1,4} that\\b)|thought (?:leaders?|experiments?|police)\\b` +
    `|(?:know|knows|knew|knowing) (?:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}|${PERSON_BY_ROLE})(?= well\\b| personally\\b| in a way\\b| whose\\b|\\s*[.,;])` +
    `|[Rr]eckon(?:s|ed|ing)? with\\b` +
    `|(?:[Tt]hink|[Tt]hinks|[Tt]hinking|[Tt]hought) of\\b(?! \\p{L}+ing\\b)(?![^.;:!?]{0,60}?\\bas\\b)` +
    `|[Ww]ish(?:es|ed|ing)? (?:[\\p{L}.'’-]+ ){1,3}?(?:well|luck|the best|success|every success|a (?:happy|speedy|safe|merry))\\b` +
    `)`,
  'u',
);

/**
 * "Know" in a sense that holds no belief anyone could be asked to source: a skill ("knows when to fold", "knowing
 * how to read a room"), and a hindsight on an outcome now public ("did not know at the time that the ferry would
 * sink"), read on the wording; then, read on the words before it, the reader told ("please know that …") and the
 * same hindsight ("little did they know", "before they knew what the count would be"): nobody's ignorance then is
 * a claim now. Silver: the 5 such flags were all left unflagged by the annotators.
 */
export const KNOWING_NO_BELIEF = /^(?:know|knows|knew|knowing) (?:how|when|where) to\b|^know at the time\b/i;
export const KNOWING_NO_BELIEF_BEFORE = /(?:\bplease|\blittle did(?: [\p{L}'’-]+){1,3}|\bbefore (?:he|she|they|we|i|you|anyone)(?: even)?)\s+$/iu;

/**
 * A verb of charging, whose content names the one charged and the charge ("accused the mayor of lying", "blamed
 * the board for the delay"): the charge is the speaker's words, not the reporter's verdict on them.
 */
export const CHARGING_CUE = /^(?:accus|blam|criticiz|criticis|fault|chastis|rebuk|condemn|denounc)\p{L}*$/iu;

/**
 * A label or a charge that someone gives, right before its words: "the councillor called the levy reckless",
 * "accused the mayor of pandering", "charged him with lying", "allegations of cronyism", "the perception that the
 * mayor is racist", "rivals consider him a phony". The label is the one who gives it, reported, not the reporter's
 * verdict (silver: all 8 such labels flagged were not sent back). A label given with no one giving it ("was called a
 * sham", "is widely considered corrupt") stays the reporter's.
 */
export const CHARGE_MADE_BEFORE =
  /(?<!\b(?:is|are|was|were|been|being|be|widely|generally|often|long) )\b(?:called|calls|calling|branded|brands|branding|brand|labell?ed|labels|dubbed|consider(?:s|ed)? (?:him|her|them|it)|accus(?:e|es|ed|ing) (?:[\p{L}'’.-]+ ){1,3}of|charg(?:e|es|ed|ing) (?:[\p{L}'’.-]+ ){1,3}with|perception that|allegations? (?:that|of|against)|alleging)\b[^.;:!?]{0,80}$/iu;

/** What someone is expected to do, no one named as expecting it: "is expected to move", "are not expected to". */
export const EXPECTED_COURSE = /\bexpected to$/i;

/** An account of what someone will do: "she will spend …", "he plans to …", "they are going to …". */
export const FUTURE_COURSE = /\b(?:will|would|plans?|planned|intends?|intended|(?:is|are|was|were) going to)\b/i;

/** A paragraph that only labels the summary an archive sets before a story ("ABSTRACT."), and the one opening the story. */
export const ABSTRACT_LABEL = /^\s*(?:ABSTRACT|Abstract)[.:]?\s*$/;
export const STORY_LABEL = /^\s*(?:FULL TEXT|Full text)[.:]?\s*$/;

/**
 * Criticism with its critics named after it ("was criticized by some rivals for …", "came under fire from the
 * guild over …", "is being blamed by the growers for …"): the critics said it in public, so the reporter reports
 * their attack, not an accusation of his own. Without the critics ("has come under scrutiny") it stays the reporter's.
 */
export const CRITICISM_BY_NAMED = new RegExp(
  `^(?:(?:has|have|had|is|are|was|were|been|being) (?:(?:already|also|still|now|long|often|\\p{Ll}+ly) )?){0,2}` +
    `(?:criticized|criticised|blamed|faulted|condemned|(?:come|came|comes|coming) under (?:fire|scrutiny|attack|criticism))\\b[^.;:!?]{0,60}?` +
    `\\b(?:by|from) (?:\\p{Lu}|(?:some|many|several|dozens|members|critics|rivals|opponents|advocates|activists|lawmakers|conservatives|liberals|both|his|her|their|the)\\b)`,
  'u',
);

/** A thing right before a verb of feeling or seeming: "because it felt so universal", "which seems odd". */
export const THING_BEFORE = /\b(?:[Ii]t|[Tt]his|[Tt]hat|[Ww]hich)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A verb of feeling or seeming, which a thing may do (see THING_BEFORE). */
export const FEELS_OR_SEEMS = /^(?:feels?|felt|seems?|seemed)\b/i;

/** The categories whose claim the holder's own words beside it credit (see HOLDER_VOICES_AFTER). */
export const VOICED_BY_HOLDER: ReadonlySet<ClaimCategory> = new Set(['motive', 'intention', 'deliberation']);

/**
 * The holder's own words joined to a state in its clause, with no new subject between: "chafed at the rules and
 * said …", "…, plainly irritated, answered the crowd, saying …". The state is shown by what they said, which the
 * sentence credits to them. Read on the state's words and what follows, up to the clause's end.
 */
export const HOLDER_VOICES_AFTER =
  /^[^.;:]*?(?:,\s*(?:\p{Ll}+ly\s+)?(?:saying|telling|writing|adding|arguing|insisting|complaining|wrote)\b|\b(?:and|but)\s+(?:then\s+)?(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|wrote|writes|added|argued|insisted|complained)\b)/iu;

/** A noun that makes "plans" a kind of plan: "co-op health plans to …", "pension plans", "contingency plans". */
export const PLAN_KIND_BEFORE =
  /\b(?:health|insurance|pension|retirement|battle|contingency|travel|vacation|war|expansion|spending|budget|tax|peace|development|recovery|rescue|stimulus|savings|benefit|payment|floor|lesson|business|care)\s+$/i;

/** A wish or an effort in the progressive, which may describe the noun right before it (see NOUN_BEFORE_PARTICIPLE). */
export const WISHING = /^(?:seeking|hoping|wanting|wishing|looking|trying|aiming)\b/i;

/**
 * The last word before a wish or an effort in the progressive when it is a plural noun that describes, with no
 * auxiliary between: "people seeking to leave the scene", "voters hoping for change" — a reduced relative clause
 * that picks out who holds the state, as RESTRICTIVE_RELATIVE does. Not a singular ("a man who took his life
 * hoping …"), where the participle tells why one person acted.
 */
export const NOUN_BEFORE_PARTICIPLE =
  /(?<![,;:—–(]\s*)(?:\b(?!(?:is|was|has|does|as|thus|this|its|his|hers|ours|yours|theirs|always|perhaps|unless)\b)\p{Ll}{2,}s|\b(?:people|staff|police|those|others|anyone|everyone))\s+$/u;

/**
 * A contender's aim to win ("is hoping to win delegates", "hoped to revive their candidacies", "hopes that winning
 * the state will give her momentum"): every contender's, stated on every stump; nobody need be credited for it.
 */
export const CAMPAIGN_AIM = new RegExp(
  WISH_OR_PLAN +
    ' (?:that |to )?(?:[^.;:!?]{0,40}? )?(?:win|winning|capture|carry|take|pick up|secure|clinch|reclaim|regain|retake|revive|score)\\b[^.;:!?]{0,40}?\\b(?:delegates|primar(?:y|ies)|caucus(?:es)?|states?|nomination|election|race|votes?|seats?|districts?|wards?|majority|contests?|chamber|candidac(?:y|ies)|upsets?|presidency)\\b',
  'iu',
);

/**
 * A word of a state used as an adjective after a determiner: "its preferred 14 delegates", "his planned speech",
 * "the anticipated vote". Tested on the words before (DETERMINER_BEFORE) and the wording.
 */
export const STATE_AS_ADJECTIVE = /^(?:preferred|planned|desired|proposed|anticipated|expected|intended)\s+(?:[\p{L}\d-]+\s+)?\p{L}/iu;

/** A determiner or possessive right before a word (see STATE_AS_ADJECTIVE). */
export const DETERMINER_BEFORE = /\b(?:its|his|her|their|our|the|a|an)\s+$/i;

/**
 * An immigration status, not a crime alleged: "living illegally in the country", "immigrants who entered illegally",
 * "those in the country illegally", "who entered the Republic illegally".
 */
export const STATUS_BEFORE_ILLEGALLY =
  /\b(?:living|lives|live|residing|resides|staying|stayed|entered|enters|enter|entering|crossed|crossing|came|come|comes|coming|moved|arrived|working|immigrants?|migrants?|here|in)\s+(?:(?:in|into|to)\s+)?(?:(?:the|this)\s+)?(?:(?:\p{Lu}[\p{L}.]*|country|nation)\s+){0,2}$/u;

/**
 * "considered" as a passive label ("a Clinton appointee considered a liberal", "was briefly considered one of the
 * hopes of Africa"): a standing reputation, after a noun or a passive, not someone's view ("Dorn considered him a
 * rival"). Tested on the wording; LABEL_CONSIDERED_BEFORE on the words before it.
 */
export const LABEL_CONSIDERED = /^considered\s+(?:to be\s+)?(?:a|an|one of|among|the (?:most|least|best|worst|front-?runner|favou?rite))\s/i;

/**
 * What stands before a passive label: a passive auxiliary, with an adverb ("was briefly considered", "is
 * nonetheless considered", "is still considered"), or an appositive that names someone ("Arden, a Tolliver
 * appointee considered …"). Not a subject ("The owners considered a sale").
 */
export const LABEL_CONSIDERED_BEFORE = /(?:\b(?:is|are|was|were|be|been|being)\s+(?:(?:\p{Ll}+ly|nonetheless|nevertheless|also|still|often|now|even|already)\s+)?|,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3})$/u;

/**
 * A cue that opens reported words: a plain "say" or "tell" ("aides say the plan …", "told donors the fund …"),
 * or any cue followed by "that", a colon or a quotation mark ("conceded that …", "wrote: “…”"). A cue the
 * extractor reads into a verb with a plain object ("asked the growers to …", "admit new members", "deny the
 * trawlers even that route") opens none, so it is no sign that the sentence is an attribution. Read on the cue
 * and the words after it.
 */
export const OPENS_REPORTED_CLAUSE = /^(?:(?:say|says|said|tell|tells|told)\b|[\p{L}’'-]+[\s,]*(?:that\b|:|["“‘]))/iu;

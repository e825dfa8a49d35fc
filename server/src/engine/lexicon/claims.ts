/**
 * Newsroom vocabulary for judging claims: the wording of assertions a reporter cannot have observed, the wording
 * that shows a sentence is sourced, and weasel sources. Generic English only; every pattern is a plain
 * alternation of words with bounded gaps, so matching stays linear on any text.
 */
import type { ClaimCategory, ClaimConfidence } from '../model';
import { wordList } from './wordList';
import { CROWD_COUNT, FIGURE_TO_COME, SUM_SPENT, figureOtherThanResult } from './claimFigures';
import { inflections } from './inflections';
import { WRITER_VOUCHES } from './cueVerbs';
import { FEELINGS_OWNED } from './claimFeelings';
import { CREDITING_BACK_VERBS } from './claimSourcing';
import { HOPE_AS_SUBJECT, PLAN_AS_SUBJECT } from './privateStates';

/** The model reads the sourcing verbs as a word family (claimModel.ts). */
export { SOURCING_VERB_FORMS } from './sourcingCues';

/**
 * Hearsay passed on with nobody named: "is said to be urging", "has been rumored to be seeking", "is reported to
 * have called". The verb of speech credits no one; the reporter relays an inside account. Global, to be blanked.
 */
export const HEARSAY = /\b(?:is|are|was|were|has been|have been|had been) (?:widely |also |long )?(?:said|reported|rumou?red) to\b/gi;

/**
 * Feelings that a public act itself shows: "eager to" or "reluctant to" hung on what someone did ("sharpened his
 * attacks, eager to …"; "voters reluctant to give up"). Read only when a verb gives them a holder ("the aides have
 * been eager to"), not as a bare phrase or a comma modifier: on the 480-article silver pool 8 of the 10 flags those
 * raised were false, and the 2 right ones are still read through their holder's verb.
 */
export const SHOWN_DISPOSITIONS: readonly string[] = ['eager', 'reluctant'];

/**
 * A campaign's groundwork, out of public view, stated as fact: "the campaign has begun to poll the coast towns",
 * "her aides are vetting running mates", "his team is finalizing a donor list". Only a candidate's own people as
 * the holder (a campaign, aides, strategists, "her staff" but not "the ferry staff", whose work may be seen) and
 * only work done in private: "began airing ads" or "is building offices" is done in public, and "is preparing to"
 * is read as a plan above.
 */
const GROUNDWORK_VERBS = 'analyze analyse poll draft finalize finalise assemble recruit organize organise compile vet study map test'.split(' ');

function groundworkPattern(): RegExp {
  const [base, gerund] = [0, 3].map((form) => GROUNDWORK_VERBS.map((v) => inflections(v)[form]).join('|'));
  const begun = `(?:(?:has|have) begun|(?:is|are) beginning|will begin)(?: to (?:${base})| (?:${gerund})| (?:serious |early )?(?:analysis|polling|vetting))`;
  const underWay = `(?:is|are|has been|have been)(?: [a-z]+ly)? (?:${gerund})`;
  return new RegExp(`\\b(?:campaign|aides|advisers|advisors|strategists|staffers|(?:campaign|his|her|their|['’]s) (?:team|staff))(?: (?:also|now|already|[a-z]+ly))? (?:${begun}|${underWay})\\b`, 'i');
}

/** Order matters: the first type that matches names the claim, so the most specific come first. */
export const CLAIM_PATTERNS: readonly { category: ClaimCategory; confidence: ClaimConfidence; pattern: RegExp }[] = [
  {
    // dishonesty or wrongdoing stated as fact; not "corruption", the name of a topic or a charge ("a corruption
    // expert", "corruption charges")
    category: 'accusation',
    confidence: 'high',
    pattern:
      /\b(?:liars?|lying|lies to|fibs?|cover-?ups?|racists?|corrupt|bends? the truth|not forthcoming|misled|deceiv(?:e|es|ed|ing)|deceptive|hypocrites?|hypocrisy|smears?|propaganda|has been known to|have been known to)\b/i,
  },
  {
    // what someone sees, takes or counts another as: a belief read from the outside; not "deemed", the verb of a
    // ruling made in public (a fact-checker's, a government's designation); not an infinitive ("nice to see the
    // children dressed as pirates"), which has no holder; not "as" opening a clause of its own ("was treated like a
    // star as he toured the docks"); not a body's weighing of the matter before it, an act on its record
    category: 'belief',
    confidence: 'high',
    pattern:
      /(?<!\bto )\b(?:sees|saw|see|views|viewed|regards|regarded|considers|considered|treats|treated) (?!(?:it|this|that) (?:as )?(?:a |an )?(?:chance|opportunity)\b)(?:[\w'’.-]+ ){1,5}as (?!well\b|soon\b|much\b|many\b|long\b|part\b|(?:he|she|they|we)\b)|\b(?:convinced|imagining|did not see it|didn['’]t see it)\b|(?<!\b(?:is|are|was|were|be|been|being|widely|generally|often) )\b(?:considers|considered) (?!(?:whether|how|what|if|a bid|the (?:bill|measure|proposal|case|request|nomination|matter|appeal|petition|motion|objections?)|\w+ing)\b)/i,
  },
  {
    // private talks and manoeuvres the reporter did not witness; not the public ones ("has been pushing the
    // bill", "have been working the state"), nor a meeting held on a public schedule ("held a private meeting with
    // the council": that it was held is on record, what was said in it is not claimed)
    category: 'deliberation',
    confidence: 'high',
    pattern:
      /\b(?:(?:has|have|had) been (?:lobbying|courting|pressuring)|lobbied|opted (?:against|to|for|not)|gaming out|talk of (?:a|an)|(?<!\b(?:held|holds|hold|holding) (?:a |an |two |several )?)private (?:consultations?|meetings?|conversations?|talks|discussions)|worked into the night|without (?:asking|consulting|telling|informing)|(?:has|have|had) (?:talked|spoken) about|(?:have|has|had|been) courted|(?:quietly|privately) (?:\w+ed|\w+ing)|(?:was|were) (?:negotiated|hammered out|worked out))\b/i,
  },
  {
    // feelings of others, stated as fact; not after a hyphen ("shell-shocked"), nor "hate", a noun as often as
    // a verb ("hate speech": the verb is read with its holder in claimShapes.ts); an adjective of feeling not after an
    // article, a possessive or "of", where it labels a group or a thing by its mood in passing ("lots of angry dock
    // workers", "a bitter fight", "the angry"), and the sentence asserts something else
    category: 'motive',
    confidence: 'high',
    pattern:
      /(?<!-)\b(?:furious|angry|outraged|infuriated|incensed|frustrated|disillusioned|resentful|humiliated|shocked|stunned|dismayed|embarrassed|bitter)\b(?<!\b(?:the|a|an|of|his|her|their|its|our|these|those|many|some|most|more) (?:[a-z]+ly |very |so )?[a-z]+)|\b(?:angered|(?:little|no) interest in|hates|hated|seeing (?:it|this|that|him|her) as|so as not to|(?:was|were) (?:less |not )?pleased|(?:came|come|comes|coming) as (?:a|an) (?:[\w-]+ )?(?:surprise|shock|blow|relief|disappointment) to)\b|(?<!\b(?:the|a|an|their|his|her|its|of|in|no|any|deepest|worst|biggest|growing) )\b(?:fear|fears|feared|dread|dreads|dreaded) (?:that|the|a|an|it|they|he|she|this|their|his|her|its)\b/i,
  },
  {
    // inside accounts: a campaign of pressure or talks kept up over time ("have been urging the mayor to"), work to
    // sink or sideline someone, a debate or a fight inside a camp, an option still under discussion, a question
    // still being worked out inside ("is trying to determine whether"); talks and approaches named by a noun of
    // their own ("the inner workings of the board", "private pleading", "his overtures to the guild", "the levy is
    // a sticking point in the talks", "a matter of debate within the caucus")
    category: 'deliberation',
    confidence: 'high',
    pattern:
      /\b(?:inner workings|private (?:pleading|pleas?|entreaties|overtures|assurances|backlash|misgivings|reservations)|(?:his|her|their|its) overtures|overtures (?:to|from|for|toward|towards)|(?:a|the) sticking point|(?:a matter|the subject) of (?:[\w-]+ )?debate (?:within|inside|among)|(?<!\b(?:met|meet|meets|meeting) )privately|secretly|at the (?:urging|behest) of|(?:was|were|had been|has been) (?:recommended|handpicked|hand-picked|vetted|sounded out) (?:for|by|as)|in secret|behind closed doors|behind[- ]the[- ]scenes|confidentially|internal (?:discussions|deliberations|debates?)|(?:has|have|had) been (?:actively |quietly |secretly |privately )?(?:discussing|negotiating|deliberating|debating|weighing)|(?:has|have|had) been (?:[\w-]+ly )?(?:urging|pressing|huddling|plotting|conferring|talking (?:to|with)|meeting with|reaching out to|sounding out)|(?:worked|working|works) (?:quietly |behind the scenes |hard )?to (?:undermine|clear|ensure|block|defeat|derail|sabotage|oust|sideline)|under discussion|(?:trying|struggling|scrambling|working) to (?:determine|figure out|decide|find a way|work out|sort out)|(?:a|the) debate (?:inside|within)|power struggle (?:in|inside|within)|internal strife|(?:is|are|was|were) (?:in|holding) (?:secret |private |back-channel )?talks)\b/i,
  },
  {
    // suspicion kept up over time ("has long been accused of"); "is accused of killing" is the charge on record
    category: 'accusation',
    confidence: 'high',
    pattern:
      /\b(?:(?:has|have|had) (?:long )?been (?:suspected|accused)|(?:is|are|was|were) suspected) of\b|\blied\b|\blying (?:to|about)\b|\b(?:broke|broken|breaking|breaks|violated|violating|flouted|flouting|skirted|skirting) (?:the |federal |state |campaign[- ]finance |election |ethics )*(?:laws?|rules)\b|\b(?:dishonest|dishonesty|dishonestly|disingenuous|untruthful|deceitful|mendacious)\b/i,
  },
  {
    // feelings, fears and hopes of others ("had hoped the sale would …": a hope without "that"), and a feeling read
    // from the outside ("barely tolerates", "could not conceal his irritation")
    category: 'motive',
    confidence: 'high',
    pattern:
      /\b(?:seem|seems|seemed|appear|appears|appeared) (?:to be )?(?:intent|determined|eager|reluctant|unwilling|keen|desperate|anxious|bent) (?:on|to)\b|\b(?:is|are|was|were|been|grew|grown|became|become|feel|feels|felt|remain|remains|remained) (?:increasingly |deeply |visibly |particularly |growing |quietly )?(?:frustrated|angry|furious|worried|alarmed|nervous|anxious|upset|irritated|annoyed|exasperated|uneasy|fearful|resentful|incensed|livid|concerned (?:about|by|over|that))\b|\b(?:out of|driven by|motivated by) (?:fear|anger|frustration|spite|jealousy|ambition|desire)\b|\b(?<!\bin )(?:fear|fears|feared|worry|worries|worried|hope|hopes|hoped) that\b|\b(?:had|has|have) (?:long )?hoped (?!to\b|that\b|for\b)|\b(?:(?:barely|hardly|scarcely) (?:tolerat|conceal|disguis|contain|mask)|could(?: not|n['’]t) (?:conceal|disguis|contain|mask))(?:e|es|ed|ing|s)?\b/i,
  },
  {
    // a feeling its holder owns ("their frustration", "his anger"), not one voiced in public (NOT_VOICED)
    category: 'motive',
    confidence: 'high',
    pattern: FEELINGS_OWNED,
  },
  {
    // private plans and wishes; not a source's wish to stay unnamed (that is about the sourcing); a plan
    // described ("a detailed plan to", "fairly ambitious plans to", "whose plan to", "the latest plan to"), opposed
    // ("against plans to") or said to exist ("there are plans to") is a noun, and so are plans and hopes that head
    // the sentence's subject ("Harbour plans to sell the quay fell through", "Guild hopes to buy the ferry were
    // dashed": PLAN_AS_SUBJECT, HOPE_AS_SUBJECT); "is pushing for" is a public campaign
    category: 'intention',
    confidence: 'high',
    pattern:
      new RegExp(String.raw`(?<!\bwho )\b(?:intends|intending|(?:had|has|have) intended|(?<!\b(?:a|the|his|her|their|its|our|whose|no|any|new|own|of|with|against|there are|there were|back|unveil|unveiled|announce|announced|outline|outlined|made|make|makes|making) |['’]s? )(?<!\b(?:a|an|the|his|her|their|its|our|no|any|have|has|had)(?: [\w-]+ly)? [\w-]+(?:ive|ed|al|ous|ful|ic|ary|ing|est) )plans?(?!${PLAN_AS_SUBJECT})|planned|wants?|wanted|(?<!\bin )hopes?(?!${HOPE_AS_SUBJECT})|(?<!\b(?:a|an|the|his|her|their|its|our|my|main|stated) )aims?|seeks?|is determined|are determined|is eager|are eager|is keen|are keen|is reluctant|are reluctant|is unwilling|are unwilling|is willing|are willing|would like) to\b(?! be (?:named|identified|quoted)\b)|\b(?:is|are|was|were|has been|have been) (?:planning|considering|weighing|mulling|contemplating|resisting|balking|angling) (?:to|for|at|a|an|the|whether|\w+ing)\b|\b(?:intent|bent) on\b|\b(?:is|are|was|were) resisting\b|(?<!\bwho )\b(?:wants|wanted)\b(?! (?:by|for|in)\b)|\b(?:decided|resolved) (?:[\w-]+ ){0,3}(?:to|against)\b`, 'i'),
  },
  {
    // preparations under way ("the campaign is preparing to battle the nominee", "her office is preparing a report",
    // "the team is gearing up for the autumn"): readiness, the next step of a course the reader sees taken, a
    // request an editor only plausibly makes; plans and weighing stay high. So is a readiness held now, a position
    // ("the board is prepared to raise the levy", "isn't prepared to yield"); not one to hold a post ("is prepared
    // to serve as", "to lead"), a fitness judged from a record in view
    category: 'intention',
    confidence: 'medium',
    pattern:
      /\b(?:is|are|was|were|has been|have been) (?:preparing|gearing up) (?:to|for|a|an|the)\b|\b(?:is|are|remains?)(?:n['’]t| not)? (?:still )?prepared to (?!(?:be|serve|lead|govern)\b)/i,
  },
  {
    // a shared belief of a crowd, stated as fact, now or then ("many thought the levy would pass", "many skippers
    // find the quota unfair", "what many growers see as a land grab", "the ferry was once thought to be safe", "it
    // is no secret that the crews distrust the board"), and a view said to run through a group ("a sense among the
    // crews that …", "there is broad agreement that …"): nobody in the crowd is credited for it
    category: 'belief',
    confidence: 'medium',
    pattern:
      /\b(?:few|many|most|some) (?:[\w'’-]+ ){0,2}(?:believed?|think|thought|expected|expect|assumed?|doubted|doubt|feel|felt|find|see|view|viewed|regard|regarded|are looking for)\b|\b(?<!\bma(?:ke|kes|de|king) )(?:agreement|recognition|sense|belief|consensus|feeling|perception|realization|conviction|understanding|suspicion) (?:among|within|inside)\b|\b(?:widespread|little|considerable|tacit|growing|broad|general) (?:agreement|recognition|sense|belief|consensus|feeling|perception|conviction)\b|\b(?:had|have|has) (?:long )?expected\b|\brecognition that\b|\bon (?:his|her|their) minds?\b|\b(?:was|were) once (?:thought|believed|considered|seen|regarded|viewed|expected)\b|\bit(?:['’]s| is| was) no secret that\b|\b(?:is|was) an open secret\b|\blost(?<=\b(?:is|was|are|were)(?: not|n['’]t) lost) on\b|\bin the eyes of\b|\b(?:seen|viewed|regarded|perceived)(?<=\b(?:is|are|was|were|being|been) (?:(?:increasingly|largely|long|often|now|still|also|generally|widely) )?\w+) as\b(?! (?:he|she|it|they|we|you|I)\b)/i,
  },
  {
    // purposes and hopes read into an act; "aimed at" a doing, not at an audience ("ads aimed at students"); not
    // "eager to" or "reluctant to", which the act itself shows (SHOWN_DISPOSITIONS); an effort made in a state the
    // act does not show ("have been desperately trying to")
    category: 'motive',
    confidence: 'medium',
    pattern:
      /\b(?:in (?:the )?hopes? of|hoping to|(?:meant|designed|intended|aimed|calculated) to|aimed at [\w-]+ing|in an (?:effort|attempt) to|(?:desperate|determined|anxious) to|(?:desperately|frantically|feverishly) (?:trying|tried|tries|seeking|sought|scrambling|scrambled|working|worked|looking) to|(?:worried|fearful|wary|nervous|uneasy) (?:about|that|of)|worried|feels? (?:free|compelled|obliged)|felt)\b/i,
  },
  {
    // loaded characterisations stated as fact; someone's hold on facts or relations judged ("a shaky grasp of");
    // "polarizing" conduct, not opinion that "is polarized" (split, as polls show: silver, neither of 2 flagged);
    // not "notorious" or "infamous", a reputation everyone knows (P4's set A: none of 5 such sentences flagged)
    category: 'accusation',
    confidence: 'medium',
    pattern:
      /\b(?:pushed the [\w“”"' -]{0,30}narrative|polariz(?:es|ing)|harangues?|xenophobic|sophomoric|(?:tenuous|shaky|loose|rocky|troubled|strained|uneasy) (?:grasp|relationship|hold|command) (?:of|with|on)|(?:failed|failing|fails) to (?:defend|disclose|protect|act|stop|deliver|explain|investigate)|(?<!\b(?:best|well|widely|has|have|had) )known for (?!(?:years|decades|months|a long time)\b)|peddl(?:e|ed|es|ing)|stoked|demagogu\w*|scandal-plagued)\b/i,
  },
  {
    // conduct in bad faith stated as fact: "stacked the hall", "obstructed the board's plan", "politicized the
    // flood", "turned a blind eye to", "withheld the audit", "evaded the question", "botched"
    // — the reporter's verdict on someone's acts; not a charge ("charged with obstructing": public record) nor
    // help kept back in public ("withheld support from")
    category: 'accusation',
    confidence: 'medium',
    pattern:
      /\b(?:stack(?:ed|ing) the (?:audience|hall|room|deck|panel|committee|crowd)|obstructed (?:the|his|her|their|its|[A-Z][\w.]*['’]s)|mishandled|trampl(?:ed|ing)|politici[sz](?:ed|ing) (?:the|a|an|his|her|their|its)|turn(?:ed|s|ing)? a blind eye|(?<!\b(?:be|been|being|is|are|was|were) )withh(?:e|o)ld(?:ing)? (?:the|a|an|key|crucial|documents|information|evidence|emails|records|details|data)|evad(?:e|ed|es|ing) (?:the |a )?(?:questions?|scrutiny|accountability|responsibility|blame|law|taxes|oversight)|slander(?:ed|ing)|botched|bungl(?:ed|ing))\b/i,
  },
  {
    // beliefs held; not "doubts", a noun as often ("raised doubts": an agentless verdict)
    category: 'belief',
    confidence: 'medium',
    pattern: /\b(?:believes|believed|thinks|suspected that|is convinced|are convinced|was convinced|were convinced)\b/i,
  },
  {
    // what will happen, stated as fact: "will likely", "is poised to", "isn't likely to", "seems poised to", "is not
    // expected to", a verdict on an outcome ("a deal is unlikely", "a recount now looks inevitable") and the odds
    // given as the reporter's own ("it's unlikely the bill …", "in all likelihood", "the chances of that are slim",
    // "that isn't going to happen"; "almost certain" with the confident forecasts); not a past one ("a clash was
    // inevitable", "was poised to become mayor", "seemed poised to": hindsight, or what the story then showed); not
    // "more likely to", a poll's comparison of groups; not "would probably be" before a state or a sum ("would
    // probably be a relief", "there would likely be a pier"): a guess at how things would stand, hedged twice, by the
    // conditional and the adverb (silver: the 4 such flags all false; "would likely close the port" still forecasts
    // an outcome, as "would almost certainly be" is a confident one)
    category: 'prediction',
    confidence: 'medium',
    pattern:
      /\b(?:will (?:most )?(?:likely|probably)|(?:will|would) (?:almost certainly|inevitably|undoubtedly)|would (?:most )?(?:likely|probably)(?! (?:still )?be (?![a-z]+(?:ed|en)\b)))\b|\b(?:almost|all but|nearly) certainly\b|\b(?:is|are) (?:not |no longer )?(?:likely|unlikely|poised|bound|almost certain|all but certain) to\b|\b(?:isn['’]t|aren['’]t) likely to\b|\b(?:seems?|appears?|looks?) (?:likely|unlikely|poised) to\b|\b(?:is|are|was|were) not expected to\b|\b(?:is|are|seems?|appears?|looks?|(?:it|that|this)['’]s) (?:highly |increasingly |now )?(?:likely|unlikely|inevitable)\b(?! to\b)|\bin all likelihood\b|\b(?:chances|odds) (?:of [\w’'-]+(?: [\w’'-]+){0,3} )?(?:are|look|seem|remain) (?:slim|remote|long|dim)\b|\b(?:is not|isn['’]t|are not|aren['’]t) going to happen\b/i,
  },
  {
    // a rough share of a whole; not a rough count of some of a group ("nearly 300 of them were sent", "a vote by
    // roughly 500 of its workers"): how many took part in something is what the reporter or a record counted; and
    // an estimate nobody owns ("an estimated 4,000 workers", "at an estimated cost of …"): whose estimate?
    category: 'figure',
    confidence: 'medium',
    pattern: figureOtherThanResult(
      /\b(?:about|around|roughly|nearly|almost|approximately|more than|fewer than|less than|over|fully|at least|upwards of|as many as|as much as|an estimated|estimated) (?:half|a third|a quarter|one-third|one-quarter|two-thirds|three-quarters|one in \w+|\d[\d,.]* ?(?:%|percent|per cent)) of\b(?! (?:the|its|their) \d)|\b(?:has|have|had) (?:more than |nearly |almost )?(?:doubled|tripled|quadrupled|halved)|\b(?:an|the) estimated\b/i
    ),
  },
  {
    // a superlative over time ("the biggest such protest in decades", "its lowest in 30 years"), and a mood of the
    // public given as fact
    category: 'causal',
    confidence: 'medium',
    pattern:
      /\b(?:biggest|largest|lowest|highest|worst|deadliest|greatest|strongest|weakest|most \w+)\b[^.;!?]{0,40}?\b(?:such|ever|in (?:its |their |the |his |her )?(?:history|decades|a generation)|(?:in|since) (?:at least |more than |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several) (?:years|decades)|on record|of all time)\b|\b(?:little|scant|widespread|growing|mounting|lingering|deep-seated|public|popular) (?:public )?(?:affection|sympathy|appetite|enthusiasm|resentment|discontent|outrage|distrust|mistrust|disillusionment)\b/i,
  },
  {
    // causes and verdicts stated as fact ("that is why …": the reporter's own explanation; "driven in part by",
    // "fuelled partly by": a cause given a share is still the reporter's cause; "underscores", not
    // someone's act "to underscore" a point nor the passive "was underscored by", a fact shown; "laid bare" what a
    // contest showed, not the base form of a plan or a chance, "to lay bare", "could lay bare"); a superlative ranking
    // within a field ("the most aggressive in the field"), not a plain "the most important … of his career"
    category: 'causal',
    confidence: 'medium',
    pattern:
      /\b(?:the (?:most|least) [a-z]+ (?:[\w-]+ ){0,2}(?:in|among) (?:the|any|all|his|her|their|its)\b|(?:it|that|this|which)(?:['’]s| is| was) (?:partly |largely |precisely |one reason )?why|(?:mainly|largely|partly|in part) because|(?:(?:pushed|driven) (?:more )?|fu?ell?ed )(?:(?:largely|mainly|partly|in (?:large )?part) )?by|made it (?:harder|easier|more difficult|less likely|impossible)|(?<!\b(?:to|is|are|was|were|be|been|being) )underscor(?:es|ed|e)\b(?! by\b)|complicat(?:ed|es|ing) (?:the|his|her|their|its)|la(?:id|ys|ying) bare|dampen(?:ed|s|ing)?|the defining|a watershed|(?:most|least) [\w-]+ (?:[\w-]+ ){0,2}in (?:the |its |their |his |her |[\w'’]+ )?(?:[\w'’]+ )?history|(?:first|only) [\w-]+ (?:[\w-]+ ){0,2}ever|cumulative effect|the result is|explanation for|(?:rose|risen|rises|climbed|raced|shot|vaulted|jumped) to the top of)\b/i,
  },
  {
    // the ranking above within a field that is a name ("the most conservative ward in Ostvik"): the reporter's
    // verdict, as "the most aggressive in the field"; not "the most recent" (a date, not a rank), nor a ranking among
    // many ("one of the best-known skippers": see claimCauses.ts AMONG_MANY). Case-sensitive: a capital marks the name.
    category: 'causal',
    confidence: 'medium',
    pattern: /\b[Tt]he (?:most|least) (?!recent\b)[a-z]+ (?:[a-z-]+ ){0,2}(?:in|among) [A-Z][a-z]/,
  },
  {
    // a share given as plain fact, with no poll or count behind it, and a count of people weighed as small ("only about
    // 900 jobs depend on the mill"); not "only a handful of", a loose few and no figure
    category: 'figure',
    confidence: 'medium',
    pattern: figureOtherThanResult(
      /\b(?:only|just|a mere) (?:(?:a (?:quarter|third|fraction)|half|\d[\d,.]* ?(?:percent|%)) of\b(?! (?:minutes|hours|days|weeks|months|years)\b)|(?:about |some |roughly |around |nearly )?\d[\d,.]* (?:million |billion |thousand )?(?:people|residents|workers|employees|jobs|members|troops|refugees|immigrants|migrants|families|students|supporters|donors|voters)\b)|\bthe (?:national |average |typical |median )+[\w -]{0,40}? (?:is|was) (?:about |roughly |around |nearly )?\$?\d/i
    ),
  },
  // a sum to be spent or a crowd expected, before the forecast it is worded as: a budget's or an estimate's figure
  { category: 'figure', confidence: 'medium', pattern: FIGURE_TO_COME },
  {
    // confident forecasts ("is expected to", "is also expected to", "is widely expected to"; in the past too, an
    // expectation nobody owns: "was expected to carry the ward"); not a contest on the calendar nor a part someone
    // is to take ("will face off with the mayor in May", "will play a role as chair", "will play out"): the
    // schedule says so, not the reporter; nor what a goal takes ("she will need the dockers' votes in the fall"),
    // a condition reasoned in view of the reader, not an outcome foretold
    category: 'prediction',
    confidence: 'medium',
    pattern: /\b(?:(?:is|are|was|were) (?:also |widely |generally )?expected to|a (?:good|safe) bet|will (?:face(?! off\b)|struggle|lose|win|likely|probably|almost certainly))\b/i,
  },
  {
    // a consequence forecast without a hedge: "the split will complicate her task", "a win would bolster his claim",
    // "would go a long way toward", "will only accelerate the slide", "won't play well" — what an event or a move
    // will do to a contest, the reporter's forecast; "could" or "might" before it is the reporter's hedge (as for a
    // cause, CHANCE_BEFORE). Verbs of a fortune made or marred, not of a plan's content ("the bill would raise the
    // levy": its text says so). PolNeAR train texts: 24 sentences, all forecasts, those without a credit the reporter's.
    category: 'prediction',
    confidence: 'medium',
    pattern:
      /\b(?:will|would|won['’]t|wouldn['’]t)(?: not)?(?: (?:only|also|further|surely|certainly|inevitably))? (?:upend|derail|doom|accelerate|complicate|jeopardi[sz]e|imperil|undermine|alienate|energi[sz]e|galvani[sz]e|backfire|haunt|go a long way|play (?:well|poorly|badly)|dampen|hurt|damage|bolster|erode)\b/i,
  },
  { category: 'deliberation', confidence: 'high', pattern: new RegExp(HEARSAY.source, 'i') },
  { category: 'deliberation', confidence: 'high', pattern: groundworkPattern() },
];

/** "privately told Smith", "secretly warned": a private act and the words right after it. */
export const PRIVATE_SPEECH = /\b(?:privately|secretly|in private)(?:\s+\S+){1,2}/gi;

/** "Say" as a noun ("voters get their say", "no say in it"): a share in a decision, not a source speaking. */
export const SAY_AS_NOUN = /\b(?:a|the|their|his|her|its|our|your|final|no|any|more|equal|little) say\b/gi;

/**
 * The writer's own idiom of saying ("needless to say", "suffice it to say", "it's fair to say that …", "to say
 * the least"): the writer vouches for what follows and credits nobody, as cueVerbs.ts reads it for attributions
 * (WRITER_VOUCHES). Not "hard to say" or "too soon to say": a hedge that owns up to not knowing (HEDGED_FRAMING).
 */
export const WRITERS_SAYING = new RegExp(String.raw`\b(?:(?:${WRITER_VOUCHES})\s+to say|to say the least|that is to say|goes without saying)\b`, 'gi');

/**
 * Reporter's framing that owns up to not knowing ("It is unclear if …", "It's hard to know where …"), or that gives advice ("investors may
 * want to wait"): not a claim.
 */
export const HEDGED_FRAMING =
  /\b(?:it(?:['’]s| is| was| remains| remained) (?:unclear|unknown|uncertain|not (?:immediately |yet )?(?:clear|known|certain))|it remains to be seen|it(?:['’]s| is| was) (?:hard|difficult|impossible|too (?:early|soon)) to (?:know|say|tell|predict)|(?:may|might) (?:want|wish) to)\b/i;

/** An attribution that points back at the claim before it: "confirmed it", "said so", "That is what … said". */
export const BACK_REFERENCE = new RegExp(String.raw`\b(?:${CREDITING_BACK_VERBS}) (?:it|this|that|so)\b|^\s*(?:that|this) (?:is|was) what\b`, 'i');

/** An opening phrase that sets a contrast or a scene before the main clause ("In contrast to the drama …,"). */
export const BACKGROUND_OPENING = /^(?:in contrast to|unlike|despite|in spite of|amid|amidst|against the backdrop of)\b[^,;.!?]{0,200},/i;

/** A sentence opening on a turn ("However, they said …") starts a new point: it does not source the one before. */
export const NEW_POINT = /^[\s"“‘']{0,3}(?:however|but|yet|still|nevertheless|nonetheless|meanwhile|separately|instead|in contrast|on the other hand)\b/i;

/** An embedded post or page element in markup ("<tweet …>"): the poster's words, not the reporter's. */
export const EMBED = /^<[a-z][\w-]*[\s>]/i;

/**
 * An embedded post's signature ("— Dana Varr (@dvarr) June 3, 2016"): the line is the account holder's post,
 * credited by its signature, not the reporter's words.
 */
export const POST_SIGNATURE = /\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/;

/**
 * A transcript's speaker label ("PENCE:", "Mr. Smith:") opens speech, not the reporter's words: a name, every word
 * capitalised. A clause before a colon ("The pattern is clear:") is the reporter's own. Wider than cues.ts
 * CAPITALS_SPEAKER on purpose: that one makes the label a source, so it takes only a transcript's capitals; this
 * one only keeps the line out of the claims, so any capitalised name will do.
 */
export const SPEAKER_LABEL = /^[A-Z][A-Za-z.'-]{0,20}(?: [A-Z][A-Za-z.'-]{0,20}){0,3}:\s/;

/** A kicker in capitals before a dash ("FELLOW DOCTORS DON’T … — Oz may …"): a heading run into the copy. */
export const KICKER = /^[A-Z0-9][^a-z]{10,150}?\s[—–]\s/;

/**
 * A capitalised pronoun after a word or a comma on its line is a word of a name ("Save Our Harbours", "the group
 * Our Coast", "the Me Too movement"): the writer's own capital opens a clause or a paragraph ("Our town …", "…: We …").
 */
const NOT_IN_A_NAME = String.raw`(?<![\w,][^\S\n]+)`;

/**
 * First or second person outside quotation marks: speech the quote finder missed, or a columnist's voice. Not a
 * letter of an abbreviation ("the C.I.A.", "I.R.S. agents", "I-95"), a word of a compound ("a hold-your-nose
 * vote") nor of a name (NOT_IN_A_NAME), which speak for nobody.
 */
export const FIRST_PERSON = new RegExp(String.raw`(?<![.-])\b(?:I|we|my|our|us|you|your|${NOT_IN_A_NAME}(?:We|My|Our|You|Your))\b(?!\.[A-Z]|-)`);

/**
 * An op-ed's own voice outside quotation marks: the writer's "I", or the reader addressed as "you". Not "we" or
 * "our", which a newsroom, an analyst ("as we saw in the caucuses") or a nation also says; nor a name (NOT_IN_A_NAME).
 */
export const OP_ED_VOICE = new RegExp(String.raw`(?<![.-])\b(?:I|me|my|you|your|${NOT_IN_A_NAME}(?:Me|My|You|Your))\b(?!\.[A-Z]|-)`);

/** A sentence the writer ends as a question or an exclamation, closing marks aside: a rhetorical turn. */
export const RHETORICAL_ENDING = /[?!]["'”’)\]\s]*$/;

/**
 * The writer as the one a state is held toward or an act is done to ("meant to make me wait", "felt for us"), or
 * the writer's own people ("our son", "families like mine"): a first-hand account, which the byline credits.
 * Not "I" or "we" (a columnist giving a state to others: "we know the trustees want …" is still a claim), "US"
 * (the country) nor a bare "mine" ("workers at the mine fear …").
 */
export const WRITER_AS_PARTY = /\b(?:me|us|[Mm]y|[Oo]ur|myself|ourselves|(?:like|of) (?:mine|ours))\b/;

/**
 * Doubts someone raises about another ("the senator raised questions about the mayor's contracts", "the paper
 * raised doubts about whether the envoy met them"): the asker puts them in public, a reported act, not doubts
 * that an event raised with nobody named who holds them (see VERDICTS). Not about the asker's own conduct ("he
 * raised questions about his own judgment"): that is the reporter's verdict on it. Read on the wording.
 */
export const DOUBTS_RAISED_ABOUT_OTHERS =
  /^rais(?:e|es|ed|ing) (?:(?:serious|new|fresh|further|repeated|pointed) )?(?:questions|doubts|concerns) (?:about|over|regarding|as to) (?!(?:his|her|their|its|him|them|it|whether (?:he|she|they|it))\b)/i;

/**
 * The one who raises them, ending the clause before: a person or a body by name or pronoun ("Senator Holm has",
 * "the news agency", "she repeatedly"), not a thing ("It", "The documents", "the delay").
 */
export const ASKER_BEFORE =
  /(?:\b(?:he|she|they|we|critics|lawmakers|politicians|rivals|opponents|organi[sz]ation|campaign|committee|newspaper|paper|agency|senators?)|(?<![\p{L}'’])(?!(?:It|This|That|These|Those|The|A|An|Such|Which|What)\b)\p{Lu}[\p{L}.'’-]*)(?:\s+(?:has|have|had|also|\p{Ll}+ly))*\s+$/u;

/**
 * Propaganda as the kind of output a state, a movement or an army makes ("a propaganda video", "propaganda
 * warfare", "for propaganda purposes", "the group's online propaganda"): the wire's descriptor of a known trade,
 * like "extremist" for an armed group, not the reporter calling someone's words propaganda ("Pure propaganda.").
 * The first reads on the wording, the second on the words right before.
 */
export const PROPAGANDA_AS_KIND =
  /^propaganda,? (?:(?:and|or) [\w-]+ )?(?:videos?|films?|war(?:fare)?|purposes|campaigns?|machine|arm|outlets?|efforts?|operations?|tools?|value|materials?|posters?|ministry|apparatus|coup|wing|channels?|messages?)\b/i;
export const PROPAGANDA_MAKER_BEFORE =
  /\b(?:state|social[- ]media|online|internet|wartime|enemy|Soviet|Nazi|Kremlin|jihadist|terrorist|militant|extremist|insurgent|communist|ISIS|Islamic State)(?:['’]s)? $/i;

/**
 * The writer as the holder of the state that follows: "I (currently) have", "we do not", "I’d". Read on the words
 * right before a state, so a state of others later in the sentence is not taken for the writer's.
 */
export const OWN_STATE_BEFORE = /\b(?:I|[Ww]e)(?:['’](?:d|ll|m|ve|re))?(?: (?:do|did|does|have|had|am|are|was|were|will|would|can|could)(?: not|n['’]t)?)?(?: \p{Ll}+ly)? $/u;

/** "I think", "we suspect": the writer's own guess about others, owned as a guess, not stated as fact. */
export const FIRST_PERSON_HEDGE = /\b(?:I|[Ww]e) (?:\p{Ll}+ )?(?:think|believe|suspect|guess|suppose|imagine|feel|hope|fear|wonder|doubt)\b/u;

/**
 * Weasel sources: nobody the reader could check. Each alternative matches the source and its cue.
 * Named or counted sources ("two US officials said", "analysts at the bank said") do not match.
 */
export const VAGUE_SOURCES: readonly RegExp[] = [
  /\bit (?:is|was|has been|had been) (?:widely |generally |commonly |now |also )?(?:believed|said|reported|thought|understood|feared|rumou?red|alleged|claimed|suggested|argued|whispered)\b/i,
  /\b(?:is|are|was|were) (?:widely|generally|commonly|broadly) (?:believed|thought|seen|regarded|considered|viewed|expected|reported|understood|assumed|acknowledged|described)\b/i,
  /\b(?:is|are|was|were) (?:said|believed|thought|rumou?red|reputed) to (?:be|have)\b/i,
  /\b(?:(?:some|many|most|several|other|few|various|numerous) (?:critics|experts|observers|analysts|commentators|pundits|insiders|skeptics|sceptics|historians|economists|scientists|people)|(?<!\b(?:the|these|those|both|two|three|four|five|\d+) )(?:critics|experts|analysts|observers|commentators|pundits|insiders|skeptics|sceptics)|some|many|others) (?:have |had |would |will |might |may )?(?:say|said|argue|argued|believe|believed|note|noted|claim|claimed|contend|contended|suggest|suggested|think|fear|feared|expect|expected|warn|warned|insist|insisted|maintain|point out|pointed out)\b/i,
  /\bconventional wisdom (?:says|holds|dictates|has it)\b/i,
  /\breportedly\b|\baccording to (?:media |news |press |local |unconfirmed |some |several |many )?reports\b|\b(?:media|news|press|unconfirmed) reports (?:say|said|suggest|suggested)\b/i,
  // criticism or support from "some quarters": not even a kind of critic
  /\b(?:in|from) (?:some|many|several|various|certain)(?: other)? quarters\b(?! of\b)/i,
];

/**
 * A weasel source that speaks ("critics argue", "experts say", "conventional wisdom holds"): the sentence gives
 * someone's words, and the vague source is the finding. One that only passes on a belief or a report ("is widely
 * seen as", "reportedly", "many fear") credits nobody for the claim it carries: that claim is still judged.
 */
export const SPOKEN_WEASEL =
  /\b(?:say|said|argue|argued|note|noted|claim|claimed|contend|contended|suggest|suggested|warn|warned|insist|insisted|maintain|point out|pointed out|whispered|alleged|says|dictates|holds|has it)$/i;

/** The article explains why a source is unnamed. */
export const ANONYMITY_REASON =
  /\b(?:on (?:the )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|identified)|(?:requested|asked for|was granted|were granted|demanded) anonymity|not (?:authori[sz]ed|permitted|allowed) to (?:speak|discuss|comment|talk)|asked not to be (?:named|identified)|(?:did not|didn[’']t) (?:want|wish) to be (?:quoted|named|identified)|declined to be (?:named|identified)|spoke on background)\b/i;

/**
 * Public record: an announced schedule or an official public act ("plans to publish the minutes on Friday",
 * "is scheduled to testify", "planned to spend Tuesday touring flood sites"). A plan with a public act and a
 * date is the schedule, not an inside account, and needs no source. Not a figure to come: a sum to be spent ("plans
 * to spend $4 million on ads next week") or a crowd expected ("some 20,000 fans are expected to attend on Sunday"):
 * whose budget or whose estimate is it? The date makes neither a schedule.
 */
export const PUBLIC_SCHEDULE = new RegExp(
  String.raw`(?<!\b${CROWD_COUNT} (?:are |were |is |was )?)\b(?:plans?|planned|planning|preparing|intends?|is|are|was|were|expected|set|scheduled|due) to (?:(?:publicly|formally|officially) )?(?:publish|release|hold|host|vote|meet|announce|unveil|present|deliver|sign|open|visit|tour|travel|spend(?! ${SUM_SPENT})|speak|address|attend|testify|appear|be (?:back )?(?:in|at)|campaign|file|hold|introduce|submit|debate|convene|launch|issue|make|give|head|fly|return|resume|begin|start)\b[^.;!?]{0,80}?\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:next|this|later this|early next) (?:week|month|year|spring|summer|fall|autumn|winter)|tomorrow|tonight|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d)\b|\b(?:is|are|was|were) (?:scheduled|slated) to\b`,
  'i',
);

/**
 * Words too common to say two sentences are about the same thing. What is left (nouns, verbs, names) is the
 * topic a neighbouring attribution must share to source a claim.
 */
export const TOPIC_STOP_WORDS = wordList(
  'a an the and or but nor so yet of to in on at by for with from into onto over under about after before ' +
    'during since until than that this these those there their them they then he she his her him it its we our ' +
    'you your i me my who whom whose which what when where why how be is are was were been being has have had ' +
    'do does did not no will would can could should may might must shall also just more most some any all each ' +
    'other such only very said says say told tell according added statement week year month monday tuesday ' +
    'wednesday thursday friday saturday sunday mr mrs ms dr one two three new first last',
);

/**
 * What opens a clause of the reporter's own after an attribution ("…, but council members want …"): what follows
 * is not the speaker's, so it may make a claim of its own. Not "while" or "although": a contrast there is
 * usually still the speaker's ("…, while exports will likely fall").
 */
export const OWN_CLAUSE_OPENING = /^[\s,;—–]*(?:and|but|yet)\s/i;

/**
 * The words of figures a reporter gives as fact: counts, shares, money, ranks, and how a group of voters leans, with
 * what makes a figure a result the reporter or a record counted (see `figureOtherThanResult`). The figure family of
 * the claim shapes (findings/claimShapes.ts, lexicon/claims.ts), apart from the families of private states in
 * claimFamilies.ts; and a poll's figures, which are public record once the story names its poll. Every pattern
 * is an alternation of words with bounded gaps, so matching stays linear.
 */
import { TENS_WORDS, UNIT_WORDS } from './grammar';

/** Groups of voters by who they are, as polls and exit polls break them down. */
const VOTER_GROUPS =
  '(?:voters|women|men|independents|democrats|republicans|evangelicals|latinos|hispanics|blacks|whites|millennials|seniors|conservatives|liberals|moderates|caucusgoers|electorate)';

/**
 * How a candidate did with a group of voters, given as fact: a poll's or an exit poll's finding with the poll left
 * out, since a ballot does not say who cast it ("she lost badly among suburban women", "he fared poorly with
 * independents", "has beaten Dorn handily among older voters", "nearly tied Mr. Osei among union voters", "did best
 * with men", "could not make inroads with Latino voters", "won ferry-town voters by 30 points").
 */
export const SHARE_OF_VOTERS = new RegExp(
  String.raw`\b(?:won|wins|winning|lost|loses|losing|led|leads|leading|trailed|trails|trailing|fared|performed|performing|beat|beats|beaten|beating|outpaced|edged|carried|carries|tied|tying|swept|sweeping|dominated|dominating|struggled|struggling|(?:did|does|doing|done) (?:[\w-]+ ){0,2}?(?:well|better|best|poorly|worse|worst|badly)) (?:[\w.’'-]+ ){0,4}(?:among|with) (?:[\w-]+ ){0,3}${VOTER_GROUPS}\b` +
    String.raw`|\binroads (?:among|with) (?:[\w-]+ ){0,3}${VOTER_GROUPS}\b|\b(?:won|carried|lost|swept) (?!over\b)(?:[\w-]+ ){0,2}${VOTER_GROUPS} (?:by|in)\b`,
  'i',
);

/**
 * Where a group of voters or a place leans, given as fact: a poll's finding with the poll left out ("the harbour
 * wards lean slightly toward Osei", "older islanders strongly favor the levy", "the fleet skews young", "Dorn is
 * popular in the north", "support for the levy here is minimal", "carried the ferry towns by wide margins", "led
 * both rivals by comfortable margins": a lead before the vote is the polls', "has strong support among older
 * voters"). Not a stand taken in public, past or to come ("the senators strongly supported him", "would strongly
 * back her", "a measure opposed by the unions"): that is on record; nor a standing in the past ("the old king was
 * popular"): history; nor a party's majorities in a legislature ("protect their majorities in Congress", "the
 * Republican majorities in the House and Senate"): the seats it holds are counted at the polls and on the chamber's
 * roll, public record, as who holds the state is, unlike "majorities in the harbour wards back Osei". Still a claim
 * in a story that names a poll elsewhere, unlike a share of voters (see publicRecord.ts): on the silver pool, letting
 * it go there dropped 13 flags, 7 of them right.
 */
export const GROUP_LEANING =
  /\b(?:(?:is|are|remains?|proved|proven|has been|have been) (?:(?:widely|hugely|wildly|deeply|very|more|less|especially|still|quite|fairly) )?(?:popular|unpopular)|(?:largely|overwhelmingly|strongly|heavily|generally|solidly) (?:supports?|favou?rs?|favou?red|backs?)|skew(?:s|ed)? (?:[\w-]+ ){0,2}?(?:young|younger|old|older|female|male|white|toward|towards|left|right)|tends? to (?:vote|skew)|by (?:large|wide|huge|double-digit|big|lopsided) margins|(?:led|leads|leading) (?:[\w.-]+ ){0,6}?by (?:significant|comfortable|substantial|sizable|healthy|commanding|overwhelming) margins|\d+-point margin|lean(?:s|ing|ed)? (?:slightly |heavily |narrowly )?(?:toward|towards)|lining up behind|(?:tied|beating|beat|trailing|trails?|leads?|leading) (?:[\w-]+ ){0,3}?in head-to-head|support for (?:[\w.’'-]+ ){1,4}(?:is|was|has been|remains) (?:minimal|scant|thin|tepid|lukewarm|soft|weak|strong|solid)|majorities (?:across|of|in)(?! (?:[\w.-]+ ){0,2}(?:congress|house|senate|legislatures?|chambers?|parliament|assembly)\b)|(?:has|have|had|enjoys?|enjoyed|receiv(?:es|ed|ing)|gets?|getting|draws?|drew|drawing|commands?|commanding) (?:(?:the|more|most|strong|broad|overwhelming|solid|majority|little|less|scant|wide) ){0,3}(?:support|backing) (?:of|from|among) (?:(?:the|most|many) )?(?:[\w-]+ )?(?:women|men|voters|youth|young|older|millennials|seniors|independents|evangelicals|latinos|hispanics|blacks|whites|electorate))\b/i;

/**
 * A standing with voters in the reporter's words, at the claim's first word: where a group leans (GROUP_LEANING: "is
 * widely popular among retirees"), or a campaign that "has struggled to gain traction" or "lost ground". Beside a
 * poll (in the sentence, or credited right after it) it is that poll's reading, given before its figures.
 */
export const VOTER_STANDING = new RegExp(
  `^(?:${GROUP_LEANING.source}|(?:has|have|had|is|are|was|were) (?:struggled|struggling) to (?:gain|find|get) (?:traction|a foothold)|(?:gained|gaining|lost|losing) ground)`,
  'i',
);

/**
 * What makes a figure public record or the reporter's own sight, said before or after it in the sentence: a
 * result, counting votes cast or people who voted, turned out or signed up ("nearly 40 percent of them voted
 * early"); a census ("a town of about 9,000 residents"); a crowd at an event ("about 200 protesters gathered",
 * "a rally that drew nearly 5,000 people", "a crowd of about 230", "nearly 900 people packed the hall"); the
 * signers of a petition or letter, which shows their names ("a letter signed by more than 60 pastors"); a share of
 * a speech or of someone's time that the reporter heard or saw ("more than half of her address was …"). Appended
 * to a figure pattern (so tested only where one matched), bounded, so each test stays linear.
 */
const COUNTED =
  '\\b(?:voted|vote early|turned out|turnout|cast (?:their |a )?ballots?|ballots cast|enrolled|signed up|population|' +
  '(?:city|town|village) of|gathered|congregated|rallied|marched|drew|attended|filled|packed|lined up|showed up|(?:crowd|audience) of|signed by|' +
  "(?:his|her|their|its|[a-z.]+['’]s) (?:time|speech|address|remarks))\\b";
const NOT_A_RESULT = `(?<!${COUNTED}[^.;!?]{0,140})(?![^.;!?]{0,140}${COUNTED})`;

/** A figure pattern that stays quiet on a result (NOT_A_RESULT). */
export const figureOtherThanResult = (pattern: RegExp): RegExp => new RegExp(`(?:${pattern.source})${NOT_A_RESULT}`, pattern.flags);

/**
 * Figures given as fact: a share of a group, a rate of growth, a rank in the world ("one of only five ports in the
 * world with …") or over every other of its kind ("landed more cod than any other port": someone counted them all), a
 * count of days without something. Not a round count of people ("more than 4,000 families have left", "some 6,000
 * residents", "more than 1,500 employees"): enrolment, a jobs report, a census, a payroll or a released list gives it,
 * and the calibrated readers leave it alone (set A: 1 of 9 such flags right, B: 1 of 5); an estimate ("an estimated
 * 3,000 people") and a count weighed as small ("only about 900 jobs") stay claims (lexicon/claims.ts). Not a share
 * "of the vote" (a result is public record), nor a round "thousands of" (a scale, not a count), nor "a majority of"
 * that a body is, makes up, represents, is backed by or wins ("ferry crews make up a majority of the guild", "Osei's
 * slate won a majority of the wards"): who makes up a body and the tally of a count are record; "A majority of the
 * crews are in debt" is a finding. A rank in the world is a claim when the sentence asserts it ("Brask is the world's
 * largest oyster port"), not when it names what a company or a place is known as ("Halvard, the world's biggest
 * ferry maker, …"): that is its public record.
 */
export const LOOSE_FIGURES = figureOtherThanResult(
  /\b(?:(?<!\b(?:up|for|by|represent|represents|representing|is|are|was|were|win|wins|won|winning|secure|secured|securing|clinch|clinched|have|has|had) )(?:a|the) (?:majority|minority|plurality) of|\d[\d,.]* ?(?:%|percent|per cent) (?:of (?:its|their|all)|a year|annually|a month)|(?<=\b(?:is|are|was|were|remains|remained|became|becomes|become|be|been) (?:the|its|their) )(?:world|country|nation)['’]s (?:[a-z-]+ )?(?:largest|biggest|second-largest|third-largest)|\d+ (?:days|weeks|months|years) without|one of (?:only |just )?(?:two|three|four|five|six|seven|eight|nine|ten|a handful of|\d+) [^.;!?]{0,60}?(?:in the world|in the country|in the nation|worldwide|nationwide)|than any other)\b/i,
);

/**
 * A rank or a record given as fact: someone counted every rival ("a record number of appeals", "broke the record
 * for a ferry crossing", "the top fundraiser of the race", "the third-highest tide in the harbour's history",
 * "overtook Brask to become the biggest port", "at a pace not seen since the 1950s"), or a thing none of them had
 * ("no other harbour master had a private berth", "there was no ward where older voters made up a larger share").
 * Not a record that is a result (a record turnout: see NOT_A_RESULT).
 */
export const RANK_STATED = figureOtherThanResult(
  /\b(?:no other (?:[\w-]+ ){1,3}?(?:has|had|have) (?:ever )?|there (?:is|was|has been) no (?:[\w-]+ ){1,3}?(?:where|in which)|a record (?:number|high|low|amount|share|turnout)|record-(?:breaking|setting)|broke (?:the|a) record|(?:second|third|fourth|fifth)-(?:highest|largest|biggest|most|lowest)|at a (?:rate|pace|level|clip) not seen since|the top (?:[\w-]+ )?(?:fundraiser|earner|recipient|donor|spender|exporter|importer|seller)|overt(?:ook|aken|akes?|aking) (?:[\w.-]+ ){1,4}(?:to become|as))\b/i,
);

/**
 * Money moved, given as a sum with nobody credited: "the group spent more than $2 million against her", "donors
 * poured $25 million into the fund", "the port exports $3 billion of fish". Filings, a ledger or a spokesman say so,
 * and the story must say which; a sum a speaker gives ("…, he said") is sourced like any claim. Not the
 * progressive ("proposes spending $2 billion": a plan announced in public), nor a donor's gift ("has donated
 * $250,000 to the fund"): a background line from the donor rolls, mostly, not a finding; nor what a campaign, a
 * committee or a fund raised: its filings or its own announcement give the sum, and the reader knows where to look.
 */
export const FUNDS_STATED =
  /\b(?:spent|spends|poured|pours|pumped|pumps|funnell?ed|invested|invests|exported|exports) (?:[\w-]+ ){0,3}?(?:(?:more than|over|about|nearly|almost|roughly|some|an estimated|at least|upwards of|close to) )?(?:\$\s?\d|[\d.,]+ (?:million|billion) dollars|a (?:million|billion) dollars)/i;

/**
 * Who made up a group of voters, given as fact: an exit poll's or a voter file's breakdown by age or race with the
 * poll left out ("62 percent of the harbour voters were 50 or older", "Seventy percent were white", "the
 * electorate was 30 percent Latino"). A story that has named its poll reports the poll's breakdown (POLL_SHARE).
 */
export const VOTERS_MAKEUP = new RegExp(
  String.raw`\b(?:\d[\d.]*|(?:${TENS_WORDS})(?:-(?:${UNIT_WORDS}))?) ?(?:percent|%)(?: of (?:the |all |those |[\p{L}’'-]+ ){0,3}?(?:voters|electorate|caucusgoers|caucus-goers|turnout))? (?:was|were|are|is) (?:(?:non-?)?white|black|latino|latina|hispanic|asian(?:[- ]american)?|african[- ]american|female|women|male|men|evangelicals?|born-again|catholics?|college graduates|college-educated|\d+ (?:or|and) (?:older|over|younger|under)|(?:over|under|older than|younger than) \d+)\b|\b(?:electorate|voters|caucusgoers) (?:was|were|is|are) (?:about |roughly |nearly |almost |more than )?\d+ ?(?:percent|%) (?:(?:non-?)?white|black|latino|latina|hispanic|asian|african[- ]american|female|male|evangelical)\b`,
  'iu',
);

/**
 * What a fortune or a gift is worth, with nobody credited for the valuation: "the gifts were valued at more than
 * $200,000", "the Varga family is likely worth about $40 million", "a shipping magnate worth millions". An
 * appraiser, a rich list or the owner's own filing puts the value on it, and the story must say which.
 */
export const WORTH_STATED =
  /\bvalued at (?:(?:more than|about|roughly|nearly|some|over|at least|up to|as much as) )?\$[\d.,]+|\b(?:is|are|was|were|be) (?:(?:likely|reportedly|now|still) )?worth (?:(?:an estimated|about|more than|roughly|nearly|some|over) )?(?:\$[\d.,]+|millions|billions)|\b(?:tycoon|billionaire|mogul|magnate|heir|heiress|investor|developer) worth\b/i;

/** A sum, after a verb of spending: "upward of $4 million", "millions", "tens of billions", "3 billion". */
export const SUM_SPENT = String.raw`(?:[\w-]+ ){0,2}?(?:\$\s?\d|(?:tens of |hundreds of )?(?:millions|billions)\b|[\d.,]+ (?:million|billion)\b)`;

/** A crowd counted before its verb: "thousands of fans", "More than 20,000 anglers", "250,000 Iowans". */
export const CROWD_COUNT = String.raw`(?:thousands|hundreds|millions|\d[\d,]{2,}|[\d.]+ million)(?: [\w’'-]+){0,2}`;

/**
 * A figure to come, given as fact: a sum someone is to spend ("the ferry line plans to spend upward of $4 million on
 * ads", "other groups are expected to spend millions") or a crowd expected ("some 20,000 fans are expected to
 * attend", "the envoy will be greeted by as many as 6,000 protesters", "is expected to draw 50,000 visitors"). A budget
 * or a forecast, and the story must say whose; a date after it does not make it a public schedule (see
 * PUBLIC_SCHEDULE, lexicon/claims.ts).
 */
export const FIGURE_TO_COME = new RegExp(
  String.raw`\b(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|pledged|vowed|promised|expected|set|preparing) to spend ${SUM_SPENT}` +
    String.raw`|\b${CROWD_COUNT} (?:are|were|is|was) (?:also )?expected to (?:attend|turn out|gather|protest|march|descend|flood|show up|join|participate|vote|caucus|watch|tune in|arrive)\b` +
    String.raw`|\b(?:will be (?:greeted|met|joined|welcomed) by|expected to (?:draw|attract|bring in|lure)) (?:[\w-]+ ){0,3}?(?:thousands|hundreds|millions|\d[\d,]*)\b`,
  'i',
);

/**
 * A measured figure: a share ("81 percent", "two-thirds of", "seven in 10"), a sum ("$4 million") or a count in
 * millions. A sentence that gives one and names its source (FIGURE_SOURCE) backs the general finding right before
 * it (see findings/claimNeighbours.ts).
 */
export const MEASURED_FIGURE = new RegExp(
  String.raw`\d[\d,.]*\s?(?:%|percent\b|per cent\b|(?:million|billion|trillion)\b)|\$\s?\d|\b(?:\d+|${UNIT_WORDS}) in (?:\d+|ten)\b|\b(?:half|two-thirds|three-quarters|a third|a quarter|majorit(?:y|ies)) of\b`,
  'i',
);

/**
 * Where a measured figure comes from, named as a source of figures: "according to", a poll, data, a report. Not a
 * verb of speech alone ("the mayor boasted of a $25 million saving"): a speaker's own figure backs no finding of
 * the reporter's.
 */
export const FIGURE_SOURCE =
  /\baccording to\b|\b(?:polls?|polling|surveys?|data|figures|statistics|estimates|records|filings|reports?|trackers|analysis|study|census)\b/i;

/**
 * Records of money named in the reporter's words: campaign-finance filings ("reports filed with the Federal Election
 * Commission", "FEC records", "disclosure reports", "campaign finance documents", "disclosures filed on Sunday", "his
 * financial disclosure") or an ad tracker, which counts every airing bought ("according to the Harbour Media ad
 * tracker"). A story that has named them reports their sums from then on, so a sum spent (FUNDS_STATED) or a rank
 * among givers and spenders (FILED_RANK) after them is the record's figure, as a share of voters after a named poll
 * is the poll's.
 */
export const FILINGS_NAMED =
  /\b(?:FEC|Federal Election Commission|(?:disclosure|campaign[- ]finance|expenditure|spending) (?:reports?|records?|filings?|documents?|forms?)|(?:financial|campaign) (?:filings?|disclosures?)|disclosures (?:filed|show|showed)|ad[- ]track(?:er|ers|ing))\b/i;

/** A rank among givers and spenders ("the top fundraiser of the race", "the biggest spender"): the filings rank them. */
export const FILED_RANK = /\bthe (?:top|biggest|largest|leading) (?:[\w-]+ )?(?:fundraiser|donor|spender|recipient|contributor)s?\b/i;

// A poll's figures: public record once the story has named the poll (see findings/publicRecord.ts).

/**
 * The polls where votes are cast, not a survey ("went to the polls", "beaten at the polls", "after polls closed",
 * "polling places"): taken out of the reporter's words before POLL_NAMED or POLLS_MENTIONED reads them.
 */
export const POLLS_AS_VOTING =
  /\b(?:to|at|from) the polls\b|\bpolls? (?:close|closed|closes|closing|open|opened|opens|opening)\b|\bpolling (?:places?|stations?|locations?|booths?|sites?|hours)\b/gi;

/**
 * A poll or survey named in the reporter's words (the polls where votes are cast taken out): the story reports its
 * figures from then on. Not a standing "in the polls", nor "poll" or "polling" as the word for a standing ("his poll
 * numbers", "her polling lead"), which name no poll: after them, a share of voters is still nobody's figure.
 */
export const POLL_NAMED = /\bpoll(?:ing)?\b(?!\s+(?:numbers|standings?|ratings?|leads?)\b)|(?<!\bin the )\bpolls\b|\bsurveys?\b/i;

/** Polls or surveys spoken of at all, "in the polls" too: what a standing with voters may lean on (publicRecord.ts). */
export const POLLS_MENTIONED = /\bpolls?\b|\bpolling\b|\bsurveys?\b/i;

/** A poll aggregator named for what it averages ("according to HuffPost Pollster"); a pollster in lower case is a person. */
export const POLL_AGGREGATOR = /\bPollster\b/;

/** A share of a whole, as polls give it: "four in 10", "nine of 10", "52 percent", "Sixty percent", "a third", "half", "a majority", "most". */
const SHARE =
  `(?:(?:\\d+|${UNIT_WORDS}) (?:in|of) (?:\\d+|ten)|(?:\\d+(?:\\.\\d+)?|(?:${TENS_WORDS})(?:-(?:${UNIT_WORDS}))?) ?(?:percent|%)|(?:a|one|two) (?:third|quarter|fifth)s?|two-thirds|three-quarters|half|a majority|majorities|most|a plurality)`;

/**
 * A sentence that opens on a share of a population ("Four in 10 voters see …", "About a third of them …",
 * "Among those who want a pier, most …"): in a story that has named a poll, the poll's figure.
 */
export const POLL_SHARE = new RegExp(
  '^[\\s"“]*(?:(?:among|of) [^,;]{1,60},\\s*)?(?:about |nearly |almost |more than |less than |fewer than |roughly |just |only |over |under |some )?' + SHARE + '\\b',
  'i',
);

/**
 * A candidate's standing among a group of voters ("leads by 7 points among women", "trailing Dorn among older
 * voters"): in a story that has named a poll, the poll's figure.
 */
export const POLL_STANDING =
  /\b(?:leads?|led|leading|trails?|trailed|trailing|edges?|ahead|behind|advantage|lead|edge|deficit)\b(?! to\b)(?:[^;:]{0,60}?)\bamong\b|\b(?:did|does|doing|done|performs?|performed|performing|fares?|fared|faring) (?:[\w-]+ ){0,2}?(?:better|best|worse|worst)\b(?:[^;:]{0,60}?)\b(?:among|with)\b/i;

/**
 * A candidate's support or standing that moved by a measured amount ("support rose four points", "fell to 41
 * percent", "slipped to single digits"): in a story that has named a poll, the poll's figure, not the reporter's
 * reading of a trend. The wording is the claim's (it ends on the verb); the measure is anywhere in the sentence.
 */
export const STANDING_MOVED = /\b(?:standing|popularity|support|numbers|ratings?|favou?rability)\b.*\b(?:improved|rose|risen|fell|fallen|dropped|slipped|surged|climbed|sagged|plummeted|soared|declined|dipped|sank|sunk|rebounded|recovered)$/i;
export const MEASURED_MOVE = new RegExp(
  String.raw`\b(?:\d+(?:\.\d+)?\s?(?:percent|%|(?:percentage\s)?points?)|(?:${UNIT_WORDS}|ten)\s(?:percentage\s)?points?|single digits|double digits)(?![\p{L}])`,
  'iu',
);

/**
 * The people a poll asks, named as the holders of a state ("Younger voters see the levy as …", "Ostend voters are
 * evenly divided on …", "By 2-1, millennials see …"): in a story that has named a poll, what they think is the
 * poll's finding about them, not a mind the reporter reads. Not a party or a group of insiders ("Democrats fear …"),
 * whose states a poll seldom measures.
 */
export const POLLED_HOLDERS = /\b(?:voters|electorate|millennials|americans|respondents|adults|those (?:polled|surveyed|asked|questioned))\b/i;

/**
 * A share of the people a poll asks, anywhere in the sentence ("seen as the best choice by about a quarter of
 * voters", "In Kessel County, half of Democratic voters …"): in a story that has named a poll, the poll's figure.
 */
export const POPULATION_SHARE = new RegExp(
  '\\b' + SHARE + ' (?:of )?(?:(?:all|the|those|[\\p{L}-]+) ){0,3}?(?:voters|electorate|respondents|adults|americans|democrats|republicans|independents|people|supporters|residents|women|men|those (?:polled|surveyed|asked|questioned))\\b',
  'iu',
);

/**
 * How far apart a poll's respondents stand, as a poll gives it: a view measured by a ratio or a margin that opens
 * the sentence or the clause after a colon ("By 2-1, the crews want …", "By wide margins, those asked say …"), a
 * preference by so many points ("retirees, who favor Dorn by a 6-point margin"), or a group evenly divided. In a
 * story that has named a poll, the poll's figure; not a result ("carried the wards by wide margins"), which
 * GROUP_LEANING reads.
 */
export const POLL_MARGIN =
  /(?:^|[:;]\s*)[\s"“]*by (?:(?:a |an )?(?:nearly |almost |about |roughly |more than )?\d+[-–](?:to[-–])?\d+\b|(?:wide|big|large|broad|huge|lopsided|double-digit) margins\b)|\b(?:favou?rs?|favou?red|favou?ring|backs?|backed|backing|prefers?|preferred|preferring) (?:[\w.’'-]+ ){1,5}?by (?:a |an )?(?:\d+|double-digit)[- ](?:percentage[- ])?(?:point margin|points?)\b|\bevenly (?:divided|split)\b/i;

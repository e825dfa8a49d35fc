/**
 * Newsroom vocabulary for judging claims: the wording of assertions a reporter cannot have observed, the wording
 * that shows a sentence is sourced, and weasel sources. Generic English only; every pattern is a plain
 * alternation of words with bounded gaps, so matching stays linear on any text.
 */

/** What kind of unobservable assertion a sentence makes. */
export type ClaimType =
  | 'intention' // "is resisting mediation", "plans to", "wants to"
  | 'deliberation' // "has been actively discussing", "privately", "behind closed doors"
  | 'motive' // "seem intent on", "are frustrated", "fear that"
  | 'belief' // "believes that", "suspects"
  | 'accusation' // "has been suspected of", "raised fears", "lied to"
  | 'figure' // "About half of …", "an estimated 3,000"
  | 'prediction' // "will likely", "is poised to"
  | 'evaluation'; // "the biggest such protest", "little public affection"

/** Order matters: the first type that matches names the claim, so the most specific come first. */
export const CLAIM_PATTERNS: readonly { type: ClaimType; pattern: RegExp }[] = [
  {
    type: 'deliberation',
    pattern:
      /\b(?:(?<!\b(?:met|meet|meets|meeting) )privately|secretly|in secret|behind closed doors|behind the scenes|confidentially|internal (?:discussions|deliberations|debates?)|(?:has|have|had) been (?:actively |quietly |secretly |privately )?(?:discussing|negotiating|deliberating|debating|weighing)|(?:is|are|was|were) (?:in|holding) (?:secret |private |back-channel )?talks)\b/i,
  },
  {
    type: 'accusation',
    pattern:
      /\b(?:(?:has|have|had) (?:long )?been|is|are|was|were) (?:suspected|accused) of\b|\b(?:raised|raising|raises|sparked|sparking|sparks|prompted|prompting|stoked|stoking|fuell?ed|fuell?ing) (?:fears|concerns|suspicions|alarm|speculation)\b|\b(?:lied|lying) (?:to|about)\b|\b(?:dishonest|dishonesty)\b/i,
  },
  {
    type: 'motive',
    pattern:
      /\b(?:seem|seems|seemed|appear|appears|appeared) (?:to be )?(?:intent|determined|eager|reluctant|unwilling|keen|desperate|anxious|bent) (?:on|to)\b|\b(?:is|are|was|were|been|grew|grown|became|become|feel|feels|felt|remain|remains|remained) (?:increasingly |deeply |visibly |particularly |growing |quietly )?(?:frustrated|angry|furious|worried|alarmed|nervous|anxious|upset|irritated|annoyed|exasperated|uneasy|fearful|resentful|incensed|livid|concerned (?:about|by|over|that))\b|\b(?:out of|driven by|motivated by) (?:fear|anger|frustration|spite|jealousy|ambition|desire)\b|\b(?:their|his|her|its) (?:frustration|anger|fury|irritation|resentment|annoyance|unease)\b|\b(?<!\bin )(?:fear|fears|feared|worry|worries|worried|hope|hopes|hoped) that\b/i,
  },
  {
    type: 'intention',
    pattern:
      /(?<!\bwho )\b(?:intends|intending|(?:had|has|have) intended|(?<!\b(?:a|the|his|her|their|its|our|no|any|new|own|of|with|back|unveil|unveiled|announce|announced|outline|outlined|made|make|makes|making) |['’]s? )plans?|planned|wants?|wanted|(?<!\bin )hopes?|aims?|seeks?|is determined|are determined|is eager|are eager|is keen|are keen|is reluctant|are reluctant|is unwilling|are unwilling|is willing|are willing|would like) to\b|\b(?:is|are|was|were|has been|have been) (?:planning|preparing|considering|weighing|mulling|contemplating|resisting|balking|angling|pushing) (?:to|for|at|a|an|the|whether|\w+ing)\b|\b(?:intent|bent) on\b|\b(?:is|are|was|were) resisting\b|(?<!\bwho )\b(?:wants|wanted)\b(?! (?:by|for|in)\b)/i,
  },
  {
    type: 'belief',
    pattern: /\b(?:believes|believed|thinks|suspects|suspected that|doubts|is convinced|are convinced|was convinced|were convinced)\b/i,
  },
  {
    type: 'prediction',
    pattern:
      /\b(?:will|would) (?:likely|probably|almost certainly|inevitably|undoubtedly)\b|\b(?:is|are|was|were) (?:likely|unlikely|poised|bound|almost certain|all but certain) to\b/i,
  },
  {
    type: 'figure',
    pattern:
      /\b(?:about|around|roughly|nearly|almost|approximately|more than|fewer than|less than|at least|upwards of|as many as|as much as|an estimated|estimated) (?:half|a third|a quarter|one-third|one-quarter|two-thirds|three-quarters|one in \w+|\d[\d,.]*(?: ?%| percent| per cent)?) of\b(?! (?:the|its|their) \d)|\ban estimated \$?\d/i,
  },
  {
    type: 'evaluation',
    pattern:
      /\b(?:biggest|largest|worst|deadliest|greatest|strongest|weakest|most \w+)\b[^.;!?]{0,40}?\b(?:such|ever|in (?:its |their |the |his |her )?(?:history|decades|a generation)|on record|of all time)\b|\b(?:little|scant|widespread|growing|mounting|lingering|deep-seated|public|popular) (?:public )?(?:affection|sympathy|appetite|enthusiasm|resentment|discontent|outrage|distrust|mistrust|disillusionment)\b/i,
  },
];

/**
 * Wording that shows the sentence names where its claim comes from: reporting verbs, documents and data.
 * A backstop for attributions the extractor did not link; precision of flags matters more than recall.
 */
export const SOURCING_CUE =
  /\b(?:says?|said|tells?|told|according to|added|adds|noted|notes|stated|states|wrote|writes|tweeted|posted|announced|announces|confirmed|confirms|reported|reports|reporting|explain|explained|explains|argued|argues|claim|claimed|claims|stressed|emphasi[sz]ed|alleged|alleges|insisted|insists|warned|warns|acknowledged|admitted|conceded|denied|denies|disputed|testified|(?<!\ban )estimated|estimates|predicted|predicts|suggested|suggests|indicated|indicates|recounted|declared|vowed|asserted|asserts|contended|contends|reiterated|cited|citing|quoted|quoting|asked|replied|responded|saying|telling|adding|noting|writing|arguing|warning|insisting|claiming|declaring|calling|called|describing|dubbed|chanted|chanting|shouted|shouting|yelled|put it|discovered|concluded|found that|dismissed|attacked|lauded|praised|characteri[sz]ed|labell?ed|branded|blasted|critici[sz]ed|slammed|mocked|ridiculed|referred to|per (?:the|a|an|his|her|their|its)|described|compared|comments?|remarks?|urged|show|shows|showed|learned|spokes(?:man|woman|person)|sources?|statement|interview|poll|polls|polled|survey|surveyed|respondents|study|records|documents|data|filings?|census|figures)\b/i;

/**
 * Verbs of intention. An attribution extractor in the PARC tradition reads "X wants a deal" as X's attribution;
 * for an editor it is the claim itself: who says X wants it?
 */
export const INTENTION_CUE =
  /\b(?:wants?|wanted|wanting|plans?|planned|planning|intends?|intended|intending|seeks?|sought|seeking|hopes?|hoped|hoping|decided?|decides|deciding|refuses?|refused|refusing|prefers?|preferred|threatens?|threatened|threatening)\b/i;

/** A speech act done in private ("privately urged", "secretly told"): the reporter did not hear it. */
export const PRIVATE_ACT = /\b(?:privately|secretly|in private|behind closed doors)\b/i;

/** "privately told Smith", "secretly warned": a private act and the words right after it. */
export const PRIVATE_SPEECH = /\b(?:privately|secretly|in private)(?:\s+\S+){1,2}/gi;

/** Reporter's framing that owns up to not knowing: not a claim ("It is unclear if …"). */
export const HEDGED_FRAMING =
  /\b(?:it (?:is|was|remains|remained) (?:unclear|unknown|not (?:immediately |yet )?(?:clear|known))|it remains to be seen)\b/i;

/** A sentence opening on a turn ("However, they said …") starts a new point: it does not source the one before. */
export const NEW_POINT = /^[\s"“‘']{0,3}(?:however|but|yet|still|nevertheless|nonetheless|meanwhile|separately|instead|in contrast|on the other hand)\b/i;

/** A transcript's speaker label ("PENCE:", "Mr. Smith:") opens speech, not the reporter's words. */
export const SPEAKER_LABEL = /^[A-Z][A-Za-z.' -]{0,40}:\s/;

/** A kicker in capitals before a dash ("FELLOW DOCTORS DON’T … — Oz may …"): a heading run into the copy. */
export const KICKER = /^[A-Z0-9][^a-z]{10,150}?\s[—–]\s/;

/** First or second person outside quotation marks: speech the quote finder missed, or a columnist's voice. */
export const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|[Yy]ou|[Yy]our)\b/;

/**
 * Weasel sources: nobody the reader could check. Each alternative matches the source and its cue.
 * Named or counted sources ("two US officials said", "analysts at the bank said") do not match.
 */
export const VAGUE_SOURCES: readonly RegExp[] = [
  /\bit (?:is|was|has been|had been) (?:widely |generally |commonly |now |also )?(?:believed|said|reported|thought|understood|feared|rumou?red|alleged|claimed|suggested|argued|whispered)\b/i,
  /\b(?:is|are|was|were) (?:widely|generally|commonly|broadly) (?:believed|thought|seen|regarded|considered|viewed|expected|reported|understood|assumed|acknowledged|described)\b/i,
  /\b(?:is|are|was|were) (?:said|believed|thought|rumou?red|reputed) to (?:be|have)\b/i,
  /\b(?:(?:some|many|most|several|other|few|various|numerous) (?:critics|experts|observers|analysts|commentators|pundits|insiders|skeptics|sceptics|historians|economists|scientists|people)|(?<!\b(?:the|these|those|both|two|three|four|five|\d+) )(?:critics|experts|analysts|observers|commentators|pundits|insiders|skeptics|sceptics)|some|many|others) (?:have |had |would |will |might |may )?(?:say|said|argue|argued|believe|believed|note|noted|claim|claimed|contend|contended|suggest|suggested|think|fear|feared|warn|warned|insist|insisted|maintain|point out|pointed out)\b/i,
  /\breportedly\b|\baccording to (?:media |news |press |local |unconfirmed |some |several |many )?reports\b|\b(?:media|news|press|unconfirmed) reports (?:say|said|suggest|suggested)\b/i,
];

/** The article explains why a source is unnamed. */
export const ANONYMITY_REASON =
  /\b(?:on (?:the )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|identified)|(?:requested|asked for|was granted|were granted|demanded) anonymity|not (?:authori[sz]ed|permitted|allowed) to (?:speak|discuss|comment|talk)|asked not to be (?:named|identified)|declined to be (?:named|identified)|spoke on background)\b/i;

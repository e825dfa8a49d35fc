/**
 * Generic vocabulary of roles as newsrooms write them: the head nouns of titles and job descriptions
 * ("Secretary of State", "spokesman", "chairman of the Joint Chiefs of Staff"), the modifiers that sit inside
 * a title ("former", "deputy", "acting"), and the abbreviations of pre-name titles ("Gov.", "Sen.").
 */
import { lookupTable, wordList } from './wordList';
/** Head nouns of roles, singular, lower case. Plurals are recognised by an -s/-es/-men ending. */
export const ROLE_HEADS = wordList(
  'president vice-president president-elect premier chancellor minister secretary secretary-general emir amir king ' +
    'queen prince princess crown monarch sultan ayatollah governor senator congressman congresswoman congressperson ' +
    'representative lawmaker legislator delegate speaker whip mayor councilman councilwoman councillor councilor ' +
    'commissioner alderman assemblyman assemblywoman leader chair chairman chairwoman chairperson chief ceo cfo coo ' +
    'cto founder co-founder cofounder owner partner executive director director-general manager head boss ' +
    'president spokesman spokeswoman spokesperson envoy ambassador diplomat consul attache negotiator mediator ' +
    'adviser advisor counsel counselor counsellor attorney lawyer solicitor barrister prosecutor judge justice ' +
    'magistrate clerk sheriff marshal inspector superintendent commander general admiral colonel lieutenant ' +
    'sergeant captain major corporal private brigadier commandant officer official aide assistant deputy ' +
    'administrator secretary treasurer comptroller auditor editor reporter correspondent columnist journalist ' +
    'producer anchor host commentator analyst economist strategist pollster researcher scientist professor lecturer ' +
    'teacher principal dean provost chancellor student scholar historian expert specialist consultant fellow ' +
    'physician doctor surgeon nurse pastor priest bishop archbishop cardinal pope imam cleric rabbi reverend ' +
    'activist organizer organiser campaigner candidate nominee challenger incumbent member trustee investor ' +
    'banker trader broker entrepreneur businessman businesswoman coach player captain athlete author writer ' +
    'artist actor actress singer musician director filmmaker predecessor successor superior subordinate ' +
    'brother sister son daughter wife husband father mother widow widower uncle aunt nephew niece cousin ' +
    'grandson granddaughter grandfather grandmother fiancee fiance partner spouse friend colleague ally rival ' +
    'figure figures veteran resident citizen worker employee staffer engineer architect designer officer ' +
    'detective agent operative commissioner regulator watchdog ruler dictator strongman warlord militant ' +
    'guerrilla commander chieftain master ' +
    'advocate campaigner ' +
    // backers, neighbours and the like, titled the same way ("party donor Ada Novak", "her neighbor Tom Banks")
    'donor supporter surrogate confidant neighbor neighbour supervisor winner front-runner frontrunner ' +
    'standard-bearer superdelegate tycoon billionaire comedian neurosurgeon hopeful mate ' +
    // trades and standings a story titles people by ("property mogul Ada Novak", "Tideford Cup rider Tom Banks")
    'mogul magnate contender moderator contributor publisher coordinator counterpart speechwriter fundraiser ' +
    'capitalist developer champion rider star volunteer overseer lobbyist pundit blogger novelist poet playwright ' +
    'screenwriter photographer cartoonist philanthropist heiress socialite nationalist teenager ' +
    // what a story calls the accused and the convicted ("accused smuggler Ada Novak", "Harbour Mall shooter Tom Banks")
    'shooter gunman rapist trafficker smuggler ' +
    // trades and standings the lists lacked ("retired astronaut Tom Banks", "councilmember Ada Novak", "the firm's top
    // rainmaker", "a conspiracy theorist"; not "contractor": "defense contractor Harbourline" is a firm)
    'astronaut entertainer councilmember patron rainmaker theorist homemaker retiree',
);

/** Words that may stand inside a title before its head ("Press Secretary", "security chief", "math teacher"). */
export const ROLE_MODIFIERS = wordList(
  'former ex acting interim deputy vice assistant associate senior junior chief top lead principal general ' +
    'executive managing prime foreign interior defense defence finance trade justice health education energy ' +
    'state national federal regional local district county city municipal provincial press security intelligence ' +
    'military police army navy naval air force forces cabinet opposition party house senate majority minority ' +
    'special personal legal political economic communications public private high school schools math science ' +
    'history english university college presidential congressional parliamentary legislative supreme appeals ' +
    'circuit court homeland treasury commerce labor labour agriculture transportation housing veterans ' +
    'environment environmental climate foreign-policy affairs development human rights family longtime ' +
    'long-time first second third new outgoing incoming founding co managing creative editorial ' +
    'white current campaign radio television tv ' +
    // the standing of a holder ("presumptive nominee", "fellow candidate", "retired neurosurgeon")
    'presumptive fellow one-time erstwhile would-be retired ' +
    // "chief of staff", "staff sergeant": the word a complement of a title ends on before the name
    'staff',
);

/**
 * Lower-case words naming a trade or a field that a title may carry before its head ("oil tycoon", "real estate
 * mogul", "hedge fund manager", "network anchor", "policy adviser"). Kept apart from the modifiers: capitalised,
 * they are as often the words of a name ("Real Madrid", "Media Matters").
 */
export const TRADE_WORDS = wordList(
  'real estate property oil gas petroleum hedge fund equity venture media tech technology network news cable ' +
    'film movie music fashion casino hotel steel coal mining shipping banking insurance software internet ' +
    'policy polling tobacco pharmaceutical sports reality talk show advertising construction',
);

/** A modifier word, or a hyphenated compound of them ("vice-presidential", "foreign-policy"). */
export const isRoleModifier = (lower: string): boolean =>
  ROLE_MODIFIERS.has(lower) || (lower.includes('-') && lower.split('-').every((part) => ROLE_MODIFIERS.has(part)));

/**
 * Pre-name title abbreviations and what they stand for. A Map, not an object literal: an object answers
 * "constructor" or "toString" with what it inherits, which read those words as role heads.
 */
const TITLE_EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  sgt: 'sergeant',
  capt: 'captain',
  cpl: 'corporal',
  maj: 'major',
  adm: 'admiral',
  cmdr: 'commander',
  supt: 'superintendent',
  atty: 'attorney',
  pres: 'president',
  prof: 'professor',
  amir: 'emir',
}));

/** Title heads that double as surnames ("Kevin King"); after a first name they are the surname. */
export const TITLE_SURNAMES = wordList('king bishop judge marshal major pope mayor general admiral chancellor');

/**
 * The singular head of a role word ("ministers" → "minister", "Gov." → "governor") among `heads` (the built-in
 * ones, or those with a desk's own titles added), or undefined.
 */
export function roleHeadAmong(heads: ReadonlySet<string>, lower: string): string | undefined {
  const bare = lower.replace(/\.$/, '');
  const expansion = TITLE_EXPANSIONS.get(bare);
  if (expansion) return expansion;
  // "Sens.", "Reps.": the plural of an abbreviated title
  const plural = bare.endsWith('s') ? TITLE_EXPANSIONS.get(bare.slice(0, -1)) : undefined;
  if (plural) return plural;
  if (heads.has(bare)) return bare;
  if (bare.endsWith('men') && heads.has(bare.slice(0, -3) + 'man')) return bare.slice(0, -3) + 'man';
  if (bare.endsWith('ies') && heads.has(bare.slice(0, -3) + 'y')) return bare.slice(0, -3) + 'y';
  if (bare.endsWith('es') && heads.has(bare.slice(0, -2))) return bare.slice(0, -2);
  if (bare.endsWith('s') && heads.has(bare.slice(0, -1))) return bare.slice(0, -1);
  // "sociologist", "psychiatrists": the student of a science is a role whether or not the list has it
  if (SCIENTIST.test(bare)) return bare.replace(/s$/, '');
  return compoundHead(heads, bare);
}

/** Names of a science's practitioners ("criminologist", "psychiatrist"), singular or plural. */
const SCIENTIST = /^\p{Ll}{3,}(?:olog|iatr)ists?$/u;

/** "vice-minister", "ex-president", "then-senator": a head after a hyphenated title modifier is that head. */
function compoundHead(heads: ReadonlySet<string>, bare: string): string | undefined {
  // "editor-in-chief", "commanders-in-chief": the head is the word before "in chief"
  if (bare.endsWith('-in-chief')) return roleHeadAmong(heads, bare.slice(0, -'-in-chief'.length));
  const cut = bare.lastIndexOf('-');
  // "then-senator": a post held at the time of the story is that post
  if (cut <= 0 || !bare.slice(0, cut).split('-').every((part) => ROLE_MODIFIERS.has(part) || part === 'then')) return undefined;
  return roleHeadAmong(heads, bare.slice(cut + 1));
}

/** Words that count the people a plural title is shared by ("two senior inspectors, Ada Roa and Tom Banks"). */
export const COUNT_WORD = /^(?:two|three|four|five|six|both)$/;

/** Verbs of taking, keeping or leaving a post, before "as" ("took over as", "resigned as", "remains as"). */
export const POST_TAKEN = /^(?:take|takes|took|taking|taken|resign|resigns|resigned|step|steps|stepped|remain|remains|remained)$/;

/**
 * Words that may open an appositive before its post: a time the post was or is held ("then a pilot", "now a judge")
 * or the writer's hedge ("perhaps the likeliest winner").
 */
export const POST_TIME_OR_HEDGE = /^(?:then|now|formerly|once|perhaps|arguably)$/;

/** Verbs of giving or taking away a post, passive before "as" ("was named as", "has been fired as"). */
export const POST_GIVEN = /^(?:named|appointed|elected|reelected|hired|fired|dismissed|ousted|sworn|chosen|installed)$/;

/** The forms of "be" that make a verb of appointing passive ("was named", "has been hired"). */
export const PASSIVE_BE = wordList('is are was were be been being');

/** Lower-case words that join the words of a title ("Secretary of State", "adviser to the president"). */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'the', 'and', 'on']);

/** Role nouns that say the holder's gender ("widow", "spokesman"), for a pronoun that refers back to them. */
export const GENDERED_ROLES = lookupTable<'male' | 'female'>({
  wife: 'female', mother: 'female', daughter: 'female', sister: 'female', widow: 'female', spokeswoman: 'female',
  congresswoman: 'female', chairwoman: 'female', businesswoman: 'female', queen: 'female', princess: 'female',
  actress: 'female', aunt: 'female', niece: 'female', grandmother: 'female', granddaughter: 'female',
  husband: 'male', father: 'male', son: 'male', brother: 'male', widower: 'male', spokesman: 'male',
  congressman: 'male', chairman: 'male', businessman: 'male', king: 'male', prince: 'male', emir: 'male',
  uncle: 'male', nephew: 'male', grandfather: 'male', grandson: 'male', sheikh: 'male',
});

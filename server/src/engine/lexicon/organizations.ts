/**
 * Generic vocabulary for organisations: the words that make a capitalised phrase an institution ("Ministry",
 * "Committee", "Inc"), well-known news media and institutions named by a single word, and the definite
 * descriptions that refer back to an organisation ("the group", "the company").
 */
import { lookupTable, wordList } from './wordList';
import { COMPANY_NAME_WORDS } from './companies';

/** Legal forms and trades that make a capitalised phrase an organisation, and a business ("Inc", "Airlines"). */
const BUSINESS_ORG_WORDS =
  'inc corp corporation co ltd llc plc lp ag sa gmbh nv company companies holdings partners bank ' +
  'airlines airways motors industries systems technologies labs ';

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = wordList(
  BUSINESS_ORG_WORDS +
    'group ' +
    'ministry department agency bureau office service services administration authority commission committee ' +
    'council assembly parliament congress senate house legislature court tribunal cabinet government ' +
    'party union coalition alliance association federation league movement front brigade brigades army navy ' +
    'force forces guard corps police military command institute institution foundation fund trust society ' +
    'organization organisation center centre network university college school academy hospital clinic ' +
    'times post news journal herald tribune telegraph gazette press daily weekly magazine broadcasting radio ' +
    'television tv channel studios media ' +
    'reserve exchange board directorate secretariat mission embassy consulate caucus chamber nations club museum ' +
    'symposium forum conference summit convention awards emmys church cathedral mosque synagogue temple parish ' +
    'diocese observer enquirer chronicle courier resources healthcare pharmaceuticals partnership program programme ' +
    'project initiative campaign freight logistics shipping energy chemicals pharmaceutical communications ' +
    'entertainment insurance investments securities telecommunications utilities aviation brewery consulting',
);

/** Institutions and media that newsrooms name by one word or an acronym. */
export const KNOWN_ORGS = wordList(
  'cnn reuters ap afp bbc npr pbs msnbc abc nbc cbs fox politico axios bloomberg ft wsj nyt ' +
    'un nato eu who imf wto opec fbi cia nsa dhs doj pentagon kremlin congress senate parliament knesset ' +
    'hamas hezbollah taliban isis isil al-qaeda qaeda al-shabab houthis idf irgc nsc gop sec fda cdc epa ftc fcc ' +
    'interpol unicef unesco unrwa icrc amnesty greenpeace opec google apple microsoft amazon meta facebook ' +
    'twitter tesla boeing airbus',
);

/** Multi-word institutions written without an organisation word, lower case. */
export const KNOWN_ORG_PHRASES = new Set([
  'white house',
  'associated press',
  'agence france-presse',
  'al jazeera',
  'downing street',
  'supreme court',
  'united nations',
  'european union',
  'red cross',
  'joint chiefs of staff',
  // firms and bodies whose names read as a given name and a surname: no title or organisation word gives them away
  'goldman sachs',
  'morgan stanley',
  'merrill lynch',
  'charles schwab',
  'lockheed martin',
  'hewlett packard',
  'dow chemical',
  'dow jones',
  'ku klux klan',
  // firms named by their founder's initials, which read as a person's ("J.M. Berger")
  'j.c. penney',
  'd.e. shaw',
  'c.v. starr',
  'w.w. norton',
]);

/** One outlet under its short and long names: the short form and the name it stands for, lower case. */
export const ORG_ALIASES = lookupTable<string>({
  ap: 'associated press',
  afp: 'agence france-presse',
  upi: 'united press international',
  un: 'united nations',
  eu: 'european union',
  nyt: 'new york times',
  wsj: 'wall street journal',
  ft: 'financial times',
});

/** The name an organisation is merged under: its long name when it has a known short one ("AP" → "associated press"). */
export const organizationKey = (name: string): string => ORG_ALIASES[name.toLowerCase().replace(/^the\s+/, '')] ?? name;

/** Definite descriptions that refer back to an organisation, by the class of organisation they suit. */
export const ORG_ANAPHORS = lookupTable<'group' | 'company' | 'government' | 'media'>({
  group: 'group',
  organization: 'group',
  organisation: 'group',
  coalition: 'group',
  movement: 'group',
  militants: 'group',
  faction: 'group',
  alliance: 'group',
  union: 'group',
  company: 'company',
  firm: 'company',
  startup: 'company',
  airline: 'company',
  carrier: 'company',
  utility: 'company',
  bank: 'company',
  lender: 'company',
  insurer: 'company',
  retailer: 'company',
  automaker: 'company',
  manufacturer: 'company',
  conglomerate: 'company',
  developer: 'company',
  platform: 'company',
  chain: 'company',
  government: 'government',
  administration: 'government',
  ministry: 'government',
  department: 'government',
  agency: 'government',
  military: 'government',
  army: 'government',
  navy: 'government',
  police: 'government',
  committee: 'government',
  council: 'government',
  court: 'government',
  country: 'government',
  kingdom: 'government',
  legislature: 'government',
  newspaper: 'media',
  broadcaster: 'media',
  outlet: 'media',
});

/** Names shaped like companies: inner capitals ("WeWork", "SoftBank") or an acronym ("JLL", "PG&E"). */
export const looksLikeCompanyName = (name: string) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) || /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(name);

/** Nouns after a person's name that make the phrase something of theirs, not the person ("the Quinn administration"). */
export const ORG_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set([
  'administration', 'government', 'campaign', 'family', 'foundation', 'era', 'doctrine',
  // "the Marshall Plan", "the Sharon Statement": a plan or a document named for someone or somewhere (not a show:
  // the people in "The Rachel Maddow Show" are listed)
  'plan', 'statement',
  // "the Harbour Paper mill": a works named for its company
  'mill', 'plant', 'factory', 'refinery',
]);

/** Bodies a person's name owns that speak for themselves: "Rosa Alvarez's campaign said", "the mayor's office". */
export const OWNED_BODIES: ReadonlySet<string> = new Set(['campaign', 'administration', 'government', 'foundation', 'office']);

export const GROUP_NAME = /\b(?:group|coalition|movement|alliance|union|front|brigades?)\b/i;

export const COMPANY_NAME = /\b(?:inc|corp|co|ltd|llc|plc|group|holdings|airlines?|bank)\b/i;

/** Words in an organisation's name that make it a business ("Northline Freight", "Orrin Brewery"). */
const TRADE_WORDS = wordList(
  BUSINESS_ORG_WORDS +
    'freight logistics shipping energy chemicals pharmaceutical ' +
    'pharmaceuticals communications entertainment insurance investments securities telecommunications utilities ' +
    'aviation brewery consulting resources healthcare lines',
);

/**
 * What kind of body a name shows, for the descriptions that suit it ("the company", "the group", "the agency"):
 * by the last of its words that tells, else by a company's shape; undefined when the name does not say.
 */
export function organizationType(name: string): 'group' | 'company' | 'government' | 'media' | undefined {
  const words = name.toLowerCase().split(/[\s\u00a0]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    if (TRADE_WORDS.has(words[i]) || COMPANY_NAME_WORDS.has(words[i])) return 'company';
    if (ORG_ANAPHORS[words[i]]) return ORG_ANAPHORS[words[i]];
  }
  return looksLikeCompanyName(name) ? 'company' : undefined;
}

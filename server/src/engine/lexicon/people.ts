/**
 * Generic vocabulary for recognising people in news copy: honorifics, name particles and suffixes, first names
 * with their usual gender, and words that look like names but are not (months, days, places, demonyms).
 * First names, places and demonyms come from compromise's built-in lexicon (a dictionary lookup, no parsing),
 * supplemented by the newsroom words it lacks.
 */
import nlp from 'compromise';
import { lookupTable, wordList } from './wordList';
import { TENS_WORDS, UNIT_WORDS } from './grammar';
import { WordMemo } from './wordMemo';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/**
 * One look-up in the dictionary, not two: its entries are strings or arrays, and nothing it inherits is ("constructor"
 * reads a function), so the type of what is read tells an entry from a miss.
 */
const tagsOf = (lower: string): string[] => {
  const tags: unknown = lexicon[lower];
  return typeof tags === 'string' ? [tags] : Array.isArray(tags) ? tags : [];
};

/** The compromise tags of a lower-cased word or phrase ([] when unknown). */
/** The dictionary tags that mark a word as (part of) a personal name. */
export const NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

export function lexiconTags(lower: string): string[] {
  return tagsOf(lower);
}

/**
 * Tags of the word or, when the dictionary lacks that form, of its stem ("grants" → "grant", "investigated" →
 * "investigate"): headlines capitalise inflected common words that would otherwise look like names.
 */
export function stemTags(lower: string): string[] {
  const direct = tagsOf(lower);
  if (direct.length > 0 || lower.length < 5) return direct;
  const stems = [
    lower.replace(/ies$/, 'y'),
    lower.replace(/es$/, ''),
    lower.replace(/s$/, ''),
    lower.replace(/ed$/, ''),
    lower.replace(/d$/, ''),
    lower.replace(/ing$/, ''),
    lower.replace(/ing$/, 'e'),
    lower.replace(/ly$/, ''),
  ];
  for (const stem of stems) if (stem !== lower && tagsOf(stem).length > 0) return tagsOf(stem);
  return [];
}

/** Courtesy titles written before a name; they are not part of the name ("Mr. Trump" names "Trump"). */
export const HONORIFICS = wordList('mr mrs ms miss mx dr sir dame lord lady rev reverend fr prof');

/** Gulf and other honorifics that newsrooms keep as part of the name ("Sheikh Tamim bin Hamad Al-Thani"). */
export const NAME_HONORIFICS = wordList('sheikh sheikha shaikh shaikha sayyid sheik');

export const HONORIFIC_GENDER = lookupTable<'male' | 'female'>({
  mr: 'male',
  sir: 'male',
  lord: 'male',
  sheikh: 'male',
  sheik: 'male',
  shaikh: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  dame: 'female',
  lady: 'female',
  sheikha: 'female',
  shaikha: 'female',
});

/** Lower-case particles inside a personal name ("bin", "van", "de"); "al-"/"el-" prefixes are handled as a token shape. */
export const NAME_PARTICLES = wordList('bin bint ibn binti abu abd al el van von der den de da di del della dos das du la le ter ten st');

/**
 * A name behind a lower-case particle joined to it ("al-Assad", "ad-Din", "bin-Laden", "d'Alema"): capitalised for
 * reading, though its first letter is not.
 */
export const PREFIXED_NAME = /^(?:al|el|ad|ag|an|ar|as|ash|at|az|d|l|ul|bin|ibn|abu|abd)[-'’]\p{Lu}/u;

/** Generational suffixes after a name. */
export const NAME_SUFFIXES = wordList('jr sr ii iii iv');

/** Abbreviations whose full stop does not end a sentence or a name. */
export const NAME_ABBREVIATIONS = wordList(
  'mr mrs ms dr st jr sr gov sen rep gen lt col sgt capt cpl maj adm cmdr prof rev hon atty supt pres fr gens sens reps',
);

/** First names missing from the dictionary but common in news copy, with their usual gender. */
const EXTRA_FIRST_NAMES = lookupTable<'male' | 'female'>({
  antony: 'male', anthony: 'male', volodymyr: 'male', vladimir: 'male', xi: 'male', recep: 'male', benjamin: 'male',
  emmanuel: 'male', olaf: 'male', narendra: 'male', jair: 'male', sergei: 'male', sergey: 'male', dmitry: 'male',
  mikhail: 'male', mohammed: 'male', muhammad: 'male', mohammad: 'male', mohamed: 'male', ahmed: 'male', ali: 'male',
  hassan: 'male', hussein: 'male', abdullah: 'male', khalid: 'male', omar: 'male', yousef: 'male', youssef: 'male',
  ibrahim: 'male', mahmoud: 'male', salman: 'male', tamim: 'male', hamad: 'male', faisal: 'male', ismail: 'male',
  yahya: 'male', ayman: 'male', osama: 'male', tariq: 'male', karim: 'male', rashid: 'male', hamid: 'male',
  ashraf: 'male', abdul: 'male', mustafa: 'male', nabil: 'male', walid: 'male', ehud: 'male', yair: 'male',
  naftali: 'male', bezalel: 'male', itamar: 'male', yoav: 'male', kurt: 'male', hunter: 'male', rudy: 'male',
  mitch: 'male', chuck: 'male', lindsey: 'male', ted: 'male', rand: 'male', marco: 'male', mike: 'male',
  jake: 'male', hope: 'female', faith: 'female', kamala: 'female', nancy: 'female', hillary: 'female', ursula: 'female', giorgia: 'female',
  jacinda: 'female', angela: 'female', theresa: 'female', liz: 'female', fiona: 'female', nikki: 'female',
  kristi: 'female', gretchen: 'female', kathy: 'female', karine: 'female', jen: 'female', alexandria: 'female',
  ilhan: 'female', rashida: 'female', ayanna: 'female', marjorie: 'female', lauren: 'female', elise: 'female',
  bill: 'male', frank: 'male', jack: 'male', ray: 'male', dean: 'male', grant: 'male', chase: 'male', newt: 'male',
  ben: 'male', bob: 'male', barack: 'male', donald: 'male', joe: 'male', elizabeth: 'female', pat: 'male', jeb: 'male', beto: 'male', mitt: 'male',
  fatima: 'female', aisha: 'female', leila: 'female', layla: 'female', mariam: 'female', maryam: 'female', noura: 'female',
});

/** The usual gender of a first name, or undefined (unknown, unisex, or not a first name). */
export function firstNameGender(lower: string): 'male' | 'female' | undefined {
  const extra = EXTRA_FIRST_NAMES[lower];
  if (extra) return extra;
  const tags = lexiconTags(lower);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return undefined;
}

export function isFirstName(lower: string): boolean {
  return lower in EXTRA_FIRST_NAMES || lexiconTags(lower).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

/** Places the dictionary lacks that are frequent in world news. */
const EXTRA_PLACES = wordList(
  'gaza rafah yunis jenin hebron ramallah doha harare kyiv kharkiv mariupol crimea donbas donetsk luhansk ' +
    'zabul logar kandahar helmand kunduz mosul raqqa aleppo idlib benghazi tripoli sanaa aden khartoum darfur ' +
    'mogadishu kinshasa goma juba ababa nairobi lagos abuja accra dakar bamako tigray amhara kashmir ' +
    'balochistan punjab sindh xinjiang tibet taipei pyongyang seoul manila jakarta hanoi dhaka ' +
    'kabul tehran baghdad damascus beirut amman riyadh jeddah muscat manama dubai dhabi ankara istanbul ' +
    'brussels strasbourg geneva davos westminster whitehall statehouse midwest',
);

/** Places of two words whose first word alone is a name ("Khizr Khan", "Abu Bakr", "Anita Hill"), kept whole. */
const PLACE_PHRASES: ReadonlySet<string> = new Set(['khan yunis', 'addis ababa', 'hong kong', 'abu dhabi', 'capitol hill', 'middle east']);

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Demonym']);

/** Words that make a capitalised phrase a place ("Wall Street", "Logar Province"). */
const GEO_WORDS = wordList(
  'street avenue road square park river lake mountain mountains island islands bay valley county province district ' +
    'strait sea ocean gulf peninsula desert atoll pacific atlantic arctic mediterranean caribbean',
);

/**
 * What the mention readers ask of a word about places (a place? a country? a people?), answered only when asked and
 * kept in one record per word: they ask it of most capitalised words of a paragraph, several times over, and each
 * answer is a few dictionary look-ups. Filled lazily, so a word seen once costs only the questions asked of it; a
 * reader that asks two of them of one word ("a people or a country?") takes the record once (`placeFactsOf`), so
 * the word is looked up once, not once per question.
 */
export class PlaceFacts {
  private placeAnswer: boolean | undefined = undefined;
  private countryAnswer: boolean | undefined = undefined;
  private demonymAnswer: boolean | undefined = undefined;

  constructor(private readonly lower: string) {}

  get place(): boolean {
    return (this.placeAnswer ??= readsAsPlace(this.lower));
  }

  get country(): boolean {
    return (this.countryAnswer ??= lexiconTags(this.lower).includes('Country') || COUNTRY_SHORT.has(this.lower));
  }

  get demonym(): boolean {
    return (this.demonymAnswer ??= lexiconTags(this.lower).includes('Demonym') || DEMONYM_EXTRA.has(this.lower));
  }

  /** A people or a country ("Afghan", "Qatar", "U.S."): what stands before a title that names a nation's office. */
  get nation(): boolean {
    return this.demonym || this.country;
  }
}

const placeFacts = new WordMemo((lower: string) => new PlaceFacts(lower));

/** The record of what a lower-case word says of places, for a reader with more than one question about it. */
export function placeFactsOf(lower: string): PlaceFacts {
  return placeFacts.of(lower);
}

/** Places, countries, regions and demonyms: never a person's name. */
export function isPlaceWord(lower: string): boolean {
  return placeFacts.of(lower).place;
}

const readsAsPlace = (lower: string): boolean =>
  EXTRA_PLACES.has(lower) ||
  PLACE_PHRASES.has(lower) ||
  GEO_WORDS.has(lower) ||
  lexiconTags(lower).some((t) => PLACE_TAGS.has(t)) ||
  (/s$/.test(lower) && lexiconTags(lower.slice(0, -1)).includes('Demonym'));

const placeModel = (nlp.model() as { two: { placeWords: Record<string, string> } }).two.placeWords;

/** Heads of place, building and works names ("West Palm Beach", "Harbour Tower", "Eastgate Hotel", "Tarn Pipeline", "Brask Inn"), compromise's and ours. */
const PLACE_HEADS = wordList('hotel hotels resort casino prison jail airport station terminal mall plaza harbor harbour pier wharf canal pipeline highway tunnel inn towers');

/** The last word of a capitalised run that makes it a place or a building, not a person (with no first name before it). */
export const isPlaceHead = (lower: string): boolean => PLACE_HEADS.has(lower) || Object.prototype.hasOwnProperty.call(placeModel, lower);

/** Prepositions of where that make the unknown capitalised word after them a place ("landed in Porthaven"). */
export const LOCATIVE_BEFORE = /\b(?:in|at|near|into|outside|inside|across|around)[ \u00a0]+$/i;

/** Places written as joined initials ("Washington, D.C.", "Trenton, N.J."): not the initials of a person's name. */
export const PLACE_INITIALS = wordList('d.c. n.j. n.y. n.h. n.c. s.c. n.m. n.d. s.d. l.a. u.s. u.k. u.n. e.u. r.i.');

/** Words of a photo credit ("Getty Images", "Pool Photo"): the run they end names no actor of the story. */
export const CREDIT_WORDS = wordList('images photo photos photography pictures');

/** Pronouns that are also surnames ("Zhao He"): part of a name when capitalised right after a name word mid-sentence. */
export const PRONOUN_SURNAMES = wordList('he');

/**
 * The kin of a named person taken together ("Weeks' family", "Rosa Alvarez's relatives"): a group the reader can
 * identify through the name, not an anonymous source.
 */
export const KIN_GROUPS = wordList('family families relatives parents children siblings sons daughters grandchildren');

/**
 * Those who speak for a named person ("Tarrow's spokeswoman", "Ines Roa's lawyers"): an unnamed source of their
 * own, unlike the person's critics or kin. A statement passed on through one of them ("denied it through her
 * lawyer") closes a content as an occasion does (clauses.ts TRAILING_OCCASION).
 */
export const SPOKESPEOPLE = wordList(
  'spokesman spokeswoman spokesperson spokespeople aide aides lawyer lawyers attorney attorneys adviser advisers advisor advisors staffer staffers representative representatives',
);

/** A word the dictionary knows only as a surname ("Whitlock", not "Ford" the company nor "Austin" the city). */
export const isKnownSurname = (lower: string): boolean => {
  const tags = tagsOf(lower);
  return tags.length === 1 && tags[0] === 'LastName';
};

/**
 * What keeps a definite description from standing for a person just named: a possessive names someone else's ("the
 * mayor's driver"); an ordinal or "other" counts one of a kind ("the other commissioner").
 */
export const EPITHET_BLOCKERS = /['’]s?[\s\u00a0]|\b(?:other|another|first|second|third|one)\b/i;

/**
 * Role heads that describe a person rather than name a post: bare after "the" they are the person just named ("Quill
 * told the station. “…,” the candidate said"), where a bare office ("the governor") is whoever holds it.
 */
export const BARE_EPITHETS = wordList('candidate nominee front-runner frontrunner hopeful businessman businesswoman billionaire tycoon');

/** Party words, capitalised but never names ("Democrat Hillary Clinton", "Republicans"). */
export const PARTY_WORDS = wordList('democrat democrats democratic republican republicans gop conservative conservatives labour tory tories liberal liberals independent independents socialist socialists libertarian libertarians');

/** Words that open a place name, not a personal name: "St Louis", "Fort Wayne", "San Bernardino", "Eau Claire". */
const PLACE_OPENERS = /^(?:st|st\.|saint|fort|ft\.?|san|santa|los|las|mount|mt\.?|port|lake|eau|el)\s/;

/** A capitalised phrase that names a place (see isPlaceWord), or opens like one. */
export const isPlaceName = (lower: string): boolean => isPlaceWord(lower) || PLACE_OPENERS.test(lower);

export function isCountry(lower: string): boolean {
  return placeFacts.of(lower).country;
}

/** Short forms of countries that act in the news ("The US welcomed", "the U.S."). */
const COUNTRY_SHORT = wordList('us u.s. usa u.s.a. uk u.k. uae eu e.u. america britain');

export function isDemonym(lower: string): boolean {
  return placeFacts.of(lower).demonym;
}

/** Faiths and peoples written capitalised, never names ("Muslim", "Evangelical Iowans", "Ottoman Turks"). */
const COMMUNITY_WORDS = wordList(
  'muslim muslims jewish jew jews catholic catholics islamist islamists evangelical evangelicals protestant ' +
    'protestants hindu hindus sikh sikhs buddhist buddhists mormon mormons jihadist jihadists sunni sunnis shiite ' +
    'shiites shia latino latinos latina latinas hispanic hispanics arab arabs turks kurds kurdish english ottoman',
);

/** A faith or people, or an inhabitant of a place ("Iowans", "Columbians"). */
export const isCommunityWord = (lower: string): boolean =>
  COMMUNITY_WORDS.has(lower) || (/ans$/.test(lower) && isPlaceWord(lower.slice(0, -2)));

const DEMONYM_EXTRA = wordList('us u.s. uk u.k. un u.n. eu e.u. qatari emirati saudi afghan iraqi gazan israeli palestinian ukrainian');

/** Calendar words: capitalised, never names. */
export function isCalendarWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => t === 'Month' || t === 'WeekDay') || CALENDAR_EXTRA.has(lower);
}

const CALENDAR_EXTRA = wordList(
  'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter ramadan eid ' +
    'thanksgiving',
);

/** "I’m", "Aren’t": contractions are function words, capitalised or not. */
export const CONTRACTION = /(?:['’](?:m|ve|re|ll|d)|n['’]t)$/;

/** The tail that makes a capitalised word a compound adjective ("Qaeda-linked", "Warren-style"). */
export const COMPOUND_ADJECTIVE = /-(?:based|linked|led|backed|born|owned|run|funded|winning|winner|supported|affiliated|aligned|inspired|style|type|leaning)$/;

/** A number written in words with a hyphen ("Sixty-seven"), which the dictionary reads as two words. */
const HYPHENATED_NUMBER = new RegExp(`^(?:${TENS_WORDS})-(?:${UNIT_WORDS})$`);

/**
 * Shapes no name has: contractions, adverbs ("Resoundingly", "Specifically"), compound adjectives
 * ("Arkansas-based", "Prize-winning", "Qaeda-linked"), which title-case headlines capitalise, and numbers in words
 * that open a sentence ("Sixty-seven percent of …").
 */
export const NOT_NAME_SHAPE = new RegExp(
  `${CONTRACTION.source}|^\\p{L}{3,}(?:ically|ionally|ually|ingly|ously|ively|ently|antly|edly|fully|ately|ily)$|${COMPOUND_ADJECTIVE.source}|${HYPHENATED_NUMBER.source}`,
  'u',
);

/** Dictionary tags of words that open a sentence and name no body ("Utilizing", "Given", "Unlike", "One"). */
const NAMELESS_TAGS: ReadonlySet<string> = new Set(['Gerund', 'Participle', 'Preposition', 'Adverb', 'Cardinal', 'TextValue', 'Conjunction', 'Determiner']);

/**
 * A lone capitalised word that names no organisation however a sentence opens on it: a participle, an adverb, a
 * preposition, a number word, or a pronoun with its verb contracted on ("Utilizing", "Probably", "Unlike", "One",
 * "It’s"); a first name or a word the dictionary knows as a name or a place is never one.
 */
export function isNamelessWord(lower: string): boolean {
  if (NOT_NAME_SHAPE.test(lower) || /^(?:it|that|what|there|here|who)['’]s$/.test(lower)) return true;
  const tags = stemTags(lower);
  if (isFirstName(lower) || tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'Organization' || t === 'ProperNoun')) return false;
  return tags.some((t) => NAMELESS_TAGS.has(t)) || (tags.length === 0 && /^\p{L}{3,}(?:ing|ly)$/u.test(lower));
}

/**
 * Source heads that name a crowd though they end in no -s ("people", "staff"): no he or she refers back to them.
 * Not claimFamilies.ts PLURAL_WITHOUT_S, on purpose: that list is of nouns that take a plural verb ("women fear"),
 * so it has men and women but not "family", "team" or "union", which name a crowd yet take "fears".
 */
export const COLLECTIVE_HEADS = wordList('people staff police personnel crew family team public group union');

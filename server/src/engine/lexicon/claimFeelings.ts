/**
 * Feelings named as nouns ("their disdain for the press", "distrust among riders", "drew the ire of the guild"):
 * motive claims read as phrases by findings/claimShapes.ts. Their verbs and adjectives are in claimFamilies.ts.
 */
import { inflections } from './inflections';

/** Feelings held toward someone or something ("disdain for"), and feelings about a matter ("frustration with"). */
const FEELINGS_TOWARD = 'disdain contempt scorn disgust admiration loathing animosity animus antipathy distaste fondness wariness'.split(' ');
const FEELINGS_ABOUT = (
  'frustration anger resentment fury outrage unease anxiety anxieties fears worries alarm dismay disappointment distrust ' +
  'mistrust suspicion suspicions enthusiasm excitement dissatisfaction discontent skepticism scepticism disillusionment ire angst jitters frustrations'
).split(' ');

/** A disposition toward an act, as a noun: "their desperation to stop him", "the board's reluctance to sell". */
const DISPOSITIONS = 'desperation eagerness reluctance impatience unwillingness hesitance hesitancy'.split(' ');

/** Ill feeling or a mood between people, given as fact: how they feel about each other. */
const MOOD = '(?:growing |deepening |widening )?(?:rift|bad blood|ill will) (?:between|with|within)|no love lost|(?:the )?mood (?:among|inside|within)|(?:frosty|icy|chilly|testy|tense|fraught|frayed) (?:relationship|relations)';

/** The morale of a group, up or down, stated as fact: how its members feel. */
const MORALE = 'morale (?:[\\w-]+ ){0,4}?(?:(?:has|have|had) )?(?:suffered|sagged|plummeted|sunk|sank|slumped|flagged|soared|cratered|collapsed|improved|(?:is|was|has been|remains?|remained) (?:low|high|shaken|battered))';

/**
 * Where a feeling named as a noun is ascribed, just before it: to a holder, a capitalised name within the sentence
 * ("Varne loathing for") or, with up to two lower-case words between ("its stubborn"), a possessive ("his", "the
 * guild’s", "the regents’"), a noun of people ("voter") or "by", whose clause's subject holds it ("gripped by
 * anxiety about"); or as the subject that opens its clause, after at most an article and one word that is no
 * preposition, whose verb then says it is there ("Frustration with the board has spread", "as the anger over fares
 * swept the harbour"). Case-sensitive, so a sentence's opening "The" names no holder.
 */
const HOLDER = String.raw`(?:\b(?:his|her|their|its|our|your|His|Her|Their|Its|Our|Your|voter|worker|member|donor|staff|investor|party|by)|\p{L}['’]s?) (?:\p{Ll}[\p{Ll}-]* ){0,2}|\S \p{Lu}[\p{L}-]* `;
const CLAUSE_SUBJECT = String.raw`(?:^\s*|[,;:] |\b(?:as|when|while|because|since|after|before|until|though|although|that|but) )(?:(?:[Tt]he|[Aa]n?) )?(?:(?!(?:of|from|in|on|at|to|for|with|by|into|over|about|under|amid|among)\b)\p{Ll}[\p{Ll}-]* )?`;
const ASCRIBED_BEFORE = `(?<=${HOLDER}|${CLAUSE_SUBJECT})`;

/** A word of the lists below as it may open a sentence: "[Ff]rustration". */
const openable = (words: readonly string[]): string => words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/**
 * Verbs that put a feeling into words in public: "expressed", "voiced", "aired", "vented", "registered", "made
 * clear", "made known", "made no secret of". Not "shared" or "raised" as the concern readers take them
 * (EXPRESSING_VERBS): to share a feeling is as often to hold it too ("growers who share the guild's anger at the
 * tolls"), and a worry raised with no agent is the reporter's own alarm (GUIDELINES: agentless "raised fears").
 */
const VOICING = [
  ...['express', 'voice', 'air', 'vent', 'register'].flatMap(inflections),
  '(?:make|makes|made|making) (?:no secret of|clear|known)',
].join('|');

/**
 * Not a feeling voiced: the object of a verb of expressing, a few words of its own before it ("aired its
 * frustration over the rota", "vented their collective disgust of the board", "registered her dismay at the
 * delay", "made no secret of his anger at"). Said aloud, the feeling is a public statement and its speaker
 * its source, not a private state the reporter ascribes. The words between hold no comma, so a voiced feeling
 * does not cover the next clause's.
 */
export const NOT_VOICED = `(?<!\\b(?:${VOICING}) (?:[^\\s,;:]+ ){0,4})`;

/** A feeling its holder's possessive owns ("their frustration", "his anger"), unless voiced: said, not held. */
export const FEELINGS_OWNED = new RegExp(`\\b(?:their|his|her|its) ${NOT_VOICED}(?:frustration|anger|fury|irritation|resentment|annoyance|unease)\\b`, 'i');

/**
 * Concern as a worry someone holds, with what it fears or where it sits ("her aides' concern that the ferries will
 * fail", "the concern within the guild is that …"), as the other feelings below. Singular only: "concerns" are as
 * often the issues themselves ("concerns over competitiveness"). A concern voiced is left out with the others
 * (NOT_VOICED).
 */
const CONCERN_HELD = '[Cc]oncern (?:that|about|over|with|within|among|inside)';

/**
 * A feeling as a noun with what it is about, where a holder or its clause's verb ascribes it: "voter frustration
 * with the board", "their disdain for the press", "the guild's eagerness to settle", "Anger over the tolls grew".
 * Named in passing with no holder ("quit over pay and a frustration with the rota", "kept flood fears at the top of
 * the agenda", "under review amid anger over fares"), it is a mood or an issue the sentence is about, and ascribes
 * a private state to nobody a reader could ask. "Concern" is read apart (CONCERN_HELD).
 */
const FEELING_NOUN = `(?:(?:${openable(FEELINGS_TOWARD)}) (?:for|toward|towards|of)|(?:${openable(DISPOSITIONS)}) (?:to|for)|(?:${openable(FEELINGS_ABOUT)}) (?:with|over|about|at|toward|towards)|${CONCERN_HELD})\\b`;
// the lookahead first, so the look back runs only where a feeling word starts (some eight times faster)
export const FEELING_NOUNS = new RegExp(`(?=${FEELING_NOUN})${NOT_VOICED}${ASCRIBED_BEFORE}${FEELING_NOUN}`, 'u');

/** A feeling with whom it sits ("distrust among riders"), a group's morale, a mood between people, given as fact. */
export const FEELINGS_AMONG = new RegExp(`\\b(?:(?:${FEELINGS_ABOUT.join('|')}) (?:among|within|inside|in)|${MORALE}|${MOOD})\\b`, 'i');

/**
 * A feeling won or drawn from others, stated as fact: "her candour won her the devotion of the ferry crews", "drew
 * the ire of the guild". Not criticism or praise, which are said in public.
 */
export const FEELINGS_EARNED = new RegExp(
  `\\b(?:earn(?:s|ed|ing)?|dr[ae]w(?:s|n|ing)?|incur(?:s|red|ring)?|w[io]n(?:s|ning)?|provok(?:e|es|ed|ing)|stok(?:e|es|ed|ing)) (?:[\\w-]+ ){0,3}?(?:${[...FEELINGS_TOWARD, ...FEELINGS_ABOUT, 'wrath', 'adulation', 'concern', 'hostility', 'enmity', 'loyalty', 'affection'].join('|')})\\b`,
  'i',
);

/**
 * Claim shapes read from general evidence (lexicon/claimFamilies.ts): a third-party holder with a verb of a
 * private state in any inflection, a feeling after a linking verb, a feeling caused in others, a causal link or a
 * loose figure stated as fact. The fallback after the set phrases of CLAIM_PATTERNS: copy words its claims in
 * more ways than any list of phrases holds.
 */
import { AUXILIARY_VERBS, DETERMINERS } from '../lexicon/grammar';
import {
  ASIDE_ADVERBS,
  BETWEEN_HOLDER_AND_VERB,
  CAUSATIVE_VERBS,
  CAUSE_PRONOUNS,
  CONFIDENT_FORECASTS,
  EFFECT_VERBS,
  EFFECTS_STATED,
  FEELINGS_LEFT,
  FORTUNES_JUDGED,
  INSIDERS_URGING,
  DOUBTS_PROMPTED,
  READ_AS_SIGN,
  REACTION_SHOWN,
  SEEMING,
  SHARE_AS_HOLDER,
  STANDING_JUDGED,
  STATES_HELD,
  FEELING_ADJECTIVES,
  FEELING_CAUSED,
  FEELING_DEGREES,
  familyForms,
  HOLDER_PRONOUNS,
  LINKING_VERBS,
  MODIFIER_ENDING,
  NOT_HOLDERS,
  PAST_ENDING,
  PLURAL_WITHOUT_S,
  PURPOSES,
  ACT_AS_EFFORT,
  VERB_FAMILIES,
  type VerbFamily,
} from '../lexicon/claimFamilies';
import { FEELING_NOUNS, FEELINGS_AMONG, FEELINGS_EARNED } from '../lexicon/claimFeelings';
import { LOADED_LABELS, REPORTED_DETAIL, SECOND_HAND, VERDICTS, WRONGDOING } from '../lexicon/claimVerdicts';
import { CAUSAL_LINKS, CAUSE_HELPED, CAUSE_OPENINGS, EFFECT_SO_FAR, EFFECT_WITH_CAUSE, NOT_A_CAUSE, PERSONS_ACTING } from '../lexicon/claimCauses';
import { FUNDS_STATED, GROUP_LEANING, LOOSE_FIGURES, RANK_STATED, SHARE_OF_VOTERS, VOTERS_MAKEUP, WORTH_STATED } from '../lexicon/claimFigures';
import { MODIFIER_SHAPES } from './modifierShapes';
import { lastReading } from '../text/lastReading';
import { mayMatch, screenedExec } from '../text/literalFilter';
import { matchesOf } from '../text/matches';
import type { ClaimCategory, ClaimConfidence } from '../model';
import { startsCapital } from '../text/tokens';

/**
 * A claim a text makes: its kind, how sure an editor would ask, and the words that make it. Defined here, below
 * claims.ts (which reads set phrases, then these shapes), so every reader of claims shares it without a cycle.
 */
export interface ClaimReading {
  category: ClaimCategory;
  confidence: ClaimConfidence;
  /** Offsets of the claim's wording, relative to the text read. */
  start: number;
  end: number;
}

/** A verb shape: its words (global, lower case only, so "Court" and "Trust" stay names) and what it claims. */
interface VerbShape {
  category: ClaimCategory;
  confidence: ClaimConfidence;
  pattern: RegExp;
  /** A verb that puts a feeling into others: what stands before it is a cause, which may be a relative ("which"). */
  causes?: boolean;
}

/** A participle before "by" is a passive ("negotiated by", "determined by"): the agent, not a holder's state. */
const NOT_PASSIVE = '(?!\\s+by\\b)';

const familyShape = (family: VerbFamily): VerbShape => {
  const forms = familyForms(family);
  const then = family.then ? `(?=\\s+(?:${family.then}))` : '';
  const unless = family.unless ? `(?!${family.unless})` : '';
  // not after a hyphen: "Varga-engineered" is a compound modifier, not a holder's verb
  return { ...family, pattern: new RegExp(`(?<!-)\\b(?:${forms.join('|')})\\b${then}${unless}${NOT_PASSIVE}`, 'g') };
};

/**
 * An effect verb in the passive ("access has been undermined", "were not imperiled") names no cause: the reporter
 * argues none. After the same "is" or "were" an "-ing" form is the active progressive ("the levy is undermining the
 * port"), whose subject is the cause.
 */
const effectShape = (): VerbShape => {
  const { pattern, ...shape } = familyShape(EFFECT_VERBS);
  const passive = '(?<!\\b(?:is|are|was|were|be|been|being)(?: not)?\\s+)';
  return { ...shape, pattern: new RegExp(`(?:${passive}|(?=[a-z]+ing\\b))${pattern.source}`, pattern.flags) };
};

const adjectiveShape = (category: 'motive' | 'belief'): VerbShape => ({
  category,
  confidence: 'high',
  pattern: new RegExp(
    `\\b(?:${LINKING_VERBS.join('|')})\\s+(?:(?:${FEELING_DEGREES.join('|')}|[a-z]+ly)\\s+){0,2}(?:${FEELING_ADJECTIVES[category].join('|')})\\b${NOT_PASSIVE}`,
    'g',
  ),
});

/**
 * A feeling caused, in the passive with its cause ("the crews were rattled by the fee", "have been startled by"):
 * the subject feels it, as with an adjective of feeling; the active form ("the fee rattled the crews") is read
 * with its cause below.
 */
const feltPassiveShape = (): VerbShape => ({
  category: 'motive',
  confidence: 'high',
  pattern: new RegExp(
    `\\b(?:${LINKING_VERBS.join('|')})\\s+(?:(?:${FEELING_DEGREES.join('|')}|[a-z]+ly)\\s+){0,2}(?:${FEELING_CAUSED.filter((f) => f.endsWith('ed')).join('|')})\\s+(?:by|with|at|over|about)\\b`,
    'g',
  ),
});

/** The verb shapes, most specific first: a linking verb with a feeling, a feeling caused, then the families. */
const VERB_SHAPES: readonly VerbShape[] = [
  adjectiveShape('motive'),
  adjectiveShape('belief'),
  feltPassiveShape(),
  { category: 'motive', confidence: 'high', pattern: new RegExp(`\\b(?:${FEELING_CAUSED.join('|')})\\b(?=\\s+[A-Za-z])${NOT_PASSIVE}`, 'g'), causes: true },
  ...VERB_FAMILIES.map(familyShape),
  effectShape(),
];

/** Shapes that need no holder, in the order they name a claim. */
const PHRASE_SHAPES: readonly { category: ClaimCategory; confidence: ClaimConfidence; pattern: RegExp }[] = [
  { category: 'accusation', confidence: 'high', pattern: WRONGDOING },
  { category: 'accusation', confidence: 'medium', pattern: VERDICTS },
  { category: 'intention', confidence: 'high', pattern: STATES_HELD },
  { category: 'deliberation', confidence: 'high', pattern: INSIDERS_URGING },
  { category: 'causal', confidence: 'medium', pattern: STANDING_JUDGED },
  { category: 'causal', confidence: 'medium', pattern: FORTUNES_JUDGED },
  { category: 'accusation', confidence: 'medium', pattern: LOADED_LABELS },
  { category: 'motive', confidence: 'medium', pattern: FEELING_NOUNS },
  { category: 'motive', confidence: 'medium', pattern: FEELINGS_AMONG },
  { category: 'motive', confidence: 'medium', pattern: FEELINGS_EARNED },
  { category: 'motive', confidence: 'high', pattern: FEELINGS_LEFT },
  { category: 'motive', confidence: 'high', pattern: DOUBTS_PROMPTED },
  { category: 'motive', confidence: 'medium', pattern: PURPOSES },
  { category: 'motive', confidence: 'medium', pattern: ACT_AS_EFFORT },
  ...MODIFIER_SHAPES,
  { category: 'prediction', confidence: 'medium', pattern: CONFIDENT_FORECASTS },
  { category: 'causal', confidence: 'medium', pattern: READ_AS_SIGN },
  { category: 'causal', confidence: 'medium', pattern: EFFECTS_STATED },
  { category: 'causal', confidence: 'medium', pattern: EFFECT_WITH_CAUSE },
  { category: 'accusation', confidence: 'medium', pattern: SECOND_HAND },
  { category: 'figure', confidence: 'medium', pattern: REPORTED_DETAIL },
  { category: 'figure', confidence: 'medium', pattern: SHARE_OF_VOTERS },
  { category: 'figure', confidence: 'medium', pattern: VOTERS_MAKEUP },
  { category: 'figure', confidence: 'medium', pattern: GROUP_LEANING },
  { category: 'figure', confidence: 'medium', pattern: RANK_STATED },
  { category: 'figure', confidence: 'medium', pattern: FUNDS_STATED },
  { category: 'figure', confidence: 'medium', pattern: WORTH_STATED },
];

/**
 * The shape a text's words make, or null: a holder's state first, then a causal link, then a loose figure. A
 * first-person sentence is read twice in a row (claims.ts: to clear it, then to read it), hence the last reading kept.
 */
export const readShape = lastReading((text: string): ClaimReading | null => {
  for (const shape of VERB_SHAPES) {
    // most sentences hold none of a family's words: the literal test skips the scan (see text/literalFilter.ts)
    if (!mayMatch(shape.pattern, text)) continue;
    shape.pattern.lastIndex = 0;
    for (let m = shape.pattern.exec(text); m; m = shape.pattern.exec(text)) {
      // a reaction that showed ("seemed rattled") is what was seen, not a state the reporter reads into its holder
      if (REACTION_SHOWN.test(text.slice(Math.max(0, m.index - REACTION_REACH), m.index + m[0].length))) continue;
      if (heldBy(text, m.index, m[0], shape.causes)) return { category: shape.category, confidence: shape.confidence, start: m.index, end: m.index + m[0].length };
    }
  }
  for (const { category, confidence, pattern } of PHRASE_SHAPES) {
    const m = screenedExec(pattern, text);
    if (m) return { category, confidence, start: m.index, end: m.index + m[0].length };
  }
  // a causal link that opens the sentence sets the scene for its main clause ("In response to the ruling, …")
  const causal = screenedExec(CAUSAL_LINKS, text) ?? effectSoFar(text) ?? causeHelped(text);
  if (causal && text.slice(0, causal.index).trim()) return { category: 'causal', confidence: 'medium', start: causal.index, end: causal.index + causal[0].length };
  const figure = screenedExec(LOOSE_FIGURES, text);
  return figure && { category: 'figure', confidence: 'medium', start: figure.index, end: figure.index + figure[0].length };
});

const CAUSED_FORMS: ReadonlySet<string> = new Set(FEELING_CAUSED);

/**
 * Whether a claim's words put a feeling into others ("angered", "drew the ire"): who feels it is named after
 * them ("… angered the growers"), not before, where the cause stands.
 */
export const feltByObject = (wording: string): boolean => CAUSED_FORMS.has(wording.toLowerCase()) || FEELINGS_EARNED.test(wording);

/** Whether the holder at `i` is the object of a causative verb, right before it or before its determiner. */
const madeTo = (words: readonly string[], i: number): boolean => {
  const before = (words[i - 1] ?? '').toLowerCase();
  return CAUSATIVE_VERBS.has(before) || (DETERMINERS.has(before) && CAUSATIVE_VERBS.has((words[i - 2] ?? '').toLowerCase()));
};

/** A text's words and marks, as a holder is read from them. */
const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];

/**
 * Whether the words right before a state end on its holder as the object of "make" or "help" ("… make his backers
 * "): for a state another reading found (the private-state extractor's), as `heldBy` reads its own.
 */
export const madeToFeel = (before: string): boolean => {
  const words = wordsOf(before.slice(-HOLDER_REACH));
  return madeTo(words, words.length - 1);
};

/** How far before a feeling the verb that shows it ("appeared visibly rattled") is looked for. */
const REACTION_REACH = 24;

/** A perfect auxiliary right before a verb, an adverb or a negation between: "have unsettled", "has not rattled". */
const PERFECT_BEFORE = /\b(?:has|have|had)(?:\s+(?:not|\p{Ll}+ly))?\s+$/u;

/** How far back a holder is looked for: a few words, so each test stays bounded. */
const HOLDER_REACH = 80;

/**
 * How many words right before word `i` stand between a holder and its verb: one auxiliary, negation or adverb, the
 * two of an impression ("seemed to"), which only hedges what the holder is said to hold, or an adverb set off by
 * commas (", however,"). 0 at the holder.
 */
function between(words: readonly string[], i: number): number {
  if (i < 0) return 0;
  if (words[i] === ',' && words[i - 2] === ',' && ASIDE_ADVERBS.has((words[i - 1] ?? '').toLowerCase())) return 3;
  if (BETWEEN_HOLDER_AND_VERB.has(words[i].toLowerCase().replace('’', "'")) || /^\p{Ll}+ly$/u.test(words[i])) return 1;
  return words[i] === 'to' && SEEMING.has((words[i - 1] ?? '').toLowerCase()) ? 2 : 0;
}

/**
 * The words of `reach` (what stands right before a verb) and where its holder is among them: the last word once the
 * words between a holder and its verb (see `between`) are stepped over; `stepped` when there were any.
 */
function holderIn(reach: string): { words: string[]; i: number; stepped: boolean } {
  const words = wordsOf(reach);
  let i = words.length - 1;
  let stepped = false;
  for (let skip = between(words, i); skip > 0; skip = between(words, i)) {
    i -= skip;
    stepped = true;
  }
  return { words, i, stepped };
}

/**
 * The first match of `pattern` (global) whose subject, right before it, is a cause and not a person who acted:
 * not one of `notCauses` ("he", "who"), nor a capitalised name ("Mr. Vane helped draft …"), unless a pronoun of a
 * cause opens the sentence ("This has helped …"). Or null.
 */
function causeAt(pattern: RegExp, notCauses: ReadonlySet<string>, text: string): RegExpExecArray | null {
  if (!mayMatch(pattern, text)) return null;
  for (const m of matchesOf(pattern, text)) {
    const { words, i } = holderIn(text.slice(Math.max(0, m.index - HOLDER_REACH), m.index));
    const subject = words[i];
    if (!subject || notCauses.has(subject.toLowerCase())) continue;
    if (startsCapital(subject) && !(CAUSE_OPENINGS.has(subject.toLowerCase()) && m.index <= HOLDER_REACH && i === 0)) continue;
    return m;
  }
  return null;
}

/** The first "helped" (see CAUSE_HELPED) whose subject is a cause, not a person who lent a hand, or null. */
const causeHelped = (text: string) => causeAt(CAUSE_HELPED, NOT_A_CAUSE, text);

/** The first effect summed up in the perfect (see EFFECT_SO_FAR) whose subject is a cause, not a person who acted, or null. */
const effectSoFar = (text: string) => causeAt(EFFECT_SO_FAR, PERSONS_ACTING, text);

/**
 * Whether the verb at `at` has a third-party holder right before it (past auxiliaries, negation and adverbs):
 * a pronoun, a name, or a noun. A present form, often also a noun ("fears", "plans"), needs clearer evidence that
 * it is the verb: an auxiliary, a name or pronoun, a plural noun, or a noun after a determiner.
 */
function heldBy(text: string, at: number, verb: string, causes = false): boolean {
  const reach = text.slice(Math.max(0, at - HOLDER_REACH), at);
  // a feeling caused, in the perfect, is a verb whatever its subject, which is a cause and may stand far back ("the
  // war in the delta and the floods, coming in one year, have unsettled many islanders")
  if (causes && PERFECT_BEFORE.test(reach)) return true;
  // a share of people ("12 percent of the islanders not planning to …") is a poll's count, not a holder
  if (SHARE_AS_HOLDER.test(reach)) return false;
  const { words, i, stepped } = holderIn(reach);
  let auxiliary = stepped;
  const holder = words[i];
  if (!holder || /['’]s?$/.test(holder) || !/^\p{L}/u.test(holder)) return false;
  const lower = holder.toLowerCase();
  const head = verb.split(/\s/)[0];
  // a shape that opens on "is", "were", "has" … is a verb whatever the noun before it ("the ferry guild is wary")
  auxiliary ||= BETWEEN_HOLDER_AND_VERB.has(head.toLowerCase());
  const past = PAST_ENDING.test(head);
  const progressive = head.endsWith('ing');
  if (progressive && !auxiliary) return false;
  if (HOLDER_PRONOUNS.has(lower)) return true;
  // a second verb of the same subject after an auxiliary ("… hired a pollster and is weighing a run"), not a noun
  // or an adjective in a pair ("hopes and fears", "divided and demoralized")
  if (lower === 'and') return [...words.slice(i + 1), head].some((w) => AUXILIARY_VERBS.has(w.toLowerCase()));
  // "that" may instead open a clause before an adjective ("told that worried parents could stay"): it stands for a
  // cause only when it opens the sentence or an auxiliary shows the verb ("that has rattled")
  if (causes && CAUSE_PRONOUNS.has(lower)) return lower !== 'that' || auxiliary || (i === 0 && at <= HOLDER_REACH);
  if (NOT_HOLDERS.has(lower)) return false;
  // the object of "make" or "help" ("make his backers feel heard") is given the state as an effect: nobody holds it yet
  if (madeTo(words, i)) return false;
  // "voters who fear …" is generic; "aides who feared …" tells what they felt
  if (lower === 'who') return past;
  if (startsCapital(holder) || past || auxiliary || progressive) return true;
  if (MODIFIER_ENDING.test(lower)) return false;
  // a present form that is also a noun needs a subject: a plural, or a noun after a determiner ("the union
  // fears"), not a verb's object ("did not unveil plans")
  const before = words[i - 1] ?? '';
  return /[^s]s$/.test(lower) || PLURAL_WITHOUT_S.has(lower) || DETERMINERS.has(before.toLowerCase()) || /^\p{Lu}|['’]s?$/u.test(before);
}

/**
 * The unattributed-claim classifier's sentence-level judgement: does this sentence, on its own words, assert
 * something the reporter cannot have observed, and where? Pure functions of a sentence's text, so they can be
 * tested and tuned apart from the pipeline; whether the claim is sourced by an attribution or its neighbours is
 * decided in findings.ts.
 */
import {
  ANONYMITY_REASON,
  CLAIM_PATTERNS,
  EMBED,
  FIRST_PERSON,
  FIRST_PERSON_HEDGE,
  OWN_STATE_BEFORE,
  HEARSAY,
  HEDGED_FRAMING,
  BACK_REFERENCE,
  BACKGROUND_OPENING,
  KICKER,
  NEW_POINT,
  PRIVATE_SPEECH,
  POST_SIGNATURE,
  PUBLIC_SCHEDULE,
  SAY_AS_NOUN,
  SPEAKER_LABEL,
  WRITERS_SAYING,
  SPOKEN_WEASEL,
  TOPIC_STOP_WORDS,
  VAGUE_SOURCES,
} from '../lexicon/claims';
import type { ClaimCategory } from '../model';
import { SOURCE_DOCUMENT_NOUNS } from '../lexicon/documents';
import { WRONGDOING } from '../lexicon/claimVerdicts';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { CLAUSE_CONJUNCTION } from '../lexicon/clauses';
import { readShape, type ClaimReading } from './claimShapes';
import { lastReading } from '../text/lastReading';
import { mayMatch, screenedExec, screenedTest } from '../text/literalFilter';
import { PRIVATE_STATE_CATEGORIES } from '../lexicon/claimFamilies';
import { inCapitals, isTitleCase } from '../text/titleCase';
import { countWords } from '../text/chars';

/**
 * The lexicon is written with plain spaces; news copy has no-break and thin spaces and tabs between words.
 * Replaced one for one, so offsets still hold.
 */
const plainSpaces = (text: string): string => text.replace(/[\t\u00a0\u2007\u202f]/g, ' ');

/** A weasel source inside a sentence; offsets relative to the text given. */
export interface VagueSource {
  start: number;
  end: number;
  text: string;
}

/**
 * The claim a sentence makes on its own words, or null when it makes none the reporter needs a source for.
 * The text should have quoted words blanked out (they are the speaker's, not the reporter's). Questions, the
 * reporter's own hedges ("It is unclear …"), first-person sentences (unless they accuse), transcript lines (speech the quote finder
 * missed), all-capital lines, sentences with a weasel source (flagged as such) and announced schedules are not
 * claims. Whether a source in the sentence covers the claim is `sourcedWithin`'s question.
 */
export function readClaim(sentence: string): ClaimReading | null {
  const words = asserted(sentence);
  return mayClaim(words) ? matchClaim(words) : null;
}

/** The question a sentence ends on, after its last colon, with what may close it. */
const QUESTION_AFTER_COLON = /:\s[^:]*\?[”"’')\]]*\s*$/;

/**
 * What a sentence asserts: all of it, or the statement before its last colon when a question follows ("Many skippers
 * expected a vote: would the guild strike?"), as the question asks nothing of the reader's trust and the statement
 * does. A prefix, so offsets hold. Not when the words before the colon ask too.
 */
export function asserted(sentence: string): string {
  const m = QUESTION_AFTER_COLON.exec(sentence);
  const statement = m && !sentence.slice(0, m.index).includes('?') ? sentence.slice(0, m.index) : sentence;
  // most sentences hold none of a schedule's words: the literal test skips the scan (see text/literalFilter.ts)
  return mayMatch(PUBLIC_SCHEDULE, statement) ? statement.replace(SCHEDULES, (s) => ' '.repeat(s.length)) : statement;
}

/** Every announced schedule in a text (see PUBLIC_SCHEDULE), to be blanked. */
const SCHEDULES = new RegExp(PUBLIC_SCHEDULE.source, 'gi');

/** The first claim pattern a sentence matches (then the general shapes of claimShapes.ts), without `mayClaim`'s gate (for a caller that has asked it). */
export function matchClaim(sentence: string): ClaimReading | null {
  const plain = plainSpaces(sentence);
  const lead = plain.length - plain.trimStart().length + (KICKER.exec(plain.trimStart())?.[0].length ?? 0);
  // A contrast or a setting before the main clause ("In contrast to …,") is background; the main clause asserts.
  const from = lead + (BACKGROUND_OPENING.exec(plain.slice(lead))?.[0].length ?? 0);
  const text = plain.slice(from);
  for (const { category, confidence, pattern } of CLAIM_PATTERNS) {
    const match = screenedExec(pattern, text);
    if (match) return { category, confidence, start: from + match.index, end: from + match.index + match[0].length };
  }
  const shape = readShape(text);
  return shape && { ...shape, start: from + shape.start, end: from + shape.end };
}

/**
 * Whether a sentence may make a claim of the reporter's at all: not a question, a transcript line, an embedded
 * post, a line in capitals, a hedge, first person, words given to a weasel source (see SPOKEN_WEASEL) or an announced schedule.
 */
export const mayClaim = lastReading((sentence: string): boolean => {
  const plain = plainSpaces(sentence);
  const text = plain.trim();
  const kicker = KICKER.exec(text)?.[0].length ?? 0;
  if (!text || text.endsWith('?') || SPEAKER_LABEL.test(text) || EMBED.test(text) || POST_SIGNATURE.test(text) || isShouted(text.slice(kicker)) || isTitleCased(text)) return false;
  if (screenedTest(HEDGED_FRAMING, plain) || screenedTest(PUBLIC_SCHEDULE, plain)) return false;
  if (FIRST_PERSON.test(plain) && !ACCUSATIONS.some((p) => p.test(plain)) && !statesOfOthers(plain)) return false;
  return findVagueSources(plain).every((v) => !SPOKEN_WEASEL.test(v.text));
});

/**
 * Accusations of dishonesty or wrongdoing: a columnist's first person ("We have seen this cover-up before", "in our
 * town the dockers are harassed by the harbour police") does not make them opinion; an editor still asks who says
 * so. Wrongdoing read as a phrase (claimShapes' WRONGDOING) is such a charge too.
 */
const ACCUSATIONS = [...CLAIM_PATTERNS.filter((c) => c.category === 'accusation' && c.confidence === 'high').map((c) => c.pattern), WRONGDOING];

/** How far before a state its first-person holder is looked for: a pronoun, an auxiliary and an adverb. */
const OWN_STATE_REACH = 40;

/**
 * A state of mind the sentence gives a third party ("you can bet the trustees want …"): a columnist's voice does
 * not make a claim about others' private states an opinion.
 */
const statesOfOthers = (text: string): boolean => {
  if (FIRST_PERSON_HEDGE.test(text)) return false;
  const shape = readShape(text);
  // "I have no plans to …", "we would love to": the writer's own state, which the writer is the source for
  return shape !== null && PRIVATE_STATE_CATEGORIES.has(shape.category) && !OWN_STATE_BEFORE.test(text.slice(Math.max(0, shape.start - OWN_STATE_REACH), shape.start));
};

/** The kind of claim a sentence makes that nothing in its own words sources (see `readClaim`, `sourcedWithin`). */
export function classifyClaim(sentence: string, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): ClaimCategory | null {
  const claim = readClaim(sentence);
  return claim && !sourcedWithin(sentence, claim.start, vocabulary) ? claim.category : null;
}

/**
 * All capitals: a kicker, a sub-heading or a transcript label the segmenter took for body copy. Every such line is in
 * title case too, but `isTitleCased` asks five long words of it, and a short line in capitals ("FERRY STRIKE ENDS
 * AT DAWN") has fewer: so the two gates stay two, on the same title-style reading.
 */
function isShouted(text: string): boolean {
  // a small letter answers at once, and nearly every sentence has one early
  return inCapitals(text) && (text.match(/[A-Z]/g)?.length ?? 0) >= 8;
}

/** The fewest words of four letters or more a line needs before its capitals say it is a title, not a name. */
const TITLE_WORDS = 5;

/** A run of four letters or more: a hyphen or a figure parts words, so "Anti-Extremism" counts twice, "2026" not at all. */
const LONG_WORD = /[\p{L}'’]{4,}/gu;

/**
 * A line in title style (text/titleCase.ts) with words enough to be more than a name ("Mayor Thinks The Levy Will
 * Pass"): a headline or a teaser the segmenter took for body copy; a sentence capitalises only its names, and its
 * verbs are not names, short ones ("has", "won") included.
 */
const isTitleCased = (text: string): boolean => isTitleCase(text) && (text.match(LONG_WORD)?.length ?? 0) >= TITLE_WORDS;

/**
 * Blanks speech done in private ("privately told"): that the words were said is itself the claim; hearsay with
 * nobody named ("is said to"); "say" as a noun ("get their say") and the writer's own "needless to say": none of
 * them credits anybody.
 */
const withoutPrivateSpeech = (sentence: string): string =>
  [PRIVATE_SPEECH, HEARSAY, SAY_AS_NOUN, WRITERS_SAYING].reduce(blankedAll, plainSpaces(sentence));

/** The text with every match of a global pattern blanked; most sentences hold none, and the literal test says so at once. */
const blankedAll = (text: string, pattern: RegExp): string => (mayMatch(pattern, text) ? text.replace(pattern, (m) => ' '.repeat(m.length)) : text);

/**
 * Whether a sentence names where some claim comes from (a reporting verb, a document, data). The built-in cue
 * pattern is screened by its literals; a house style's is not, as the literal index keeps every pattern it is
 * asked about and a desk makes a new one at each save.
 */
export const hasSourcingCue = (sentence: string, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): boolean => {
  const text = withoutPrivateSpeech(sentence);
  return vocabulary === BUILT_IN_VOCABULARY ? screenedTest(vocabulary.sourcingCue, text) : vocabulary.sourcingCue.test(text);
};

const SOURCE_DOCUMENTS: ReadonlySet<string> = new Set(SOURCE_DOCUMENT_NOUNS);

/** How many words may follow a cue that looks back on the clause before it (", she said on Tuesday in Rome."). */
const TRAILING_WORDS = 8;

/**
 * Whether a sourcing cue in the sentence's own words covers the claim at offset `at`: a cue before the claim
 * introduces it ("According to the ministry, the rebels want …", "Aides said the mayor wants …"); a cue after it
 * covers it only when it closes the sentence and looks back (", two aides said."), not when it opens a clause of
 * its own ("…, and the mayor said on Tuesday that he opposed it"). A noun ("statement", "poll", "remarks") names
 * where words come from but attributes nothing by itself: the verb with it ("a poll shows") does.
 */
export function sourcedWithin(sentence: string, at: number, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): boolean {
  const text = withoutPrivateSpeech(sentence);
  const cues = new RegExp(vocabulary.sourcingCue.source, 'gi');
  for (let m = cues.exec(text); m; m = cues.exec(text)) {
    if (SOURCE_DOCUMENTS.has(m[0].toLowerCase())) continue;
    if (m.index < at) return true;
    if (looksBack(text, at, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

/** A cue with more characters than this after it cannot close the sentence; also keeps each test bounded. */
const TRAILING_REACH = 120;

function looksBack(text: string, claimAt: number, cueStart: number, cueEnd: number): boolean {
  if (text.length - cueEnd > TRAILING_REACH) return false;
  const after = text.slice(cueEnd);
  if (countWords(after) > TRAILING_WORDS || /\bthat\b/i.test(after)) return false;
  // The cue's clause starts at the last comma or dash before it; it must not be a clause of its own ("and …").
  const between = text.slice(claimAt, cueStart);
  const clause = between.slice(Math.max(between.lastIndexOf(','), between.lastIndexOf('—'), between.lastIndexOf(' – ')) + 1);
  return /[,—–]/.test(between) && !CLAUSE_CONJUNCTION.test(clause);
}

/** The most words an attribution may have and still be only "…, he said." for the sentence before it. */
const BARE_ATTRIBUTION_WORDS = 8;

/**
 * Whether a sentence only attributes what came before it: "Her aides confirmed it.", "That is what two aides
 * said.", a bare "He said so on Monday." — a sourcing cue in the reporter's words (`reporterWords`, quotes
 * blanked) with nothing of its own to say: a quotation it introduces (in `fullText`) is something of its own.
 */
export function pointsBack(reporterWords: string, fullText: string, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): boolean {
  const text = withoutPrivateSpeech(reporterWords);
  if (!vocabulary.sourcingCue.test(text)) return false;
  return countWords(fullText, 0, fullText.length, BARE_ATTRIBUTION_WORDS + 1) <= BARE_ATTRIBUTION_WORDS || BACK_REFERENCE.test(text);
}

/** Whether a sentence opens on a turn ("However, …", "But …"), so its sourcing does not reach back. */
export const opensNewPoint = (sentence: string): boolean => NEW_POINT.test(plainSpaces(sentence));

/** Whether the text says why a source is unnamed ("spoke on condition of anonymity because …"). */
export const explainsAnonymity = (text: string): boolean => ANONYMITY_REASON.test(plainSpaces(text));

/** Weasel sources ("critics argue", "it is believed") in a sentence, in reading order. */
export function findVagueSources(sentence: string): VagueSource[] {
  const found: VagueSource[] = [];
  const text = plainSpaces(sentence);
  for (const pattern of VAGUE_SOURCES) {
    const match = screenedExec(pattern, text);
    if (match && !found.some((f) => f.start < match.index + match[0].length && match.index < f.end)) {
      found.push({ start: match.index, end: match.index + match[0].length, text: sentence.slice(match.index, match.index + match[0].length) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The words that say what a text is about: common words in lower case, a plural's -s dropped, function words
 * left out. Capitalised words are left out too: the same names run through a whole story, so sharing them says
 * nothing about sharing a claim (the holder is matched by actor instead). Two sentences that share some of
 * these are on the same topic (a claim and the attribution after it).
 */
export function topicWords(text: string): Set<string> {
  const words = plainSpaces(text).match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{2,}/gu) ?? [];
  // a function word is left out before its -s is dropped: "has" and "this" are not the topic words "ha" and "thi"
  const content = words.filter((w) => !TOPIC_STOP_WORDS.has(w));
  return new Set(content.map((w) => w.replace(/['’]s$/, '').replace(/(?<=[^s])s$/, '')).filter((w) => !TOPIC_STOP_WORDS.has(w)));
}

/** What the claim is, in words, for the message: "what council members fear", "a figure". */
const CLAIM_WORDS: Record<ClaimCategory, string> = {
  intention: 'what someone plans or wants',
  deliberation: 'what was discussed or agreed in private',
  motive: 'what someone feels or why they act',
  belief: 'what someone believes',
  accusation: 'an accusation or a judgement of someone',
  figure: 'a figure or a detail that is not public record',
  prediction: 'a prediction',
  causal: 'a cause or a verdict',
};

/**
 * The message for an unattributed claim, naming its kind; `holder` and `state` are the words of a private state
 * the sentence reports ("council members", "fear"), when the attribution extractor found them.
 */
export function claimMessage(category: ClaimCategory, holder?: { who: string; state: string }): string {
  const what = holder ? `what ${holder.who} ${holder.state}` : CLAIM_WORDS[category];
  return `States ${what}; nobody is credited for it — who told you?`;
}

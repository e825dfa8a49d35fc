/**
 * Sources: the noun phrase that speaks, found right before its cue ("two senior officials said") or right after
 * it ("said Dana Whitfield"). Where an appositive before the cue opens ("Whitfield, a former envoy, said") is
 * appositives.ts's; the subject of the sentence a participle or coordinated cue hangs on ("…, saying", "and
 * added") is subjects.ts's.
 */
import type { Span } from '../model';
import {
  ADVERBIAL_PREPOSITIONS,
  ANONYMITY_CLAUSE,
  COUNT_DETERMINERS,
  COUNTED_PEOPLE,
  DESCRIBED_HEAD,
  ELLIPTICAL_SOURCE,
  RAISING_BEFORE,
  SOURCE_HEADS,
  SOURCE_PHRASE_LINK,
  SOURCE_PHRASE_LINK_BEFORE,
  SOURCE_PHRASE_LINK_INSIDE,
  SOURCE_TIME_BETWEEN,
  SHARE_AT_END,
} from '../lexicon/sources';
import { paragraphMemo } from '../text/paragraphMemo';
import {
  PROGRESSIVE,
  CATENATIVE_BEFORE,
  NP_OPENERS,
  NP_PREPOSITIONS,
  NP_STOPS,
  PRONOUNS,
  TIME_WORDS,
  isCuePrefix,
  isBeforeVerb,
  SOURCE_CUE_TIME,
  CONTRACTED_AUXILIARY,
  SOURCE_OR_PREFIX,
  STANDALONE_DETERMINERS,
} from '../lexicon/cues';
import type { Vocabulary } from '../lexicon/vocabulary';
import { type Token, tokensIn, isBlank, isCapitalised, endsPossessive, isPossessiveTail, trimEnd } from './words';
import { EVIDENCE_HEADS } from '../lexicon/documents';
import { isPersonNoun } from './modifiedHeads';
import { AUXILIARY_VERBS, RELATIVE_PRONOUNS } from '../lexicon/grammar';
import { isCalendarWord, isFirstName } from '../lexicon/people';
import { ROLE_HEADS, roleHeadAmong } from '../lexicon/roles';
import { NO_SOURCE_WORDS, NOT_EXTRAPOSED, OWNER_PRONOUNS } from '../lexicon/sources';
import { startsCapital } from '../text/tokens';

const MAX_SOURCE_WORDS = 16;

export const SOURCE_WINDOW = 200;

/**
 * A word that may stand inside a source noun phrase (capitalised, a number, or a lowercase non-function word); a
 * cue word only as a capitalised first name ("spokeswoman Hope Hicks said").
 */
export const isPhraseWord = (t: Token, vocabulary: Vocabulary) =>
  !NP_STOPS.has(t.lower) &&
  !(isCapitalised(t) && TIME_WORDS.has(t.lower)) &&
  (!vocabulary.cueClass(t.lower) || (isCapitalised(t) && isFirstName(t.lower)));

/** A noun a preposition links to the phrase after it: a document may be a cue word too ("Notes from the meeting"). */
const isLinkedNoun = (t: Token, vocabulary: Vocabulary) => isPhraseWord(t, vocabulary) || EVIDENCE_HEADS.test(t.text);

/**
 * Token `i` in a noun phrase: a cue word too when it names a record that speaks ("The audit report said", "new
 * polls show", as `isLinkedNoun` reads it), or when a determiner or a possessive makes it a noun ("the company’s plans").
 */
const isPhraseWordAt = (tokens: Token[], i: number, vocabulary: Vocabulary) =>
  isLinkedNoun(tokens[i]!, vocabulary) ||
  (!NP_STOPS.has(tokens[i]!.lower) && i > 0 && (endsPossessive(tokens[i - 1]!.text) || NP_OPENERS.has(tokens[i - 1]!.lower)));

/** The noun phrase that ends at `end` ("two senior officials", "Dana Whitfield", "he"), walking back. */
export function phraseBefore(text: string, floor: number, end: number, vocabulary: Vocabulary): Span | null {
  end = skipParenthetical(text, floor, end);
  // "About seven in 10 said", "Thirty-two percent said": a share of those asked, whole, is the phrase
  const share = SHARE_AT_END.exec(text.slice(Math.max(floor, end - 40), end));
  if (share) return { start: end - share[1].length, end };
  // "42% say": the percent sign closes the number that heads the phrase
  if (/\d%$/.test(text.slice(Math.max(floor, end - 2), end))) {
    const phrase = phraseOfWords(text, floor, end - 1, vocabulary);
    return phrase && phrase.end === end - 1 ? { start: phrase.start, end } : phrase;
  }
  return phraseOfWords(text, floor, end, vocabulary);
}

/** phraseBefore's backward walk over the words that end at `end`. */
function phraseOfWords(text: string, floor: number, end: number, vocabulary: Vocabulary): Span | null {
  const tokens = tokensIn(text, Math.max(floor, end - SOURCE_WINDOW), end);
  let i = tokens.length - 1;
  if (i < 0 || !isBlank(text, tokens[i].end, end)) return null;
  const head = tokens[i];
  // "…, who asked not to be named": the clause describes the source before it, no source of its own speaks
  if (ANONYMITY_CLAUSE.test(text.slice(head.start, head.start + 100))) return null;
  const described = describedSource(text, floor, end, vocabulary);
  if (described) return described;
  const subject = subjectBeforeAuxiliary(text, floor, tokens, vocabulary);
  if (subject !== undefined) return subject;
  if (PRONOUNS.has(head.lower) || relativeSource(text, tokens, i, vocabulary)) return { start: head.start, end: head.end };
  // "a mother of three"; "Some say …", "Another tweeted …"; "one in four said"
  const ratio = tokens[i - 1]?.lower === 'in' && NP_OPENERS.has(tokens[i - 2]?.lower ?? '');
  if (ratio && NP_OPENERS.has(head.lower)) return { start: tokens[i - 2]!.start, end: head.end };
  const counted =
    NP_OPENERS.has(head.lower) &&
    (tokens[i - 1]?.lower === 'of' || STANDALONE_DETERMINERS.has(head.lower) || countedPeople(tokens, i));
  if (!isPhraseWordAt(tokens, i, vocabulary) || (NP_OPENERS.has(head.lower) && !counted) || NP_PREPOSITIONS.has(head.lower)) {
    return null;
  }
  let start = head.start;
  for (i--; i >= 0 && tokens.length - i <= MAX_SOURCE_WORDS; i--) {
    const t = tokens[i];
    // "the dockworkers’ union": a plural possessive's mark stands between the words
    const pluralPossessive = /s$/i.test(t.text) && /^[’'][ \u00a0]+$/.test(text.slice(t.end, start));
    const joined = isBlank(text, t.end, start) || isPossessiveTail(tokens[i + 1]) || pluralPossessive;
    if (!joined) break;
    if (NP_OPENERS.has(t.lower)) {
      start = t.start;
      const prep = tokens[i - 1];
      const noun = tokens[i - 2];
      const linked = prep && noun && NP_PREPOSITIONS.has(prep.lower) && isBlank(text, prep.end, t.start);
      if (prep?.lower === 'and' && OWNER_PRONOUNS.has(t.lower)) continue; // "Brannock and her deputies": read below
      if (!linked || !isLinkedNoun(noun, vocabulary) || NP_OPENERS.has(noun.lower)) break;
      continue;
    }
    if (NP_PREPOSITIONS.has(t.lower)) {
      const noun = tokens[i - 1];
      if (!noun || !isBlank(text, noun.end, t.start) || !isLinkedNoun(noun, vocabulary) || NP_OPENERS.has(noun.lower)) {
        break;
      }
      start = t.start;
      continue;
    }
    // "Harlow and Bates wrote", "Brannock and her deputies said": a name joined to a name or to the people its
    // pronoun owns (not a body: "… asked about Vance and his office did not respond" joins two clauses); the walk
    // goes on from the first. "the Ohio senator and Republican candidate said": two titles of one source
    const before = tokens[i - 1];
    const names = before && isCapitalised(before) && isPhraseWord(before, vocabulary);
    const titles = before && !isCapitalised(before) && vocabulary.roleHead(before.lower) !== undefined;
    const second = isCapitalised(tokens[i + 1]) || (names && OWNER_PRONOUNS.has(tokens[i + 1]!.lower) && isPersonNoun(head.lower));
    if (t.lower === 'and' && second && (names || titles) && isBlank(text, before.end, t.start)) {
      start = t.start;
      continue;
    }
    const linkedNoun = NP_PREPOSITIONS.has(tokens[i + 1]!.lower) && isLinkedNoun(t, vocabulary);
    if (!isPhraseWord(t, vocabulary) && !linkedNoun) break;
    start = t.start;
  }
  const phrase = { start: linkedPhraseStart(text, floor, start, vocabulary), end: head.end };
  return predicateAdverbialSubject(text, floor, phrase.start, vocabulary) ?? joinedAfterComma(text, floor, phrase, vocabulary) ?? phrase;
}

/**
 * "…, the port board and the guild say", "…, tallies by the bureau and other trackers show": two common noun
 * phrases joined by "and" after the comma that ends the content speak together. Only there: elsewhere the words
 * before "and" may close a clause of their own ("He shut the pier and the guild says"), and a comma after a
 * phrase that opens the sentence or a clause sets off a list ("Since May, crews, dockers and riders say"). Past six
 * words, the first phrase runs into a clause.
 */
function joinedAfterComma(text: string, floor: number, phrase: Span, vocabulary: Vocabulary): Span | null {
  const and = /(?:^|\s)and\s+$/.exec(text.slice(Math.max(floor, phrase.start - 5), phrase.start));
  if (!and) return null;
  const first = phraseBefore(text, floor, trimEnd(text, floor, phrase.start - and[0].length), vocabulary);
  if (!first || text.slice(first.start, first.end).split(/\s+/).length > 6) return null;
  // "tallies by the bureau": a record of whoever is named after it opens the first phrase
  const opening = /,\s*((?:([\p{L}-]+)\s+(?:by|of|from)\s+)?)$/u.exec(text.slice(Math.max(floor, first.start - 30), first.start));
  if (!opening || (opening[2] && !EVIDENCE_HEADS.test(opening[2]))) return null;
  const listed = phraseBefore(text, floor, first.start - opening[0].length, vocabulary);
  if (listed && /(?:^|[.!?][”"’]?|,)\s*$/.test(text.slice(Math.max(floor, listed.start - 3), listed.start))) return null;
  return { start: first.start - opening[1].length, end: phrase.end };
}

/**
 * "Marsh, who has in the past called …", "Okoro, who through her lawyer refused …": a phrase that is the
 * object of a preposition right after an auxiliary, an adverb or a relative pronoun is an adverbial inside the
 * predicate, and the subject before them speaks. That subject, or null when the phrase is no such object.
 */
function predicateAdverbialSubject(text: string, floor: number, phraseStart: number, vocabulary: Vocabulary): Span | null {
  const tokens = tokensIn(text, Math.max(floor, phraseStart - 60), phraseStart);
  const preposition = tokens[tokens.length - 1];
  const adverbial = preposition && (NP_PREPOSITIONS.has(preposition.lower) || ADVERBIAL_PREPOSITIONS.has(preposition.lower));
  if (!adverbial || !isBlank(text, preposition.end, phraseStart)) return null;
  let i = tokens.length - 2;
  const joined = (k: number) => isBlank(text, tokens[k]!.end, tokens[k + 1]!.start);
  if (i < 0 || !joined(i) || !(isBeforeVerb(tokens[i]!.text) || RELATIVE_PRONOUNS.has(tokens[i]!.lower))) return null;
  while (i > 0 && isBeforeVerb(tokens[i]!.text) && !RELATIVE_PRONOUNS.has(tokens[i]!.lower) && joined(i - 1)) i--;
  return phraseBefore(text, floor, tokens[i]!.end, vocabulary);
}

/**
 * "She has pushed back against the charge", "Few councillors would ever admit it": a lower-case word right after an
 * auxiliary is the predicate's verb or adverb, no noun phrase; the subject stands before the auxiliaries (null when
 * none does: then nothing speaks). Undefined when the words before the cue are no such predicate.
 */
function subjectBeforeAuxiliary(text: string, floor: number, tokens: Token[], vocabulary: Vocabulary): Span | null | undefined {
  let i = tokens.length - 1;
  const head = tokens[i];
  if (!head || isCapitalised(head) || PRONOUNS.has(head.lower) || AUXILIARY_VERBS.has(head.lower)) return undefined;
  while (i > 0 && AUXILIARY_VERBS.has(tokens[i - 1]!.lower) && isBlank(text, tokens[i - 1]!.end, tokens[i]!.start)) i--;
  if (i === tokens.length - 1) return undefined;
  return phraseBefore(text, floor, trimEnd(text, floor, tokens[i]!.start), vocabulary);
}

/** "the two said", "those three agreed": a count after a determiner stands for the people counted. */
const countedPeople = (tokens: Token[], i: number) =>
  COUNTED_PEOPLE.has(tokens[i]!.lower) && COUNT_DETERMINERS.has(tokens[i - 1]?.lower ?? '');

/**
 * "the audit, which found …", "a leaflet that said …": a relative pronoun right before a verb of speech is its
 * source (a "that" only after a noun: "That said," opens a sentence, and "said that" introduces a clause).
 * "The dockers’ union, which endorsed Ruiz, …": a "which" set off by a comma adds a fact about the body named
 * before it, so any cue after it is that body's.
 */
function relativeSource(text: string, tokens: Token[], i: number, vocabulary: Vocabulary): boolean {
  const head = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || (head.lower !== 'which' && head.lower !== 'that')) return false;
  const setOff = head.lower === 'which' && /(?:,|\band)\s*$/.test(text.slice(Math.max(0, head.start - 5), head.start));
  // otherwise only before a verb of speech: "a group that endorsed Ruiz" describes the group, it reports nothing.
  // "which has long endorsed": auxiliaries and adverbs may stand between the pronoun and its verb
  const verb = /^\s*(\p{L}+)/u.exec(text.slice(pastCuePrefixes(text, head.end), head.end + 60));
  // a learned cue after it ("which angered the crews") may name a feeling the body caused, no report of its own
  const cueClass = verb && vocabulary.cueClass(verb[1]);
  if (!cueClass || (!setOff && cueClass !== 'speech')) return false;
  return head.lower === 'which' || (isBlank(text, before.end, head.start) && isPhraseWordAt(tokens, i - 1, vocabulary));
}

/** Where the verb after `at` starts past up to three auxiliaries or adverbs ("has long", "did not"). */
function pastCuePrefixes(text: string, at: number): number {
  for (let n = 0; n < 3; n++) {
    const word = /^\s*([\p{L}’']+)/u.exec(text.slice(at, at + 30));
    if (!word || !isBeforeVerb(word[1]!)) break;
    at += word[0].length;
  }
  return at;
}

/**
 * "an aide who requested anonymity said": a clause on why the source is unnamed ends the source's phrase. So does a
 * clause set with no comma after unnamed people ("port staff who spoke with the Courier said", "dockers who have
 * worked with her say"): it tells which people, and the name inside it is no source.
 */
function describedSource(text: string, floor: number, end: number, vocabulary: Vocabulary): Span | null {
  const from = Math.max(floor, end - 100);
  // the last relative pronoun of the clause run: "who worshiped here and who asked not to be named said"
  const clause = /\b(?:who|which)\s(?!.*\b(?:who|which)\s)[^,;:.!?“”"]*$/i.exec(text.slice(from, end));
  if (!clause) return null;
  const at = from + clause.index;
  // "… and who asked not to be named said": with no phrase of its own before it, the clause still names the source
  const holder = phraseBefore(text, floor, trimEnd(text, floor, at), vocabulary);
  if (ANONYMITY_CLAUSE.test(text.slice(at, end))) return { start: holder?.start ?? at, end };
  // not when the words before the cue open a clause of their own ("dockers who … say they expect")
  const ownSubject = /[—–-]|\s(?:he|she|they|we|i|it)$/i.test(clause[0]);
  const restrictive = holder && holder.end === at - 1 && /^who\s/i.test(clause[0]) && !ownSubject;
  const people = restrictive && lastWord(text, holder);
  return people && (SOURCE_HEADS.has(people) || ELLIPTICAL_SOURCE.test(people)) ? { start: holder.start, end } : null;
}

/** The last word of a phrase, lower-cased ("Past and present port staff" → staff). */
const lastWord = (text: string, phrase: Span) => /[\p{L}-]+$/u.exec(text.slice(phrase.start, phrase.end))?.[0].toLowerCase() ?? '';

/** "people familiar with the plans said": a phrase after a link belongs to the phrase before the link. */
function linkedPhraseStart(text: string, floor: number, start: number, vocabulary: Vocabulary): number {
  const link = SOURCE_PHRASE_LINK_BEFORE.exec(text.slice(Math.max(floor, start - 40), start));
  if (!link) return start;
  const holder = phraseBefore(text, floor, start - link[0].length, vocabulary);
  return holder ? holder.start : start;
}

/**
 * A short parenthetical after a name ("Sen. Dana Whitfield (D-Ore.) said", "Jo Sims — a teacher from Tarrow —
 * says") is not part of the phrase.
 */
function skipParenthetical(text: string, floor: number, end: number): number {
  if (/[—–]$/.test(text.slice(floor, end))) {
    const from = Math.max(floor, end - 160);
    const at = text.slice(from, end - 1).search(/[—–][^—–]*$/);
    return at >= 0 ? trimEnd(text, floor, from + at) : end;
  }
  // "The justice -- who has feuded with him -- said": a typed dash, doubled or set off by spaces, pairs the same way
  const typed = /\s(--?)$/.exec(text.slice(Math.max(floor, end - 3), end));
  if (typed) {
    const from = Math.max(floor, end - 160);
    const at = text.slice(from, end - typed[0].length).lastIndexOf(` ${typed[1]} `);
    return at >= 0 ? trimEnd(text, floor, from + at + 1) : end;
  }
  if (text[end - 1] !== ')') return end;
  const from = Math.max(floor, end - 120);
  const at = text.slice(from, end - 1).lastIndexOf('(');
  return at >= 0 ? trimEnd(text, floor, from + at) : end;
}

/** The noun phrase that starts at `start` ("said Dana Whitfield, 59", "according to sources familiar with …"). */
export function phraseAfter(text: string, start: number, ceiling: number, vocabulary: Vocabulary): Span | null {
  const tokens = tokensIn(text, start, Math.min(ceiling, start + SOURCE_WINDOW));
  const first = tokens[0];
  if (!first || !isBlank(text, start, first.start)) return null;
  if (PRONOUNS.has(first.lower)) return { start: first.start, end: first.end };
  // "called to service by the governor": a phrase that opens with a preposition names no one
  if (NP_PREPOSITIONS.has(first.lower)) return null;
  // "said Will Doyle": a capitalised word before another opens a name, whatever else the word may be
  const second = tokens[1];
  const name = isCapitalised(first) && !TIME_WORDS.has(first.lower) && !!second && isCapitalised(second) && isBlank(text, first.end, second.start);
  if (!name && !isPhraseWord(first, vocabulary) && !NP_OPENERS.has(first.lower)) return null;
  let end = first.end;
  let edge = first.end;
  for (let i = 1; i < tokens.length && i < MAX_SOURCE_WORDS; i++) {
    const t = tokens[i];
    if (!isBlank(text, edge, t.start) && !isPossessiveTail(t)) break;
    edge = t.end;
    const next = tokens[i + 1];
    const continues =
      next && isBlank(text, t.end, next.start) && (isPhraseWord(next, vocabulary) || NP_OPENERS.has(next.lower));
    if (NP_PREPOSITIONS.has(t.lower) || t.lower === 'and') {
      if (!continues) break;
      continue;
    }
    if (NP_OPENERS.has(t.lower) && NP_PREPOSITIONS.has(tokens[i - 1].lower)) continue;
    // "a port official who spoke on condition of anonymity": the relative clause is not the phrase
    if (!isPhraseWordAt(tokens, i, vocabulary) || t.lower === 'who' || t.lower === 'whose') break;
    if (SOURCE_PHRASE_LINK.test(text.slice(end, end + 40))) break; // "a draft seen by …": the link is read below
    end = t.end;
  }
  return { start: first.start, end: linkedPhraseEnd(text, end, ceiling, vocabulary) };
}

/** "a person familiar with the plans": the phrase runs on through a link and the phrase after it. */
function linkedPhraseEnd(text: string, end: number, ceiling: number, vocabulary: Vocabulary): number {
  const link = SOURCE_PHRASE_LINK.exec(text.slice(end, Math.min(ceiling, end + 40)));
  if (!link) return end;
  const object = phraseAfter(text, end + link[0].length, ceiling, vocabulary);
  return object ? object.end : end;
}

/**
 * Skips auxiliaries and adverbs that sit between a source and its cue ("has also said", "is telling"); a form
 * of "to be" before a past participle is a passive ("was announced"): then there is no source before the cue.
 */
export function skipCuePrefix(text: string, floor: number, cueStart: number, progressive = false): number {
  return cuePrefixEnd(text, floor, cueStart, progressive);
}

/** skipCuePrefix's answer, read once per cue of a paragraph: the cue pass, the learned cues and the clause breaks all ask it. */
const cuePrefixEnd = paragraphMemo((text: string, floor: number, cueStart: number, progressive: boolean): number => {
  const catenative =
    CATENATIVE_BEFORE.exec(text.slice(Math.max(floor, cueStart - 30), cueStart)) ??
    RAISING_BEFORE.exec(text.slice(Math.max(floor, cueStart - 60), cueStart));
  let end = catenative ? cueStart - catenative[0].length : cueStart;
  for (let n = 0; n < 4; n++) {
    const time =
      SOURCE_CUE_TIME.exec(text.slice(Math.max(floor, end - 40), end)) ??
      CONTRACTED_AUXILIARY.exec(text.slice(Math.max(floor, end - 12), end)) ??
      timeBetween(text.slice(Math.max(floor, end - 40), end));
    if (time) {
      end -= time[0].length;
      continue;
    }
    const tokens = tokensIn(text, Math.max(floor, end - 30), end);
    const last = tokens[tokens.length - 1];
    if (!last || !isBlank(text, last.end, end)) break;
    if (!isCuePrefix(last.text) && !(progressive && PROGRESSIVE.has(last.lower))) break;
    // "Both vowed …": with no word before it, "both" is the source, not a prefix
    const before = tokens[tokens.length - 2];
    if (SOURCE_OR_PREFIX.has(last.lower) && !(before && isBlank(text, before.end, last.start))) break;
    end = last.start;
  }
  return trimEnd(text, floor, partyAfterName(text, floor, trimEnd(text, floor, end)));
});

/** SOURCE_TIME_BETWEEN's match when it is a time: a month or a year after "in" ("in March", "in 2019"; not "in Tarrow"). */
function timeBetween(words: string): RegExpExecArray | null {
  const m = SOURCE_TIME_BETWEEN.exec(words);
  return m && (m[1] === undefined || /^\d{4}$/.test(m[1]) || (startsCapital(m[1]) && isCalendarWord(m[1].toLowerCase()))) ? m : null;
}

/**
 * "Gov. Ada Tenby (R-Ohio), said": a comma after a short parenthetical that follows a name sets off no clause
 * and no appositive; the source ends at the parenthesis (skipParenthetical then reads the name before it).
 */
function partyAfterName(text: string, floor: number, end: number): number {
  const aside = /\p{L}\s*\([^()“”"«»]{1,30}\)\s*,$/u.exec(text.slice(Math.max(floor, end - 40), end));
  return aside ? end - 1 : end;
}

/**
 * The part of a source phrase that names the source: all of it, or what comes before a link ("a person familiar
 * with the company’s plans" → "a person"; the company is what the source knows about, not the source).
 */
export function sourceHead(text: string, source: Span): Span {
  const words = text.slice(source.start, source.end);
  // "The son of Tom Banks": a source head described before "of" or "for" speaks, not the name after it (a name
  // set off by a comma is the head's own: "The leader of the Green Party, Rosa Alvarez")
  const described = !words.includes(',') && DESCRIBED_HEAD.exec(words);
  const head = described && described[1].toLowerCase();
  if (head && (SOURCE_HEADS.has(head) || roleHeadAmong(ROLE_HEADS, head) !== undefined)) return { start: source.start, end: source.start + described[0].length };
  // "port staff who spoke with the Courier": the relative clause says which officials; they are the head
  const link = SOURCE_PHRASE_LINK_INSIDE.exec(words) ?? RELATIVE_INSIDE.exec(words);
  return link ? { start: source.start, end: source.start + link.index } : source;
}

/** A restrictive relative clause inside a source phrase, read by describedSource. */
const RELATIVE_INSIDE = /[ \u00a0]who[ \u00a0]/i;

/** How far past the noun phrase read as an opening "according to" source its comma may still be. */
const SOURCE_TAIL = 100;

/**
 * The comma that ends an opening "according to" source the noun phrase reader stopped short of ("… exit polls
 * conducted by Edison for the networks,", "… USA TODAY contributor Ada Marsh,"): the first comma within
 * SOURCE_TAIL, with no clause mark (. ; : or a quotation mark) before it; null when the source ends where it was read.
 */
export function sourceComma(text: string, afterSource: number, until: number): number | null {
  if (text[afterSource] === ',') return null;
  const tail = /^[^,.;:“”"]*,/.exec(text.slice(afterSource, Math.min(until, afterSource + SOURCE_TAIL)));
  return tail ? afterSource + tail[0].length - 1 : null;
}

/**
 * "It's hard to know why …", "it is also not easy to say", "it's hard not to wonder": an "it" with a copula that
 * stands for the infinitive after it (an extraposed subject), with the cue that infinitive's verb. Group 1 is the
 * word the infinitive hangs on ("hard", "easy", "time"), at most two words (adverbs) after the copula. With
 * "for X to …" X is the one who would speak, and the phrase is left alone.
 */
const EXTRAPOSED_IT =
  /^it(?:[’']s|\s+(?:is|was|isn[’']t|wasn[’']t|would\s+be|will\s+be|may\s+be|might\s+be|can\s+be|could\s+be|has\s+been))\s+(?:[^\s.;:!?,“”"]+\s+){0,2}?(\p{L}+)\s+(?:not\s+)?to\s+$/iu;

/**
 * Whether the source before `cue` is an "it" that names nobody (EXTRAPOSED_IT): PolNeAR leaves such a cue with
 * no source ("It's hard to imagine …"), where the phrase reader would take "It's" as one.
 */
export function isExtraposedIt(text: string, source: Span | null, cue: Span | null): boolean {
  if (!source || !cue || cue.start - source.start > 120 || !/^it\b/i.test(text.slice(source.start, source.end))) return false;
  const m = EXTRAPOSED_IT.exec(text.slice(source.start, cue.start));
  return !!m && !NOT_EXTRAPOSED.has(m[1].toLowerCase()) && !/(?:ing|ed)$/i.test(m[1]);
}

/** Whether a source read by any path is one word that names nobody (NO_SOURCE_WORDS): the cue then has none. */
export function namesNobody(text: string, source: Span | null): boolean {
  const words = source ? text.slice(source.start, source.end) : '';
  return !!source && !/\s/.test(words) && NO_SOURCE_WORDS.has(words.toLowerCase());
}

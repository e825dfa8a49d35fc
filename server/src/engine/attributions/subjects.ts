/**
 * Subjects: who speaks through a cue that names no source of its own, a participle or a coordinated verb
 * ("Quell attacked the levy, saying …", "I laughed and said …", "Said Whitfield: …"): the subject of the clause or
 * the sentence it hangs on, past the openings that set the scene.
 */
import type { Span } from '../model';
import {
  APPROXIMATORS,
  DAY_OPENING,
  EXPLETIVE_OPENER,
  GROUP_HEADS,
  OPENING_CONJUNCTION,
  PLACE_BEFORE_STATE,
  RELATIVE_CLAUSE_BREAK,
  SUBJECT_GAP_BREAK,
  RAISING_BEFORE,
  SCENE_PREPOSITION,
  SENTENCE_ADVERBS,
  SOURCE_HEADS,
  SUBJECT_OPENERS,
} from '../lexicon/sources';
import { AUDIENCE_BEFORE, NP_OPENERS, NP_PREPOSITIONS, NP_STOPS, PRONOUNS, TIME_WORDS, isAmbiguousForm, isBeforeVerb, isParticiple } from '../lexicon/cues';
import { SENTENCE_OPENERS } from '../lexicon/grammar';
import { isPlaceWord } from '../lexicon/people';
import { FINITE_ENDING, OPENING_ADVERBIAL, SUBJECT_ADVERB } from '../lexicon/clauses';
import type { Vocabulary } from '../lexicon/vocabulary';
import { datelineEnd } from '../segments/segments';
import type { Cue } from './cues';
import type { UnitContext } from './readingUnits';
import { isPhraseWord, phraseAfter, phraseBefore, skipCuePrefix } from './sources';
import { type Token, tokensIn, isBlank, isCapitalised, isNameOrPronoun, trimStart } from './words';
import { matchesOf } from '../text/matches';
import { startsCapital } from '../text/tokens';

/** How many words a bare subject may run to its head ("state immigration officials"). */
const BARE_SUBJECT_WORDS = 4;

/** "I laughed and said": the subject of the verb before "and", when it is a name or a pronoun. */
export function coordinatedSubject(
  text: string,
  unit: Span,
  lead: number,
  coordinated: boolean,
  vocabulary: Vocabulary,
): Span | null {
  if (!coordinated) return null;
  const tokens = tokensIn(text, Math.max(unit.start, lead - 40), lead);
  const verb = tokens[tokens.length - 2];
  if (!verb || !/^(?:and|but)$/.test(tokens[tokens.length - 1].lower) || isCapitalised(verb)) return null;
  const verbLead = skipCuePrefix(text, unit.start, verb.start);
  const subject = phraseBefore(text, unit.start, verbLead, vocabulary);
  const last = subject && text.slice(subject.start, subject.end).split(/\s+/).pop();
  const named = last && isNameOrPronoun(last);
  // "put on a fake Southern accent and joked": a phrase that opens with a verb is no subject
  const first = named && tokensIn(text, subject!.start, subject!.end)[0];
  const opens = first && (isCapitalised(first) || NP_OPENERS.has(first.lower) || PRONOUNS.has(first.lower));
  return opens && opensClause(text, unit, subject!.start) ? subject : null;
}

/** How far before its cue a relative pronoun may open the clause the cue stands in. */
const RELATIVE_REACH = 120;

/** A mark that closes a relative clause before the cue ("Ruiz, who toured the pier, praised …"); no full stop, which may end "Mr.". */
const CLAUSE_CLOSE = /[,;:!?“”"()—–―]/g;

/**
 * "Ruiz, who toured the pier and praised …", "Osei, who was slow to endorse …", "Lund, who angered crews by calling
 * …": a coordinated, infinitive or participle cue inside a relative clause that no mark has closed speaks through the
 * relative pronoun, as it would right before the cue (the actors resolve the pronoun to the phrase before it). The
 * pronoun's span, or null when no open relative clause holds the cue. With `which` false only "who" reads so: after
 * "which allows users to …" the infinitive is the object's.
 */
export function relativeSubject(text: string, unit: Span, lead: number, which = true): Span | null {
  const from = Math.max(unit.start, lead - RELATIVE_REACH);
  const words = text.slice(from, lead);
  let open = 0;
  for (const mark of matchesOf(CLAUSE_CLOSE, words)) open = mark.index + 1;
  // "who" anywhere in the open stretch; "which" only right after the comma that sets its clause off
  const who = [...words.slice(open).matchAll(/\bwho\s/gi)].pop();
  const setOff = which && !who && open > 0 && words[open - 1] === ',' ? /^\s*which\s/i.exec(words.slice(open)) : null;
  const at = who ? open + who.index : setOff ? open + setOff[0].search(/\S/) : -1;
  if (at < 0 || RELATIVE_CLAUSE_BREAK.test(words.slice(at))) return null;
  return { start: from + at, end: from + at + (who ? 3 : 5) };
}

/**
 * "…, but harbour pilots continued to insist": past a verb that hands its subject on to the infinitive cue
 * (RAISING_BEFORE), the phrase right before that verb is the subject when it opens a clause; null otherwise.
 */
export function raisedSubject(text: string, unit: Span, cueStart: number, lead: number, vocabulary: Vocabulary): Span | null {
  if (!RAISING_BEFORE.test(text.slice(Math.max(unit.start, cueStart - 60), cueStart))) return null;
  const subject = phraseBefore(text, unit.start, lead, vocabulary);
  return subject && opensClause(text, unit, subject.start) ? subject : null;
}

/** A subject may start at `at`: at the unit's start, after punctuation, or after a word that opens a clause. */
function opensClause(text: string, unit: Span, at: number): boolean {
  const before = tokensIn(text, Math.max(unit.start, at - 20), at).pop();
  if (!before || !isBlank(text, before.end, at)) return true;
  return isCapitalised(before) || SUBJECT_OPENERS.has(before.lower);
}

/**
 * The subject that opens the sentence ("Trump attacked Clinton …, saying"), past a dateline and an opening
 * adverbial: a pronoun, or a name with its title ("Sen. Dana Whitfield"), or "the" and a few words.
 */
export function sentenceSubject(text: string, unit: Span, before: number, vocabulary: Vocabulary): Span | null {
  let start = trimStart(text, unit.start, before);
  start = trimStart(text, start + datelineEnd(text.slice(start, Math.min(before, start + 160))), before);
  start = pastOpenings(text, start, before);
  const tokens = tokensIn(text, start, Math.min(before, start + 80));
  const first = tokens[0];
  if (!first || first.start !== start || EXPLETIVE_OPENER.test(text.slice(start, start + 12))) return null;
  if (PRONOUNS.has(first.lower) && first.lower !== 'who') return { start: first.start, end: first.end };
  // "she’s tacked left", "they’ve said": a pronoun with its auxiliary contracted on
  const contracted = /^(\p{L}+)[’'](?:s|re|ve|ll|d|m)$/u.exec(first.lower);
  if (contracted && PRONOUNS.has(contracted[1]!) && contracted[1] !== 'who') return { start, end: start + contracted[1]!.length };
  // "about 200 protesters gathered …": a count, perhaps approximate, opens the phrase as a determiner does
  const counted = /^\p{N}/u.test(first.text) ? 1 : APPROXIMATORS.has(first.lower) && /^\p{N}/u.test(tokens[1]?.text ?? '') ? 2 : 0;
  const opening = NP_OPENERS.has(first.lower) ? 1 : counted;
  const bare = opening === 0 ? bareSubjectEnd(text, tokens, vocabulary) : -1;
  if (bare >= 0) return { start, end: bare };
  const described = opening > 0;
  let end = -1;
  for (const [i, t] of tokens.entries()) {
    if (i > 0 && !isBlank(text, tokens[i - 1].end, t.start)) break;
    const named = isCapitalised(t) && !TIME_WORDS.has(t.lower);
    // a word in -s or -ed may be the verb ("The union says"), unless the determiner is right before it ("The dockers")
    const word = described && i < 5 && isPhraseWord(t, vocabulary) && (i === opening || !FINITE_ENDING.test(t.lower));
    // "Harbour officials declined …", "The employees sent …": a source head ends the subject
    const head = i > 0 && (SOURCE_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower));
    if (!(i < opening) && !named && !word && !head && !titlesNameAfter(text, tokens, i, vocabulary)) break;
    end = t.end;
    if (head) break;
  }
  return end > start ? { start, end } : null;
}

/**
 * "Republican presidential nominee Ada Brell issued …", "Harbour Board chair Ada Brell said": a lower-case title word
 * after capitalised ones, with only title words between it and a capitalised name, is inside one subject.
 */
function titlesNameAfter(text: string, tokens: Token[], i: number, vocabulary: Vocabulary): boolean {
  if (i === 0) return false;
  for (let k = i; k < tokens.length && isBlank(text, tokens[k - 1]!.end, tokens[k]!.start); k++) {
    if (isCapitalised(tokens[k]!)) return k > i;
    if (!vocabulary.isRoleWord(tokens[k]!.lower)) return false;
  }
  return false;
}

/**
 * "In Tarrow, harbour pilots are …", "…, dockworkers said": past an opening, a lower-case subject with no determiner
 * is a few words that end in the head of a source; its end, or -1. "former Tarrow port chief Ada Brell went …",
 * "rival candidates hurried …": a role ends it too, with the name it titles.
 */
function bareSubjectEnd(text: string, tokens: Token[], vocabulary: Vocabulary): number {
  for (const [i, t] of tokens.slice(0, BARE_SUBJECT_WORDS).entries()) {
    if (i > 0 && !isBlank(text, tokens[i - 1]!.end, t.start)) return -1;
    if ((i === 0 && isCapitalised(t)) || !isPhraseWord(t, vocabulary)) return -1;
    if (isCapitalised(t)) continue;
    if (SOURCE_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower)) return t.end;
    if (vocabulary.roleHead(t.lower) !== undefined) return titledNameEnd(text, tokens, i);
  }
  return -1;
}

/** Where the name after the title at tokens[i] ends ("port chief Ada Brell"), or the title's own end. */
function titledNameEnd(text: string, tokens: Token[], i: number): number {
  let end = tokens[i]!.end;
  for (const t of tokens.slice(i + 1, i + 4)) {
    if (!isBlank(text, end, t.start) || !isCapitalised(t)) break;
    end = t.end;
  }
  return end;
}

/**
 * Where the subject starts past the adverbials that open a sentence: two may stand in a row ("On Monday, after
 * weeks of silence, Osei …"), or an adverb or a conjunction before one ("Here in Tarrow, Osei …", "And then …").
 * Wider than appositives.ts's opensSentence, which takes only a short OPENING_ADVERBIAL before an appositive.
 */
function pastOpenings(text: string, start: number, before: number): number {
  for (let n = 0; n < 3; n++) {
    const conjunction = OPENING_CONJUNCTION.exec(text.slice(start, before));
    if (conjunction) start += conjunction[0].length;
    const adverb = SUBJECT_ADVERB.exec(text.slice(start, before));
    if (adverb) start += adverb[0].length;
    const comma = pastStateOfPlace(text, start, start + text.slice(start, start + 160).indexOf(','));
    const word = /^\p{L}+(?=,)/u.exec(text.slice(start, start + 20));
    // "On Sunday morning Quell wrote …": a day needs no comma before the name or the phrase it sets the scene for
    const day = DAY_OPENING.exec(text.slice(start, start + 40));
    if (day) start += day[0].length;
    // "Monday, …", "That morning, …": a few words that end in a time set the scene
    const time = /^(?:\p{L}+\s+){0,2}(\p{L}+)(?=,)/u.exec(text.slice(start, start + 40));
    const opening =
      (!!time && TIME_WORDS.has(time[1]!.toLowerCase())) ||
      OPENING_ADVERBIAL.test(text.slice(start, start + 20)) ||
      SCENE_PREPOSITION.test(text.slice(start, start + 12)) ||
      (!!word && SENTENCE_ADVERBS.has(word[0].toLowerCase()));
    // "And then Quell went on the attack, saying": the comma before the cue closes no opening
    if (!opening || comma < start || comma >= before || isBlank(text, comma + 1, before)) break;
    start = trimStart(text, comma + 1, before);
  }
  return start;
}

/**
 * "At a rally in Ames, Iowa, on Sunday, Quell …", "In a court in Tarrow, Va., Lund …": the state or country after a
 * place's comma belongs to the opening, and the comma after it closes the opening; `comma` otherwise.
 */
function pastStateOfPlace(text: string, start: number, comma: number): number {
  if (comma < start || !PLACE_BEFORE_STATE.test(text.slice(Math.max(start, comma - 40), comma))) return comma;
  const state = /^,\s*(\p{Lu}\p{L}*)\.?(?=,)/u.exec(text.slice(comma, comma + 24));
  return state && isPlaceWord(state[1]!.toLowerCase()) ? comma + state[0].length : comma;
}

/** "Said Whitfield: “…”" — a sentence that opens with the cue names its source right after it. */
export function saidX(ctx: UnitContext, cue: Cue, until: number): Span | null {
  if (!isBlank(ctx.text, ctx.unit.start, cue.start)) return null;
  const source = phraseAfter(ctx.text, trimStart(ctx.text, cue.end, until), until, ctx.vocabulary);
  return source && /^[:,]/.test(ctx.text.slice(source.end, source.end + 1)) ? source : null;
}

/** The lower-case words of a subject. */
export const subjectWords = (text: string, subject: Span): string[] => text.slice(subject.start, subject.end).toLowerCase().split(/\s+/);

/** A lower-case word that opens a clause or stops a noun phrase ("but", "for", "the"), pronouns among them. */
export const isOpenerOrStop = (word: string): boolean => SENTENCE_OPENERS.has(word) || NP_STOPS.has(word);

/** A subject that is only a clause opener or a stop word ("But", "For", "The"), not a pronoun: no subject at all. */
export const isLoneOpener = (words: string[]): boolean => words.length === 1 && !PRONOUNS.has(words[0]!) && isOpenerOrStop(words[0]!);

/** A sentence subject that opens with no preposition, link or participle ("With …", "Citing …") and is no lone opener ("The"). */
function openingSubject(text: string, subject: Span): boolean {
  const words = subjectWords(text, subject);
  const first = words[0]!;
  if (NP_STOPS.has(first) || NP_PREPOSITIONS.has(first) || /^\p{N}|ing$/u.test(first)) return false;
  return !isLoneOpener(words);
}

/** What may stand between a subject and its verb when the phrase walk stops short: a few words, no clause mark. */
const ADVERBIAL_GAP = /^[^,;:“”"()—–]{0,30}$/;

/**
 * "Quell has not yet responded", "Staff soon after alerted …", "The agency long since endorsed …": a verb (no cue
 * word that is also a noun, no participle) whose phrase walk stopped at an adverb speaks for the sentence's subject
 * when only a few plain words stand between them; not after a determiner, a preposition, a relative pronoun or a
 * possessive, where the cue is a noun or a clause of its own.
 */
export function adverbialGapSubject(ctx: UnitContext, cue: Cue, lead: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  if (isAmbiguousForm(cue.word) || isParticiple(cue.word)) return null;
  const before = tokensIn(text, Math.max(unit.start, lead - 20), lead).pop();
  if (!before || NP_OPENERS.has(before.lower) || NP_PREPOSITIONS.has(before.lower) || /^(?:that|which|who|whom|whose)$|[’']s?$/.test(before.lower)) return null;
  const subject = sentenceSubject(text, unit, lead, vocabulary);
  const gap = subject ? text.slice(subject.end, lead) : '';
  return subject && ADVERBIAL_GAP.test(gap) && !SUBJECT_GAP_BREAK.test(gap) && openingSubject(text, subject) ? subject : null;
}

/** A finite verb's ending, past ("-ed") or present ("-s"), that a verb in a series shares with the first; or null. */
function finiteEnding(word: string): string | null {
  const m = FINITE_ENDING.exec(word.toLowerCase());
  return m && m[0].slice(-1);
}

/**
 * "Ruiz praised the pier crews, promised a new dredger and …": a verb after a comma that takes up the tense of
 * the sentence's first verb continues its predicate, so the sentence's subject speaks. Not a passive
 * ("the toll, opposed by the guild") and not a subject set off by the comma ("Crews, worried about …").
 */
export function seriesSubject(ctx: UnitContext, cue: Cue, comma: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  const ending = finiteEnding(cue.word.split(/\s/)[0]!);
  if (!ending || /^\s+by\b/.test(text.slice(cue.end, cue.end + 4))) return null;
  const subject = sentenceSubject(text, unit, comma, vocabulary);
  if (!subject || isLoneOpener(subjectWords(text, subject))) return null;
  // the first verb: the first word after the subject past its auxiliaries and adverbs, with no mark between
  const verb = tokensIn(text, subject.end, Math.min(comma, subject.end + 60)).find((t) => !isBeforeVerb(t.text));
  if (!verb || !/^[\s\p{L}’'-]*$/u.test(text.slice(subject.end, verb.start))) return null;
  return !isCapitalised(verb) && finiteEnding(verb.text) === ending ? subject : null;
}

/**
 * A noun phrase with no determiner right after a preposition that names whom one addresses ("before lawmakers",
 * "to voters", "among donors"): the audience a speaker faced, not the subject of the participle after it.
 */
export function isAudience(text: string, unitStart: number, phrase: Span): boolean {
  const first = text.slice(phrase.start, phrase.end).split(/\s+/)[0];
  if (NP_OPENERS.has(first.toLowerCase()) || startsCapital(first)) return false;
  return AUDIENCE_BEFORE.test(text.slice(Math.max(unitStart, phrase.start - 12), phrase.start));
}

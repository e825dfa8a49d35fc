/**
 * Cues: the verbs and phrases that attribute ("said", "told CNN", "according to", "believes") in a reading unit,
 * with what belongs to them (the outlet told, the channel) and what stands between them and their content.
 */
import type { Span } from '../model';
import { isTitleCaseLine } from '../text/titleCase';
import { TIME_WORDS, ADJUNCT_LINKS, ADJUNCT_WORDS, OBJECT_PRONOUNS, THAT_OCCASION, ADDRESSEE_THEN_CLAUSE, isTelling } from '../lexicon/cues';
import { CUE_NOT_AFTER, CUE_NOT_BEFORE, CUE_ONLY_BEFORE } from '../lexicon/cueVerbs';
import { EVIDENCE_HEADS } from '../lexicon/documents';
import { type UnitContext, insideQuote } from './readingUnits';
import { type Token, tokensIn, isBlank, isCapitalised, trimEnd } from './words';
import { phraseAfter } from './sources';
import { TRAILING } from '../lexicon/clauses';
import { SOURCE_HEADS } from '../lexicon/sources';
import { ORG_WORDS } from '../lexicon/organizations';
import { WordMemo } from '../lexicon/wordMemo';
import { startsCapital } from '../text/tokens';

export interface Cue extends Span {
  word: string;
  according: boolean;
  thought: boolean;
  /** A verb of stance ("endorsed", "backing"): its content may be a bare noun phrase. */
  stance: boolean;
}

/** Words after a cue that are not its content: the person told, the occasion ("told CNN in an interview"). */
export function skipAdjuncts(text: string, start: number, end: number, told: boolean): number {
  const tokens = tokensIn(text, start, Math.min(end, start + 80));
  let pos = start;
  let committed = start;
  for (const [i, t] of tokens.entries()) {
    if (t.start < pos) continue; // a word of the occasion already taken
    if (!/^[\s,]*$/.test(text.slice(pos, t.start))) break;
    if (t.lower === 'that') {
      const occasion = THAT_OCCASION.exec(text.slice(t.start, t.start + 24));
      if (!occasion) break;
      pos = committed = t.start + occasion[0].length;
      continue;
    }
    const isObject =
      (told && i < 5 && (isCapitalised(t) || OBJECT_PRONOUNS.has(t.lower) || t.lower === 'reporters')) || outletOfOccasion(tokens, i, committed > start);
    const isHead = ADJUNCT_WORDS.has(t.lower) || (isCapitalised(t) && TIME_WORDS.has(t.lower));
    if (!isObject && !isHead && !ADJUNCT_LINKS.has(t.lower)) break;
    pos = t.end;
    if (isObject || isHead) committed = pos;
  }
  return committed;
}

/**
 * "said in an interview with the Harbour Courier", "in a call with Tarrow Radio": after an occasion already
 * skipped, the capitalised outlet it was with (a name of a few words) belongs to it, not to the content.
 */
function outletOfOccasion(tokens: Token[], i: number, occasion: boolean): boolean {
  // "with Tarrow FM's “Morning Tide”": an owner's name goes on into a title, which is no content either
  if (!occasion || !isCapitalised(tokens[i]!) || /[’']s?$/.test(tokens[i]!.text)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const word = tokens[k]!.lower;
    if (word === 'with') return true;
    if (word !== 'the' && !isCapitalised(tokens[k]!)) return false;
  }
  return false;
}

/**
 * Where the cue's span ends: the outlet told ("told CNN", "told The Associated Press") and the channel
 * ("said in a statement") belong to the cue.
 */
const OUTLET = /^\s+(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}/u;

export function cueExtent(text: string, cue: Cue, until: number): number {
  const after = text.slice(cue.end, Math.min(until, cue.end + 60));
  const outlet = isTelling(cue.word) ? OUTLET.exec(after) : null;
  const channel = /^\s+in\s+an?\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|interview|email)\b/i.exec(after);
  const taken = outlet ?? channel;
  if (!taken) return cue.end;
  const last = tokensIn(text, cue.end, cue.end + taken[0].length).pop();
  return last && !TIME_WORDS.has(last.lower) ? last.end : cue.end;
}

/**
 * "told an invited crowd at the club that …": the content starts at "that"; otherwise after the person told, who
 * may be a phrase of lower-case words when the sentence ends there or trails off (", Quell told her senior aides as
 * she …"): then nothing after the cue is the content.
 */
export function toldThat(ctx: UnitContext, from: number, until: number): number {
  const window = ctx.text.slice(from, Math.min(until, from + 120));
  const that = /\bthat\b/g;
  let found = that.exec(window);
  while (found && THAT_OCCASION.test(window.slice(found.index, found.index + 24))) found = that.exec(window);
  const at = found ? from + found.index : -1;
  const clean = at > from && !/[,:;“"«]/.test(ctx.text.slice(from, at)) && !insideQuote(ctx.quotes, at);
  if (clean) return at;
  const past = skipAdjuncts(ctx.text, from, until, true);
  const people = ADDRESSEE_THEN_CLAUSE.exec(ctx.text.slice(past, Math.min(until, past + 60)));
  if (people && isAddresseeHead(ctx, people[1])) return past + people[0].length;
  const addressee = addresseeAt(ctx, past, until);
  const after = addressee ? skipAdjuncts(ctx.text, addressee.end, until, false) : past;
  // past a comma the sentence may resume its content ("…, she told the crew, after which …"): the turn is withSource's
  const rest = ctx.text.slice(after, after + 30);
  const ends = isBlank(ctx.text, after, until) || /^\s*[.!?]/.test(rest) || (TRAILING.test(rest) && !/^\s*,/.test(rest));
  return addressee && ends ? after : past;
}

/** The phrase at `at` when it names people or a body one tells ("her senior aides", "the court"), not a story or a joke. */
function addresseeAt(ctx: UnitContext, at: number, until: number): Span | null {
  const phrase = phraseAfter(ctx.text, at, until, ctx.vocabulary);
  const head = phrase ? tokensIn(ctx.text, phrase.start, phrase.end).pop()?.lower : undefined;
  return head !== undefined && isAddresseeHead(ctx, head) ? phrase : null;
}

const isAddresseeHead = (ctx: UnitContext, head: string) =>
  SOURCE_HEADS.has(head) || ctx.vocabulary.roleHead(head) !== undefined || ORG_WORDS.has(head);

/** A capitalised cue word inside a sentence is part of a name ("the Washington Post", "Islamic State"). */
function isNameWord(text: string, unitStart: number, at: number, word: string): boolean {
  if (!startsCapital(word)) return false;
  return !/(?:^|[“"‘(:—–]\s*)$/.test(text.slice(Math.max(unitStart, at - 3), at));
}

/** A headline line without the full stop some feeds close it with ("Ruiz Says Pier Will Open."). */
function headlineOf(text: string, unit: Span): Span {
  const end = trimEnd(text, unit.start, unit.end);
  return text[end - 1] === '.' && text[end - 2] !== '.' ? { start: unit.start, end: end - 1 } : unit;
}

/** The neighbour rules (cueVerbs.ts) that bear on one form: the words it needs after it, and the words that rule it out. */
interface NeighbourRules {
  /** CUE_ONLY_BEFORE: what must follow the form for it to report. */
  needed: RegExp | undefined;
  /** CUE_NOT_BEFORE: what after the form makes it no cue. */
  notBefore: RegExp[];
  /** CUE_NOT_AFTER: what before the form makes it no cue. */
  notAfter: RegExp[];
}

/**
 * The rules of each form, found once per word: every cue and every learned candidate asked all the rules' forms
 * in turn, and cut the text on both sides for them, though most words have no rule at all.
 */
const neighbourRules = new WordMemo(
  (word: string): NeighbourRules => ({
    needed: CUE_ONLY_BEFORE.find(([form]) => form.test(word))?.[1],
    notBefore: CUE_NOT_BEFORE.filter(([form]) => form.test(word)).map(([, next]) => next),
    notAfter: CUE_NOT_AFTER.filter(([form]) => form.test(word)).map(([, previous]) => previous),
  }),
);

/** The words within 80 characters after the form at `start`. */
const wordsAfter = (text: string, start: number, word: string) => text.slice(start + word.length, start + word.length + 80);

/**
 * A form that reports nothing where it stands: a cue only before certain words (CUE_ONLY_BEFORE) that do not
 * follow it, or a form ruled out by its neighbours.
 */
function reportsNothingHere(text: string, start: number, word: string): boolean {
  const { needed } = neighbourRules.of(word);
  return (!!needed && !needed.test(wordsAfter(text, start, word))) || ruledOutByNeighbours(text, start, word) || locates(text, start, word);
}

/**
 * "you'll find a copy online", "agents find the tunnels": the present "find" of a person locates something. It
 * reports a finding after evidence ("the poll finds"), in the first person's verdict ("I find it odd") or before "that".
 */
function locates(text: string, start: number, word: string): boolean {
  if (!/^finds?$/i.test(word) || /^\s+that\b/i.test(text.slice(start + word.length, start + word.length + 6))) return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  return !!before && !EVIDENCE_HEADS.test(before[1]) && !/^(?:i|we)$/i.test(before[1]);
}

/**
 * A form next to words that make it no cue (CUE_NOT_BEFORE, CUE_NOT_AFTER): "called off", "helped found". The
 * learned model reads the same verdict, so that it does not propose what the lexicon has ruled out.
 */
export function ruledOutByNeighbours(text: string, start: number, word: string): boolean {
  const { notBefore, notAfter } = neighbourRules.of(word);
  if (notBefore.length > 0) {
    const after = wordsAfter(text, start, word);
    if (notBefore.some((next) => next.test(after))) return true;
  }
  if (notAfter.length === 0) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  return notAfter.some((previous) => previous.test(before));
}

export function cuesIn(ctx: UnitContext): Cue[] {
  const { text, unit, quotes } = ctx;
  const out: Cue[] = [];
  let headline: boolean | undefined; // "Mayor Quinn Says …": in a Title Case line a capitalised cue is a verb
  for (const m of ctx.vocabulary.cueMatches(text.slice(unit.start, unit.end))) {
    const word = m[0];
    const index = unit.start + (m.index ?? 0);
    if (insideQuote(quotes, index) || reportsNothingHere(text, index, word)) continue;
    if (isNameWord(text, unit.start, index, word) && !(headline ??= isTitleCaseLine(text, headlineOf(text, unit)))) continue;
    const according = /^according/i.test(word);
    const cueClass = ctx.vocabulary.cueClass(word);
    const thought = cueClass === 'thought';
    out.push({ start: index, end: index + word.length, word, according, thought, stance: cueClass === 'stance' });
  }
  return out;
}

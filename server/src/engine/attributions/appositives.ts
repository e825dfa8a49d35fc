/**
 * Appositives before a cue: the commas that set off a description of the source ("Dana Whitfield, a former envoy,
 * said"), and a name set off after its title ("the agency’s director, Ines Roa, said"). Where the appositive opens
 * tells the cue reader where the source phrase ends; sources.ts reads the phrase itself.
 */
import type { Span } from '../model';
import { AFFILIATION_LINK, PLACE_BEFORE_STATE, PARTY_STATE, PARTY_OF_PLACE } from '../lexicon/sources';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import { NP_OPENERS, TIME_WORDS } from '../lexicon/cues';
import type { Vocabulary } from '../lexicon/vocabulary';
import { overlapsQuote, type UnitContext, insideQuote } from './readingUnits';
import { type Token, tokensIn, isBlank, isCapitalised, endsPossessive } from './words';
import { ORG_ANAPHORS } from '../lexicon/organizations';
import { OPENING_ADVERBIAL } from '../lexicon/clauses';
import { phraseBefore } from './sources';

/** At most this many characters in a quoted title an appositive names ("the co-author of “Going Viral”"). */
const TITLE_CHARS = 60;

/**
 * Appositives between commas before the cue ("Dana Whitfield, a former envoy, said"; "Cory Mbeki, 22, of
 * Harlow, Essex, said"; "Whitfield, who …, said"): the offset of the comma that opens them, or null.
 */
export function appositiveStart(text: string, quotes: Span[], floor: number, comma: number, vocabulary: Vocabulary): number | null {
  let close = comma;
  let opened: number | null = null;
  let role = false;
  let nameNearest = false;
  for (let n = 0; n < 4; n++) {
    const reach = Math.max(floor, close - 160);
    const at = text.slice(reach, close).lastIndexOf(',');
    if (at < 0) break;
    const title = quotedTitleAt(text, quotes, reach, reach + at);
    const open = title ?? reach + at;
    // the comma that ends a quotation opens nothing (a title quoted inside the appositive is part of it)
    if (title === null && overlapsQuote(quotes, open, close)) break;
    const inner = tokensIn(text, open + 1, close);
    const first = inner[0];
    // ", and the agency’s director, Ines Roa, said": a conjunction opens a clause of its own, no appositive
    if (!first || first.lower === 'but' || (first.lower === 'and' && NP_OPENERS.has(inner[1]?.lower ?? ''))) break;
    // "On Monday, Sen. Ada Tenby (D-Mo.), who …, said": a title and a name are the name the appositive describes
    if (n > 0 && isTitledName(text, inner, vocabulary)) break;
    // "Last month, the Courier, a weekly, said": past a short opening adverbial the words are the subject itself
    if (n > 0 && opensSentence(text, floor, open)) break;
    // "Morrison, Vindman’s superior, said", "Weaver, Sanders' campaign manager, said"
    const pluralPossessive = /s$/.test(first.text) && /^[’']/.test(text.slice(first.end));
    const possessive = (endsPossessive(first.text) || pluralPossessive) && inner.length > 1;
    const roleLike =
      PARTY_STATE.test(first.text) || // "McConnell, R-Ky., said"
      PARTY_OF_PLACE.test(text.slice(first.start, close)) ||
      NP_OPENERS.has(first.lower) ||
      first.lower === 'who' ||
      /^\p{N}/u.test(first.text) ||
      !isCapitalised(first) ||
      possessive ||
      inner.some((t) => vocabulary.roleHead(t.lower) !== undefined); // "Tenby, Harlow director for the Greens, said"
    // a place closes a role ("a delegate from Austin, Texas, said"), so it comes nearer the cue than the role;
    // a capitalised segment beyond the role is the name itself ("On Monday, Dana Whitfield, a delegate, said") —
    // unless a place before it takes it as its state ("a baker from Dunmore, Ark., who …, said")
    const stateOfPlace = PLACE_BEFORE_STATE.test(text.slice(Math.max(floor, open - 40), open));
    const placeLike = (!role || stateOfPlace) && inner.length <= 2 && inner.every(isCapitalised);
    if (!roleLike && !placeLike) break;
    nameNearest ||= n === 0 && placeLike && inner.length === 2;
    role ||= roleLike;
    opened = open;
    close = open;
  }
  // "On Monday, the agency’s director, Ines Roa, said": a title set before a name with no name before the title
  // (a place would close a role after one: "Cory Mbeki, a delegate from Austin, Texas"); the name is the source
  if (role && nameNearest && opened !== null && !nameEndsAt(text, floor, opened)) return null;
  // "Ines Roa of Orrin, Mass., said": a state set off after a place closes the place the phrase names
  if (!role && opened !== null && PLACE_BEFORE_STATE.test(text.slice(Math.max(floor, opened - 40), opened))) return opened;
  return role ? opened : null;
}

/**
 * "Okafor, the author of “Low Tide,” about the silting of harbours, said": a comma inside a short quoted
 * title that words of the appositive lead up to closes nothing; the appositive opens at the comma before the
 * title. That comma, or null.
 */
function quotedTitleAt(text: string, quotes: Span[], reach: number, comma: number): number | null {
  const q = quotes[lastStartingAtOrBefore(quotes, comma)];
  if (!q || q.start >= comma || q.end <= comma || q.end - q.start > TITLE_CHARS) return null;
  const open = text.slice(reach, q.start).lastIndexOf(',');
  if (open < 0 || overlapsQuote(quotes, reach + open, q.start)) return null;
  // "a contestant on the show, “The Harbour,” who …": a title set off on its own is in Title Case
  const words = tokensIn(text, q.start, q.end);
  const titled = words.length <= 6 && words.every((t) => isCapitalised(t) || t.lower === 'of' || t.lower === 'the');
  return titled || !isBlank(text, reach + open + 1, q.start) ? reach + open : null;
}

/**
 * "Sen. Ada Tenby", "Mayor Jo Quell (D)", "Sen. Ada Tenby of Marlow": a capitalised title and capitalised names,
 * perhaps a place or a party tag after.
 */
function isTitledName(text: string, words: Token[], vocabulary: Vocabulary): boolean {
  // a party tag ends the name: look for its parenthesis among these words only, not on through the paragraph
  const from = words[0]?.start ?? 0;
  const at = text.slice(from, words[words.length - 1]?.end ?? from).indexOf('(');
  const named = words.filter((t) => at < 0 || t.start < from + at);
  const [title, ...names] = named;
  if (!title || !isCapitalised(title) || vocabulary.roleHead(title.lower) === undefined || names.length === 0) return false;
  // "Sen. Ada Tenby of Marlow": a place after "of" still names the one person
  const of = names.findIndex((t) => t.lower === 'of');
  const name = of > 0 && of < names.length - 1 ? names.slice(0, of) : names;
  const place = of > 0 ? names.slice(of + 1) : [];
  const capitalised = (t: Token) => isCapitalised(t) && vocabulary.roleHead(t.lower) === undefined;
  return name.length <= 4 && place.length <= 3 && name.every(capitalised) && place.every(capitalised);
}

/** A capitalised word that is no weekday or month ends right before `end`. */
function nameEndsAt(text: string, floor: number, end: number): boolean {
  const tokens = tokensIn(text, Math.max(floor, end - 40), end);
  const last = tokens[tokens.length - 1];
  return !!last && isBlank(text, last.end, end) && isCapitalised(last) && !TIME_WORDS.has(last.lower);
}

/**
 * A name set off by commas after a description, right before the cue ("his predecessor, Dana Whitfield, had
 * called it …"): the name is the source. `comma` is the comma after the name.
 */
export function namedAppositive(ctx: UnitContext, comma: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  if (comma < 0 || insideQuote(ctx.quotes, comma)) return null;
  const name = phraseBefore(text, unit.start, comma, vocabulary);
  if (!name || !/,\s*$/.test(text.slice(Math.max(unit.start, name.start - 3), name.start))) return null;
  const words = tokensIn(text, name.start, name.end);
  const title = titleBefore(ctx, name.start);
  // a lone word is a name after a title or a description ("The shipping company, Gullwing, said")
  // "Two members of the council, Ada Vries and Pim Lodde, said": two names joined count as one
  const named = words.every((t, i) => isCapitalised(t) || (t.lower === 'and' && i > 0 && i < words.length - 1) || affiliationWord(text, words, i));
  if (!(words.length >= (title === null ? 2 : 1) && words.length <= 7 && named)) return null;
  return { start: title ?? name.start, end: name.end };
}

/**
 * "One grower on the plan, Ada Brell of the Coastal League, said": a link word (and its "the") between a
 * capitalised name of two words and the capitalised body the person comes from is part of the name phrase.
 */
function affiliationWord(text: string, words: Token[], i: number): boolean {
  const at = words[i]!.lower === 'the' ? i - 1 : i;
  const body = words[at + 1]?.lower === 'the' ? words[at + 2] : words[at + 1];
  if (at < 2 || !body || !isCapitalised(body) || !isCapitalised(words[at - 1]!) || !isCapitalised(words[at - 2]!)) return false;
  return AFFILIATION_LINK.test(text.slice(words[at - 1]!.end, words[at + 1]!.start));
}

/**
 * "the agency’s director, Ines Roa, said", "The shipping company, Gullwing, said": the title or description set off
 * before a name is part of the source phrase, so the content before it stops there. Its start, or null.
 */
function titleBefore(ctx: UnitContext, nameStart: number): number | null {
  const { text, unit, vocabulary } = ctx;
  const comma = text.lastIndexOf(',', nameStart);
  const open = Math.max(unit.start, text.lastIndexOf(',', comma - 1) + 1, comma - 80);
  const words = tokensIn(text, open, comma);
  const first = words.findIndex((t) => !/^(?:and|but)$/.test(t.lower));
  const title = words.slice(first);
  const opens = title[0] && (NP_OPENERS.has(title[0].lower) || (isCapitalised(title[0]) && endsPossessive(title[0].text)));
  const described = (t: Token) => vocabulary.roleHead(t.lower) !== undefined || ORG_ANAPHORS[t.lower] !== undefined;
  if (!opens || title.length > 8 || !title.some(described)) return null;
  return title[0].start;
}

/**
 * The words from `floor` to `comma` are a short opening adverbial ("Last month", "On Tarrow Radio on Monday").
 * Narrower on purpose than sentenceSubject's walk past openings (subjects.ts), which also passes times, scene
 * prepositions, sentence adverbs and a place's state: reading this by that walk changes train's output.
 */
function opensSentence(text: string, floor: number, comma: number): boolean {
  if (comma - floor > 60) return false;
  const words = text.slice(floor, comma).trim();
  return words.length <= 40 && !/[,;:“”"]/.test(words) && OPENING_ADVERBIAL.test(words);
}

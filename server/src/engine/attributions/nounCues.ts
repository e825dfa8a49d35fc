/**
 * Noun cues with their owner: "Quell’s claim that the levy is illegal", "his calls for a recount", "their
 * opposition to the bridge". The owner (a possessive name or pronoun) is the source, the noun the cue, and what
 * follows the linking word the content. One regex pass over a reading unit: linear.
 */
import type { Span } from '../model';
import { CLAIM_NOUNS, EXPRESSED_NOUNS, EXPRESSING_VERBS, NOUN_OBJECT_END, STANCE_NOUNS } from '../lexicon/nounCues';
import type { Vocabulary } from '../lexicon/vocabulary';
import { phraseBefore, skipCuePrefix } from './sources';
import { STANCE_OBJECT_END } from '../lexicon/clauses';
import { type ContentLimits, type IndirectReading, mayMatchInUnit } from './readingUnits';
import { matchesOf } from '../text/matches';

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/**
 * Owner (a capitalised name with ’s, or a possessive pronoun), up to two modifiers, the noun, the linking word.
 * Claims take "that" (kept in the content, as after a verb); stances take a preposition (left out).
 */
const NOUN_CUE = new RegExp(
  `(?<![\\p{L}’'-])(?:((?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*)[’']s|([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur))\\s+` +
    `(?:[\\p{Ll}-]+\\s+){0,2}?(?:(${alternation(CLAIM_NOUNS)})\\s+(?=that\\s)|` +
    `(${alternation(STANCE_NOUNS)})\\s+(?:for|of|on|about|to|against)\\s+)`,
  'gu',
);

/**
 * "In Quell’s view, the pier is safe", "…, in their view.": a viewpoint set off by commas, its owner the source,
 * "view" the cue, the clause around it the content (the words on both sides when it stands inside the clause).
 * PolNeAR train reads 6 of 8 such phrases outside quotations so; "in my view" inside a quotation is the
 * speaker's, and no cue is read there.
 */
const VIEWPOINT = /(?<![\p{L}’'-])[Ii]n\s+(?:((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)[’']s|(his|her|their|its|our|my))\s+(view)(?=\s*,|\s*[.;]?\s*$)/gu;

/**
 * A feeling voiced by the subject of the verb before it: "Osei expressed concern that …", "the guild has voiced
 * hope that …". The verb, up to two words before the noun (a modifier or a possessive: "their", "serious"), the
 * noun, then "that" (kept in the content). PolNeAR train annotates 14 such phrases, each with the verb and the
 * noun as the cue; after a preposition ("voiced concern about …") it reads the verb alone as the cue as often as
 * not, and those are left to the verb.
 */
const EXPRESSED_NOUN_CUE = new RegExp(
  `(?<![\\p{L}’'-])(?:${alternation(EXPRESSING_VERBS)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alternation(EXPRESSED_NOUNS)})` +
    `\\s+(?=that\\s)`,
  'giu',
);

/** A claim noun with no owner ("allegations that the board …", "the claim that …"): the content, no source. */
const OWNERLESS_NOUN_CUE = new RegExp(`(?<![\\p{L}’'-])(?:${alternation(CLAIM_NOUNS)})\\s+(?=that\\s)`, 'gu');

/** One reading unit as the noun-cue readers see it. */
interface NounUnit extends ContentLimits {
  text: string;
  unit: Span;
  /** The unit's own words (`text` from `unit.start` to `unit.end`), over which every pattern runs. */
  window: string;
}

/** The matches of `pattern` in the unit, each with its offset in `text` (none at once when the literal screen says so). */
function* matchesIn(u: NounUnit, pattern: RegExp): Generator<[RegExpExecArray, number]> {
  if (!mayMatchInUnit(pattern, u.window)) return;
  for (const m of matchesOf(pattern, u.window)) yield [m, u.unit.start + (m.index ?? 0)];
}

/** The noun-cued attributions of one reading unit, their contents within `limits`. */
export function nounCueAttributions(text: string, unit: Span, limits: ContentLimits, vocabulary: Vocabulary): IndirectReading[] {
  const { clauseEnd, taken } = limits;
  // the limits' fields named, not spread: a spread that adds fields takes V8's slow path (see text/copyWith.ts)
  const u: NounUnit = { clauseEnd, taken, text, unit, window: text.slice(unit.start, unit.end) };
  const out: IndirectReading[] = expressedFeelings(u, vocabulary);
  const voiced = out.map((o) => o.cue);
  const isVoiced = (at: number) => voiced.some((cue) => cue.start <= at && at < cue.end);
  for (const [m, at] of matchesIn(u, NOUN_CUE)) {
    const noun = m[3] ?? m[4];
    const cueStart = at + m[0].lastIndexOf(noun);
    if (taken(at) || isVoiced(cueStart)) continue;
    const owner = m[1] ?? m[2];
    const clause = contentFrom(text, at + m[0].length, clauseEnd, unit.end);
    const content = clause && m[4] ? stanceNounObject(text, clause) : clause;
    if (content) out.push({ source: { start: at, end: at + owner.length }, cue: { start: cueStart, end: cueStart + noun.length }, content });
  }
  const owned = new Set(out.map((o) => o.cue.start));
  for (const [m, at] of matchesIn(u, OWNERLESS_NOUN_CUE)) {
    if (taken(at) || owned.has(at) || isVoiced(at)) continue;
    const content = contentFrom(text, at + m[0].length, clauseEnd, unit.end);
    if (content) out.push({ source: null, cue: { start: at, end: at + m[0].trimEnd().length }, content });
  }
  out.push(...viewpoints(u));
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

/**
 * The voiced feelings of a unit (EXPRESSED_NOUN_CUE): the noun phrase before the verb is the source (none for a
 * participle after a comma: ", raising fears that …"), the verb and the noun the cue, the clause after "that" the
 * content.
 */
function expressedFeelings(u: NounUnit, vocabulary: Vocabulary): IndirectReading[] {
  const { text, unit } = u;
  const out: IndirectReading[] = [];
  for (const [m, at] of matchesIn(u, EXPRESSED_NOUN_CUE)) {
    if (u.taken(at)) continue;
    const cue = { start: at, end: at + m[0].trimEnd().length };
    const content = contentFrom(text, at + m[0].length, u.clauseEnd, unit.end);
    if (!content) continue;
    const source = phraseBefore(text, unit.start, skipCuePrefix(text, unit.start, at), vocabulary);
    out.push({ source, cue, content });
  }
  return out;
}

/**
 * The viewpoint phrases of a unit (VIEWPOINT): one attribution per side of the phrase that holds words of the
 * clause, sharing the cue, so that the two halves read as one relation. The phrase opens the unit or follows a
 * comma; a phrase in the middle of a clause with no commas ("which in his view has grown") is left alone.
 */
function viewpoints(u: NounUnit): IndirectReading[] {
  const { text, unit } = u;
  const out: IndirectReading[] = [];
  for (const [m, at] of matchesIn(u, VIEWPOINT)) {
    const before = text.slice(unit.start, at);
    const opening = before.trim() === '';
    if (u.taken(at) || (!opening && !before.trimEnd().endsWith(','))) continue;
    const owner = m[1] ?? m[2];
    const ownerStart = at + m[0].indexOf(owner);
    const source = { start: ownerStart, end: ownerStart + owner.length };
    const cue = { start: at + m[0].length - m[3].length, end: at + m[0].length };
    const halves = [opening ? null : contentFrom(text, unit.start + before.search(/\S/), () => at, at)];
    const after = /^\s*,\s*/.exec(text.slice(cue.end, unit.end));
    if (after) halves.push(contentFrom(text, cue.end + after[0].length, u.clauseEnd, unit.end));
    for (const content of halves) if (content) out.push({ source, cue, content });
  }
  return out;
}

/**
 * A stance noun's object is a noun phrase: "His attacks on the ferry budget have cost him" ends before the
 * sentence's own verb (an auxiliary), or where a stance verb's object ends (STANCE_OBJECT_END).
 */
function stanceNounObject(text: string, clause: Span): Span | null {
  const words = text.slice(clause.start, clause.end);
  const ends = [STANCE_OBJECT_END, NOUN_OBJECT_END].map((re) => re.exec(words)?.index ?? words.length);
  const end = clause.start + Math.min(...ends);
  return end - clause.start < 2 ? null : { start: clause.start, end };
}

/** The reported clause from `from`, without its closing punctuation; null when nothing is left. */
export function contentFrom(text: string, from: number, clauseEnd: (from: number, until: number) => number, until: number): Span | null {
  let end = clauseEnd(from, until);
  while (end > from && /[\s.,;:!?—–]/.test(text[end - 1])) end--;
  return end - from < 2 ? null : { start: from, end };
}

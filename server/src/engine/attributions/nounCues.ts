/**
 * Noun cues with their owner: "Quell’s claim that the levy is illegal", "his calls for a recount", "their
 * opposition to the bridge". The owner (a possessive name or pronoun) is the source, the noun the cue, and what
 * follows the linking word the content. One regex pass over a reading unit: linear.
 */
import type { Span } from '../model';
import { CLAIM_NOUNS, STANCE_NOUNS } from '../lexicon/nounCues';

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

export interface NounCueAttribution {
  source: Span;
  cue: Span;
  content: Span;
}

/**
 * The noun-cued attributions of one reading unit. `clauseEnd(from, until)` is where the reported clause that
 * starts at `from` ends; `taken(at)` says whether an offset lies in a quotation, where the writer reports nothing.
 */
export function nounCueAttributions(
  text: string,
  unit: Span,
  clauseEnd: (from: number, until: number) => number,
  taken: (at: number) => boolean,
): NounCueAttribution[] {
  const out: NounCueAttribution[] = [];
  const window = text.slice(unit.start, unit.end);
  for (const m of window.matchAll(NOUN_CUE)) {
    const at = unit.start + (m.index ?? 0);
    if (taken(at)) continue;
    const owner = m[1] ?? m[2];
    const noun = m[3] ?? m[4];
    const cueStart = at + m[0].lastIndexOf(noun);
    const from = at + m[0].length;
    let end = clauseEnd(from, unit.end);
    while (end > from && /[\s.,;:!?—–]/.test(text[end - 1])) end--;
    if (end - from < 2) continue;
    out.push({
      source: { start: at, end: at + owner.length },
      cue: { start: cueStart, end: cueStart + noun.length },
      content: { start: from, end },
    });
  }
  return out;
}

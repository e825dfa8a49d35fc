/**
 * Evidence with a long description as its source: "A survey by the Harbor Institute conducted in May shows …",
 * "…, tallies by the Marlow Group and other trackers show." The noun-phrase walk (sources.ts) stops at the
 * participle or the second preposition; here the whole stretch from the clause's start to the cue is the source,
 * when an evidence head (EVIDENCE_HEADS) leads it and an evidence verb (EVIDENCE_VERB) reports. One bounded slice.
 */
import type { Span } from '../model';
import { EVIDENCE_HEADS, EVIDENCE_PHRASE_END, EVIDENCE_VERB } from '../lexicon/documents';
import type { Cue } from './cues';
import { type UnitContext, insideQuote } from './readingUnits';
import { trimEnd, trimStart } from './words';

/** At most this many words describe the evidence: past it, the stretch is a clause, not a noun phrase. */
const MAX_EVIDENCE_WORDS = 16;
/** A break that opens the clause the evidence is the subject of, and a conjunction that may lead it. */
const CLAUSE_BREAK = /[,;(—–]/;
const LEADING_CONJUNCTION = /^(?:and|but|so|yet|or)\s+/i;

/** The evidence the stretch before `lead` describes, as the source of an evidence verb, or null. */
export function evidenceSource(ctx: UnitContext, cue: Cue, from: number, lead: number): Span | null {
  if (!EVIDENCE_VERB.test(cue.word)) return null;
  const { text, quotes } = ctx;
  const floor = Math.max(from, ctx.unit.start, lead - 160);
  let start = floor;
  for (let at = lead - 1; at >= floor; at--) {
    if (CLAUSE_BREAK.test(text[at]) && !insideQuote(quotes, at)) {
      start = at + 1;
      break;
    }
  }
  start = trimStart(text, start, lead);
  const conjunction = LEADING_CONJUNCTION.exec(text.slice(start, lead));
  if (conjunction) start += conjunction[0].length;
  const words = text.slice(start, lead).split(/\s+/).filter((w) => w);
  if (words.length === 0 || words.length > MAX_EVIDENCE_WORDS || /[“”"«»:]/.test(text.slice(start, lead))) return null;
  const phraseEnd = words.findIndex((w, i) => i > 0 && EVIDENCE_PHRASE_END.test(w));
  const described = words.slice(0, phraseEnd > 0 ? phraseEnd : words.length);
  return described.some((w) => EVIDENCE_HEADS.test(w.replace(/[,’']+$/, ''))) ? { start, end: trimEnd(text, start, lead) } : null;
}

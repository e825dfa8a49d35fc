/**
 * Passives of reporting ("The meeting was first reported by the Courier", "Brell was criticized by the guild for
 * skipping the vote", "It was reported that …"): the agent after "by" is the source; with no agent, only the
 * expletive "it … that" reports, and names nobody.
 */
import { EXPLETIVE_BEFORE, PASSIVE_AGENT, PASSIVE_COMPLEMENT } from '../lexicon/cues';
import { classified, contentAfter } from './contents';
import type { Cue } from './cues';
import type { Found, UnitContext } from './readingUnits';
import { phraseAfter, phraseBefore } from './sources';
import { tidy, trimEnd, trimStart } from './words';

/**
 * "The meeting was first reported by the Courier": the agent after "by" is the source, the subject before the
 * auxiliary (`be`) the content. A passive with no agent ("was announced") names no source: no attribution.
 */
export function passiveBy(ctx: UnitContext, cue: Cue, from: number, be: number, until: number): Found | null {
  const { text, vocabulary } = ctx;
  const by = PASSIVE_AGENT.exec(text.slice(cue.end, Math.min(until, cue.end + 40)));
  const source = by && phraseAfter(text, cue.end + by[0].length, until, vocabulary);
  // "It was reported that …", "It is widely believed that …": no one is named, the clause is the content
  if (!by && EXPLETIVE_BEFORE.test(text.slice(Math.max(from, be - 6), be)) && /^\s+that\b/.test(text.slice(cue.end, cue.end + 6))) {
    const content = contentAfter(ctx, cue.end, until);
    const auxiliary = trimStart(text, be, cue.start);
    return content && { kind: 'indirect', source: null, cue: { start: auxiliary, end: cue.end }, content };
  }
  const subject = source && phraseBefore(text, from, trimEnd(text, from, be), vocabulary);
  if (!source || !subject) return null;
  // "Brell was criticized by the guild for skipping the vote": subject and charge are the content, the agent the source
  const charge = PASSIVE_COMPLEMENT.exec(text.slice(source.start, Math.min(until, source.end + 8)));
  const agent = charge ? tidy(text, source.start, Math.min(source.end, source.start + charge.index)) : source;
  const complement = charge && contentAfter(ctx, source.start + charge.index, until);
  if (!complement) return classified(ctx, subject, false, source, { start: cue.start, end: cue.end });
  // the verb group up to "by" is the cue: subject and charge are the two halves around cue and agent (aroundCue)
  const verbGroup = { start: trimStart(text, be, cue.start), end: cue.end + by[0].length - 1 };
  const content = { start: subject.start, end: complement.end };
  return classified(ctx, content, false, agent, verbGroup);
}

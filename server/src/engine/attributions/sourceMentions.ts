/**
 * Source mentions: the mention a source phrase is snapped to, so actors resolve it ("said Acme Corp. spokesman Tom
 * Banks" → Tom Banks), and the mentions inside the phrase that are not its source ("Clinton's lawyers", "opined
 * Cleveland's Plain Dealer").
 */
import type { Span } from '../model';
import type { MentionCandidate } from '../mentions/reader';
import { AFFILIATION_LINK, SOURCE_HEADS } from '../lexicon/sources';
import { NP_PREPOSITIONS } from '../lexicon/cues';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import { modifiesPeopleHead } from './modifiedHeads';
import { SOURCE_WINDOW, sourceHead } from './sources';
import { isBlank, tokensIn } from './words';

/**
 * "Jane Doe of the Brookings Institution said": a person named first, before "of", "from", "at" or "with", is the
 * phrase's head and speaks; the body after the link is where she works, not the speaker.
 */
function affiliatedPerson(text: string, first: MentionCandidate): MentionCandidate | null {
  const named = first.kind === 'person' && (first.form === 'full' || first.form === 'surname') && !first.tentative;
  return named && AFFILIATION_LINK.test(text.slice(first.end, first.end + 8)) ? first : null;
}

/**
 * "said Harbor Board ranking member Dana Whitfield", "said Acme Corp. spokesman Tom Banks": after the cue, a named
 * person who ends the phrase is its head, and the body or committee before the title only modifies it. Not after
 * a preposition or an "and" ("the aide to Senator Tom Banks", "economists Ada Marsh and Tom Banks").
 */
function namedAfterModifiers(text: string, source: Span, cue: Span, overlapping: MentionCandidate[]): MentionCandidate | null {
  const last = overlapping[overlapping.length - 1]!;
  const named = last.kind === 'person' && (last.form === 'full' || last.form === 'surname') && !last.tentative;
  if (!named || overlapping.length < 2 || source.start < cue.end || !isBlank(text, last.end, source.end)) return null;
  const linked = tokensIn(text, source.start, last.start).some((t) => t.lower === 'and' || NP_PREPOSITIONS.has(t.lower));
  return linked ? null : last;
}


/** The words after an owner's mark up to a source's head end: a name in capitals ("’s Plain Dealer"). */
const NAMED_AFTER_OWNER = /^(?:[’']s?)?(?:\s+\p{Lu}[\p{L}.&-]*)+$/u;

/**
 * "Clinton's lawyers opposed …", "the mayor's aides argued": a possessive before an unnamed source's head is whose
 * people speak, not the speaker, so a source that opens with the owner is never cut back to it (with no mention of
 * the whole phrase, the phrase stays as read). Not a body's head ("Clinton's campaign said"), which speaks for its owner.
 */
function ownerOfSourceHead(text: string, source: Span, m: MentionCandidate, headEnd: number): boolean {
  const after = m.form === 'possessive' && m.start === source.start && OWNED_HEAD.exec(text.slice(m.end, headEnd));
  return !!after && SOURCE_HEADS.has(after[1]!.toLowerCase());
}

/** The lower-case words after an owner's mark up to a source's head end, group 1 the head ("’s lawyers"). */
const OWNED_HEAD = /^(?:[’']s?)?(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*)*?[ \u00a0]+(\p{Ll}[\p{Ll}-]*)$/u;

/** An "and" between two words of a source's head: the phrase joins two subjects. */
const COORDINATED = /\S[ \u00a0]+and[ \u00a0]+\S/;

/**
 * "Brannock and her deputies said", "weather experts and Tarrow officials said": a coordinated subject with
 * mentions on one side only speaks whole, as PolNeAR marks it: no mention stands for the people on the other side.
 * With a name on each side ("Harlow and Quell wrote"), the snap keeps the one nearest the cue, a speaker either way.
 */
function oneSideNamed(text: string, source: Span, headEnd: number, kept: MentionCandidate[]): boolean {
  const and = COORDINATED.exec(text.slice(source.start, headEnd));
  if (!and) return false;
  const at = source.start + and.index + 1;
  return !(kept.some((m) => m.end <= at) && kept.some((m) => m.start >= at));
}

/** Snaps a source to the mention candidate its head overlaps nearest the cue, so actors resolve it. */
export function snapToMention(text: string, source: Span | null, cue: Span | null, mentions: MentionCandidate[]): Span | null {
  if (!source || !cue) return source;
  const headEnd = sourceHead(text, source).end;
  const first = Math.max(0, lastStartingAtOrBefore(mentions, source.start - SOURCE_WINDOW));
  const overlapping: MentionCandidate[] = [];
  const after = source.start >= cue.end;
  for (let i = first; i < mentions.length && mentions[i].start < headEnd; i++) {
    const m = mentions[i];
    // "opined Cleveland's Plain Dealer": after the cue, the owner of a body named after it is another actor
    const owner = after && m.form === 'possessive' && NAMED_AFTER_OWNER.test(text.slice(m.end, headEnd));
    const kept = !m.inQuote && !owner && !ownerOfSourceHead(text, source, m, headEnd) && !modifiesPeopleHead(text, m, headEnd);
    if (m.end > source.start && kept) overlapping.push(m);
  }
  if (!overlapping.length || oneSideNamed(text, source, headEnd, overlapping)) return source;
  const head = affiliatedPerson(text, overlapping[0]!) ?? namedAfterModifiers(text, source, cue, overlapping);
  if (head) return { start: head.start, end: head.end };
  const distance = (m: Span) => (m.end <= cue.start ? cue.start - m.end : m.start - cue.end);
  const best = overlapping.reduce((a, b) => (Math.abs(distance(b)) < Math.abs(distance(a)) ? b : a));
  return { start: best.start, end: best.end };
}

/**
 * Companies read as people: where the story shows a name to be a body once ("Tallis Brandt, which runs two
 * mills", "Shares of Tallis Brandt fell"), its other mentions that only capitals made people ("Tallis Brandt
 * said") are that body too. Read before the cast is made, so the name makes one actor, of its right kind.
 */
import type { MentionCandidate } from '../mentions/reader';
import { isFirstName } from '../lexicon/people';
import { nameWords } from './cast';

/** `mentions` with each person by capitals only that bears a name the story also gives an organisation made one. */
export function bodiesNamedAsPeople(mentions: MentionCandidate[]): MentionCandidate[] {
  const bodies = new Set(mentions.filter((m) => m.kind === 'organization' && !m.tentative && !m.anaphor).map((m) => m.name.toLowerCase()));
  return mentions.map((m) => (unproven(m) && bodies.has(m.name.toLowerCase()) ? { ...m, kind: 'organization' } : m));
}

/** A person by its capitals only: two or more name words, none a known given name; no honorific, role or gender. */
function unproven(m: MentionCandidate): boolean {
  if (m.kind !== 'person' || m.roles.length > 0 || m.gender) return false;
  const words = nameWords(m.name);
  return words.length > 1 && m.name.split(/[\s\u00a0]+/).length === words.length && !words.some((w) => isFirstName(w));
}

/**
 * Modified heads: a name or a pronoun inside a source phrase that only modifies the noun of people heading it
 * ("The Ketterby growers", "her deputies"), read by the source span (sources.ts) and by the actor it resolves to.
 */
import type { MentionCandidate } from '../mentions/reader';
import { NP_PREPOSITIONS, NP_STOPS } from '../lexicon/cues';
import { lexiconTags } from '../lexicon/people';
import { SOURCE_HEADS } from '../lexicon/sources';

/** The lower-case words after a name up to a source's head end, group 1 the head ("Ketterby growers", "Harwick dock workers"). */
const COMMON_HEAD_AFTER = /^(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*)*?[ \u00a0]+(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * "The Ketterby growers said", "Several Harwick councillors told": a mention followed by lower-case words up to the
 * source's end only modifies the common noun that heads the phrase, when that noun names people, so the growers
 * speak, not Ketterby. Not a possessive (ownerOfSourceHead reads "Clinton's lawyers").
 */
export function modifiesPeopleHead(text: string, m: MentionCandidate, headEnd: number): boolean {
  if (m.form === 'possessive' || m.end >= headEnd) return false;
  const after = COMMON_HEAD_AFTER.exec(text.slice(m.end, headEnd));
  // "she and another reporter", "Ruiz of the port staff": a link makes the mention a head of its own
  const linked = after && after[0].trim().split(/\s+/).some((w) => NP_STOPS.has(w) || NP_PREPOSITIONS.has(w));
  return !!after && !linked && isPersonNoun(after[1]!);
}

/**
 * A mention inside a source phrase that is not its source: a possessor with the phrase going on after it
 * ("Morrison's lawyer", "his spokesman"), or a name that only modifies a noun of people ("Quill supporters").
 */
export function onlyQualifiesSource(text: string, m: MentionCandidate, spanEnd: number, headEnd: number): boolean {
  const possessor = m.form === 'possessive' || /^(?:his|her|its|their)$/.test(m.name);
  return (possessor && /\p{L}/u.test(text.slice(m.end, spanEnd))) || modifiesPeopleHead(text, m, headEnd);
}

/**
 * An unknown plural of people: an agent's in -ers/-ors ("growers"), or a compound of man, woman or hand ("boatmen",
 * "linemen", "spokeswomen", "deckhands"); not a singular in -men whose stem ends in a vowel ("specimen", "abdomen").
 */
const UNKNOWN_PEOPLE_PLURAL = /\p{Ll}{2}(?:er|or)s$|\p{Ll}{3}(?:[^aiou]men|women|hands)$/u;

/**
 * A common noun naming people: a source head ("workers", "officials"), one the lexicon knows as an actor
 * ("councillors", "father"), or an agent's plural it does not know at all ("growers", "supporters"); not a record
 * ("documents", "filings", "reports"), which its owner speaks through.
 */
export function isPersonNoun(lower: string): boolean {
  if (SOURCE_HEADS.has(lower)) return true;
  const tags = lexiconTags(lower);
  return tags.includes('Actor') || (tags.length === 0 && UNKNOWN_PEOPLE_PLURAL.test(lower));
}

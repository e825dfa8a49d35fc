/**
 * A private state read into a modifier of the clause's subject, set off by a comma: "Wary of the unions, the mayor
 * delayed the vote", "The guild dropped its demand, hoping to end the strike by spring", "Disillusioned, the
 * treasurer resigned". The reporter tells what the subject felt, wanted or believed while acting; nobody is credited.
 * Built from the word families of lexicon/claimFamilies.ts, so the same words are read as verbs and as modifiers.
 */
import {
  FEELING_ADJECTIVES,
  FEELING_CAUSED,
  familyForms,
  MODIFIER_ADVERBS,
  MODIFIER_COMPLEMENT,
  MODIFIER_FINITE_VERBS,
  MODIFIER_LEAD,
  MODIFIER_PARTICIPLES,
  VERB_FAMILIES,
} from '../lexicon/claimFamilies';
import { SHOWN_DISPOSITIONS } from '../lexicon/claims';
import type { ClaimCategory, ClaimConfidence } from '../model';

/** A modifier's state words in one alternation, each with what must follow it. */
const wordsOf = (category: 'intention' | 'motive' | 'belief'): string => {
  // a family with no gerund ("know", "knows") adds nothing: an empty alternative would match between spaces
  const gerunds = VERB_FAMILIES.filter((f) => f.category === category).flatMap((family) => {
    const forms = familyForms(family).filter((form) => form.endsWith('ing'));
    return forms.length ? [`(?:${forms.join('|')})(?=\\s+${family.then ? `(?:${family.then})` : MODIFIER_COMPLEMENT})`] : [];
  });
  // a feeling the act itself shows ("…, eager to") is no state read into its subject
  const felt = category === 'intention' ? [] : FEELING_ADJECTIVES[category].filter((word) => !SHOWN_DISPOSITIONS.includes(word));
  const adjectives = category === 'intention' ? [] : [`(?:${felt.join('|')})`, MODIFIER_PARTICIPLES[category]];
  const caused = category === 'motive' ? [`(?:${FEELING_CAUSED.filter((form) => form.endsWith('ed')).join('|')})`] : [];
  return [...gerunds, ...adjectives, ...caused].join('|');
};

/** Words of the phrase up to its comma, none of them a verb of its own (a gerund subject, not a modifier). */
const NO_FINITE_VERB = `(?:(?!\\b${MODIFIER_FINITE_VERBS}\\b)[^,.;:!?]){0,120}?`;

const ADVERB = `(?:${MODIFIER_ADVERBS}\\s+)?`;

/**
 * A modifier that opens the sentence ("Wary of the unions, …": a complement, or a bare participle before the
 * comma, not a bare "Sure,"), or one that follows a comma mid-sentence (", hoping to …": a complement after it).
 */
const modifierPattern = (words: string): RegExp =>
  new RegExp(
    `^\\s*(?:${MODIFIER_LEAD})?${ADVERB}(?:${words})(?:(?<=ed)|\\s+${MODIFIER_COMPLEMENT}${NO_FINITE_VERB}),\\s|(?<=[^,\\s]),\\s+${ADVERB}(?:${words})\\s+${MODIFIER_COMPLEMENT}`,
    'i',
  );

/** The modifier shapes, by the claim each makes. */
export const MODIFIER_SHAPES: readonly { category: ClaimCategory; confidence: ClaimConfidence; pattern: RegExp }[] = (
  ['intention', 'motive', 'belief'] as const
).map((category) => ({ category, confidence: 'medium', pattern: modifierPattern(wordsOf(category)) }));

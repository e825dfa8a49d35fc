/**
 * Mentions: the names, descriptions, titles and pronouns in a paragraph that may refer to an actor.
 * Stub — to be replaced by the real recogniser.
 */
import type { ActorKind, MentionForm, Role, Span } from './model';
import type { LocalQuote } from './quotes';

export interface MentionCandidate extends Span {
  /** What the mention names; pronouns and bare titles get their kind when resolved. */
  kind: ActorKind | 'pronoun' | 'title';
  form: MentionForm;
  /** The name as written without possessive and honorific noise ("Antony Blinken"); the pronoun or title in lower case. */
  name: string;
  /** Roles stated at this mention (pre-name title, appositive, predicate). */
  roles: Role[];
  gender?: 'male' | 'female';
  /** Inside a quotation (its pronouns speak from the speaker's point of view). */
  inQuote: boolean;
}

export function findMentions(paragraph: string, sentences: Span[], quotes: LocalQuote[]): MentionCandidate[] {
  void paragraph;
  void sentences;
  void quotes;
  return [];
}

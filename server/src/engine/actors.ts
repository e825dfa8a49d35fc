/**
 * Actors: mentions merged into people, organisations, groups and anonymous sources, with roles; pronouns,
 * surnames, possessives and titles resolved; attribution sources linked to actors.
 * Stub — to be replaced by the real resolver.
 */
import type { Actor, Attribution, Paragraph, Sentence } from './model';
import type { MentionCandidate } from './mentions';

export interface ActorResolution {
  actors: Actor[];
  /** The actor of each attribution (same order as the input), or null. */
  attributionActors: (string | null)[];
}

export function resolveActors(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  mentions: MentionCandidate[],
  attributions: Omit<Attribution, 'actor'>[],
): ActorResolution {
  void text;
  void paragraphs;
  void sentences;
  void mentions;
  return { actors: [], attributionActors: attributions.map(() => null) };
}

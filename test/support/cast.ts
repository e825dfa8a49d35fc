/**
 * The actors of a story as a test reads them: the words each mention stands on, and the whole cast as
 * [kind, name, mentions' words], shared by the people and actors suites.
 */
import { analyze } from '../../server/src/engine/analyze';
import type { Actor, ArticleModel } from '../../server/src/engine/model';
import { textsOf } from './spans';

/** The words of an actor's mentions, in the story's order. */
export const mentionTexts = (text: string, actor: Actor): string[] => textsOf(text, actor.mentions);

/** Each actor as [kind, name, its mentions' words]. */
export const cast = (text: string, model: ArticleModel = analyze(text)) => model.actors.map((a) => [a.kind, a.name, mentionTexts(text, a)]);

/** The kind and name of the actor each attribution's source resolves to, in order (null where none). */
export const speakers = (text: string, model: ArticleModel = analyze(text)) =>
  model.attributions.map((a) => {
    const actor = model.actors.find((x) => x.id === a.actor);
    return actor ? [actor.kind, actor.name] : null;
  });

/**
 * Definition, references and rename on an actor. They share one lookup: the mention under the cursor and the actor
 * it belongs to. Definition goes to the mention that introduces the actor (full name with role); rename changes
 * every name-form consistently — full names to the new full name, surnames to the new surname, possessives keep
 * their ’s — and leaves titles, pronouns and descriptions alone.
 */
import { ResponseError, type Location, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Mention, Span } from '../../engine/model';
import { actorAt, introduction, mentionAt, shortName, withoutPossessive, type MentionHit } from './lookup';
import { toRange } from './positions';

const NAME_FORMS: readonly Mention['form'][] = ['full', 'surname', 'possessive'];

const hitAt = (model: ArticleModel, doc: TextDocument, position: Position): MentionHit | undefined =>
  mentionAt(model, doc.offsetAt(position), true);

/** Definition and references also start from a stated role ("Foreign Minister" in front of the name). */
const actorAtPosition = (model: ArticleModel, doc: TextDocument, position: Position) => actorAt(model, doc.offsetAt(position), true);

export function definition(model: ArticleModel, doc: TextDocument, position: Position): Location | null {
  const hit = actorAtPosition(model, doc, position);
  const intro = hit && introduction(model, hit.actor);
  return intro ? { uri: doc.uri, range: toRange(doc, intro) } : null;
}

export function references(model: ArticleModel, doc: TextDocument, position: Position, includeDeclaration: boolean): Location[] {
  const hit = actorAtPosition(model, doc, position);
  if (!hit) return [];
  const intro = introduction(model, hit.actor);
  return hit.actor.mentions
    .filter((m) => includeDeclaration || m !== intro)
    .map((m) => ({ uri: doc.uri, range: toRange(doc, m) }));
}

/** The name part of a mention ("Blinken" in "Blinken’s"). */
function nameSpan(model: ArticleModel, mention: Mention): Span {
  const name = withoutPossessive(model.text.slice(mention.start, mention.end));
  return { start: mention.start, end: mention.start + name.length };
}

/** Only names can be renamed; the range and placeholder are the name without its possessive. */
export function prepareRename(model: ArticleModel, doc: TextDocument, position: Position): { range: Range; placeholder: string } | null {
  const hit = hitAt(model, doc, position);
  if (!hit || !NAME_FORMS.includes(hit.mention.form)) return null;
  const span = nameSpan(model, hit.mention);
  return { range: toRange(doc, span), placeholder: model.text.slice(span.start, span.end) };
}

const lastWord = (name: string): string => name.trim().split(/\s+/u).pop() ?? name;

export function rename(model: ArticleModel, doc: TextDocument, position: Position, newName: string): WorkspaceEdit | null {
  const hit = hitAt(model, doc, position);
  if (!hit || !NAME_FORMS.includes(hit.mention.form)) return null;
  const wanted = newName.trim().replace(/\s+/gu, ' ');
  if (!wanted) throw new ResponseError(0, 'A name cannot be empty.');
  const { actor } = hit;
  const oldSurname = shortName(model, actor);
  const fromFull = hit.mention.form === 'full';
  const newSurname = fromFull ? lastWord(wanted) : wanted;
  const newFull = fromFull
    ? wanted
    : actor.name.endsWith(oldSurname)
      ? actor.name.slice(0, actor.name.length - oldSurname.length) + wanted
      : actor.name;

  const edits: TextEdit[] = [];
  for (const mention of actor.mentions) {
    if (!NAME_FORMS.includes(mention.form)) continue;
    const span = nameSpan(model, mention);
    const written = model.text.slice(span.start, span.end);
    let replacement: string;
    if (mention.form !== 'full') replacement = newSurname;
    else if (written === actor.name) replacement = newFull;
    else if (written.endsWith(oldSurname)) replacement = written.slice(0, written.length - oldSurname.length) + newSurname;
    else continue; // a variant full form that does not end in the surname: left for the writer
    if (replacement !== written) edits.push({ range: toRange(doc, span), newText: replacement });
  }
  return { changes: { [doc.uri]: edits } };
}

/**
 * Quick fixes. On a claim or quote nobody is cited for: "Attribute to <actor>" (most relevant first),
 * "Add attribution placeholder", "Ignore this claim". On a person first named by surname: "Use full name and role".
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ArticleModel, Finding, Span } from '../../engine/model';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { actorById, mentionAt, shortName, withoutPossessive } from './lookup';
import { toRange, toSpan } from './positions';

/** The server command that selects a range in the editor (via window/showDocument); arguments: uri, range. */
export const SELECT_RANGE_COMMAND = 'sourcingLens.selectRange';

const PLACEHOLDER = '[source]';
const MAX_ACTORS = 6;
const SENTENCE_TAIL = /^[.!?…”"»’'›)]{0,8}/u;
const QUOTE_CLOSER = /[”"»’'›]/u;

/** Lower-cases a leading determiner or number so the name reads inside a sentence ("A senior official"). */
export const inSentence = (name: string): string =>
  name.replace(/^(?:A|An|The|One|Two|Three|Four|Five|Several|Some|Many|Sources|Officials|People)\b/u, (w) => w.toLowerCase());

/**
 * How an attribution to the actor reads: persons by surname ("Blinken said"), organisations by name ("Hamas
 * said", with "the" when the article writes it), groups and anonymous sources by description ("according to US
 * officials").
 */
export function attributionPhrase(model: ArticleModel, actor: Actor): string {
  if (actor.kind === 'person') return `${shortName(model, actor)} said`;
  if (actor.kind === 'organization') {
    const withArticle = actor.mentions.some((m) => /\bthe\s$/iu.test(model.text.slice(Math.max(0, m.start - 4), m.start)));
    return `${withArticle ? 'the ' : ''}${actor.name} said`;
  }
  return `according to ${inSentence(actor.name)}`;
}

/** Where the sentence's final punctuation and closing marks stand: the engine's insertAt, or the finding's end. */
function sentenceEnding(model: ArticleModel, finding: Finding): { start: number; end: number; tail: string } {
  const start = finding.data?.insertAt ?? finding.end;
  const tail = SENTENCE_TAIL.exec(model.text.slice(start, start + 8))?.[0] ?? '';
  return { start, end: start + tail.length, tail };
}

/**
 * Replaces the sentence's ending with an attribution, the way wire copy punctuates it:
 * "… offer." → "… offer, Blinken said." and “… deal.” → “… deal,” Blinken said. (a question or exclamation
 * inside the quote keeps its mark).
 */
export function attributionEdit(doc: TextDocument, model: ArticleModel, finding: Finding, phrase: string): TextEdit {
  const ending = sentenceEnding(model, finding);
  const lastCloser = Math.max(...[...ending.tail].map((c, i) => (QUOTE_CLOSER.test(c) ? i : -1)), -1);
  let newText: string;
  if (lastCloser < 0) {
    newText = ending.tail ? `, ${phrase}.` : `, ${phrase}`;
  } else {
    const inside = ending.tail.slice(0, lastCloser + 1);
    const kept = /[?!]/u.test(inside) ? inside : inside.replace(/[.…]/gu, '').replace(QUOTE_CLOSER, ',$&');
    newText = `${kept} ${phrase}.`;
  }
  return { range: toRange(doc, ending), newText };
}

/** The actors to offer, most relevant first: the engine's candidates, then the nearest preceding speaker, then all. */
function rankedActors(model: ArticleModel, finding: Finding): Actor[] {
  // Speakers only: the holder of a private state ("the trustees want …") said nothing.
  const speaking = model.attributions.filter((a) => a.kind !== 'private-state');
  const preceding = speaking.filter((a) => a.actor && a.content.start < finding.start).map((a) => a.actor);
  const ids = [...(finding.data?.candidates ?? []), ...preceding.reverse(), ...model.actors.map((a) => a.id)];
  const actors = [...new Set(ids)].flatMap((id) => actorById(model, id) ?? []);
  return actors.slice(0, MAX_ACTORS);
}

function quickFix(title: string, uri: string, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: edits } } };
}

function attributionFixes(model: ArticleModel, doc: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const uri = doc.uri;
  const fixes = rankedActors(model, finding).map((actor) =>
    quickFix(`Attribute to ${actor.name}`, uri, diagnostic, [
      attributionEdit(doc, model, finding, attributionPhrase(model, actor)),
    ]),
  );
  if (fixes[0]) fixes[0].isPreferred = true;

  const placeholderEdit = attributionEdit(doc, model, finding, `${PLACEHOLDER} said`);
  const at = placeholderEdit.range.start;
  const column = at.character + placeholderEdit.newText.indexOf(PLACEHOLDER);
  // Where the placeholder stands once the edit is applied (the edit is one line, so its start does not move).
  const selection: Range = { start: { line: at.line, character: column }, end: { line: at.line, character: column + PLACEHOLDER.length } };
  fixes.push({
    ...quickFix('Add attribution placeholder', uri, diagnostic, [placeholderEdit]),
    command: { title: 'Select the placeholder', command: SELECT_RANGE_COMMAND, arguments: [uri, selection] },
    data: { selection },
  });

  const ending = sentenceEnding(model, finding);
  const marker = ` <!-- sourcing-lens: ignore ${finding.code} -->`;
  const noun = finding.code === 'unattributed-quote' ? 'quote' : 'claim';
  fixes.push(quickFix(`Ignore this ${noun}`, uri, diagnostic, [{ range: toRange(doc, { start: ending.end, end: ending.end }), newText: marker }]));
  return fixes;
}

/** "Blinken" → "US Secretary of State Antony Blinken" (or "Dennis Ross, a former US envoy," for an appositive). */
function fullNameFix(model: ArticleModel, doc: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actor = actorById(model, finding.data?.actor) ?? mentionAt(model, finding.start)?.actor;
  if (!actor) return [];
  const written = model.text.slice(finding.start, finding.end);
  const name = withoutPossessive(written);
  const possessive = written.slice(name.length);
  const title = actor.roles.find((r) => r.origin === 'title');
  const other = actor.roles[0];
  const next = model.text.charAt(finding.end);
  let replacement = actor.name;
  if (title) replacement = `${title.text} ${actor.name}`;
  else if (other && !possessive) replacement = `${actor.name}, ${other.text}${/[.,;:!?)]/u.test(next) ? '' : ','}`;
  const fix = quickFix(title || (other && !possessive) ? 'Use full name and role' : 'Use full name', doc.uri, diagnostic, [
    { range: toRange(doc, finding), newText: replacement + possessive },
  ]);
  fix.isPreferred = true;
  return [fix];
}

/**
 * The finding a diagnostic sent back stands for: the same code, and of the spans that overlap (or touch) its range
 * the one that overlaps most, then the one starting nearest. Not exact offsets: Neovim 0.7 sends columns in bytes,
 * which run past UTF-16 columns after any non-ASCII character on the line ("port’s").
 */
function findingFor(model: ArticleModel, span: Span, code: Diagnostic['code']): Finding | undefined {
  let best: { finding: Finding; overlap: number; distance: number } | undefined;
  for (const finding of model.findings) {
    const overlap = Math.min(finding.end, span.end) - Math.max(finding.start, span.start);
    if (finding.code !== code || overlap < 0) continue;
    const distance = Math.abs(finding.start - span.start);
    if (!best || overlap > best.overlap || (overlap === best.overlap && distance < best.distance)) best = { finding, overlap, distance };
  }
  return best?.finding;
}

/** Quick fixes for the diagnostics the client sends back; they are matched to the current findings by code and range. */
export function codeActions(model: ArticleModel, doc: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = findingFor(model, toSpan(doc, diagnostic.range), diagnostic.code);
    if (!finding) continue;
    if (finding.code === 'unattributed-claim' || finding.code === 'unattributed-quote') {
      actions.push(...attributionFixes(model, doc, finding, diagnostic));
    } else if (finding.code === 'surname-first') {
      actions.push(...fullNameFix(model, doc, finding, diagnostic));
    }
  }
  return actions;
}

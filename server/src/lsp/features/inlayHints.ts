/**
 * Inlay hints: after a direct quote whose speaker the sentence does not name ("…,” he said." or a quote that
 * continues the last speaker), the speaker's name: `— Blinken`.
 */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../../engine/model';
import { actorById, attributionOfQuote, sentenceScope, shortName } from './lookup';

export function inlayHints(model: ArticleModel, doc: TextDocument, range?: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : model.text.length;
  for (const quote of model.quotes) {
    if (quote.kind !== 'direct' || quote.end < from || quote.end > to) continue;
    const speaker = actorById(model, attributionOfQuote(model, quote)?.actor);
    if (!speaker) continue;
    const scope = sentenceScope(model, quote);
    // A pronoun does not name the speaker; any other mention in the sentence does.
    const named = speaker.mentions.some((m) => m.form !== 'pronoun' && m.start >= scope.start && m.end <= scope.end);
    if (named) continue;
    const role = speaker.roles[0]?.text;
    hints.push({
      position: doc.positionAt(quote.end),
      label: `— ${shortName(model, speaker)}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: role ? `Speaker: ${speaker.name}, ${role}` : `Speaker: ${speaker.name}`,
    });
  }
  return hints;
}

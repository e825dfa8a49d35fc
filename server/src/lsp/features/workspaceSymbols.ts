/** Workspace symbols: the actors of every open article, found by a fuzzy match on the name or a role. */
import type { WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../../engine/model';
import { ACTOR_SYMBOL_KIND } from './documentSymbols';
import { introduction } from './lookup';
import { toRange } from './positions';

/** The query's characters appear in order, ignoring case (the editor's usual symbol search). */
export function fuzzyMatch(query: string, text: string): boolean {
  const haystack = text.toLowerCase();
  let at = 0;
  for (const c of query.toLowerCase().replace(/\s+/gu, '')) {
    at = haystack.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function workspaceSymbols(articles: { model: ArticleModel; doc: TextDocument }[], query: string): WorkspaceSymbol[] {
  const symbols: WorkspaceSymbol[] = [];
  for (const { model, doc } of articles) {
    const file = decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
    for (const actor of model.actors) {
      const intro = introduction(model, actor);
      if (!intro || !fuzzyMatch(query, [actor.name, ...actor.roles.map((r) => r.text)].join(' '))) continue;
      symbols.push({
        name: actor.name,
        kind: ACTOR_SYMBOL_KIND[actor.kind],
        containerName: actor.roles[0] ? `${actor.roles[0].text} · ${file}` : file,
        location: { uri: doc.uri, range: toRange(doc, intro) },
      });
    }
  }
  return symbols;
}

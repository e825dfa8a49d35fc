/**
 * The Outline: the article's actors in order of first appearance, role as detail, their quotes as children.
 * Icons: a person is a Class (the most prominent icon), an organisation a Namespace (a body that holds people),
 * a named group a Struct (several alike), an anonymous source a Key (an identity kept back); a quote is a String.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Actor, ActorKind, ArticleModel, Quote } from '../../engine/model';
import { excerpt } from './lookup';
import { toRange } from './positions';

export const ACTOR_SYMBOL_KIND: Record<ActorKind, SymbolKind> = {
  person: SymbolKind.Class,
  organization: SymbolKind.Namespace,
  group: SymbolKind.Struct,
  anonymous: SymbolKind.Key,
};

function quotesOf(model: ArticleModel, actor: Actor): Quote[] {
  const ids = new Set(model.attributions.filter((a) => a.actor === actor.id && a.quote).map((a) => a.quote));
  return model.quotes.filter((q) => ids.has(q.id));
}

function quoteSymbol(model: ArticleModel, doc: TextDocument, quote: Quote): DocumentSymbol {
  const inner = quote.inner.end > quote.inner.start ? quote.inner : quote;
  return {
    name: excerpt(model.text.slice(inner.start, inner.end), 60) || '(empty quote)',
    detail: `${quote.kind} quote`,
    kind: SymbolKind.String,
    range: toRange(doc, quote),
    selectionRange: toRange(doc, inner),
  };
}

export function documentSymbols(model: ArticleModel, doc: TextDocument): DocumentSymbol[] {
  return model.actors
    .filter((actor) => actor.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((actor) => {
      const quotes = quotesOf(model, actor);
      const first = actor.mentions[0];
      // The range holds everything the actor owns in the text, so its quotes nest inside it.
      const owned = [...actor.mentions, ...quotes];
      const range = { start: Math.min(...owned.map((s) => s.start)), end: Math.max(...owned.map((s) => s.end)) };
      return {
        name: actor.name || model.text.slice(first.start, first.end),
        detail: actor.roles.map((r) => r.text).join('; ') || actor.kind,
        kind: ACTOR_SYMBOL_KIND[actor.kind],
        range: toRange(doc, range),
        selectionRange: toRange(doc, first),
        children: quotes.map((q) => quoteSymbol(model, doc, q)),
      };
    });
}

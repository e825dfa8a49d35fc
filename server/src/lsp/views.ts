/**
 * The views of an article's model the editor asks for: hover, quick fixes, outline, semantic tokens, inlay hints,
 * navigation and workspace symbols. Each is a pure function of the model (features/); here they are joined to
 * the requests, for documents the settings let the server read.
 */
import type { Connection, Range, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './features/codeActions';
import { documentSymbols } from './features/documentSymbols';
import { hoverAt } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { definition, prepareRename, references, rename } from './features/navigation';
import { semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { Guard } from './guard';
import type { OpenArticle } from './readings';

export function registerViews(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  articleAt: (uri: string) => Promise<OpenArticle | undefined>,
  guard: Guard,
): void {
  connection.onHover(
    guard('hover', null, async ({ textDocument, position }) => {
      const article = await articleAt(textDocument.uri);
      return article ? hoverAt(article.model, article.doc, article.doc.offsetAt(position)) : null;
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], async ({ textDocument, context }) => {
      const article = await articleAt(textDocument.uri);
      return article ? codeActions(article.model, article.doc, context.diagnostics) : [];
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], async ({ textDocument }) => {
      const article = await articleAt(textDocument.uri);
      return article ? documentSymbols(article.model, article.doc) : [];
    }),
  );

  const tokens = (uri: string, range?: Range) =>
    articleAt(uri).then((article) => (article ? semanticTokens(article.model, article.doc, range) : { data: [] }));
  connection.languages.semanticTokens.on(guard('semantic tokens', { data: [] }, ({ textDocument }) => tokens(textDocument.uri)));
  connection.languages.semanticTokens.onRange(
    guard('semantic tokens', { data: [] }, ({ textDocument, range }) => tokens(textDocument.uri, range)),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', [], async ({ textDocument, range }) => {
      const article = await articleAt(textDocument.uri);
      return article ? inlayHints(article.model, article.doc, range) : [];
    }),
  );

  connection.onDefinition(
    guard('definition', null, async ({ textDocument, position }) => {
      const article = await articleAt(textDocument.uri);
      return article ? definition(article.model, article.doc, position) : null;
    }),
  );

  connection.onReferences(
    guard('references', [], async ({ textDocument, position, context }) => {
      const article = await articleAt(textDocument.uri);
      return article ? references(article.model, article.doc, position, context.includeDeclaration) : [];
    }),
  );

  connection.onPrepareRename(
    guard('prepare rename', null, async ({ textDocument, position }) => {
      const article = await articleAt(textDocument.uri);
      return article ? prepareRename(article.model, article.doc, position) : null;
    }),
  );

  connection.onRenameRequest(
    guard('rename', null, async ({ textDocument, position, newName }) => {
      const article = await articleAt(textDocument.uri);
      return article ? rename(article.model, article.doc, position, newName) : null;
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', [], async ({ query }) => {
      const articles = await Promise.all(documents.all().map((doc) => articleAt(doc.uri)));
      return workspaceSymbols(articles.flatMap((a) => a ?? []), query);
    }),
  );
}

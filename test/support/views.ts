/**
 * What the LSP tests read off the views: a hover's text and range, semantic tokens decoded, the claim among a
 * story's diagnostics.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../../server/src/engine/model';
import { hoverAt } from '../../server/src/lsp/features/hover';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/features/semanticTokens';

/** The hover at an offset: its Markdown and the text it covers. */
export function hoverOf(model: ArticleModel, doc: TextDocument, offset: number): { value: string; range: string | undefined } {
  const result = hoverAt(model, doc, offset);
  return { value: (result?.contents as { value: string } | undefined)?.value ?? '', range: result?.range && doc.getText(result.range) };
}

/** Semantic tokens (relative LSP encoding) decoded: the text, type, modifier bits and line of each. */
export function decodeTokens(doc: TextDocument, data: number[]) {
  const tokens: { text: string; type: string; modifiers: number; line: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = doc.offsetAt({ line, character });
    tokens.push({ text: doc.getText().slice(start, start + data[i + 2]), type: SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]], modifiers: data[i + 4], line });
  }
  return tokens;
}

/** The unattributed-claim diagnostic among a story's diagnostics, if the server published one. */
export const claimOf = (diagnostics: Diagnostic[]): Diagnostic | undefined => diagnostics.find((d) => d.code === 'unattributed-claim');

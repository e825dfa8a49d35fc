/**
 * Semantic tokens: speakers, other actors, anonymous sources, cues and quotes.
 *
 * Tokens never overlap and never span lines (many clients lack multiline-token support): where spans overlap,
 * the more specific wins — a cue over a name, a name over the quote it stands in — and what is left of the
 * larger span is cut around it and at every line break.
 */
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isQuotation, type ArticleModel, type Span } from '../../engine/model';
import { introduction } from './lookup';
import { splitByLine } from './positions';
import { communicative } from './privateStates';

/**
 * `speaker`: a mention of an actor the article quotes or paraphrases; `actor`: a mention of anyone else it names;
 * `anonymousSource`: an unnamed source ("two US officials"); `cue`: the attribution verb or phrase ("said",
 * "told CNN", "according to"); `quote`: a direct or partial quotation, marks included.
 * Modifiers: `declaration` on the mention that introduces an actor, `partial` on a partial quote.
 */
export const TOKEN_TYPES = ['speaker', 'actor', 'anonymousSource', 'cue', 'quote'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'partial'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

type TokenType = (typeof TOKEN_TYPES)[number];

interface Token extends Span {
  type: TokenType;
  modifiers: number;
}

const DECLARATION = 1 << TOKEN_MODIFIERS.indexOf('declaration');
const PARTIAL = 1 << TOKEN_MODIFIERS.indexOf('partial');

/** Candidate tokens, most specific first. A private state's holder is no speaker, and its verb no cue. */
function candidates(model: ArticleModel): Token[] {
  const attributions = communicative(model);
  const speaking = new Set(attributions.map((a) => a.actor));
  const kindOf = new Map(model.actors.map((a) => [a.id, a.kind]));
  const cues: Token[] = attributions.flatMap((a) => (a.cue ? [{ ...a.cue, type: 'cue' as const, modifiers: 0 }] : []));
  const mentions: Token[] = model.actors.flatMap((actor) => {
    const type: TokenType = actor.kind === 'anonymous' ? 'anonymousSource' : speaking.has(actor.id) ? 'speaker' : 'actor';
    const intro = introduction(model, actor);
    return actor.mentions.map((m) => ({ start: m.start, end: m.end, type, modifiers: m === intro ? DECLARATION : 0 }));
  });
  // A source phrase wider than its mention ("two senior US officials"), or one not resolved to an actor.
  const sources: Token[] = attributions.flatMap((a) =>
    a.source ? [{ ...a.source, type: kindOf.get(a.actor ?? '') === 'anonymous' ? 'anonymousSource' : 'speaker', modifiers: 0 }] : [],
  );
  const quotes: Token[] = model.quotes
    .filter((q) => isQuotation(q.kind))
    .map((q) => ({ start: q.start, end: q.end, type: 'quote', modifiers: q.kind === 'partial' ? PARTIAL : 0 }));
  return [...cues, ...mentions, ...sources, ...quotes];
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/** Each character goes to the first token that claims it; runs of one owner become the final spans. */
function paint(text: string, tokens: Token[]): Token[] {
  const length = text.length;
  const owner = new Int32Array(length).fill(-1);
  tokens.forEach((t, i) => {
    for (let k = Math.max(0, t.start); k < Math.min(length, t.end); k++) if (owner[k] < 0) owner[k] = i;
  });
  const painted: Token[] = [];
  for (let k = 0; k < length; ) {
    const i = owner[k];
    let end = k + 1;
    while (end < length && owner[end] === i) end++;
    if (i >= 0) {
      // A run cut out of a wider span may start or end on a space ("Foreign Minister " before a name): trim it.
      const run = trimmed(text, k, end);
      if (run.end > run.start) painted.push({ ...tokens[i], ...run });
    }
    k = end;
  }
  return painted;
}

/** Tokens of the whole document, or of the lines a range touches, in the LSP's relative encoding. */
export function semanticTokens(model: ArticleModel, doc: TextDocument, range?: Range): SemanticTokens {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of paint(model.text, candidates(model))) {
    for (const piece of splitByLine(doc, token)) {
      if (range && (piece.line < range.start.line || piece.line > range.end.line)) continue;
      const deltaLine = piece.line - line;
      data.push(deltaLine, deltaLine === 0 ? piece.character - character : piece.character, piece.length);
      data.push(TOKEN_TYPES.indexOf(token.type), token.modifiers);
      line = piece.line;
      character = piece.character;
    }
  }
  return { data };
}

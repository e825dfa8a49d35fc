/**
 * Private-state attributions as the editor shows them. What the reporter says someone wants, fears, believes or
 * plans ("several trustees want to sell the building") names a holder, not a source: it is a claim, credited only
 * when a communicative attribution reports it ("…, two aides said"). Hovers and the sourcing report say so in
 * one line: "what several trustees want — nobody is credited for it".
 */
import type { ArticleModel, Attribution, Span } from '../../engine/model';
import { inSentence } from './codeActions';
import { actorById, excerpt } from './lookup';

export const isPrivateState = (attribution: Attribution): boolean => attribution.kind === 'private-state';

/** The attributions that credit someone: every kind but private states. */
export const communicative = (model: ArticleModel): Attribution[] => model.attributions.filter((a) => !isPrivateState(a));

/** From the first to the last of the attribution's source, cue and content. */
function extent(attribution: Attribution): Span {
  const parts = [attribution.source, attribution.cue, attribution.content].filter((s): s is Span => s !== null);
  return { start: Math.min(...parts.map((s) => s.start)), end: Math.max(...parts.map((s) => s.end)) };
}

/** The communicative attribution whose reported words hold the whole private state, if any. */
export function creditOf(model: ArticleModel, state: Attribution): Attribution | undefined {
  const { start, end } = extent(state);
  return communicative(model).find((a) => a.content.start <= start && end <= a.content.end);
}

const textOf = (model: ArticleModel, span: Span) => excerpt(model.text.slice(span.start, span.end), 60);

/** Who an attribution names, as a sentence would: its actor (a pronoun resolved), else its source phrase. */
function holderOf(model: ArticleModel, attribution: Attribution): string | undefined {
  const name = actorById(model, attribution.actor)?.name ?? (attribution.source && textOf(model, attribution.source));
  return name ? inSentence(name) : undefined;
}

/** "what several trustees want — nobody is credited for it", or "… — credited to two aides". */
export function privateStateLine(model: ArticleModel, state: Attribution): string {
  const holder = holderOf(model, state) ?? 'someone';
  const what = state.cue ? `what ${holder} ${textOf(model, state.cue)}` : `a private state of ${holder}`;
  const credit = creditOf(model, state);
  return `${what} — ${credit ? `credited to ${holderOf(model, credit) ?? 'an unidentified source'}` : 'nobody is credited for it'}`;
}

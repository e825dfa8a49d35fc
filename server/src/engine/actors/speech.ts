/**
 * What an actor said, as every view counts and lists it (hover, sourcing summary, CLI report). Attributions that share
 * a cue are one statement: a run of quotations under one "she said" counts each quotation, but a cue that interrupts
 * its own paraphrase ("The levy, Brell said, will pay for itself") gives two halves that are one paraphrase, shown
 * whole. Private states are no speech: the reporter says what someone wants or fears, and nobody is credited.
 */
import { isQuotation, type ArticleModel, type Attribution, type Span } from '../model';

export interface QuotedStatement {
  kind: 'direct' | 'partial';
  /** The quotation's span (a partial quote lists the quoted words, not the paraphrase around them). */
  span: Span;
}

export interface ActorSpeech {
  quotes: QuotedStatement[];
  /** Each paraphrase from its first reported word to its last, the interrupting cue included. */
  paraphrases: Span[];
}

const isQuoting = (a: Attribution): a is Attribution & { kind: 'direct' | 'partial' } => isQuotation(a.kind);

/** The actor's communicative attributions grouped by the cue they share (an attribution with no cue stands alone). */
function byCue(model: ArticleModel, actorId: string): Attribution[][] {
  const groups = new Map<string, Attribution[]>();
  for (const a of model.attributions) {
    if (a.actor !== actorId || a.kind === 'private-state') continue;
    const key = a.cue ? `${a.cue.start}:${a.cue.end}` : a.id;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  return [...groups.values()];
}

export function speechOf(model: ArticleModel, actorId: string): ActorSpeech {
  const quoteSpans = new Map(model.quotes.map((q): [string, Span] => [q.id, { start: q.start, end: q.end }]));
  const speech: ActorSpeech = { quotes: [], paraphrases: [] };
  for (const group of byCue(model, actorId)) {
    const quoting = group.filter(isQuoting);
    const quoted = new Map(quoting.filter((a) => a.quote).map((a) => [a.quote, a]));
    // Halves of a partial quote with no quotation of their own belong to the quotation beside them.
    const statements = quoted.size ? [...quoted.values()] : quoting;
    for (const a of statements) speech.quotes.push({ kind: a.kind, span: quoteSpans.get(a.quote ?? '') ?? a.content });
    if (statements.length) continue;
    const start = Math.min(...group.map((a) => a.content.start));
    speech.paraphrases.push({ start, end: Math.max(...group.map((a) => a.content.end)) });
  }
  return speech;
}

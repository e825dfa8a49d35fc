/**
 * Lookups shared by the feature views: what stands at an offset (a mention, a quote, a sourcing phrase), how the
 * article refers to an actor on second reference, and where it introduces the actor.
 */
import type { Actor, ArticleModel, Attribution, Mention, Quote, Sentence, Span } from '../../engine/model';

/** Whether the offset falls in the span; `inclusiveEnd` lets a cursor just after a word count as on it. */
export function covers(span: Span, offset: number, inclusiveEnd = false): boolean {
  return span.start <= offset && (offset < span.end || (inclusiveEnd && offset === span.end));
}

const narrowest = <T extends Span>(spans: T[]): T | undefined =>
  spans.reduce<T | undefined>((best, s) => (!best || s.end - s.start < best.end - best.start ? s : best), undefined);

export interface MentionHit {
  actor: Actor;
  mention: Mention;
}

export function mentionAt(model: ArticleModel, offset: number, inclusiveEnd = false): MentionHit | undefined {
  const hits: (Mention & { hit: MentionHit })[] = [];
  for (const actor of model.actors) {
    for (const mention of actor.mentions) {
      if (covers(mention, offset, inclusiveEnd)) hits.push({ ...mention, hit: { actor, mention } });
    }
  }
  return narrowest(hits)?.hit;
}

/** The actor a mention or a stated role at the offset belongs to ("Foreign Minister" in front of a name). */
export function actorAt(model: ArticleModel, offset: number, inclusiveEnd = false): { actor: Actor; span: Span } | undefined {
  const hit = mentionAt(model, offset, inclusiveEnd);
  if (hit) return { actor: hit.actor, span: hit.mention };
  for (const actor of model.actors) {
    const role = actor.roles.find((r) => r.origin !== 'config' && covers(r, offset, inclusiveEnd));
    if (role) return { actor, span: role };
  }
  return undefined;
}

export function quoteAt(model: ArticleModel, offset: number): Quote | undefined {
  return narrowest(model.quotes.filter((q) => covers(q, offset)));
}

/** The attribution whose source phrase or cue holds the offset ("two US officials told CNN"). */
export function sourcingAt(model: ArticleModel, offset: number): { attribution: Attribution; span: Span } | undefined {
  for (const attribution of model.attributions) {
    for (const span of [attribution.source, attribution.cue]) {
      if (span && covers(span, offset)) return { attribution, span };
    }
  }
  return undefined;
}

export function actorById(model: ArticleModel, id: string | null | undefined): Actor | undefined {
  return id ? model.actors.find((a) => a.id === id) : undefined;
}

/** The attribution that reports a quote (its own cue, or a continuation of the last speaker). */
export function attributionOfQuote(model: ArticleModel, quote: Quote): Attribution | undefined {
  return model.attributions.find((a) => a.quote === quote.id);
}

export function sentenceAt(model: ArticleModel, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = model.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = model.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const POSSESSIVE = /(?:['’]s|['’])$/u;

/** The name part of a mention's text: "Blinken’s" → "Blinken". */
export function withoutPossessive(text: string): string {
  return text.replace(POSSESSIVE, '');
}

/**
 * How the article names the actor on second reference: the surname form it uses most (it knows "Sheikh Tamim"
 * better than any rule), else a person's last name, else the full name.
 */
export function shortName(model: ArticleModel, actor: Actor): string {
  if (actor.kind !== 'person') return actor.name;
  const counts = new Map<string, number>();
  for (const m of actor.mentions) {
    if (m.form !== 'surname' && m.form !== 'possessive') continue;
    const name = withoutPossessive(model.text.slice(m.start, m.end));
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const used = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (used) return used[0];
  const words = actor.name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/u.test(w));
  return words[words.length - 1] ?? actor.name;
}

/**
 * The mention where the article introduces the actor: the first full name with a role stated in the same
 * sentence, else the first full name, else the first mention.
 */
export function introduction(model: ArticleModel, actor: Actor): Mention | undefined {
  const full = actor.mentions.filter((m) => m.form === 'full');
  const withRole = full.find((m) => {
    const sentence = sentenceAt(model, m.start);
    return sentence !== undefined && actor.roles.some((r) => r.start >= sentence.start && r.end <= sentence.end);
  });
  return withRole ?? full[0] ?? actor.mentions[0];
}

/** The sentences a span touches, as one span (a quote may run over several). */
export function sentenceScope(model: ArticleModel, span: Span): Span {
  const first = sentenceAt(model, span.start);
  const last = sentenceAt(model, Math.max(span.start, span.end - 1));
  return { start: first?.start ?? span.start, end: last?.end ?? span.end };
}

/** A line of text for a hover or a label: whitespace collapsed, cut at `max` characters. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

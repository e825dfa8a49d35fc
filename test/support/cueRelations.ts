/**
 * Attributions that share one cue span are one relation (a quote run, or a content its cue interrupts: "The levy,
 * Quell says, is fair"), as the PolNeAR scorer joins them: each relation's content is its pieces' words joined by
 * " … ", the way the scorer shows a gapped content.
 */
import { readParagraph } from '../../server/src/engine/analyze';
import type { Span } from '../../server/src/engine/model';

interface Read {
  cue: Span | null;
  content: Span;
}

export interface CueRelation<A extends Read> {
  first: A;
  content: string;
}

export function cueRelations<A extends Read>(text: string, attributions: A[]): CueRelation<A>[] {
  const byCue = new Map<string, CueRelation<A>>();
  const out: CueRelation<A>[] = [];
  for (const a of attributions) {
    const words = text.slice(a.content.start, a.content.end);
    const key = a.cue ? `${a.cue.start}:${a.cue.end}` : undefined;
    const relation = key !== undefined ? byCue.get(key) : undefined;
    if (relation) {
      relation.content += ` … ${words}`;
      continue;
    }
    const made = { first: a, content: words };
    if (key !== undefined) byCue.set(key, made);
    out.push(made);
  }
  return out;
}

/** The sourceless attributions of a paragraph read on its own, as [cue, content] texts. */
export const sourcelessRelations = (paragraph: string): string[][] =>
  cueRelations(paragraph, readParagraph(paragraph).attributions.filter((a) => !a.source && a.cue)).map(({ first, content }) => [
    paragraph.slice(first.cue!.start, first.cue!.end),
    content,
  ]);

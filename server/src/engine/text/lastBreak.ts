import { matchesOf } from './matches';

/**
 * Where the text after the last of `breaks` (a global pattern) in `before` that `opens` a clause begins, or 0: the
 * start of the clause that runs up to the end of `before`. The claim judge finds the reporter's own last clause with
 * it, the sourceless-cue reader the clause a "seems" stands in.
 */
export function afterLastBreak(before: string, breaks: RegExp, opens: (m: RegExpMatchArray) => boolean = () => true): number {
  let from = 0;
  for (const m of matchesOf(breaks, before)) if (opens(m)) from = m.index + m[0].length;
  return from;
}

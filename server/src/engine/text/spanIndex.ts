/**
 * Spans sorted by start for overlap and containment questions in logarithmic time, so that checking every mention
 * against every role or source span of a long paragraph stays linear-ish.
 */
import type { Span } from '../model';

/** Whether two spans share at least one offset. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Index of the last of `spans` (sorted by start) that starts at or before `offset`, by binary search; -1 when none. */
export function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The index of the nearest of the last `few` spans (sorted by start) starting at or before `offset` that passes
 * `test`, or -1: where a span that holds `offset` is found when spans rarely nest, without a walk back over them all.
 */
export function recentStartingAtOrBefore<T extends { start: number }>(
  spans: readonly T[],
  offset: number,
  few: number,
  test: (span: T, index: number) => boolean,
): number {
  for (let i = lastStartingAtOrBefore(spans, offset), n = 0; i >= 0 && n < few; i--, n++) if (test(spans[i]!, i)) return i;
  return -1;
}

/** The offsets the spans take, as sorted spans that do not overlap (overlapping and touching ones merged). */
export function merged(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether a span overlaps any of the given spans: merged intervals and a binary search, O(log n) a call. */
export function coverage(spans: readonly Span[]): (span: Span) => boolean {
  const taken = merged(spans);
  return (span) => {
    const m = taken[lastStartingAtOrBefore(taken, span.end - 1)];
    return !!m && m.end > span.start && m.start < span.end;
  };
}

export class SpanIndex<T extends Span = Span> {
  private readonly spans: T[];
  private readonly longest: number;

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** The spans that overlap `q`, in order of start. */
  overlapping(q: Span): T[] {
    const out: T[] = [];
    // the last span starting before q ends, then back while a span could still reach q
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < q.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.spans[i].start >= q.start - this.longest; i--) {
      const s = this.spans[i];
      if (s.end > q.start && s.start < q.end) out.push(s);
    }
    return out.reverse();
  }

  overlaps(q: Span): boolean {
    return this.overlapping(q).length > 0;
  }

  /** Some span holds `q` whole. */
  contains(q: Span): boolean {
    return this.overlapping(q).some((s) => s.start <= q.start && q.end <= s.end);
  }
}

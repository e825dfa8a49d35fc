/**
 * Where each name word was used in full before a point of the story. A lone "Okafor" names the Okafor named
 * nearest before it; with every full-name start of every holder of the word kept in one list in reading order,
 * that is one binary search, not a scan of every namesake, so a story naming thousands of Okafors stays linear.
 */
import { lastStartingAtOrBefore } from '../text/spanIndex';

interface Named<T> {
  start: number;
  holder: T;
}

export class NameStarts<T> {
  /** Per word: its holders in the order they came to hold it, and their full-name starts in reading order. */
  private readonly byWord = new Map<string, { holders: T[]; starts: Named<T>[] }>();
  private readonly wordsOf = new Map<T, string[]>();

  /** `holder` holds `word` from now on; `starts` are where it has been named in full so far. */
  hold(word: string, holder: T, starts: readonly number[]): void {
    const words = this.wordsOf.get(holder) ?? [];
    if (words.includes(word)) return;
    this.wordsOf.set(holder, [...words, word]);
    let entry = this.byWord.get(word);
    if (!entry) this.byWord.set(word, (entry = { holders: [], starts: [] }));
    entry.holders.push(holder);
    for (const start of starts) insertInOrder(entry.starts, { start, holder });
  }

  /** `holder` is named in full at `start`: under every word it holds. */
  named(holder: T, start: number): void {
    for (const word of this.wordsOf.get(holder) ?? []) insertInOrder(this.byWord.get(word)!.starts, { start, holder });
  }

  holds(word: string): boolean {
    return this.byWord.has(word);
  }

  /**
   * The holder named nearest before `offset`; else the one named first; else the first to hold the word. With
   * `fits`, the nearest of the last few full-name starts whose holder fits comes first ("Ivanka Trump … Mr. Trump"
   * names the Trump who can be a "Mr."), then the first of the word's first few holders that fits ("the former Mrs.
   * Trump" after "Donald Trump … Ivana Trump … Donald Trump"); bounded, so a story of many namesakes stays linear.
   */
  nearest(word: string, offset: number, fits?: (holder: T) => boolean): T | undefined {
    const entry = this.byWord.get(word);
    if (!entry) return undefined;
    const at = lastStartingAtOrBefore(entry.starts, offset - 1);
    if (fits) {
      for (let i = at; i >= 0 && at - i < LOOK_BACK; i--) if (fits(entry.starts[i].holder)) return entry.starts[i].holder;
      const fitting = entry.holders.slice(0, LOOK_BACK).find(fits);
      if (fitting) return fitting;
    }
    return (entry.starts[at] ?? entry.starts[0])?.holder ?? entry.holders[0];
  }
}

/** How many full-name starts a lone name looks back over for a holder that fits it. */
const LOOK_BACK = 24;

/** After any equal start: names are met mostly in reading order, so this is nearly always an append. */
function insertInOrder<T>(list: Named<T>[], item: Named<T>): void {
  const at = lastStartingAtOrBefore(list, item.start) + 1;
  if (at === list.length) list.push(item);
  else list.splice(at, 0, item);
}

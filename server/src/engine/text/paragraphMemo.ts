/**
 * A pure reading of a place in a text, kept for as long as that text is the one asked about: the attribution stage
 * asks the same question of a paragraph several times over (the words before a cue, asked by the cue pass, the
 * learned cues and the clause breaks alike), and each answer costs a few pattern scans. One text at a time, so
 * nothing grows from one paragraph to the next, and an answer never serves another text.
 */
export function paragraphMemo<A extends (number | boolean)[], T>(read: (text: string, ...args: A) => T): (text: string, ...args: A) => T {
  let lastText: string | undefined;
  let answers: KeyLevel = new Map();
  return (text, ...args) => {
    if (text !== lastText) {
      answers = new Map();
      lastText = text;
    }
    // one level of maps per argument, keyed by the argument itself: joining them into a string key cost more than
    // most answers (numbers written out, a fresh string hashed on every call)
    let level = answers;
    const last = args.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(args[i]) as KeyLevel | undefined;
      if (next === undefined) level.set(args[i], (next = new Map()));
      level = next;
    }
    const key = args[last];
    const kept = level.get(key) as T;
    if (kept !== undefined || level.has(key)) return kept;
    const answer = read(text, ...args);
    level.set(key, answer);
    return answer;
  };
}

/** A paragraphMemo's answers: a map per argument, its last holding the answers themselves. */
type KeyLevel = Map<number | boolean | undefined, unknown>;

/** What is emptied as each article's analysis starts (see `startArticle`). */
const forgetters: (() => void)[] = [];

/** Has `forget` run as each article's analysis starts: for what is kept while one article is read, and no longer. */
export function forgetEachArticle(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Empties what was kept for the article read before: called as each analysis starts, so that nothing read in one
 * article serves another (nor flatters a benchmark that reads one article again and again).
 */
export function startArticle(): void {
  for (const forget of forgetters) forget();
}

/**
 * A map kept for the article being read: emptied as each article starts (see `startArticle`), and when it holds
 * `capacity` entries, for a caller that never starts an article. Its owner may empty it sooner (`clear`).
 */
export class ArticleMap<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly capacity = 2000) {
    forgetEachArticle(() => this.clear());
  }

  get(key: K): V | undefined {
    return this.kept.get(key);
  }

  set(key: K, value: V): void {
    if (this.kept.size >= this.capacity) this.kept.clear();
    this.kept.set(key, value);
  }

  clear(): void {
    this.kept.clear();
  }
}

/**
 * A pure reading of a string (a name, a phrase) kept for the article being read: the steps that link paragraphs ask
 * the same of it several times.
 */
export function articleMemo<T>(read: (key: string) => T): (key: string) => T {
  const answers = new ArticleMap<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = read(key);
      answers.set(key, answer);
    }
    return answer;
  };
}

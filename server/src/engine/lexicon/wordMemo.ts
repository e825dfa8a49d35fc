/**
 * Answers about single words, kept: a newsroom's vocabulary is small, so most words of a story are answered by one
 * look-up. Emptied when full, so a server reading story after story holds at most `capacity` words.
 */
export class WordMemo<T> {
  /** An undefined answer is kept as NONE, so that one look-up tells a kept answer from a missing one. */
  private readonly answers = new Map<string, T | typeof NONE>();

  constructor(
    private readonly answer: (word: string) => T,
    private readonly capacity = 20000,
  ) {}

  of(word: string): T {
    const kept = this.answers.get(word);
    if (kept !== undefined) return kept === NONE ? (undefined as T) : kept;
    const fresh = this.answer(word);
    if (this.answers.size >= this.capacity) this.answers.clear();
    this.answers.set(word, fresh === undefined ? NONE : fresh);
    return fresh;
  }
}

const NONE: unique symbol = Symbol('no answer');

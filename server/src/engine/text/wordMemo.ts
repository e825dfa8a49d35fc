/**
 * Answers about single words, kept: a newsroom's vocabulary is small, so most words of a story are answered by one
 * look-up. Emptied when full, so a server reading story after story holds at most `capacity` words.
 */
export class WordMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly answer: (word: string) => T,
    private readonly capacity = 20000,
  ) {}

  of(word: string): T {
    const kept = this.answers.get(word);
    // an answer may itself be undefined: then `has` tells a kept one from a missing one
    if (kept !== undefined || this.answers.has(word)) return kept as T;
    const fresh = this.answer(word);
    if (this.answers.size >= this.capacity) this.answers.clear();
    this.answers.set(word, fresh);
    return fresh;
  }
}

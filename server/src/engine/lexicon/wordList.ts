/** A word list written as one string, words apart by blanks: the form the longer lexicon lists are kept in. */
export const wordList = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * A word-keyed table with no prototype: a look-up with a word read from the text ("constructor", "__proto__",
 * "toString") finds only the table's own entries, never a function inherited from Object.prototype.
 */
export const lookupTable = <T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));

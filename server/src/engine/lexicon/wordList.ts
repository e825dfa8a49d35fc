/** A word list written as one string, words apart by blanks: the form the longer lexicon lists are kept in. */
export const wordList = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

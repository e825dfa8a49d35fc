/**
 * The words of a text: runs of letters and digits, with an apostrophe or a hyphen inside a word kept ("don’t",
 * "well-known"). The "s" of a possessive or a plural after an abbreviation's full stop ("U.N.’s", "M.P.s") is the
 * abbreviation's, not a word of its own, as the "’s" of "Quell’s" is Quell's: read alone it would be a word in lower
 * case in every title that names an agency. For the title-style tests (titleCase.ts); the tokenizer (tokens.ts)
 * gives offsets, capitals and possessives when a stage needs them.
 */
const WORD = /(?!(?<=\.['’]?)s(?![\p{L}\p{N}]))[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export const words = (text: string): string[] => text.match(WORD) ?? [];

/**
 * Whether a text has words and every one passes `test` (given its index): reads no further than the first that
 * fails, where `words(text).every(…)` would list them all (a sentence rarely gets past its second word).
 */
export function allWords(text: string, test: (word: string, index: number) => boolean): boolean {
  WORD.lastIndex = 0;
  let index = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text), index++) {
    if (!test(m[0], index)) {
      WORD.lastIndex = 0;
      return false;
    }
  }
  return index > 0;
}

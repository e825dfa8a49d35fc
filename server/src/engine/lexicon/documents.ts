/**
 * Words that mark a document addressed to its reader, as licences, manuals and policies are ("you must", "you
 * shall"), and news copy is not: a story reports on third parties. engine/articleLike.ts counts them.
 */

/** The reader addressed, and the obligations laid on them. */
export const READER_OBLIGATION_WORDS = new Set(['you', 'your', 'yours', 'yourself', 'must', 'shall']);

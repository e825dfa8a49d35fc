/** Words about documents: what kind of document a text is, and the documents a story cites. */

/**
 * The reader addressed, and the obligations laid on them: they mark a document addressed to its reader, as
 * licences, manuals and policies are ("you must", "you shall"), and news copy is not (segments/articleLike.ts).
 */
export const READER_OBLIGATION_WORDS = new Set(['you', 'your', 'yours', 'yourself', 'must', 'shall']);

/**
 * Documents, data and occasions a claim can come from ("a poll shows", "in a statement"): they name where words
 * come from, but attribute nothing by themselves; only a verb with them does. The claim judge's list.
 */
export const SOURCE_DOCUMENT_NOUNS = [
  'statement', 'interview', 'poll', 'polls', 'survey', 'respondents', 'study', 'records', 'documents', 'data',
  'filing', 'filings', 'census', 'figures', 'comment', 'comments', 'remark', 'remarks',
];

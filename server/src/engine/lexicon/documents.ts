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

/** A document named shortly before a participle cue, with no clause break in between. */
export const DOCUMENT_BEFORE =
  /\b(?:letter|statement|e-?mail|memo|note|post|tweet|release|filing|message|petition|notice)\b[^,.;:!?“”"]{0,60}$/i;

/** Heads of a document or data source that shows or finds something. */
export const EVIDENCE_HEADS =
  /^(?:polls?|surveys?|data|study|studies|reports?|records?|documents?|figures|statistics|analysis|analyses|research|audits?|filings?|results|numbers|estimates|projections|reviews?|investigation|census|notes|minutes|transcripts?|videos?|footage|photos?|photographs?|images?|recordings?|tapes?|e-?mails?|memos?|letters?|maps?|charts?|tallies|tally|counts?|polling|averages?|logs?|evidence|returns|disclosures?|tests?|assessments?)$/i;

/**
 * Documents a speaker issues: "the statement said" is its issuer speaking. Narrower than DOCUMENT_BEFORE's: with
 * its "note", "message", "petition" and "notice" added, the output on PolNeAR train changes, unmeasured.
 */
const ISSUED_DOCUMENTS = [
  'statement', 'release', 'letter', 'email', 'e-mail', 'memo', 'report', 'filing', 'post', 'tweet', 'announcement',
  'cable',
];

/** Verbs that put a document out, as a regex alternation ("sent" takes an "out" after it where it stands). */
export const ISSUING_VERBS = 'sent|released|issued|put|posted|provided|distributed|circulated|published|e-?mailed';

/** "The statement", "its letter": a document that speaks for whoever issued it. */
export const ISSUED_DOCUMENT = new RegExp(`^(?:the|a|an|its|their|his|her) (?:${ISSUED_DOCUMENTS.join('|')})$`);

/**
 * A poll that opens a sentence and sets off its findings with a comma: "In a Courier poll released Monday, …",
 * "In the new Tarrow poll, conducted in May, however, …", "In June's Tarrow Courier Poll, …", "In exit polls, …".
 * Group 1 is the poll's phrase (with the participle that dates it). Sticky: tried once, at a sentence's start.
 */
export const OPENING_POLL = new RegExp(
  'In\\s+((?:(?:a|an|the|its|their|\\p{Lu}[\\p{L}.&-]*[’\']s)\\s[^,.;:!?“”"]{0,80}?\\b(?:[Pp]olls?|[Ss]urveys?)|(?:exit|entrance) polls)\\b[^,.;:!?“”"]{0,60}' +
    '(?:,\\s+(?:conducted|released|taken|published|carried out)\\b[^,.;:!?“”"]{0,60})?),(?:\\s+however,)?',
  'yu',
);

/** Verbs with which evidence reports what it holds ("a survey … shows", "records kept by … showed", "the audit found"). */
export const EVIDENCE_VERB = /^(?:show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed)$/i;

/** Where a described stretch of evidence stops being its noun phrase: a participle or a relative ("compiled by", "that"). */
export const EVIDENCE_PHRASE_END = /^(?:\p{Ll}{3,}ed|\p{Ll}+en|that|which|who|whose)$/u;

/**
 * Words around a quotation that tell speech from a title or a label: nouns that report speech, words that name a
 * work before its title, words that present a label.
 */

/** Nouns and verbs outside the cue lexicon that report speech. */
export const SPEECH_WORDS = new RegExp(
  "(?<![\\w’'-])(?:statement|interview|speech|remarks|testimony|spokes(?:man|woman|person)|chanted|shouted|labell?ed|branded)(?![\\w’'-])",
  'i',
);

/** Words that name a work right before its title. */
export const WORK_NOUNS = new Set([
  'film', 'movie', 'documentary', 'song', 'single', 'album', 'book', 'novel', 'memoir', 'poem', 'play', 'musical',
  'opera', 'show', 'series', 'episode', 'podcast', 'programme', 'program', 'report', 'study', 'paper', 'article',
  'column', 'essay', 'op-ed', 'editorial', 'titled', 'entitled', 'headlined', 'exhibition', 'campaign', 'painting',
  'anthem', 'hymn', 'track', 'sitcom', 'drama', 'game',
]);

/** Words that present a label, not speech: the so-called “peace plan”. */
export const LABEL_WORDS = new Set(['so-called', 'dubbed', 'nicknamed', 'term', 'word', 'phrase', 'label', 'slogan', 'known']);

/** A clause that presents the quotation after its colon as a text: "The transcript is as follows: “…”". */
export const PRESENTS_TEXT = /\bas follows$/i;

/** A sentence that opens by naming a document before its colon: "From the ruling: “…”" (the source is the document). */
export const FROM_DOCUMENT = /^from[ \u00a0]+(?=\S)/i;

/**
 * How, to whom or when a quotation was said: an adverb ("pointedly,"), a prepositional phrase ("with a smile:",
 * "to reporters,"), or a clause on the speaker ("who grew up in Marlow,"). A noun phrase ("one sentence:") or a
 * reported clause ("that the pier closed:") is content.
 */
export const ASIDE_OPENER = new RegExp(`^(?:\\p{L}+ly|to|with|in|at|on|after|before|during|from|over|who|again|then|later|back)\\b`, 'iu');

/**
 * A sentence of a source and one lower-case verb, right before a quotation ("Ada Brin agreed. “…”"). Group 1 is the
 * source's words (from the paragraph or the previous sentence's end), group 2 the verb.
 */
export const VERB_ONLY_SENTENCE = /(?:^|[.!?]["”’']*\s+)([^.!?"“”]{1,60}?)\s+(\p{Ll}+)\.\s*$/u;

/**
 * Verbs that report a quotation only from the clause right after it ("“…,” Quell went on.", "“…,” the ad states.",
 * "“…,” an angry Brack retaliated."): in running prose they go on, state or hit back at anything. The forms a story
 * prints; the cue lexicon's own verbs need no entry here.
 */
export const TAIL_SPEECH_FORMS = new Set([
  'went on', 'goes on', 'state', 'states', 'retaliated', 'retaliates', 'sang', 'sings', 'deadpanned', 'deadpans',
  'opined', 'opines', 'ventured', 'ventures', 'intoned', 'intones', 'reasoned', 'reasons', 'offered', 'offers', 'riffed',
  'riffs',
]);

/** A conjunction opening the sentence right before a quotation (". But “…”"): the quotation is the rest of it. */
export const SENTENCE_CONJUNCTION = /[.!?]["”’']*\s+(?:But|And|Still|Yet|So)\s+$/;

/** A headline or heading is one short line: a paragraph longer than this is body copy. */
export const MAX_HEADING_CHARS = 160;


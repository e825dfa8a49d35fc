/**
 * Quotations attributed with no verb: signed with a dash (“…” ― Dana Whitfield), introduced by a name and a
 * colon (Jeffrey Jones: “…”), or a headline that names its source before a colon.
 */
import { isQuotation, type Span } from '../model';
import type { LocalQuote } from '../quotes/quotes';
import type { MentionCandidate } from '../mentions/reader';
import { coverage, lastStartingAtOrBefore, recentStartingAtOrBefore } from '../text/spanIndex';
import { NP_OPENERS, TIME_WORDS } from '../lexicon/cues';
import { PRONOUN_PHRASE } from '../lexicon/grammar';
import type { Vocabulary } from '../lexicon/vocabulary';
import { type Found, FEW_NESTED, insideQuote, overlapsQuote } from './readingUnits';
import { SOURCE_WINDOW, phraseBefore, phraseAfter } from './sources';
import { sentenceSubject } from './subjects';
import { tokensIn, isBlank, isCapitalised, endsPossessive, trimEnd, trimStart, tidy } from './words';
import { HEADLINE_LABELS, isCreditLine } from '../lexicon/furniture';
import { INVERTED_SOURCE_END, QUOTE_TAIL_CLAUSE, QUOTE_TAIL_SPEAKER, QUOTE_TAIL_VERB, STATE_VERB } from '../lexicon/clauses';
import { isDeliveryVerb } from '../lexicon/cueVerbs';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations';
import { ASIDE_OPENER, FROM_DOCUMENT, MAX_HEADING_CHARS, PRESENTS_TEXT, SPEECH_WORDS, TAIL_SPEECH_FORMS, VERB_ONLY_SENTENCE } from '../lexicon/quotes';
import { DOCUMENT_BEFORE, EVIDENCE_HEADS } from '../lexicon/documents';
import { copyWith } from '../text/copyWith';
import { startsCapital, startsLower } from '../text/tokens';

/** At most this many characters of manner or audience stand between a cue and the quotation it introduces. */
const ASIDE_CHARS = 60;
/** Who speaks a quotation and the words that say so, as one of the shapes below reads them. */
export type QuoteReading = { source: Span; cue: Span } | null;

/** The direct attributions a shape reads, each for a quotation no attribution found so far has taken. */
function readUntakenQuotes(quotes: Span[], found: Found[], read: (q: Span) => QuoteReading): Found[] {
  // most paragraphs quote nobody: no index of what is taken is built for them
  if (quotes.length === 0) return [];
  const covered = coverage(found.map((f) => f.content));
  const out: Found[] = [];
  for (const q of quotes) {
    const reading = covered(q) ? null : read(q);
    if (reading) out.push(Object.assign({ kind: 'direct' as const }, reading, { content: { ...q }, quoteSpan: q }));
  }
  return out;
}

/** Where the colon right before a quotation stands ("…: “"), if there is one. */
function colonBefore(text: string, q: Span): number | null {
  const lead = Math.max(0, q.start - 4);
  const colon = /:\s*$/.exec(text.slice(lead, q.start));
  return colon ? lead + colon.index : null;
}

/** A quotation signed with a dash and a name, as in a vox pop: “…” ― Dana Whitfield. */
export function signedQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  return readUntakenQuotes(quotes, found, (q) => {
    const dash = /^[.,]?\s*[―—–]\s*/.exec(text.slice(q.end, q.end + 8));
    if (!dash) return null;
    const cueStart = q.end + dash[0].search(/[―—–]/);
    const source = phraseAfter(text, q.end + dash[0].length, text.length, vocabulary);
    const endsLine = source && /^[ \t.,]*(?:[\r\n]|$)/.test(text.slice(source.end, source.end + 4));
    if (!source || !endsLine || !startsCapital(text[source.start])) return null;
    return { source, cue: { start: cueStart, end: cueStart + 1 } };
  });
}

/**
 * A name and a colon with no verb, as in a round-up or a transcript: Jeffrey Jones: “…”, "doesn't surprise
 * pollster Daron Shaw: “…”". The colon is the cue; the name must be capitalised, so "one message for voters:"
 * introduces nobody.
 */
export function colonQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  return readUntakenQuotes(quotes, found, (q) => {
    const at = colonBefore(text, q);
    if (at === null) return null;
    const phrase = phraseBefore(text, Math.max(0, at - SOURCE_WINDOW), at, vocabulary);
    const words = phrase ? tokensIn(text, phrase.start, phrase.end) : [];
    let first = words.length;
    while (first > 0 && isCapitalised(words[first - 1]) && !TIME_WORDS.has(words[first - 1].lower)) first--;
    if (first === words.length || insideQuote(quotes, at)) return null;
    return { source: { start: words[first].start, end: words[words.length - 1].end }, cue: { start: at, end: at + 1 } };
  });
}

/**
 * A sentence whose own clause introduces the quotation after its colon, with a verb the lexicon need not know:
 * "Mayor Quill issued the following statement: “…”", "Then she boomed: “…”", "The sign reads: “…”". The source
 * is the sentence's subject; the cue, the words from it to the colon ("issued the following statement:").
 */
export function clauseColonQuotes(text: string, sentences: Span[], quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  return readUntakenQuotes(quotes, found, (q) => {
    const at = colonBefore(text, q);
    if (at === null) return null;
    const sentence = sentences[lastStartingAtOrBefore(sentences, at)];
    if (!sentence || sentence.end <= at || insideQuote(quotes, at)) return null;
    return colonClause(text, sentence, at, vocabulary);
  });
}

/**
 * Who speaks by the clause that `sentence` closes with the colon at `at`, and the words that say so: its subject
 * and the verb phrase up to the colon, or "From the ruling:", the document after "from". Also reads a paragraph
 * that ends by introducing the quote paragraphs after it ("Mayor Quill issued the following statement:").
 */
export function colonClause(text: string, sentence: Span, at: number, vocabulary: Vocabulary): QuoteReading {
  const opening = trimStart(text, sentence.start, at);
  const from = FROM_DOCUMENT.exec(text.slice(opening, at));
  // "From the ruling: “…”": the document after "from" is the source, the colon the cue
  const document = from && tidy(text, opening + from[0].length, at);
  // "From the start: “…”": a phrase of time or place opens the sentence; it has no subject, so no source
  if (document) return namesDocument(text, document) ? { source: document, cue: { start: at, end: at + 1 } } : null;
  const source = sentenceSubject(text, sentence, at, vocabulary);
  const cueStart = source ? trimStart(text, source.end, at) : at;
  const clause = text.slice(cueStart, at);
  // "She had one word for voters: “Vote.”", "The reason is simple: “…”": a state, not an act of speech
  const state = STATE_VERB.test(clause) && !PRESENTS_TEXT.test(clause.trim());
  const verb = !state && /^\p{Ll}[^"“”«».!?:;]{0,79}$/u.test(clause);
  return source && verb ? { source, cue: { start: cueStart, end: at + 1 } } : null;
}

/** "the ruling's summary", "Quell's Facebook post": a short phrase, no clause, whose head is a document or speech. */
function namesDocument(text: string, phrase: Span): boolean {
  const words = tokensIn(text, phrase.start, phrase.end);
  const head = words[words.length - 1]?.lower.replace(/['’]s?$/, '') ?? '';
  const short = words.length <= 6 && !text.slice(phrase.start, phrase.end).includes(',');
  return short && (EVIDENCE_HEADS.test(head) || DOCUMENT_BEFORE.test(head) || SPEECH_WORDS.test(head));
}

/**
 * A quotation closed by a comma, ?, ! or full stop and a short clause that ends its sentence: “…,” the crowd
 * screamed back. /
 * “…?” he wondered. / “…!” beamed Rosa Tenby. The verb is a speech cue, or a verb of delivery that only this
 * place makes a cue.
 */
export function tailVerbQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  return readUntakenQuotes(quotes, found, (q) => {
    // an opening mark typed for the closing one (“It is late,“ she said) still closes the quotation
    if (!/[,?!.…][’'”"»“]+$/.test(text.slice(q.start, q.end))) return null;
    const after = text.slice(q.end, q.end + 80);
    const clause = QUOTE_TAIL_CLAUSE.exec(after);
    const read = clause && speakerAndVerb(clause[1], vocabulary);
    if (clause && read) {
      const start = q.end + after.indexOf(clause[1]);
      return { source: { start, end: start + read.speaker }, cue: { start: start + read.verb, end: start + clause[1].length } };
    }
    const verb = QUOTE_TAIL_VERB.exec(after);
    const cue = verb && tailCue(verb[1], vocabulary);
    const source = cue && phraseAfter(text, q.end + verb[0].length, text.length, vocabulary);
    // “…,” says Tom Brisk of the Harbour Report: a comma that closes the quotation before a speech verb leaves
    // nothing else the phrase after it can be, whatever follows it
    if (!verb || !source) return null;
    const closed = closesOnComma(text, q) && vocabulary.cueClass(verb[1]) === 'speech';
    if (!closed && !INVERTED_SOURCE_END.test(text.slice(source.end, source.end + 16))) return null;
    const cueStart = q.end + verb[0].indexOf(verb[1]);
    return { source, cue: { start: cueStart, end: cueStart + verb[1].length } };
  });
}

/**
 * A quotation after a sentence that is only a source and its verb: "Ada Brin agreed. “…”", "She explained. “…”".
 * The verb has no content of its own; the quotation that opens the next sentence is what was said.
 */
export function verbOnlyQuotes(text: string, quotes: Span[], found: Found[], vocabulary: Vocabulary): Found[] {
  return readUntakenQuotes(quotes, found, (q) => {
    const lead = Math.max(0, q.start - SOURCE_WINDOW);
    const sentence = VERB_ONLY_SENTENCE.exec(text.slice(lead, q.start));
    if (!sentence || vocabulary.cueClass(sentence[2]) !== 'speech') return null;
    const verbStart = lead + sentence.index + sentence[0].indexOf(sentence[2], sentence[1].length);
    const source = phraseBefore(text, lead + sentence.index, trimEnd(text, lead, verbStart), vocabulary);
    const named = source && (isCapitalised(tokensIn(text, source.start, source.end)[0]) || /^(?:he|she|they)$/i.test(text.slice(source.start, source.end)));
    return named ? { source, cue: { start: verbStart, end: verbStart + sentence[2].length } } : null;
  });
}

/**
 * A closing clause read as speaker and verb, the verb its last two lower-case words ("screamed back") or its last
 * one ("wondered"): where the speaker ends and where the verb starts, within the clause.
 */
function speakerAndVerb(clause: string, vocabulary: Vocabulary): { speaker: number; verb: number } | null {
  const words = [...clause.matchAll(/\S+/g)];
  for (const n of [2, 1]) {
    const first = words[words.length - n];
    const before = words[words.length - n - 1];
    if (!first || !before) continue;
    const verb = clause.slice(first.index);
    const speaker = clause.slice(0, before.index! + before[0].length);
    if (tailCue(verb, vocabulary) && startsLower(verb) && QUOTE_TAIL_SPEAKER.test(speaker) && !endsPossessive(speaker)) {
      return { speaker: speaker.length, verb: first.index! };
    }
  }
  return null;
}

/** A verb that reports the quotation right before it: a speech cue, or a verb that only this place makes a cue. */
const tailCue = (verb: string, vocabulary: Vocabulary) =>
  vocabulary.cueClass(verb) === 'speech' || isDeliveryVerb(verb) || TAIL_SPEECH_FORMS.has(verb.toLowerCase());

/**
 * Whether a line holds a sentence's end: a stop after a lone letter ("D.C.", "Roe v. Wade") or a title ("Dr. Ada
 * Brell: …") is an abbreviation's, not a sentence's.
 */
function sentenceStop(line: string): boolean {
  for (const m of line.matchAll(/(?<!\p{L})(\p{L}*)[.!?]\s/gu)) {
    const word = m[1];
    const abbreviation = m[0][word.length] === '.' && (word.length === 1 || TITLE_ABBREVIATIONS.has(word.toLowerCase()));
    if (!abbreviation) return true;
  }
  return false;
}

/** What creditedQuotes and subjectQuotes read of one paragraph: its sentences, its outermost quotations and all its quotes, its mentions. */
export interface ParagraphQuotes {
  text: string;
  sentences: Span[];
  marks: Span[];
  quotes: LocalQuote[];
  mentions: MentionCandidate[];
  vocabulary: Vocabulary;
}

/**
 * A digest item's closing credit, in brackets at the paragraph's end: "[Harbour Gazette]", "[Ada Brell, Harbour
 * Gazette]", "[Gazette | Paywall]". Group 1 is the credited outlet: after a writer's name, before a note.
 */
const CLOSING_CREDIT = /\[(?:[^[\],|]{1,60},\s*)?(\p{Lu}[^[\],|]{0,58}?)\.?(?:\s*\|[^[\]]{0,20})?\]\s*$/u;

/**
 * "‘PIER TO CLOSE’ “The harbour board voted to shut the old pier in May.” [Harbour Gazette]": a newsletter's item
 * quotes the story its closing credit names; a quotation in it that no source speaks is the credited outlet's.
 * The opening bracket is the cue.
 */
export function creditedQuotes(paragraph: ParagraphQuotes, found: Found[]): Found[] {
  const { text, marks, quotes } = paragraph;
  const from = Math.max(0, text.length - 120);
  const credit = marks.length > 0 ? CLOSING_CREDIT.exec(text.slice(from)) : null;
  if (!credit) return [];
  const open = from + credit.index;
  const start = open + credit[0].lastIndexOf(credit[1]);
  const source = { start, end: start + credit[1].trimEnd().length };
  // a title ("“Sherlock.”") or a label quotes no one
  const spoken = (q: Span) => ['direct', 'partial'].includes(quotes[lastStartingAtOrBefore(quotes, q.start)]?.kind ?? '');
  return readUntakenQuotes(marks.filter((q) => q.end <= open && spoken(q)), found, () => ({ source, cue: { start: open, end: open + 1 } }));
}

/**
 * "Quell has pinned her campaign on plans to “keep every pier open”", "Brack, who styles himself the “harbour’s
 * friend,” …": a quotation of a few words inside a sentence that reports no one's words quotes whom the sentence is
 * about, its subject, when that names a person or a body. The cue is the subject's verb phrase up to the quotation.
 * Only a partial quotation (the quote pass's kind) that opens in lower case and holds two words or more: a title, a
 * label or a lone word quotes no one. On PolNeAR train it adds 26 attributions, 12 of them matching an annotated one.
 */
export function subjectQuotes(paragraph: ParagraphQuotes, found: Found[]): Found[] {
  const { text, sentences, marks, quotes, mentions, vocabulary } = paragraph;
  const covered = coverage(found.map((f) => f.content));
  const out: Found[] = [];
  for (const q of marks) {
    const local = quotes[lastStartingAtOrBefore(quotes, q.start)];
    if (local?.start !== q.start || !quotesFewWords(text, local) || covered(q)) continue;
    const sentence = sentences[lastStartingAtOrBefore(sentences, q.start)];
    // the sentence reports someone's words already: the quotation is that report's business
    if (!sentence || found.some((f) => f.content.start < sentence.end && sentence.start < f.content.end)) continue;
    const source = sentenceSubject(text, sentence, q.start, vocabulary);
    if (!source || !namesSpeaker(source, mentions) || overlapsQuote(marks, source.start, q.start)) continue;
    const cue = tidy(text, source.end, q.start);
    if (cue.end <= cue.start || !startsLower(text.slice(cue.start, cue.start + 1))) continue;
    out.push({ kind: 'partial', source, cue, content: { start: q.start, end: q.end }, quoteSpan: q });
  }
  return out;
}

/** "“keep every pier open”", not "“Harbour Lights”" nor "“reckless”": a partial quote, lower case, two words or more. */
const quotesFewWords = (text: string, q: LocalQuote) =>
  q.kind === 'partial' && startsLower(text.slice(q.inner.start, q.inner.start + 1)) && /\S\s+\S/.test(text.slice(q.inner.start, q.inner.end));

/** A subject that holds a person, a body or a pronoun, not as an owner ("Quell's plan"): someone who may speak. */
function namesSpeaker(subject: Span, mentions: MentionCandidate[]): boolean {
  for (let i = Math.max(0, lastStartingAtOrBefore(mentions, subject.start)); i < mentions.length && mentions[i].start < subject.end; i++) {
    const m = mentions[i];
    const speaker = m.kind === 'person' || m.kind === 'organization' || (m.kind === 'pronoun' && /^(?:he|she|they)$/i.test(m.name));
    if (m.start >= subject.start && m.end <= subject.end && speaker && m.form !== 'possessive' && !m.place) return true;
  }
  return false;
}

/**
 * A headline that names its source before a colon: "Whitfield: Harbour ‘Will Not Close’", "Port Authority:
 * Talks to Resume". The whole line is one short paragraph with no full stop; the source is one to five words,
 * the last capitalised.
 */
export function headlineColon(text: string, found: Found[], quotes: Span[]): Found[] {
  const line = trimEnd(text, 0, text.length);
  // the colon first: few paragraphs open with one, and the look for a sentence's end reads the whole line
  const m = line <= MAX_HEADING_CHARS ? /^([^:]{2,60}): +(?=\S)/.exec(text) : null;
  if (!m || sentenceStop(text.slice(0, line)) || /[\r\n]/.test(text.slice(0, line))) return [];
  // a cue inside the words after the colon is part of what the source said ("Quell: Voters Will Say No")
  if (found.some((f) => (f.cue ?? f.content).start < m[1].length)) return [];
  // a desk's label, or a credit line ("Contributing: Ana Ruiz") that names who wrote, not who speaks
  if (HEADLINE_LABELS.test(m[1].trim()) || isCreditLine(text) || insideQuote(quotes, m[1].length)) return [];
  const words = tokensIn(text, 0, m[1].length);
  const last = words[words.length - 1];
  if (!words.length || words.length > 5 || !isCapitalised(last) || !isBlank(text, 0, words[0].start)) return [];
  const content = tidy(text, m[0].length, line);
  // "Clinton: 1,769", "Deaths: SMITH, ANN": a tally or a listing, no claim
  if (tokensIn(text, content.start, content.end).length < 3) return [];
  const quote = quotes.find((q) => q.start === content.start && q.end >= content.end - 1);
  return [{
    kind: quote ? 'direct' : quotes.some((q) => q.start >= content.start) ? 'partial' : 'indirect',
    source: { start: words[0].start, end: last.end },
    cue: { start: m[1].length, end: m[1].length + 1 },
    content,
    ...(quote ? { quoteSpan: quote } : {}),
  }];
}

/**
 * "Quell responded pointedly, with a smile: “…”", "told the Harbour Gazette bluntly, “We sank.”": the words
 * between the cue and a quotation that ends the content, set off by a colon or a comma, say how or to whom it was
 * said, not what; the content is the quotation. A clause ("that the pier closed: “…”") stays.
 */
export function quotationAfterAside(text: string, f: Found, quotes: Span[]): Found {
  if (f.kind === 'indirect' || !f.cue || f.cue.end > f.content.start) return f;
  const q = quotes[lastStartingAtOrBefore(quotes, f.content.end - 1)];
  if (!q || q.start <= f.content.start || q.end < f.content.end - 1) return f;
  const aside = text.slice(f.content.start, q.start);
  if (aside.length > ASIDE_CHARS || !/[:,]\s*$/.test(aside) || /["“”«»]/.test(aside) || !ASIDE_OPENER.test(aside)) return f;
  return asUtterance(text, f, q);
}

/**
 * "yelled “Shame on you!” at the chair during the vote": a quotation that opens the content after its cue and ends
 * its utterance with a stop of its own is what was said; the reporter's words after it say where, when or to whom.
 */
export function quotationBeforeTail(text: string, f: Found, quotes: Span[]): Found {
  if (f.kind === 'indirect' || !f.cue || f.cue.end > f.content.start) return f;
  const q = quotes[lastStartingAtOrBefore(quotes, f.content.start)];
  if (!q || q.start !== f.content.start || q.end >= f.content.end) return f;
  const quoted = text.slice(q.start, q.end);
  return /[!?.][’'”"»]+$/.test(quoted) ? asUtterance(text, f, q) : f;
}

/**
 * The quotation `q` as the direct content of `f` when it is a full utterance, which opens with a capital past its
 * marks: "…, “our oceans will save us”" finishes the reporter's own clause and leaves `f` as it is.
 */
function asUtterance(text: string, f: Found, q: Span): Found {
  if (!/^\P{L}*\p{Lu}/u.test(text.slice(q.start, q.end))) return f;
  return copyWith(f, { kind: 'direct' as const, content: { start: q.start, end: q.end }, quoteSpan: q });
}

/**
 * “The pier is safe,” said Quell, speaking of the ferry, “and it stays open.” — a quotation split by its end
 * attribution resumes after the aside: the second part is the end attribution's too, so the participle that
 * glosses the first part ("speaking of the ferry") keeps only its own clause. The resumed part, left to no cue,
 * is then continued from the end attribution (continueInParagraph). `found` is one unit's, in reading order.
 */
export function leaveResumedQuotes(text: string, found: Found[], quotes: Span[]): Found[] {
  return found.map((f, i) => {
    const split = found[i - 1];
    if (!split || !splitsQuote(text, split) || !f.cue || f.kind === 'indirect' || f.content.start < f.cue.end) return f;
    const q = quotes[lastStartingAtOrBefore(quotes, f.content.end - 1)];
    if (!q || q.start <= f.content.start || q.end < f.content.end - 1) return f;
    const aside = tidy(text, f.content.start, q.start);
    if (aside.end <= aside.start || !/^\s*,\s*$/.test(text.slice(aside.end, q.start)) || overlapsQuote(quotes, aside.start, aside.end)) {
      return f;
    }
    const { quoteSpan: _resumed, ...gloss } = f;
    return { ...gloss, kind: 'indirect' as const, content: aside };
  });
}

/** An end attribution of a quotation that closes on a comma (“…,” said Quell): its sentence goes on after it. */
const splitsQuote = (text: string, f: Found) => f.kind === 'direct' && !!f.cue && f.content.end <= f.cue.start && closesOnComma(text, f.content);

/** A quotation whose last words end on a comma inside its closing marks (“…,”): the sentence goes on past it. */
const closesOnComma = (text: string, q: Span) => /,[’'”"»]+$/.test(text.slice(q.start, q.end));

/**
 * "Polanco opened up about “Harbour Lights”", "Quell comments on the “Morning Dock” show": a quoting content whose
 * only quotations name works quotes no one; its cue, on a title, reports nothing the source said.
 */
export function quotesOnlyTitles(f: Found, quotes: LocalQuote[]): boolean {
  if (f.kind !== 'direct' && f.kind !== 'partial') return false;
  let titled = false;
  for (let i = lastStartingAtOrBefore(quotes, f.content.start - 1) + 1; i < quotes.length && quotes[i].start < f.content.end; i++) {
    if (quotes[i].end > f.content.end + 1) continue;
    if (quotes[i].kind !== 'title') return false;
    titled = true;
  }
  return titled;
}

/**
 * "Ruiz said the board expects a “solid share” of the vote", "Ruiz said the levy, which he called “a trap”, failed":
 * a quoting attribution told inside a speaker's report is part of that report, as withoutNestedReports reads such
 * paraphrases. PolNeAR train annotates 2 of 32 nested states of mind and stances that quote, and about one in ten
 * nested quotations of speech whose speaker goes unnamed (he, who, the crowd). A quotation a named person or body
 * is said to have spoken ("… that Ada Brevik had dubbed the plan “the Tarrow problem”") keeps its speaker: who said
 * the quoted words is what the reader asks. The cheap containment test runs first; the source's words are read only
 * for a quotation some report holds. `found` is one paragraph's.
 */
export function withoutToldQuotes(text: string, found: Found[], vocabulary: Vocabulary): Found[] {
  // only a quotation is ever left out: a paragraph with none has no report to read for it
  if (!found.some((f) => isQuotation(f.kind))) return found;
  const cueClass = (f: Found) => (f.cue ? vocabulary.cueClass(text.slice(f.cue.start, f.cue.end).split(/\s+/)[0]) : undefined);
  const reports = found.filter((f) => f.source && cueClass(f) === 'speech').sort((a, b) => a.content.start - b.content.start);
  const starts = reports.map((r) => r.content);
  /** Whether a report holds `span`: among the last few starting at or before it (contents rarely nest). */
  const heldBy = (f: Found, span: Span) =>
    recentStartingAtOrBefore(starts, span.start, FEW_NESTED, (c, i) => reports[i] !== f && span.end <= c.end && f.cue!.start >= c.start) >= 0;
  const ownSpeaker = (f: Found) => cueClass(f) === 'speech' && !!f.source && namesSomeone(text, f.source);
  const told = (f: Found) =>
    isQuotation(f.kind) && !!f.cue &&
    heldBy(f, { start: Math.min(f.cue.start, f.content.start), end: Math.max(f.cue.end, f.content.end) }) && !ownSpeaker(f);
  return found.filter((f) => !told(f));
}

/** A source with a capitalised word that is neither a pronoun nor a determiner: it names a person or a body. */
const namesSomeone = (text: string, source: Span) =>
  tokensIn(text, source.start, source.end).some((t) => isCapitalised(t) && !PRONOUN_PHRASE.test(t.lower) && !NP_OPENERS.has(t.lower));

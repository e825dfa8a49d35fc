/**
 * Findings: what a standards editor would flag — unattributed claims and quotes, vague and anonymous sourcing,
 * unbalanced quotation marks, a person first named by surname alone — and the inline markers that silence them.
 *
 * A claim is judged on its own: it counts as sourced only by an attribution that covers that claim (see
 * `ClaimJudge`); a quote counts as spoken within its paragraph's attribution scope (see `sourcedSentences`). Quoted
 * words are never judged as the reporter's own.
 */
import { explainsAnonymity } from './claims';
import { ArticleReader, type Model } from './articleReader';
import { claimFindings } from './claimFindings';
import { finding } from './findingCodes';
import { isSuppressed } from './suppressions';
import { isQuotation, type Finding, type Paragraph, type Quote, type Span } from '../model';
import { languageName } from '../segments/language';
import { SpanIndex } from '../text/spanIndex';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { isTitleCase } from '../text/titleCase';
import { isShareOfPeople } from '../lexicon/sources';

export function findFindings(model: Model, unbalancedQuotes: Span[], vocabulary: Vocabulary = BUILT_IN_VOCABULARY): Finding[] {
  const reader = new ArticleReader(model, vocabulary);
  const vague = vagueFindings(reader);
  const findings = [
    ...claimFindings(reader),
    ...vague,
    ...anonymousFindings(reader, vague),
    ...quoteFindings(reader),
    ...unbalancedFindings(model.text, unbalancedQuotes),
    ...surnameFindings(reader),
    ...languageFindings(model),
  ];
  return findings.filter((f) => !isSuppressed(f, model.suppressed)).sort((a, b) => a.start - b.start || a.end - b.end);
}

// ---------------------------------------------------------------------------------------------------------------
// vague-attribution

function vagueFindings(reader: ArticleReader): Finding[] {
  return reader.bodySentences().flatMap(({ index, sentence }) =>
    reader.vagueSourcesIn(index).map((v) =>
      finding(
        'vague-attribution',
        'warning',
        { start: sentence.start + v.start, end: sentence.start + v.end },
        `“${v.text}” names nobody the reader could check. Who, exactly? Name the source or say who they are.`,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// anonymous-source

/**
 * Each mention of an unnamed source that a statement is attributed to, with how many the story has. A weasel
 * source ("Critics say") is already flagged as vague and is neither noted again nor counted; a share of people
 * ("Sixty percent of riders said") counts answers, whoever asked them, and nobody was granted anonymity.
 */
function anonymousFindings(reader: ArticleReader, vague: Finding[]): Finding[] {
  const { model } = reader;
  const anonymous = new Set(model.actors.filter((a) => a.kind === 'anonymous').map((a) => a.id));
  const weasels = new SpanIndex(vague);
  const sources = uniqueSpans(
    model.attributions.flatMap((a) =>
      a.source && a.actor && anonymous.has(a.actor) && a.kind !== 'private-state' ? [a.source] : [],
    ),
  ).filter((source) => !weasels.overlaps(source) && !isShareOfPeople(model.text.slice(source.start, source.end)));
  const explainedSomewhere = explainsAnonymity(reader.reporterText);
  // one reading per sentence, however many sources it names
  const explained = new Map<number, boolean>();
  const explainedIn = (index: number) => {
    if (!explained.has(index)) explained.set(index, explainsAnonymity(reader.reporterWords(model.sentences[index])));
    return explained.get(index)!;
  };
  return sources.map((source) => {
    const index = reader.sentenceAt(source.start);
    const explainedHere = index >= 0 && explainedIn(index);
    const reason = explainedHere
      ? 'The story says why anonymity was granted here.'
      : explainedSomewhere
        ? 'The story explains anonymity elsewhere; check that the reason covers this source too.'
        : 'Tell the reader why anonymity was granted.';
    const count = sources.length;
    return finding(
      'anonymous-source',
      'information',
      source,
      `Unnamed source (${count} in this story). ${reason}`,
      { count },
    );
  });
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(`${s.start}:${s.end}`, { start: s.start, end: s.end });
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// unattributed-quote

/**
 * A direct or partial quote in body copy with no speaker: no attribution reports it, its sentence is outside every
 * attribution's scope (so "called it “a con”" after a cue, or a quote sentence following "she said" in the same
 * paragraph, is not flagged), no colon introduces it, and it is not nested in another quote (the outer one speaks
 * for it).
 */
function quoteFindings(reader: ArticleReader): Finding[] {
  const { model } = reader;
  return outermost(model.quotes)
    .filter((q) => isQuotation(q.kind) && reader.isBody(q.start))
    .filter((q) => !readsAsTitle(model.text.slice(q.inner.start, q.inner.end)) && !introducedByColon(model.text, q))
    .filter((q) => !reader.quotesWithSpeaker.has(q.id) && !reader.sourced.has(reader.sentenceAt(q.start)))
    .map((q) => {
      const sentence = model.sentences[reader.sentenceAt(Math.max(q.start, q.end - 1))];
      return finding(
        'unattributed-quote',
        'warning',
        { start: q.start, end: q.end },
        'Nobody is named as the speaker of this quote. Who said it?',
        {
          candidates: reader.candidates(q.start),
          ...(sentence ? { insertAt: reader.insertAt(sentence) } : {}),
        },
      );
    });
}

/** A word that opens with a letter: a figure ("99.9", "March 10, 2016") names no show and no book. */
const LETTER_WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * Words in title case ("All Bets Are Off", "Grand Bargain") name a show, a book or a slogan rather than report
 * speech; a quote finder may still call them direct. Precision first: such quotes are not flagged.
 */
function readsAsTitle(inner: string): boolean {
  const head = inner.slice(0, 200);
  return isTitleCase(head) && (head.match(LETTER_WORD)?.length ?? 0) >= 2;
}

/** "… a new campaign message: “It's about me.”" — the sentence before the colon introduces the speaker. */
function introducedByColon(text: string, quote: Quote): boolean {
  return /:\s{0,3}$/.test(text.slice(Math.max(0, quote.start - 4), quote.start));
}

/** Quotes (sorted by start) that no other quote contains. */
function outermost(quotes: Quote[]): Quote[] {
  let reach = -1;
  return quotes.filter((q) => {
    const nested = q.end <= reach;
    reach = Math.max(reach, q.end);
    return !nested;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// unbalanced-quote

const OPENING_MARKS = '“‘«‹„';

/** A curly mark says which end it is; a straight one opens when it stands before a word, after a space or nothing. */
function opensQuote(text: string, span: Span): boolean {
  const mark = text.slice(span.start, span.end);
  if ([...mark].some((c) => OPENING_MARKS.includes(c))) return true;
  if (!/^["']+$/.test(mark)) return false;
  return /\S/.test(text[span.end] ?? '') && !/\S/.test(text[span.start - 1] ?? ' ');
}

function unbalancedFindings(text: string, spans: Span[]): Finding[] {
  return spans.map((span) => {
    const message = opensQuote(text, span)
      ? 'This quotation mark opens a quote that is never closed. Where does the quote end?'
      : 'This quotation mark has no matching opening mark. Where does the quote begin?';
    return finding('unbalanced-quote', 'warning', span, message);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// surname-first

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+/;

/** AP style: the first reference in the body gives the full name; a surname alone comes after. */
function surnameFindings(reader: ArticleReader): Finding[] {
  const { text } = reader.model;
  return reader.model.actors
    .filter((a) => a.kind === 'person')
    .flatMap((actor) => {
      // The reporter answers for the body copy, not for how a quoted speaker names someone.
      const body = actor.mentions.filter((m) => reader.isBody(m.start) && !reader.isQuoted(m.start));
      const first = body[0];
      if (!first || (first.form !== 'surname' && first.form !== 'possessive')) return [];
      const called = text.slice(first.start, first.end);
      // A possessive of the full name ("Antony Blinken’s") is a full first reference.
      if (first.form === 'possessive' && /\s/.test(called.replace(HONORIFIC, '').trim())) return [];
      if (!body.some((m) => m.form === 'full')) return [];
      return [
        finding(
          'surname-first',
          'information',
          { start: first.start, end: first.end },
          `First reference to ${actor.name} uses “${called}” alone; the full name comes later. Give the full name and title here.`,
          { actor: actor.id },
        ),
      ];
    });
}

// ---------------------------------------------------------------------------------------------------------------
// other-language

/**
 * Paragraphs left unread as not English, one finding per run of them on its first sentence: the writer learns once
 * why nothing is marked there, however long the run (a whole story in French is one finding).
 */
function languageFindings(model: Model): Finding[] {
  const runs: Paragraph[][] = [];
  for (const p of model.paragraphs) {
    if (p.language === undefined) continue;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].index === p.index - 1) run.push(p);
    else runs.push([p]);
  }
  return runs.map((run) => {
    const opening = model.sentences[run[0].sentences[0]] ?? run[0];
    return finding('other-language', 'information', { start: opening.start, end: opening.end }, unreadMessage(run));
  });
}

function unreadMessage(run: Paragraph[]): string {
  const tags = [...new Set(run.map((p) => p.language ?? 'und'))];
  // a run that mixes named languages names them all; with one told apart from English only, none
  const language = tags.length > 1 && !tags.includes('und') ? listed(tags.map(languageName)) : languageName(tags.length === 1 ? tags[0] : 'und');
  const what = run.length === 1 ? 'this paragraph seems' : `these ${run.length} paragraphs seem`;
  const where = run.length === 1 ? 'here' : 'in them';
  return `Not read: ${what} to be in ${language}. Sourcing Lens reads English copy, so it marks no speakers, quotes or claims ${where}.`;
}

/** "Spanish", "Spanish and French", "Spanish, French and German". */
const listed = (names: string[]): string => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

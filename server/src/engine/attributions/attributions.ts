/**
 * Attributions: source–cue–content triples (PARC/PolNeAR) anchored on cues ("said", "told CNN", "according to",
 * "believes"). Cheap, linear passes over what the earlier stages read: the paragraph's sentences become reading
 * units (never splitting a quotation, readingUnits.ts), and each cue looks for its source noun phrase right before
 * it or right after it ("said X", sources.ts) and its content on the other side (contents.ts): the quotation, the
 * reported clause, or the clause that precedes an end attribution ("…, two officials told reporters."). Quotations
 * with no verb (quoteAttributions.ts) and quotations that continue a speaker (continuation.ts) come after.
 *
 * The quotations are the quote pass's own (quotes.ts), so both stages read the same marks; mention candidates
 * snap a source to the mention the actors stage resolves.
 */
import type { Span } from '../model';
import type { MentionCandidate } from '../mentions/reader';
import type { LocalQuote } from '../quotes/quotes';
import { impersonalAttributions } from './impersonal';
import { nounCueAttributions } from './nounCues';
import { openingPoll, pollShare } from './pollSources';
import { lastStartingAtOrBefore } from '../text/spanIndex';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { aroundCue, clauseEnd, MAX_CONTENT } from './contents';
import { continueInParagraph } from './continuation';
import { readUnit } from './cueAttributions';
import { signedQuotes, colonQuotes, clauseColonQuotes, tailVerbQuotes, headlineColon, quotationAfterAside, quotationBeforeTail, leaveResumedQuotes, verbOnlyQuotes, quotesOnlyTitles, withoutToldQuotes, subjectQuotes, creditedQuotes } from './quoteAttributions';
import { quoteHolding, readingUnits, unitQuotations, type AttributionCandidate, type ContentLimits, type Found, type IndirectReading } from './readingUnits';
import { isExtraposedIt, namesNobody } from './sources';
import { snapToMention } from './sourceMentions';
import { withoutRestatements } from './restatements';
import { transcriptTurn } from './transcriptTurns';
import { copyWith } from '../text/copyWith';

export type { AttributionCandidate };

/**
 * The cue pass's readings and the noun cues of one unit, each relation read once. "Quell, the port's director,
 * expressed concern that …": a reading whose cue is a part of a voiced noun cue (nounCues.ts) is that cue's
 * relation, so it is left out: the verb's ("concern that …" as its object) and the noun's read as a verb ("crews
 * raised | concerns that …"); the verb's source, read by the verb's own rules (an appositive, a coordinated
 * subject), becomes the noun cue's. A noun cue the cue pass read on the same words ("raised concerns" as a
 * learned cue, "complaints that" as a verb) is left to it, with the clause end it found.
 */
function voicedNouns(own: Found[], nouns: IndirectReading[]): [Found[], IndirectReading[]] {
  const partOf = (f: Found, n: IndirectReading) =>
    !!f.cue && n.cue.start <= f.cue.start && f.cue.end <= n.cue.end && f.cue.end - f.cue.start < n.cue.end - n.cue.start;
  const sameCue = (f: Found, n: IndirectReading) => f.cue?.start === n.cue.start && f.cue.end === n.cue.end;
  const sourced = (n: IndirectReading) => {
    const verb = own.find((f) => partOf(f, n) && f.cue!.start === n.cue.start);
    return verb?.source ? { ...n, source: verb.source } : n;
  };
  return [own.filter((f) => !nouns.some((n) => partOf(f, n))), nouns.filter((n) => !own.some((f) => sameCue(f, n))).map(sourced)];
}

/** The attributions of one paragraph; spans relative to the paragraph's text. */
export function findAttributions(
  paragraph: string,
  sentences: Span[],
  quotes: LocalQuote[],
  mentions: MentionCandidate[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): AttributionCandidate[] {
  const marks = unitQuotations(paragraph, quotes);
  const found: Found[] = [];
  for (const unit of readingUnits(paragraph, sentences, marks, vocabulary)) {
    const read = readUnit({ text: paragraph, unit, quotes: marks, vocabulary }).map((f) =>
      quotationBeforeTail(paragraph, quotationAfterAside(paragraph, f, marks), marks),
    );
    const ctx = { text: paragraph, unit, quotes: marks, vocabulary };
    const reportedClauseEnd = (from: number, until: number) => clauseEnd(ctx, from, Math.min(until, from + MAX_CONTENT));
    const limits: ContentLimits = { clauseEnd: reportedClauseEnd, taken: (at) => !!quoteHolding(marks, at) };
    const unitNouns = nounCueAttributions(paragraph, unit, limits, vocabulary);
    const [own, nouns] = voicedNouns(leaveResumedQuotes(paragraph, read, marks), unitNouns);
    const taken = (at: number) => limits.taken(at) || own.some((f) => f.content.start <= at && at < f.content.end);
    // "In a Courier poll, 52 percent said …": the poll is the source, the share that speaks only its finding
    const poll = openingPoll(paragraph, unit, limits);
    found.push(...(poll ? own.filter((f) => !pollShare(paragraph, poll, f, vocabulary)) : own));
    for (const impression of impersonalAttributions(paragraph, unit, { clauseEnd: limits.clauseEnd, taken })) {
      found.push({ kind: 'indirect', ...impression });
    }
    if (poll) found.push({ kind: 'indirect', ...poll });
    for (const noun of nouns) found.push({ kind: 'indirect', ...noun });
  }
  found.push(...signedQuotes(paragraph, marks, found, vocabulary));
  found.push(...colonQuotes(paragraph, marks, found, vocabulary));
  found.push(...clauseColonQuotes(paragraph, sentences, marks, found, vocabulary));
  found.push(...tailVerbQuotes(paragraph, marks, found, vocabulary));
  found.push(...verbOnlyQuotes(paragraph, marks, found, vocabulary));
  found.push(...headlineColon(paragraph, found, marks));
  found.push(...transcriptTurn(paragraph, sentences, found, marks));
  found.push(...continueInParagraph(paragraph, marks, found));
  const quoting = { text: paragraph, sentences, marks, quotes, mentions, vocabulary };
  found.push(...creditedQuotes(quoting, found));
  found.push(...subjectQuotes(quoting, found));
  return withoutRestatements(paragraph, withoutToldQuotes(paragraph, found, vocabulary))
    .filter((f) => !quotesOnlyTitles(f, quotes))
    .flatMap((f) => aroundCue(paragraph, f))
    .sort((a, b) => a.content.start - b.content.start)
    .map(({ quoteSpan, ...a }) => {
      // the quote pass's quotation the content reports: the one that opens where it opens, not one nested in it
      const at = quoteSpan ? lastStartingAtOrBefore(quotes, quoteSpan.start) : -1;
      const index = at >= 0 && quotes[at].start === quoteSpan!.start ? at : -1;
      const nobody = isExtraposedIt(paragraph, a.source, a.cue) || namesNobody(paragraph, a.source);
      const source = nobody ? null : snapToMention(paragraph, a.source, a.cue, mentions);
      return copyWith(a, index >= 0 ? { source, quote: index } : { source });
    });
}

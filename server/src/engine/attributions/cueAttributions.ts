/**
 * Cue-anchored attributions of one reading unit: each cue takes its source and its content ("X said that …",
 * "“…,” said X, a role.", "according to X, …", ", adding that …").
 */
import type { Span } from '../model';
import { codePointBound } from '../text/chars';
import {
  ASIDE_AFTER_ACCORDING,
  NP_OPENERS,
  isAmbiguousForm,
  isParticiple,
  isTelling,
  PASSIVE_BEFORE,
  QUESTION_CUE,
  QUESTION_OCCASION,
  QUESTION_OPENER,
  QUESTION_PUT,
  RESUMING_CUE,
  THOUGHT_CONTENT,
  BARE_SUBJECT_CLAUSE,
} from '../lexicon/cues';
import {
  wholeQuote,
  classified,
  contentBefore,
  contentAfter,
  accordingClause,
  interruptedSubject,
  nextClause,
  END_OF_CONTENT,
  lastBreak,
  MAX_CONTENT,
  clauseNotAside,
  speakerClosesSentence,
  reportGoesOn,
  toldOnlyAddressee,
} from './contents';
import { type Cue, skipAdjuncts, cueExtent, toldThat, cuesIn } from './cues';
import { withLearnedCues } from './learnedCues';
import { passiveBy } from './passiveAgents';
import { type Found, type UnitContext, insideQuote, overlapsQuote, quotationAfterAdjunct, quoteHolding } from './readingUnits';
import {
  phraseBefore,
  phraseAfter,
  skipCuePrefix,
  sourceComma,
} from './sources';
import { appositiveStart, namedAppositive } from './appositives';
import { plausibleSource } from './plausibleSources';
import {
  adverbialGapSubject,
  coordinatedSubject,
  isLoneOpener,
  raisedSubject,
  relativeSubject,
  sentenceSubject,
  saidX,
  seriesSubject,
  subjectWords,
  isAudience,
} from './subjects';
import { isBlank, tokensIn, trimEnd, trimStart, tidy } from './words';
import {
  BARE_ADJUNCT,
  CLAUSE_VERB,
  COMPLEMENT_OPENER,
  DASHES,
  OCCASION_THEN_THAT,
  PREDICATE_OPENER,
  RESUMED_CLAUSE,
  SUBORDINATE_BEFORE,
  SUBORDINATE_BEFORE_PARTICIPLE,
  INVERTED_SOURCE_END,
  OPENING_ADVERBIAL,
  OPENING_CLAUSE,
  OPENING_PHRASE,
  SOURCE_ENDS_CLAUSE,
  STATE_VERB_WORD,
  STANCE_OBJECT_END,
  TRAILING,
  RELATIVE_OBJECT,
} from '../lexicon/clauses';
import { DOCUMENT_BEFORE } from '../lexicon/documents';
import { isImpersonalAt } from './impersonal';
import { evidenceSource } from './evidenceSources';
import { appositiveSubject, describedSubject } from './appositiveSubjects';
import { CUE_WITHOUT_CONTENT, GAPPED_THOUGHT_CONTENT, isWishVerb, THOUGHT_OBJECT, NOUN_BEFORE_GERUND, NOUN_BEFORE_THOUGHT, NUMBER_BEFORE_PARTICIPLE } from '../lexicon/cueVerbs';
import { startsLower } from '../text/tokens';

/** An attribution reported inside another's content ("She said she recalls …"): the outer one carries it. */
const isNested = (found: Found, outer: Found[]) =>
  outer.slice(-3).some((o) => {
    const inner = (found.source ?? found.content).start;
    return o.content.start <= inner && inner <= o.content.start + 6 && found.content.end <= o.content.end + 1;
  });

export function readUnit(ctx: UnitContext): Found[] {
  const { unit } = ctx;
  const cues = withLearnedCues(ctx, cuesIn(ctx));
  const out: Found[] = [];
  let from = unit.start;
  // where the next cue's own clause begins bounds a cue's content; no cue comes before the first, so its clause
  // is not looked for (most units hold one cue, and the look costs a source phrase and an appositive each)
  const upcoming: (number | null)[] = [];
  for (let i = cues.length - 1, next: number | null = null; i >= 0; i--) {
    upcoming[i] = next;
    if (i > 0) next = nextClause(ctx, cues[i]) ?? next;
  }
  for (const [i, cue] of cues.entries()) {
    const next = upcoming[i];
    const until = Math.min(next !== null && next > cue.end ? next : unit.end, codePointBound(ctx.text, cue.end + MAX_CONTENT));
    from = Math.max(from, codePointBound(ctx.text, cue.start - MAX_CONTENT));
    // "The board seemed paralyzed": the writer's impression, read with no source by impersonal.ts
    if (isImpersonalAt(ctx.text, cue.start)) continue;
    const found = readCue(ctx, cue, from, until, out[out.length - 1]);
    if (!found || isNested(found, out)) continue;
    out.push(found);
    if (found.content.end <= cue.start) from = Math.max(found.cue?.end ?? 0, found.source?.end ?? 0);
  }
  return out;
}

function readCue(ctx: UnitContext, cue: Cue, from: number, until: number, previous: Found | undefined): Found | null {
  const { text, unit, vocabulary } = ctx;
  if (cue.according) {
    let source = phraseAfter(text, trimStart(text, cue.end, until), until, vocabulary);
    if (!source) return null;
    const afterSource = trimStart(text, source.end, until);
    const commaBefore = /(?:,|[,.?!][’'”"»]+)\s*$/.test(text.slice(Math.max(from, cue.start - 4), cue.start));
    let content: Span | null;
    const outer = commaBefore ? reportedBefore(text, previous, cue.start) : null;
    // "But, according to the poll, most voters …": after an opening adverbial, the main clause is the content;
    // "…, according to the guild, which tracks …": after an aside on the source, the clause before is; but ", and
    // there were …", ", because …" (RESUMED_CLAUSE) lead the account's report on, both halves
    const opening = OPENING_CLAUSE.test(text.slice(trimStart(text, from, cue.start), cue.start));
    const resumes = RESUMED_CLAUSE.test(text.slice(afterSource, afterSource + 12));
    const aside = ASIDE_AFTER_ACCORDING.test(text.slice(afterSource + 1, afterSource + 16)) && !reportGoesOn(text, afterSource + 1, until) && !resumes;
    if (commaBefore && text[afterSource] === ',' && !aside) content = opening ? contentAfter(ctx, afterSource + 1, until) : tidy(text, from, until);
    else if (outer) content = outer;
    else if (commaBefore) content = contentBefore(ctx, from, lastBreak(text, from, cue.start));
    // "Quell leads by 271 votes according to a count by the board." — no comma, but the source ends the clause
    else if (SOURCE_ENDS_CLAUSE.test(text.slice(afterSource, until)) && !isBlank(text, from, cue.start)) {
      content = contentBefore(ctx, from, cue.start);
    } else {
      // "According to exit polls conducted by Edison for the networks, Quell led": the source runs to the comma
      const comma = sourceComma(text, afterSource, until);
      if (comma !== null) source = tidy(text, source.start, comma);
      const after = comma !== null ? comma + 1 : afterSource;
      content = contentAfter(ctx, after, until);
      // "According to the log, Quell said …": the next cue's clause opens right after the comma; the account reports
      // that clause whole, its speaker's report ("According to Marsh, writing for the Courier, …" describes the source)
      const described = /^[\s,]*\p{Ll}+ing\b/u.test(text.slice(after, after + 24));
      if (!content && !described && isBlank(text, unit.start, cue.start)) {
        content = contentAfter(ctx, after, Math.min(unit.end, cue.end + MAX_CONTENT));
      }
    }
    if (!content) return null;
    if (commaBefore && !outer && content.end <= cue.start) content = accordingClause(ctx, content);
    return classified(ctx, content, true, source, { start: cue.start, end: cue.end });
  }

  if (ruleCueReportsNothing(text, unit, cue)) return null;
  if (RESUMING_CUE.test(cue.word) && !/^\s*(?:[,.:;!?—–“"«]|$)/.test(text.slice(cue.end, until))) return null;
  if (QUESTION_CUE.test(cue.word) && QUESTION_PUT.test(text.slice(unit.start, cue.start))) return askedQuestion(ctx, cue, until);
  const passive = !isParticiple(cue.word) && PASSIVE_BEFORE.exec(text.slice(Math.max(unit.start, cue.start - 40), cue.start));
  if (passive) return passiveBy(ctx, cue, from, cue.start - passive[0].length, until);

  // "who spoke on condition of anonymity": how the source talked, not what it said
  const onCondition = /^\s+on\s+(?:the\s+)?condition\b/i.test(text.slice(cue.end, cue.end + 20));
  // "Quinn spoke for about 15 minutes", "spoke to reporters": only "spoke about/of …" says what was said
  const spokeHow = /^\s+(?!about\b|of\b|out\b)[\p{L}\p{N}]/u.test(text.slice(cue.end, cue.end + 12));
  if ((onCondition || spokeHow) && /^(?:spoke|speak|speaks|speaking)$/i.test(cue.word)) return null;
  const cueSpan = { start: cue.start, end: cueExtent(text, cue, until) };
  const participle = isParticiple(cue.word);
  const lead = skipCuePrefix(text, from, cue.start, participle);
  const commaBefore = END_OF_CONTENT.test(text.slice(Math.max(from, lead - 4), lead));
  const told = isTelling(cue.word);
  // "a super PAC backing Whitfield": a stance participle right after a noun takes that noun phrase as its source,
  // as PolNeAR reads it; a number before it ("$5,000 backing …", "45 supporting …") is an amount, not a source
  const modifier = cue.stance && participle && !commaBefore && lead === trimEnd(text, from, cue.start);
  if (modifier && /\p{N}\s*$/u.test(text.slice(from, lead))) return null;

  // "…,” said Dana Whitfield, a former envoy.  /  "…, she said."
  if (commaBefore && !participle) {
    const comma = lastBreak(text, from, lead);
    const appositive = comma >= 0 ? appositiveStart(text, ctx.quotes, from, comma, vocabulary) : null;
    // Only a bare cue inverts ("…, said X"); "…, had said X" does not occur; "…, tells reporters" names whom
    const bare = isBlank(text, lead, cue.start) && !told;
    const after = bare ? phraseAfter(text, trimStart(text, cue.end, until), until, vocabulary) : null;
    // the inverted source closes the sentence or takes an appositive: "…, said the minister." / ", a lawyer"
    const inverted = after && invertedSource(text, after);
    const invertedReading =
      inverted &&
      (appositive === null || insideQuote(ctx.quotes, comma) || text[comma - 1] === '”' || clauseNotAside(text, appositive, comma) || speakerClosesSentence(ctx, cue.word, inverted));
    if (invertedReading) {
      const content = interruptedSubject(ctx, contentBefore(ctx, from, comma), inverted, until);
      if (!content) return null;
      return classified(ctx, content, false, inverted, cueSpan);
    }
    // "Several riders interviewed at the pier, including Osei, said": past a long described subject, the sentence's own
    const source =
      appositive !== null
        ? (phraseBefore(text, from, trimEnd(text, from, appositive), vocabulary) ?? describedSubject(ctx, appositive))
        : (namedAppositive(ctx, comma) ?? appositiveSubject(ctx, comma, cue.end, until) ?? seriesSubject(ctx, cue, comma));
    return source && withSource(ctx, cue, cueSpan, source, from, until, told);
  }

  // "After vowing to cut taxes, Quell …", "Citing costs, Quell …": a participle clause that opens the sentence speaks for its subject
  if (participle && (isBlank(text, unit.start, lead) || SUBORDINATE_BEFORE.test(text.slice(unit.start, lead)))) return openingParticiple(ctx, cue, cueSpan, until);
  // ", adding that …" / "and added …": the source of the clause before, or the subject of the sentence.
  // "and said", and "declined to comment but said" — the newsroom's way of saying what a source would say;
  // "angered voters by saying …", "quoted as saying …": a participle after a subordinator does the same
  const coordinated =
    /\b(?:and|but|before|while|then)\s*$/.test(text.slice(Math.max(unit.start, lead - 7), lead)) ||
    (participle && SUBORDINATE_BEFORE_PARTICIPLE.test(text.slice(Math.max(unit.start, lead - 8), lead)));
  // "sent a letter to management stating that …": the document speaks for whoever sent it
  const written = participle && DOCUMENT_BEFORE.test(text.slice(Math.max(unit.start, lead - 80), lead));
  if ((participle && commaBefore) || coordinated || written) {
    const source =
      relativeSubject(text, unit, lead) ??
      previous?.source ??
      coordinatedSubject(text, unit, lead, coordinated, vocabulary) ??
      sentenceSubject(text, unit, lead, vocabulary);
    const afterCue = told ? toldThat(ctx, cue.end, until) : skipAdjuncts(text, cue.end, until, false);
    const content = source && contentAfter(ctx, afterCue, until);
    if (source && content) return classified(ctx, content, false, source, cueSpan);
    if (participle) return null;
  }

  const phrase =
    infinitiveSubject(ctx, cue, lead) ?? phraseBefore(text, from, lead, vocabulary) ?? saidX(ctx, cue, until) ?? adverbialGapSubject(ctx, cue, lead);
  const source = phrase && plausibleSource(text, phrase, cue, lead) ? phrase : evidenceSource(ctx, cue, from, lead);
  if (!source) return null;
  if (source.start > cue.end) {
    const content = contentAfter(ctx, source.end, until);
    return content && classified(ctx, content, false, source, cueSpan);
  }
  // "A group backing Quell bought airtime": the modified noun phrase opens the sentence, so what follows the
  // participle runs into the predicate; "…, a group backing Quell, …" and "… by a group backing Quell" read
  if (modifier && source.start === trimStart(text, unit.start, source.start)) return null;
  // "spoke before lawmakers defending the budget": a bare noun after a preposition may be the speaker's audience;
  // a bare noun elsewhere ("donors backing Quell", "Mr. Osei denouncing the levy") is the participle's subject
  if (modifier && isAudience(text, unit.start, source)) return null;
  return withSource(ctx, cue, cueSpan, source, from, until, told);
}

/**
 * "Ruiz has mounted a campaign to condemn the levy", "Parents were far more likely to want a later bell": a cue after "to"
 * speaks for the subject of its sentence, however many words stand between. A subject that is only a clause
 * opener ("But", "For", "Should") is none.
 */
function infinitiveSubject(ctx: UnitContext, cue: Cue, lead: number): Span | null {
  const { text, unit, vocabulary } = ctx;
  if (!/(?:^|\s)to\s+$/.test(text.slice(Math.max(unit.start, lead - 4), cue.start))) return null;
  const subject =
    relativeSubject(text, unit, lead, false) ?? raisedSubject(text, unit, cue.start, lead, vocabulary) ?? sentenceSubject(text, unit, lead, vocabulary);
  return subject && isLoneOpener(subjectWords(text, subject)) ? null : subject;
}

/**
 * A cue form that reports nothing where it stands (CUE_WITHOUT_CONTENT), a gerund that is a noun ("a strong
 * showing in Iowa": a determiner before it and a preposition or the clause's end after it), or a participle
 * that is an adjective ("271 pledged delegates").
 */
function ruleCueReportsNothing(text: string, unit: Span, cue: Cue): boolean {
  const after = text.slice(cue.end, cue.end + 80);
  if (CUE_WITHOUT_CONTENT.some(([word, next]) => word.test(cue.word) && next.test(after))) return true;
  const before = text.slice(Math.max(unit.start, cue.start - 24), cue.start);
  // "sent a memo saying …": after a document the -ing form is a participle that reports what it says
  if (/^\p{L}+ing$/u.test(cue.word) && NOUN_BEFORE_GERUND.test(before) && !DOCUMENT_BEFORE.test(before)) {
    return /^(?:\s+(?:in|at|for|from|on|among|by|with)\b|\s*[,.;:!?]|\s*$)/.test(after);
  }
  return /^\p{L}+ed$/u.test(cue.word) && NUMBER_BEFORE_PARTICIPLE.test(before);
}

/**
 * "Asked whether the pier would reopen, Ruiz said …", "…, she said when asked about the pier", "he was asked if
 * …": the question is the content, and it has no source (the asker is seldom named) unless "by" names one.
 * A question that opens the sentence ("Asked …", "And when asked …") ends at the comma before the answer's clause.
 */
function askedQuestion(ctx: UnitContext, cue: Cue, until: number): Found | null {
  const { text, unit, vocabulary } = ctx;
  const by = /^\s+by\s+/.exec(text.slice(cue.end, cue.end + 8));
  const asker = by ? phraseAfter(text, cue.end + by[0].length, until, vocabulary) : null;
  let at = asker ? asker.end : cue.end;
  // "Asked on Fox News who …": the occasion is the reporter's, the question starts after it
  const occasion = QUESTION_OPENER.test(text.slice(at, at + 20)) ? null : QUESTION_OCCASION.exec(text.slice(at, Math.min(until, at + 90)));
  if (occasion) at += occasion[0].length;
  // "asked to comment" puts no question
  if (!QUESTION_OPENER.test(text.slice(at, at + 20))) return null;
  const about = /^\s+about\b/.exec(text.slice(at, at + 8));
  const cueEnd = about && !asker ? at + about[0].length : cue.end;
  if (about) at += about[0].length;
  // a question the sentence opens with is all of it, to the comma that closes it (a quotation's too)
  const closed = tokensIn(text, unit.start, cue.start).length <= 3 ? commaOutsideQuotes(ctx, at, unit.end) : unit.end;
  const start = trimStart(text, at, closed);
  const content = closed < unit.end ? (closed - start > 1 ? { start, end: closed } : null) : contentAfter(ctx, at, until);
  if (!content) return null;
  return classified(ctx, content, false, asker, { start: cue.start, end: cueEnd });
}

/**
 * "After vowing to cut taxes, Quell drew cheers": the participle clause is the content, up to its comma, and the
 * subject after the comma is the source.
 */
function openingParticiple(ctx: UnitContext, cue: Cue, cueSpan: Span, until: number): Found | null {
  const { text, vocabulary } = ctx;
  const comma = commaOutsideQuotes(ctx, cue.end, until);
  if (comma >= until) return null;
  const source = sentenceSubject(text, { start: comma + 1, end: ctx.unit.end }, ctx.unit.end, vocabulary);
  const content = source && contentAfter(ctx, skipAdjuncts(text, cue.end, comma, false), comma);
  if (!source || !content) return null;
  return classified(ctx, content, false, source, cueSpan);
}

/**
 * Where the first comma in [from, until) that closes a clause ends it, or `until`: a comma no quotation holds, or
 * one a quotation closes right after ("Asked whether the levy is “fair to everyone,” Quinn said").
 */
function commaOutsideQuotes(ctx: UnitContext, from: number, until: number): number {
  for (let at = ctx.text.indexOf(',', from); at >= 0 && at < until; at = ctx.text.indexOf(',', at + 1)) {
    const quote = quoteHolding(ctx.quotes, at);
    if (!quote || quote.start === at) return at;
    if (/^,[’'”"»]+$/.test(ctx.text.slice(at, quote.end))) return quote.end;
  }
  return until;
}

/**
 * An inverted source ("…,” said X") closes the sentence or takes an appositive; "said Sean Spicer in a tweet
 * Friday": the phrase walk ran on into the occasion, so the source is the name before its preposition.
 */
function invertedSource(text: string, after: Span): Span | null {
  if (INVERTED_SOURCE_END.test(text.slice(after.end, after.end + 16))) return after;
  // only after a name: "said the vote at the convention was rigged" has no source after the cue
  const occasion = /(?<=\p{Lu}[\p{L}.’'-]*)[ \u00a0](?:in|on|at|during)[ \u00a0]/u.exec(text.slice(after.start, after.end));
  return occasion ? { start: after.start, end: after.start + occasion.index } : null;
}

/**
 * "“…,” Walker said, according to an AP account.": the account is the source of the whole report, quote and
 * speaker both, when "according to" follows an end attribution with nothing but an occasion between.
 */
function reportedBefore(text: string, previous: Found | undefined, at: number): Span | null {
  if (!previous?.cue || previous.content.end > previous.cue.start) return null;
  const reported = Math.max(previous.cue.end, previous.source?.end ?? 0);
  if (!/^[^.!?;:“”"«»]{0,40},\s*$/.test(text.slice(reported, at))) return null;
  return { start: previous.content.start, end: reported };
}

/** "X said that …", "X said: “…”", or the end attribution "…, X said." */
function withSource(
  ctx: UnitContext,
  cue: Cue,
  cueSpan: Span,
  source: Span,
  from: number,
  until: number,
  told: boolean,
): Found | null {
  const { text } = ctx;
  const attributed = (content: Span): Found => classified(ctx, content, false, source, cueSpan);
  const afterCue = told ? toldThat(ctx, cue.end, until) : thatAfterOccasion(ctx, skipAdjuncts(text, cue.end, until, false), until);
  const rest = tidy(text, afterCue, until);
  const beforeSource = text.slice(Math.max(from, source.start - 6), source.start);
  // "Nadia Orban, who asked reporters to leave, said": the name before a relative pronoun is what it stands for
  const relative = /^(?:who|which)$/i.test(text.slice(source.start, source.end));
  if (!cue.thought && !relative && END_OF_CONTENT.test(beforeSource)) {
    const ending = contentBefore(ctx, from, lastBreak(text, from, source.start));
    const introducesContent = /^\s*(?:that\b|:|,?\s*[“"«])/.test(text.slice(afterCue, afterCue + 8));
    const trailing = TRAILING.test(text.slice(afterCue, afterCue + 30)) || toldOnlyAddressee(text, cue.word, rest);
    const quoted = !!ending && !!wholeQuote(ctx.quotes, ending) && !introducesContent;
    // "This season, Quell says, is different": the source interrupts its own sentence
    const interrupting = /^\s*,/.test(text.slice(cueSpan.end, until));
    const scene = !!ending && setsScene(ctx, ending, rest, interrupting);
    if (ending && !scene && (rest.end - rest.start <= 1 || trailing || quoted)) {
      return attributed((interrupting && !quoted && resumed(ctx, ending, afterCue, until)) || ending);
    }
    const both = ending && !scene && interrupting ? bothHalves(ctx, ending, afterCue, until) : null;
    if (both) return attributed(both);
  }
  const thought = text.slice(rest.start, rest.start + 10);
  const gapped = cue.thought && GAPPED_THOUGHT_CONTENT.test(thought) && !nounLikeThought(text, cue, source, beforeSource);
  // "Such efforts, they believe, will fail": a thought that interrupts its clause holds both halves
  if (gapped && /^\s*,/.test(text.slice(cueSpan.end, until)) && END_OF_CONTENT.test(beforeSource)) {
    const ending = contentBefore(ctx, from, lastBreak(text, from, source.start));
    const both = ending && bothHalves(ctx, ending, afterCue, until);
    if (both) return attributed(both);
  }
  // "The union wants a recount", "Quell sought greater oversight": a wish takes a bare noun phrase too
  const wished = isWishVerb(cue.word) && startsLower(thought);
  // "worried about the cost", "is hoping for a shift": what the thought is about is its content
  const about = cue.thought && !gapped ? THOUGHT_OBJECT.exec(text.slice(rest.start, rest.start + 9)) : null;
  const clause = THOUGHT_CONTENT.test(thought) || BARE_SUBJECT_CLAUSE.test(text.slice(rest.start, rest.start + 60));
  if (cue.thought && !clause && !gapped && !wished && !about) return null;
  const content = contentAfter(ctx, about ? rest.start + about[0].length : afterCue, until);
  // "As Quell said in Oslo, “…”", "tweeted in response: “…”": past when or where, the quotation is what was said
  const quoted = content && quotationAfterAdjunct(text, ctx.quotes, content, onlyAdjunct);
  if (quoted) return attributed({ start: quoted.start, end: Math.min(quoted.end, until) });
  if (!content || onlyAdjunct(text.slice(content.start, content.end))) return relativeObject(ctx, source, cue, cueSpan);
  return attributed(cue.stance ? stanceObject(ctx, content) : content);
}

/**
 * "the treaty, which Ruiz vehemently opposed", "a candidate who many crews support": a cue with nothing after it
 * whose source follows a relative pronoun reports on what the pronoun stands for; the pronoun is its content.
 */
function relativeObject(ctx: UnitContext, source: Span, cue: Cue, cueSpan: Span): Found | null {
  if (!(cue.stance || cue.thought)) return null;
  const m = RELATIVE_OBJECT.exec(ctx.text.slice(Math.max(ctx.unit.start, source.start - 8), source.start));
  if (!m) return null;
  const start = source.start - m[0].length;
  return { kind: 'indirect', source, cue: cueSpan, content: { start, end: start + m[1].length } };
}

/**
 * Whether a thought cue word before a finite verb is a noun, not a verb: "by popular reckoning, have …", "of your
 * regrets, is …", and "The Tarrow plan is linear" (a noun-like cue after a described singular phrase heads it;
 * "the Greens hope" agree). Read only where such a cue is met, not for every cue.
 */
function nounLikeThought(text: string, cue: Cue, source: Span, beforeSource: string): boolean {
  if (isParticiple(cue.word) || NOUN_BEFORE_THOUGHT.test(beforeSource)) return true;
  if (!isAmbiguousForm(cue.word)) return false;
  const words = text.slice(source.start, source.end).split(/\s+/);
  return NP_OPENERS.has(words[0].toLowerCase()) && !/s$/.test(words[words.length - 1]);
}

/**
 * "said on Tarrow Radio’s “Morning Show” that …", "argued during the debate that …": an occasion between the cue
 * and "that" is the reporter's, the content starts at "that" (outside quotations, with no clause break between).
 */
function thatAfterOccasion(ctx: UnitContext, from: number, until: number): number {
  const m = OCCASION_THEN_THAT.exec(ctx.text.slice(from, Math.min(until, from + 120)));
  const at = m ? from + m[0].length - 4 : -1;
  return at > from && !insideQuote(ctx.quotes, at) ? at : from;
}

/**
 * Whether the words before an end attribution's source set the scene rather than report: "On the ferry page,
 * she vows to …"; "Most recently, Trump called for …" (a short unquoted adverbial); "Though she lost, Quell
 * vowed to …" (an opening clause, when the cue has a complement of its own in `rest`).
 */
function setsScene(ctx: UnitContext, ending: Span, rest: Span, interrupting: boolean): boolean {
  const { text } = ctx;
  const words = text.slice(ending.start, ending.end);
  if (OPENING_PHRASE.test(words)) return true;
  if (rest.end - rest.start <= 1 || interrupting || overlapsQuote(ctx.quotes, ending.start, ending.end)) return false;
  return adverbialOnly(words) || (OPENING_CLAUSE.test(words) && COMPLEMENT_OPENER.test(text.slice(rest.start, rest.end)));
}

/**
 * "This season, Quell says, is different": both halves of a sentence its source interrupts are its words — not
 * "Asked about it, Quell said, “…”" (an opening clause, and a quoted sentence of its own after the cue).
 */
function bothHalves(ctx: UnitContext, ending: Span, afterCue: number, until: number): Span | null {
  const { text, quotes } = ctx;
  if (wholeQuote(quotes, ending)) return null;
  const after = contentAfter(ctx, afterCue, until);
  if (!after || /^(?:[“"«]|'')\s*\p{Lu}/u.test(text.slice(after.start, after.start + 4))) return null;
  // "But without a ferry, Osei said, the pilots …": an opening the source cuts in after is its words too, unless it
  // quotes another voice ("When the crowd chanted “Close it,” Quell said, …": the reporter's scene)
  const predicate = PREDICATE_OPENER.test(text.slice(after.start, after.end));
  if (!predicate && OPENING_ADVERBIAL.test(text.slice(ending.start, ending.end)) && overlapsQuote(quotes, ending.start, ending.end)) return null;
  return { start: lastSegment(ctx, ending), end: after.end };
}

/**
 * "The pier will stay shut, Quell said, because the deck is unsafe": a clause the source's interruption leads on to
 * (RESUMED_CLAUSE) is still what was said, unless a cue of its own reports it (", and she said …").
 */
function resumed(ctx: UnitContext, ending: Span, afterCue: number, until: number): Span | null {
  if (!RESUMED_CLAUSE.test(ctx.text.slice(afterCue, afterCue + 12))) return null;
  const after = contentAfter(ctx, afterCue, until);
  if (!after || ctx.vocabulary.cueMatches(ctx.text.slice(afterCue, after.end)).length > 0) return null;
  return { start: ending.start, end: after.end };
}

/** The last comma- or dash-separated stretch of a span (outside quotations): where an interrupted subject begins. */
function lastSegment(ctx: UnitContext, span: Span): number {
  const words = ctx.text.slice(span.start, span.end);
  const ends = [',', ';', ...DASHES].map((mark) => (words.includes(mark) ? words.lastIndexOf(mark) + mark.length : 0));
  const at = span.start + Math.max(...ends);
  return at > span.start && !insideQuote(ctx.quotes, at - 1) ? trimStart(ctx.text, at, span.end) : span.start;
}

/** Up to three words and no verb of state: a sentence's opening adverbial ("More recently", "For one thing"). */
const adverbialOnly = (words: string) => /^[^\s“”"]+(?:\s+[^\s“”"]+){0,2}$/.test(words) && !STATE_VERB_WORD.test(words);

/** A content that says only when, where or by whom ("rebuffed at a meeting last week"): no report at all. */
const onlyAdjunct = (words: string) => BARE_ADJUNCT.test(words) && !CLAUSE_VERB.test(words);

/** A stance's content that is a bare noun phrase ends where the reporter's adjuncts begin (STANCE_OBJECT_END). */
function stanceObject(ctx: UnitContext, content: Span): Span {
  const { text, quotes } = ctx;
  const words = text.slice(content.start, content.end);
  if (/^(?:that|to|whether|if)\b|^[“"«]/i.test(words)) return content;
  const m = STANCE_OBJECT_END.exec(words);
  if (!m || m.index === 0 || overlapsQuote(quotes, content.start, content.start + m.index + 1)) return content;
  return tidy(text, content.start, content.start + m.index);
}

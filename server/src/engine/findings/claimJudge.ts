/**
 * The unattributed-claim finding: a claim is judged on its own, and counts as sourced only by an attribution that
 * covers that claim (see `ClaimJudge`). Quoted words are never judged as the reporter's own.
 */
import { asserted, explainsAnonymity, hasSourcingCue, mayClaim, opensNewPoint, pointsBack, sourcedWithin, topicWords } from './claims';
import type { ArticleReader } from './articleReader';
import { afterLastClauseBreak, asInSentence, claimReadingIn, holderOf, lastOwnClause, namesNoClaim, voicedByHolder } from './claimReadings';
import { privateStateOf } from '../attributions/privateStates';
import { feltByObject, type ClaimReading } from './claimShapes';
import type { Attribution, ClaimCategory, Mention, Span } from '../model';
import { coverage, lastStartingAtOrBefore, merged } from '../text/spanIndex';
import { countWords } from '../text/chars';
import { OWN_CLAUSE_OPENING } from '../lexicon/claims';
import { CLAUSE_OPENING_REACH, OPENING_SUBORDINATE } from '../lexicon/clauses';
import {
  CHARGING_CUE,
  EXPECTED_COURSE,
  FUTURE_COURSE,
  OPENING_CREDIT,
  PRONOUN_SUBJECT,
  STATES_OF_MIND,
  SUPPOSITION,
  NAMED_BACK_REFERENCE,
  AGENTLESS_EXPECTATION,
  AGENTLESS_SUPPOSITION,
  CLAUSE_IN_CONTENT,
  RELATIVE_OPENING,
  OPENS_REPORTED_CLAUSE,
} from '../lexicon/claimSourcing';
import { creditedBefore } from './creditWords';
import { PrivateSpeech, witnessed } from './privateSpeech';
import { PublicRecord } from './publicRecord';
import { figureCreditedNext, quotedNext } from './claimNeighbours';
import { copyWith } from '../text/copyWith';
import { startsLower } from '../text/tokens';

/** A claim in article offsets, with the private state's holder when an attribution names one. */
export interface Claim extends ClaimReading {
  holder?: { who: string; state: string };
  /** The actor whose private state it is. */
  actor?: string | null;
}

/** Which test let a claim go as sourced, or as public record (see `ClaimJudge.sourcedBy`), or as the writer's argument (see argumentPiece.ts). */
export type ClaimSourcing = 'content' | 'sentence' | 'neighbour' | 'record' | 'supposed' | 'argued';

/** What the rules make of a sentence (see `ClaimJudge.verdict`). */
export interface RuleVerdict {
  claim: Claim | null;
  sourcing: ClaimSourcing | null;
  flag: Claim | null;
}

/** The most words reported content may have and still only characterise the speech ("blatant lies about the levy"). */
const MAX_CHARACTERISATION_WORDS = 6;

/** The fewest words a quotation must have to be someone's speech rather than a scare quote or a title. */
const MIN_QUOTED_SPEECH_WORDS = 4;

/** How far before a claim, in characters, the "if" or "whether" that opens its clause is looked for. */
const SUPPOSITION_REACH = 200;

/**
 * The most words a sentence may run on after an attribution's content and still be that attribution: the
 * extractor may end content before a closing phrase ("… the quay, on Tuesday").
 */
const MAX_WORDS_AFTER_CONTENT = 3;

/** How far into an attribution's content, in characters, the "that" or quotation mark that opens it is looked for. */
const REPORTED_CLAUSE_REACH = 24;

/** How far before a relative clause ("…, who was persuaded …"), in characters, its antecedent is looked for. */
const ANTECEDENT_REACH = 40;

/** How far after a feeling put into others, in characters, who feels it is looked for. */
const OBJECT_REACH = 80;

/**
 * The fewest topic words a neighbour must share with a claim to attribute the same claim, before it (whose account
 * this one goes on with) or after it (which gives the same claim again): three, as two ("the berth fee") are only
 * the story's subject, which nearly every sentence of it names.
 */
const SHARED_TOPIC = 3;

export class ClaimJudge {
  /** Whether an offset lies in the content of a communicative attribution that sources. */
  private readonly inSourcedContent: (span: Span) => boolean;
  /**
   * Whether an offset lies in the source of a communicative attribution that sources ("About half of voters said
   * …"), the note on why that source is unnamed, or the cue of one that quotes.
   */
  private readonly inCredit: (span: Span) => boolean;
  /** Communicative attributions that source, by the sentence of their cue (or content, when cueless). */
  private readonly spoken = new Map<number, Attribution[]>();
  /** Private-state attributions and speech to a private audience (see `toldInPrivate`), by the sentence of their cue. */
  private readonly states = new Map<number, Attribution[]>();
  /** The characters an attribution's words take (see `attributionSpans`), merged: the rest is the reporter's. */
  private readonly attributed: Span[];
  /** The cues and sources of the communicative attributions that source, merged. */
  private readonly cues: Span[];
  /** Which claims are public record (see `PublicRecord`), read once: a poll named early serves every later sentence. */
  private readonly record: PublicRecord;
  /** Every actor's mentions, in reading order: who a neighbour's account is about. */
  private readonly mentions: Mention[];
  /** The speech the reporter did not hear (see `PrivateSpeech`), read once: several tests ask. */
  private readonly privately: PrivateSpeech;

  constructor(private readonly reader: ArticleReader) {
    this.privately = new PrivateSpeech(reader);
    this.record = new PublicRecord(reader);
    const sourcing = reader.model.attributions.filter((a) => this.credits(a));
    // asked once an attribution: each asks the vocabulary about its cue
    const credited = new Set(sourcing);
    this.inSourcedContent = coverage(sourcing.map((a) => this.reach(a)));
    // a quoting cue counts too ("Dorn anticipated that … “…”"); another cue may be the claim ("The fight underscored …")
    this.inCredit = coverage(sourcing.flatMap((a) => [a.source, this.quotesWords(a) ? a.cue : null, this.anonymityNote(a)].filter((s): s is Span => s !== null)));
    for (const a of reader.model.attributions) {
      // speech to a private audience is read as a state: that it was said is itself the inside account
      const into = a.kind === 'private-state' || this.privately.has(a) ? this.states : credited.has(a) ? this.spoken : undefined;
      const index = reader.sentenceAt((a.cue ?? a.content).start);
      if (into && index >= 0) into.set(index, [...(into.get(index) ?? []), a]);
    }
    this.attributed = merged(reader.model.attributions.filter((a) => a.kind !== 'private-state' && !this.privately.has(a)).flatMap((a) => this.attributionSpans(a)));
    this.cues = merged(sourcing.flatMap((a) => [a.cue, a.source]).filter((s): s is Span => s !== null));
    this.mentions = reader.model.actors.flatMap((actor) => actor.mentions).sort((a, b) => a.start - b.start);
  }

  /**
   * Whether an attribution credits someone for what it covers: a communicative one that sources (see
   * `ArticleReader.sources`, `reportsSpeech`), not told to a private audience ("has told aides he …": that he
   * said it is itself the inside account).
   */
  private credits(a: Attribution): boolean {
    return this.reader.sources(a) && (this.reader.reportsSpeech(a) || this.quotesWords(a)) && !this.privately.has(a);
  }

  /**
   * Whether an attribution gives its source's words in quotation marks, whatever its verb ("Dorn anticipated
   * that the task would be “cleaning up the mess”"): the reporter quotes what was said or written, so it is speech.
   */
  private quotesWords(a: Attribution): boolean {
    if ((a.kind !== 'direct' && a.kind !== 'partial') || !a.cue || this.reader.isQuoted(a.cue.start)) return false;
    const { quotes, text } = this.reader.model;
    // a title ("“The Making of a Mayor”") or a scare quote of a word or three is no one's speech
    for (let i = Math.max(0, lastStartingAtOrBefore(quotes, a.content.start)); i < quotes.length && quotes[i].start < a.content.end; i++) {
      const words = text.slice(quotes[i].inner.start, quotes[i].inner.end).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
      const speech = words.length >= MIN_QUOTED_SPEECH_WORDS && words.some((w) => w.length > 3 && startsLower(w));
      if (quotes[i].end > a.content.start && speech) return true;
    }
    return false;
  }

  /**
   * The note between a source and its cue that says why the source is unnamed ("A port official, who asked for
   * anonymity to discuss a private meeting, said …"): what it names is the terms of the source, not a claim.
   */
  private anonymityNote(a: Attribution): Span | null {
    if (!a.source || !a.cue || a.source.end >= a.cue.start || a.cue.start - a.source.end > CLAUSE_OPENING_REACH) return null;
    const note = { start: a.source.end, end: a.cue.start };
    return explainsAnonymity(this.reader.reporterWords(note)) ? note : null;
  }

  /**
   * How far an attribution's content reaches: a cue in a clause set apart from the main one stops at the comma
   * that closes its clause, where the extractor runs its content on into the main clause, which is the
   * reporter's. The clause is an opening subordinate one ("As the mayor announces that …, she is set to …") or
   * a relative one (", which the owner denies, talk of a strike ended": nothing after it is the owner's).
   */
  private reach(a: Attribution): Span {
    const { content, cue } = a;
    const sentence = cue && this.reader.model.sentences[this.reader.sentenceAt(cue.start)];
    if (!cue || !sentence) return content;
    // each search is bounded (the clause opening before the cue, the content after it), so a sentence the
    // splitter left thousands of words long costs each attribution no more than its own words
    const text = this.reader.reporterText;
    const opening = text.slice(Math.max(sentence.start, cue.start - CLAUSE_OPENING_REACH), cue.start);
    const relative = opening.includes(',') && RELATIVE_OPENING.test(opening.slice(opening.lastIndexOf(',') + 1));
    if (!relative && !this.opensOnClause(sentence)) return content;
    const comma = text.slice(cue.end, Math.min(content.end, sentence.end)).indexOf(',');
    if (comma < 0) return content;
    const end = cue.end + comma;
    if (end > content.start) return { start: content.start, end };
    return relative ? { start: content.start, end: content.start } : content;
  }

  /** The sentence opens on a subordinate clause ("After the board met, …"), read as the extractor reads it. */
  private opensOnClause(sentence: Span): boolean {
    return OPENING_SUBORDINATE.test(this.reader.reporterText.slice(sentence.start, sentence.start + CLAUSE_OPENING_REACH));
  }

  /**
   * The words an attribution takes: its content, cue and source, and what trails the last of them in its
   * sentence unless that opens a clause of the reporter's own ("…, but the council wants …"): the extractor
   * stops content at a participle or a comma ("…, considering the board is …", "…, said Ms. Fors, who chairs the
   * board") that is still the speaker's account or a note on the speaker.
   */
  private attributionSpans(a: Attribution): Span[] {
    const content = this.reach(a);
    const spans = [content, a.cue, a.source].filter((s): s is Span => s !== null);
    const last = Math.max(...spans.map((s) => s.end));
    const sentence = this.reader.model.sentences[this.reader.sentenceAt(last - 1)];
    if (!a.cue || !sentence || last >= sentence.end || content !== a.content) return spans;
    const tail = { start: last, end: sentence.end };
    // the content of an opening clause ends at its comma already: the main clause after it is the reporter's
    if (/^\s*,/.test(this.reader.reporterText.slice(last, last + 4)) && this.opensOnClause(sentence)) return spans;
    return OWN_CLAUSE_OPENING.test(this.reader.reporterWords(tail)) ? spans : [...spans, tail];
  }

  /**
   * The first claim of sentence `index` that nothing covers, or null: its private states, the claim its words
   * make, and the claim the words OUTSIDE every attribution make ("Officials, who have resisted the plan for
   * years, said the survey starts in May": the survey is sourced, the resistance is the reporter's).
   */
  unsourcedClaimIn(index: number): Claim | null {
    return this.verdict(index).flag;
  }

  /**
   * The rules' whole reading of sentence `index`, for the learned model to weigh (see claimModel.ts): the claim
   * its words make, what let that claim go (null: nothing did), and the claim left unsourced, which the rules flag.
   */
  verdict(index: number): RuleVerdict {
    const claim = this.claimIn(index);
    const sourcing = claim && this.sourcedBy(index, claim);
    if (claim && sourcing === null) return { claim, sourcing, flag: claim };
    const outside = this.claimOutsideAttributions(index);
    const flag = outside && !this.statedBySpeaker(index, outside) && this.sourcedBy(index, outside, true) === null ? outside : null;
    return { claim, sourcing, flag };
  }

  /**
   * Whether the claim is the private state of someone who speaks in the same sentence, or lies in what that state
   * holds: "He said he would back the nominee, but he does not want to campaign", "she says she will not vote for
   * him and considers him a racist" — each is credited for their own wish or view.
   */
  private statedBySpeaker(index: number, claim: Claim): boolean {
    const speakers = new Set((this.spoken.get(index) ?? []).flatMap((a) => (a.actor ? [a.actor] : [])));
    const holders = (this.states.get(index) ?? []).filter((a) => a.cue && a.cue.start < claim.end && claim.start < Math.max(a.cue.end, a.content.end));
    return holders.some((a) => a.actor !== null && speakers.has(a.actor));
  }

  /** The claim the sentence's words make once every attribution's content, cue and source is blanked. */
  private claimOutsideAttributions(index: number): Claim | null {
    const sentence = this.reader.model.sentences[index];
    const words = this.reader.reporterWords(sentence);
    const outside = this.blanked(sentence, this.attributed);
    // with nothing attributed, the words outside are the sentence's own, already read by `claimIn`
    // a note on why a source is unnamed ("…, who feared for her job") is about the source, not a claim
    if (outside === words || !mayClaim(words) || explainsAnonymity(words)) return null;
    const reading = claimReadingIn(outside);
    if (reading && voicedByHolder(words, reading.start, reading.category)) return null;
    return reading && { ...reading, start: sentence.start + reading.start, end: sentence.start + reading.end };
  }

  /**
   * The sentence's words without the cues and sources of the attributions found in it: an attribution the
   * extractor read covers its content only (tested apart), so its cue must not cover the rest of the sentence;
   * a cue it did not read still may.
   */
  private withoutCues(index: number): string {
    const sentence = this.reader.model.sentences[index];
    return this.blanked(sentence, this.cues, this.privately.cues);
  }

  /** The reporter's words of a sentence with the characters the merged spans take blanked (same length, so offsets hold). */
  private blanked(sentence: Span, ...masks: Span[][]): string {
    const words = this.reader.reporterWords(sentence);
    const blank = (text: string, from: number, to: number) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    let out = words;
    for (const mask of masks) {
      for (let i = Math.max(0, lastStartingAtOrBefore(mask, sentence.start)); i < mask.length && mask[i].start < sentence.end; i++) {
        const from = Math.max(mask[i].start, sentence.start) - sentence.start;
        const to = Math.min(mask[i].end, sentence.start + words.length) - sentence.start;
        if (to > from) out = blank(out, from, to);
      }
    }
    return out;
  }

  /** The claim sentence `index` makes, in article offsets: a private state the extractor found comes first. */
  claimIn(index: number): Claim | null {
    const sentence = this.reader.model.sentences[index];
    const words = asserted(this.reader.reporterWords(sentence));
    if (!mayClaim(words)) return null;
    const state = this.privateStateIn(index, words);
    if (state) return state;
    const reading = claimReadingIn(words);
    if (!reading) return null;
    const holder = holderOf(words, reading);
    const claim = copyWith(reading, { start: sentence.start + reading.start, end: sentence.start + reading.end });
    return holder ? copyWith(claim, { holder }) : claim;
  }

  /**
   * A private state of someone other than the writer (a quoted "we want" is speech) that names a claim (see
   * `namesNoClaim`, read on the sentence's reporter words `words`); an expectation nobody holds ("is expected
   * to") is left to the claim shapes, which read it as a prediction.
   */
  private privateStateIn(index: number, words: string): Claim | null {
    const { text } = this.reader.model;
    const sentence = this.reader.model.sentences[index];
    for (const a of this.states.get(index) ?? []) {
      // a state whose verb (the cue's last word) stands in the question a statement ends on, or in an announced
      // schedule, is not asserted (see `asserted`)
      if (!a.cue || this.reader.isQuoted(a.cue.start) || !words.charAt(a.cue.end - 1 - sentence.start).trim()) continue;
      // a private conversation someone in the room is credited for ("…, he told aides, according to a guest")
      if (this.privately.has(a) && witnessed(a, this.spoken.get(index) ?? [])) continue;
      const state = text.slice(a.cue.start, a.cue.end);
      const who = a.source ? text.slice(a.source.start, a.source.end) : '';
      if (/^(?:i|we)$/i.test(who) || (!who && AGENTLESS_EXPECTATION.test(state)) || AGENTLESS_SUPPOSITION.test(state)) continue;
      const category = privateStateOf(state) ?? 'deliberation';
      if (namesNoClaim(words, a.cue.start - sentence.start, category, who || undefined)) continue;
      return {
        category,
        confidence: 'high',
        start: a.cue.start,
        end: a.cue.end,
        actor: a.actor,
        ...(who ? { holder: { who: asInSentence(who), state } } : {}),
      };
    }
    return null;
  }

  /**
   * What covers a claim the learned model reads in sentence `index` where the rules read none: the model says
   * there is a claim, not where, so the whole sentence from its first word of the reporter's is the claim, and the
   * rules' sourcing tests (an attribution's content, a cue in the sentence, a neighbour, public record) judge it.
   */
  sourcingOfSentence(index: number, category: ClaimCategory): ClaimSourcing | null {
    const sentence = this.reader.model.sentences[index];
    const first = /[\p{L}\p{N}]/u.exec(this.reader.reporterWords(sentence));
    if (!first || this.endsInCredit(index)) return 'content';
    return this.sourcedBy(index, { category, confidence: 'medium', start: sentence.start + first.index, end: sentence.end });
  }

  /**
   * Whether the sentence is itself an attribution: it runs out in the content of a crediting attribution whose cue
   * stands before that content ("Yet the growers conceded that the levy was …"). Whatever frames the cue (a turn,
   * a time, the source's title) is not a claim the whole sentence makes; a claim in the frame is the rules' to
   * read (see `claimOutsideAttributions`).
   */
  private endsInCredit(index: number): boolean {
    const sentence = this.reader.model.sentences[index];
    const words = this.reader.reporterWords(sentence);
    const { text } = this.reader.model;
    return (this.spoken.get(index) ?? []).some((a) => {
      if (!a.cue || a.cue.end > a.content.start || !OPENS_REPORTED_CLAUSE.test(text.slice(a.cue.start, a.content.start + REPORTED_CLAUSE_REACH))) return false;
      const after = words.slice(Math.max(0, this.reach(a).end - sentence.start));
      return countWords(after) <= MAX_WORDS_AFTER_CONTENT;
    });
  }

  /**
   * What covers the claim, or null when nothing does ('supposed' when its clause only supposes or asks it): the content of a communicative attribution spans the
   * claim's words ('content'), a sourcing cue in the sentence reaches them ('sentence'), or a neighbour in the
   * paragraph attributes the same claim ('neighbour'). Named, so the evaluation can say why a claim was let go.
   */
  sourcedBy(index: number, claim: Claim, outside = false): ClaimSourcing | null {
    const sentence = this.reader.model.sentences[index];
    const words = outside ? this.withoutCues(index) : this.blanked(sentence, this.privately.cues);
    if (this.record.covers(index, claim, words, () => this.holders(index, claim).size === 0)) return 'record';
    // "if the owners want …", "whether anyone knew …": supposed or asked, not asserted (an epithet still is)
    if (claim.category !== 'accusation' && SUPPOSITION.test(words.slice(Math.max(0, claim.start - sentence.start - SUPPOSITION_REACH), claim.start - sentence.start))) return 'supposed';
    // "says racist things": the verdict on the speech is the reporter's, whatever the verb
    if (this.characterisesSpeech(index, claim)) return this.sourcedByNeighbour(index, claim) ? 'neighbour' : null;
    if (this.inSourcedContent({ start: claim.start, end: claim.start + 1 })) return 'content';
    // words that say who speaks, and how, are the attribution itself ("About half of the members said …")
    if (this.inCredit({ start: claim.start, end: claim.start + 1 })) return 'sentence';
    // the holder's own account in the same sentence ("…did not want to comment, telling a station that …"), unless
    // the claim is what the holder said unheard, which their own words beside it do not credit
    if (claim.actor && (this.spoken.get(index) ?? []).some((a) => a.actor === claim.actor) && !this.privately.isAccount(claim)) return 'sentence';
    const at = claim.start - sentence.start;
    // a credit that opens the sentence as a phrase of its own reaches every clause ("According to the minutes, …, and
    // …"), even when the extractor ends its content at the first clause (so it is tested on the words unblanked)
    if (OPENING_CREDIT.test(this.reader.reporterWords(sentence))) return 'sentence';
    // any other credit before the claim reaches it only within its clause ("Dorn promised to cut fares, but the
    // owners fear …")
    const clause = lastOwnClause(words.slice(0, at));
    const own = clause > 0 ? ' '.repeat(clause) + words.slice(clause) : words;
    if (sourcedWithin(own, at, this.reader.vocabulary) || creditedBefore(own, at)) return 'sentence';
    return this.sourcedByNeighbour(index, claim) ? 'neighbour' : null;
  }

  /**
   * Whether an accusation is the reporter's characterisation of what someone said: it lies in reported content
   * that is a short noun phrase with no clause of its own ("Dorn says racist things", "told blatant lies"), not a
   * charge that content states ("accused Dorn of divisive tactics": the charge is the accuser's).
   */
  private characterisesSpeech(index: number, claim: Claim): boolean {
    if (claim.category !== 'accusation') return false;
    const { text } = this.reader.model;
    return (this.spoken.get(index) ?? []).some(({ content, cue }) => {
      if (cue && CHARGING_CUE.test(text.slice(cue.start, cue.end))) return false;
      const words = text.slice(content.start, content.end);
      const inside = content.start <= claim.start && claim.start < content.end;
      return inside && (words.match(/[\p{L}'’-]+/gu)?.length ?? 0) <= MAX_CHARACTERISATION_WORDS && !CLAUSE_IN_CONTENT.test(words);
    });
  }

  /**
   * Who the claim is about: the actor whose private state it is, or the actors the claim's clause names before
   * its words (its subject: "The union is balking …"; in "Grassley refused, because Republicans hope …" the
   * hope is the Republicans', not Grassley's; in a relative clause, its antecedent); for a feeling put into others, those its verb names after it ("the
   * levy angered the growers": the growers' words may source it, the levy's author's do not).
   */
  private holders(index: number, claim: Claim): Set<string> {
    if (claim.actor) return new Set([claim.actor]);
    const { start, end } = this.reader.model.sentences[index];
    if (feltByObject(this.reader.model.text.slice(claim.start, claim.end))) return this.actorsIn({ start: claim.end, end: Math.min(end, claim.end + OBJECT_REACH) });
    const before = this.reader.reporterWords({ start, end: claim.start });
    const clause = afterLastClauseBreak(before);
    // in a relative clause the state is its antecedent's, named just before the comma ("…of Ms. Pell, who was persuaded …")
    const from = RELATIVE_OPENING.test(before.slice(clause)) ? Math.max(0, clause - ANTECEDENT_REACH) : clause;
    return this.actorsIn({ start: start + from, end: claim.start });
  }

  /** The actors mentioned in a span, read off the sorted mentions from the first one that may start in it. */
  private actorsIn(span: Span): Set<string> {
    const found = new Set<string>();
    for (let i = lastStartingAtOrBefore(this.mentions, span.start - 1) + 1; i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      found.add(this.mentions[i].actor);
    }
    return found;
  }

  /**
   * The sentence right after, in the same paragraph and not opening on a turn, attributes the same claim (same
   * holder, or the same topic: a paraphrase then "…, he said.", or the quoted words of the person it opens on); or
   * the sentence right before attributes an account on the same topic that this one plainly continues.
   */
  private sourcedByNeighbour(index: number, claim: Claim): boolean {
    const { sentences } = this.reader.model;
    const paragraph = sentences[index].paragraph;
    const topic = topicWords(this.reader.model.text.slice(sentences[index].start, sentences[index].end));
    // only a state of mind has a holder who could know it; an accusation's subject is its target, whose own
    // words, or another's words about them, do not source it
    const holders = STATES_OF_MIND.has(claim.category) ? this.holders(index, claim) : new Set<string>();
    // a holder the cast does not name ("the union") is matched by its head noun
    const head = topicWords(claim.holder?.who.split(/\s+/).pop() ?? '');
    const about = (content: Span) =>
      [...this.actorsIn(content)].some((h) => holders.has(h)) || [...topicWords(this.reader.model.text.slice(content.start, content.end))].some((w) => head.has(w));
    const holderSpeaks = (a: Attribution) => a.actor !== null && holders.has(a.actor);
    // the neighbour's speaker holds the claim, or the account it credits is about the claim's holder
    const aboutHolder = (a: Attribution) => holderSpeaks(a) || about(this.reach(a));
    // what someone is expected to do ("She is expected to act fast.") is given again by others' account, right
    // after, of what she will do ("Her advisers say she will …"); not by an account before it
    const expected = claim.category === 'prediction' && EXPECTED_COURSE.test(this.reader.model.text.slice(claim.start, claim.end));
    const forecastFor = expected ? this.holders(index, claim) : new Set<string>();
    const forecastAgain = (a: Attribution) => {
      const content = this.reach(a);
      const others = a.actor === null || !forecastFor.has(a.actor);
      return others && FUTURE_COURSE.test(this.reader.model.text.slice(content.start, content.end)) && [...this.actorsIn(content)].some((h) => forecastFor.has(h));
    };
    const attributesSame = (neighbour: number) => {
      const other = sentences[neighbour];
      if (!other) return false;
      const spoken = this.spoken.get(neighbour) ?? [];
      const words = this.reader.reporterWords(other);
      // a sentence that says what it attributes is what came before ("That is according to two aides.")
      const namesBack = neighbour > index && NAMED_BACK_REFERENCE.test(words) && hasSourcingCue(words, this.reader.vocabulary);
      // across a paragraph break only that, or the holder's own words right after, credit the claim; the holder's
      // words right before go on only into the holder's own state: a new paragraph's claim about them is the reporter's
      if (other.paragraph !== paragraph) return namesBack || ((neighbour > index || claim.actor !== undefined) && spoken.some(holderSpeaks));
      if (namesBack || (neighbour > index && pointsBack(words, this.reader.model.text.slice(other.start, other.end), this.reader.vocabulary))) return true;
      if (spoken.length === 0) return false;
      if (spoken.some(aboutHolder) || (neighbour > index && spoken.some(forecastAgain))) return true;
      const shared = [...topicWords(this.reader.model.text.slice(other.start, other.end))].filter((w) => topic.has(w));
      return shared.length >= SHARED_TOPIC;
    };
    const next = index + 1;
    const ownWords = () => STATES_OF_MIND.has(claim.category) && quotedNext(this.reader, index, claim, this.mentions, this.spoken.get(next) ?? []);
    const backed = () => attributesSame(next) || ownWords() || figureCreditedNext(this.reader, index, claim);
    if (next < sentences.length && !opensNewPoint(this.reader.reporterWords(sentences[next])) && backed()) return true;
    if (index === 0) return false;
    if (this.withinOneAccount(index, holders)) return true;
    if (!opensNewPoint(this.reader.reporterWords(sentences[index]))) return attributesSame(index - 1);
    // a turn ("But he fears …") goes on with the account of the speaker right before when the state is the speaker's own
    return sentences[index - 1].paragraph === paragraph && (this.spoken.get(index - 1) ?? []).some(holderSpeaks);
  }

  /**
   * Whether the sentence stands between two that credit the same speaker, in the same paragraph or in one-line
   * paragraphs next to each other, and is about that speaker (a holder, or a pronoun, whoever it was read to
   * stand for): "…, Wilkin said. ⏎ But he was not hopeful. ⏎ “…,” Wilkin said." — it goes on with an account
   * that is plainly still the speaker's.
   */
  private withinOneAccount(index: number, holders: Set<string>): boolean {
    const { sentences, paragraphs } = this.reader.model;
    const [before, after] = [sentences[index - 1], sentences[index + 1]];
    if (!after || after.paragraph - before.paragraph > 2) return false;
    const spans = [before.paragraph, sentences[index].paragraph, after.paragraph];
    if (new Set(spans).size > 1 && paragraphs[sentences[index].paragraph].sentences.length > 1) return false;
    const speakers = new Set((this.spoken.get(index - 1) ?? []).flatMap((a) => (a.actor ? [a.actor] : [])));
    const pronoun = PRONOUN_SUBJECT.test(this.reader.reporterWords(sentences[index]));
    return (this.spoken.get(index + 1) ?? []).some((a) => a.actor !== null && speakers.has(a.actor) && (pronoun || holders.has(a.actor)));
  }
}

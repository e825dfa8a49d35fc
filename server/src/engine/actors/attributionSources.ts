/**
 * Resolution step 3, the attributions: the actor of each attribution's source span, in reading order. A source
 * names a resolved mention, or a lone word the step makes an actor, or (with no mention of ours) words that
 * describe a source; a source that names no one is the person named before the cue.
 */
import type { ActorKind, Attribution, Span } from '../model';
import type { MentionCandidate } from '../mentions/reader';
import { ORG_ANAPHORS, ORG_WORDS } from '../lexicon/organizations';
import { ASKED_PARTICIPLES, COPULA_BEFORE, ELLIPTICAL_SOURCE, GROUP_HEADS, headWords, isCountedSet, isShareOfPeople, lastHeadWord, NAMED_GROUPS, ONE_UNNAMED_HEADS, POLL_WORD, PROPORTION_AT_START, SOURCE_HEADS, SOURCE_QUANTIFIERS } from '../lexicon/sources';
import { ISSUED_DOCUMENT } from '../lexicon/documents';
import { issuerBefore } from './documentIssuers';
import { lastStartingAtOrBefore, SpanIndex } from '../text/spanIndex';
import { phraseBefore, sourceHead, SOURCE_WINDOW } from '../attributions/sources';
import { onlyQualifiesSource } from '../attributions/modifiedHeads';
import { nameWords, type Cast, type Draft, type Story } from './cast';
import { describedPerson, isOneOfPeople, type References } from './references';
import { isOneUnnamed, PRONOUN_REACH } from './history';
import { FUNCTION_WORDS, PRONOUN_PHRASE, RELATIVE_PRONOUNS } from '../lexicon/grammar';
import { isNamelessWord, SPOKESPEOPLE } from '../lexicon/people';
import { GENDERED_ROLES } from '../lexicon/roles';
import { CAPITALS_SPEAKER, isPluralHead, QUESTION_CUE, QUESTION_OPENER } from '../lexicon/cues';
import { startsCapital } from '../text/tokens';
import { privateStateOf } from '../attributions/privateStates';

/** "the ACU", "the NRA": a body by its initials. */
const ACRONYM_BODY = /^[Tt]he[\s\u00a0]+(\p{Lu}{2,6})$/u;

/** A person described by age alone: "the 46-year-old". */
const AGE_ALONE = /^the \d{1,3}-year-old$/;

/** What closes an appositive description: a comma, or the relative clause that goes on about the person. */
const APPOSITIVE_END = /^(?:,|[\s\u00a0]+(?:who|which|that)\b)/;

/** A relative clause right after a phrase, a comma before it or not. */
const RELATIVE_AFTER = /^,?[\s\u00a0]+(?:who|which|that)\b/;

/** "the two", "both men", "the two senators": a source that counts two people (group 1: the noun, if any). */
const PAIR_SOURCE = /^(?:the[\s\u00a0]+two|both)(?:[\s\u00a0]+(\p{Ll}+))?$/iu;

/** What joins a pair's two names: "Ruiz and", "Ruiz (D-Tarn) and Harbour Board Chair" (the second one's title). */
const PAIR_JOIN = /^(?:[\s\u00a0]*\([^()]{1,30}\))?,?[\s\u00a0]+and[\s\u00a0]+(?:\p{Lu}[\p{L}.’'-]*[\s\u00a0]+){0,5}$/u;

/** How far back (in mentions, and in characters) a count of two looks for the pair it counts. */
const PAIR_REACH = { mentions: 60, chars: 1500 };

/** The gender a speaking "he" or "she" asks of whom it stands for; none for any other word. */
const speakingGender = (pronoun: string): Draft['gender'] => (pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined);

/** Sources already resolved, in reading order: "the statement" speaks for whoever issued the last one. */
type Resolved = { source: Span | null; cue: Span | null; actor: Draft | undefined; privateState: boolean }[];

/** The actor of each attribution (same order as `attributions`), resolved against the cast of steps 1 and 2. */
export function attributeSources(story: Story, cast: Cast, references: References, attributions: Omit<Attribution, 'actor'>[]): (Draft | undefined)[] {
  const sources = new SourceReader(story, cast, references);
  const order = attributions.map((a, i) => ({ a, i })).sort((x, y) => (x.a.source?.start ?? x.a.content.start) - (y.a.source?.start ?? y.a.content.start));
  const resolved: Resolved = [];
  const byAttribution = new Array<Draft | undefined>(attributions.length);
  for (const { a, i } of order) {
    const quoted = a.quote !== undefined || a.kind === 'direct';
    // "Additional reporting by …" in a credit line reports nothing the story says
    const onstage = a.source && !story.offstage.contains(a.source) ? a.source : null;
    const read = onstage ? sources.actorOf(onstage, a.cue, quoted, resolved) : undefined;
    const actor = onstage && read ? (sources.answerer(onstage, read, resolved) ?? read) : read;
    resolved.push({ source: a.source, cue: a.cue, actor, privateState: a.kind === 'private-state' });
    byAttribution[i] = actor;
  }
  return byAttribution;
}

class SourceReader {
  private readonly spans: SpanIndex<MentionCandidate>;

  constructor(
    private readonly story: Story,
    private readonly cast: Cast,
    private readonly references: References,
  ) {
    this.spans = new SpanIndex(story.mentions);
  }

  /** The actor of an attribution's source span. */
  actorOf(span: Span, cue: Span | null, quoted: boolean, attributions: Resolved): Draft | undefined {
    const { text } = this.story;
    // "Morrison, Vindman's superior, said": a possessor given as the source stands for the name its phrase describes
    if (/^['’]s[\s\u00a0]+\p{Ll}/u.test(text.slice(span.end, span.end + 4))) {
      const described = this.spans.overlapping({ start: span.start - 3, end: span.start - 2 }).find((m) => m.end === span.start - 2 && (m.kind === 'person' || m.tentative));
      const actor = described && /^,[\s\u00a0]$/.test(text.slice(span.start - 2, span.start)) ? this.cast.actorOf(described) : undefined;
      if (actor) return actor;
    }
    const speaker = this.transcriptSpeaker(span, cue);
    if (speaker) return speaker;
    const pair = this.pairNamed(span);
    if (pair) return pair;
    const antecedent = this.antecedentOf(span, cue);
    if (antecedent) return this.actorOf(antecedent, cue, quoted, attributions);
    const unnamed = this.unnamedBeside(span);
    if (unnamed) return this.fromText(unnamed, attributions);
    const headEnd = sourceHead(text, span).end;
    const inside = this.spans.overlapping({ start: span.start, end: headEnd });
    const rank = (m: MentionCandidate) =>
      m.kind === 'anonymous' || m.kind === 'group'
        ? 0
        : m.kind === 'person' || (m.kind === 'organization' && !m.anaphor)
          ? 1
          : m.kind === 'title' || m.anaphor
            ? 2
            : 3;
    inside.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    for (const m of inside) {
      if (onlyQualifiesSource(text, m, span.end, headEnd)) continue;
      const resolved = this.cast.actorOf(m) ?? this.promote(m, quoted);
      if (resolved?.kind === 'anonymous' && this.polled(m, cue)) return this.references.history.nameBefore(m.start) ?? resolved;
      if (resolved) return resolved;
    }
    return (
      this.surnameOfKnown(span) ??
      this.describedName(span) ??
      this.titledName(span) ??
      this.fromText(span, attributions, cue, quoted) ??
      this.unnamedSpeaker(span, attributions) ??
      (cue ? this.references.history.nameBefore(cue.start) : undefined)
    );
  }

  /**
   * A he or she that no named person fits ("“…,” said the woman, who asked not to be named. “…,” she said"): the
   * unnamed one who spoke last, a few sentences back, unless a person or a source that named no one spoke since,
   * or the noun says the other gender. Unnamed sources are read here, after the pronouns were, so the pronoun could not find them.
   */
  private unnamedSpeaker(span: Span, attributions: Resolved): Draft | undefined {
    const pronoun = this.story.text.slice(span.start, span.end).toLowerCase();
    const gender = speakingGender(pronoun);
    if (pronoun === 'they') return this.crowdSpeaker(span, attributions);
    if (!gender) return undefined;
    const sentence = this.story.sentenceOf(span.start);
    for (let i = attributions.length - 1; i >= 0 && attributions.length - i <= 50; i--) {
      const { source, actor, privateState } = attributions[i];
      if (!source || sentence - this.story.sentenceOf(source.start) > PRONOUN_REACH) return undefined;
      // a body's word between ("The port declined to comment"), what someone unnamed fears, a pronoun no one fits
      // or one inside the quotation keeps no one off the floor; a person does, and a source that named no one
      if (actor?.kind === 'person') return undefined;
      const unfit = !actor && PRONOUN_PHRASE.test(this.story.text.slice(source.start, source.end).toLowerCase());
      const quoted = this.spans.overlapping(source).some((m) => m.inQuote);
      if (privateState || unfit || quoted || actor?.kind === 'organization' || actor?.kind === 'group') continue;
      if (actor?.kind !== 'anonymous') return undefined;
      const head = lastHeadWord(actor.names[0]);
      const said = head === 'woman' ? 'female' : head === 'man' ? 'male' : GENDERED_ROLES[head];
      return isOneUnnamed(actor, head) && (!said || said === gender) ? actor : undefined;
    }
    return undefined;
  }

  /**
   * "MARSH: …", "HOST: …": the label in capitals that opens a transcript's turn names a person on the programme: the
   * one the story named in full before ("Ada Marsh"), or one known by the label alone, a role when the label is one
   * (the host is no unnamed source to justify, and a surname in capitals is no organisation).
   */
  private transcriptSpeaker(span: Span, cue: Span | null): Draft | undefined {
    const { text, vocabulary } = this.story;
    const label = text.slice(span.start, span.end);
    const opensTurn = (span.start === 0 || text[span.start - 1] === '\n') && cue?.start === span.end && text[span.end] === ':';
    if (!opensTurn || !CAPITALS_SPEAKER.test(text.slice(span.start, span.end + 3))) return undefined;
    const known = this.surnameOfKnown(span);
    if (known) return known;
    const role = vocabulary.roleHead(label.toLowerCase());
    const draft = this.cast.named('person', label) ?? this.cast.create('person', label);
    draft.mentions.push({ start: span.start, end: span.end, actor: '', form: role === undefined ? 'surname' : 'title' });
    if (role !== undefined) draft.roles.push({ start: span.start, end: span.end, text: label.toLowerCase(), origin: 'title' });
    return draft;
  }

  /**
   * A they that no body named in the sentence before fits ("Harbour pilots who run the night boats say the toll
   * is unfair. … They want “…”"): the unnamed crowd or group that spoke last, three sentences back at most, unless
   * a person or a body spoke since or its own sentence names one.
   */
  private crowdSpeaker(span: Span, attributions: Resolved): Draft | undefined {
    // "As Ruiz and Brell toured the piers, they said": the names of its own sentence come first
    if (this.references.history.nameBefore(span.start)) return undefined;
    const sentence = this.story.sentenceOf(span.start);
    for (let i = attributions.length - 1; i >= 0 && attributions.length - i <= 20; i--) {
      const { source, actor, privateState } = attributions[i];
      if (!source || sentence - this.story.sentenceOf(source.start) > 3) return undefined;
      const unfit = !actor && PRONOUN_PHRASE.test(this.story.text.slice(source.start, source.end).toLowerCase());
      if (privateState || unfit || this.spans.overlapping(source).some((m) => m.inQuote)) continue;
      if (actor?.kind === 'group') return actor;
      if (actor?.kind !== 'anonymous') return undefined;
      return isPluralHead(lastHeadWord(actor.names[0])) ? actor : undefined;
    }
    return undefined;
  }

  /**
   * "Brack then asked Quill which piers would close. “…,” she said": the one asked answers, not the one who asked
   * (a he or she the references step gave the sentence's subject). Only a name right after the asking verb, with
   * the question after it, in the attribution just before.
   */
  answerer(span: Span, actor: Draft, attributions: Resolved): Draft | undefined {
    const { text, sentenceOf } = this.story;
    const gender = speakingGender(text.slice(span.start, span.end).toLowerCase());
    const asked = attributions[attributions.length - 1];
    if (!gender || asked?.actor !== actor || !asked.cue || !asked.source || !QUESTION_CUE.test(text.slice(asked.cue.start, asked.cue.end))) return undefined;
    if (sentenceOf(span.start) - sentenceOf(asked.source.start) > 2) return undefined;
    const at = asked.cue.end + 1;
    const named = this.spans.overlapping({ start: at, end: at + 1 }).find((m) => m.start === at && m.kind !== 'pronoun');
    // a question calls for the answer ("asked Quill whether …"); "asked Quill to resign" may go on in the asker's words
    const after = named && text.slice(named.end, named.end + 12);
    const question = after && QUESTION_OPENER.test(after) && !/^\s+to\b/.test(after);
    const other = question ? this.cast.actorOf(named) : undefined;
    return other?.kind === 'person' && other !== actor && (!other.gender || other.gender === gender) ? other : undefined;
  }

  /**
   * "Ruiz and Harbour Chair Ada Brell sent a letter … “…,” the two write", "Both women said": a count of two people
   * the story has just named as a pair is that pair, not unnamed sources, and is credited to the one named first
   * (as a letter two sign is). Only a person's noun may follow the count ("both sides" is no pair of people).
   */
  private pairNamed(span: Span): Draft | undefined {
    const { text, mentions, vocabulary } = this.story;
    // the source phrase may leave its article out ("The two lawmakers, however, argue")
    const article = /\b[Tt]he[\s\u00a0]+$/.exec(text.slice(Math.max(0, span.start - 4), span.start))?.[0] ?? '';
    const count = PAIR_SOURCE.exec(article + text.slice(span.start, span.end));
    const noun = count?.[1]?.toLowerCase();
    // only people's nouns: "both unions", "both sides" count no pair of people
    const people = noun === undefined || /^(?:wo)?men$/.test(noun) || (vocabulary.roleHead(noun) ?? noun) !== noun;
    if (!count || !people) return undefined;
    // "The two companies already …", "both of his rivals": a count whose own noun or "of" follows is no pair
    const next = /^(?:,[^,.;:]{1,20},)?[\s\u00a0]+(\p{Ll}+)/u.exec(text.slice(span.end, span.end + 40))?.[1];
    if (next === 'of' || (next && /[^s]s$/.test(next))) return undefined;
    // the nearest pair the story names, whatever it is: a pair of firms is no pair of people
    let second: { m: MentionCandidate; d: Draft | undefined } | undefined;
    for (let i = lastStartingAtOrBefore(mentions, span.start - 1), n = 0; i >= 0 && n < PAIR_REACH.mentions; i--, n++) {
      const m = mentions[i];
      if (m.start < span.start - PAIR_REACH.chars) return undefined;
      if (m.kind === 'pronoun' || m.inQuote || (second && m.end > second.m.start)) continue;
      // a lone surname is read as a name of any kind until the cast makes it a person's: the draft's kind decides
      const d = this.cast.actorOf(m);
      if (!second || !PAIR_JOIN.test(text.slice(m.end, second.m.start))) {
        second = { m, d };
        continue;
      }
      // a later pair of names the mentions missed ("the ferry giants Tarn Lines and Quay Marine") is the one counted
      const later = /\p{Lu}\p{Ll}+[\s\u00a0]+and[\s\u00a0]+\p{Lu}/u.test(text.slice(second.m.end, span.start));
      return !later && d?.kind === 'person' && second.d?.kind === 'person' && d !== second.d ? d : undefined;
    }
    return undefined;
  }

  /**
   * "economists who favour the levy say", "Ruiz, who backed the plan, said": a relative pronoun speaks for the
   * phrase it follows (a comma may stand between), not for the last name before the cue. That phrase's span, or
   * undefined when the source is no relative pronoun or nothing before it is a phrase.
   */
  private antecedentOf(span: Span, cue: Span | null): Span | undefined {
    const { text, vocabulary } = this.story;
    if (!RELATIVE_PRONOUNS.has(text.slice(span.start, span.end).toLowerCase())) return undefined;
    // "The port director, who fears a strike, told …": a state of mind in a relative clause is the reporter's
    // account of the holder, not the holder's word (the claim judge reads it so); speech and stance resolve here
    const word = cue && /^\p{L}+/u.exec(text.slice(cue.start, cue.end));
    if (word && vocabulary.cueClass(word[0]) === 'thought') return undefined;
    const end = /,?[ \u00a0]+$/.exec(text.slice(Math.max(0, span.start - 3), span.start));
    if (!end) return undefined;
    const at = span.start - end[0].length;
    // the walk stops at punctuation; a paragraph break is the floor within its window
    const from = Math.max(0, at - SOURCE_WINDOW);
    const phrase = phraseBefore(text, from + text.slice(from, at).lastIndexOf('\n') + 1, at, vocabulary);
    // "For someone who once admitted …, Ruiz won": a person the sentence goes on to name, described, no unnamed source
    const words = phrase && text.slice(phrase.start, phrase.end).toLowerCase();
    return words && !RELATIVE_PRONOUNS.has(words) && !ELLIPTICAL_SOURCE.test(words) ? phrase : undefined;
  }

  /**
   * "Quell supporters said", "Tarrow's spokeswoman said", "officials with the Harbour Board said": a source that
   * stops at a name whose unnamed head stands beside it; the unnamed people speak, not the name (their span, widened).
   */
  private unnamedBeside(span: Span): Span | undefined {
    const { text } = this.story;
    // only a name the cast holds: a people or a place before the head ("Harbour Valley residents") is read as it is
    const named = (m: MentionCandidate) => ['person', 'organization'].includes(this.cast.actorOf(m)?.kind ?? '');
    if (!this.spans.overlapping(span).some(named)) return undefined;
    const after = /^(['’]s?)?[ \u00a0]+(\p{Ll}+)(?![\p{L}-]|[ \u00a0]+\p{Lu})/u.exec(text.slice(span.end, span.end + 40));
    // "Quell supporters": any unnamed head; "Quell's spokeswoman": only those who speak for Quell
    const possessive = after?.[1] !== undefined || /['’]s?$/.test(text.slice(span.start, span.end));
    if (after && (possessive ? SPOKESPEOPLE : SOURCE_HEADS).has(after[2])) return { start: span.start, end: span.end + after[0].length };
    const before = /(?:^|[ \u00a0])(\p{Ll}+s)[ \u00a0]+(?:with|at|from|for|in)[ \u00a0]+(?:the[ \u00a0]+)?$/u.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (before && SOURCE_HEADS.has(before[1])) return { start: span.start - before[0].length + before[0].indexOf(before[1]), end: span.end };
    return undefined;
  }

  /** "said the port's director, Ines Roa", "A former harbour master -- Tom Kessel": the name a description is set before. */
  private describedName(span: Span): Draft | undefined {
    const comma = /^(?:,|[\s\u00a0]*(?:--|—|–))[\s\u00a0]+/.exec(this.story.text.slice(span.end, span.end + 5));
    if (!comma) return undefined;
    const at = span.end + comma[0].length;
    // the name, or its own title ("the chairman of the board, Adm. Tom Brack"), opens right after the comma
    const next = this.spans
      .overlapping({ start: at, end: at + 30 })
      .find((m) => m.start === at || (m.kind === 'person' && m.roles.some((r) => r.origin === 'title' && r.start === at)));
    const named = describedPerson(span, next, this.story.text, this.cast, this.story.vocabulary);
    // "three economists -- Ada Roa, Tom Brack and …": the names identify a set, not its first member
    const text = this.story.text.slice(span.start, span.end);
    return named && isPluralHead(text.slice(text.lastIndexOf(' ') + 1)) ? this.described('group', text, span) : named;
  }

  /**
   * "said former harbour master Ines Roa", "Port Director Tom Brack said": a source that is (or opens with) the title
   * of the name right after it is that person, not an unnamed official.
   */
  private titledName(span: Span): Draft | undefined {
    const holder = this.spans.overlapping({ start: span.start, end: span.end + 2 }).find(
      (m) => m.kind === 'person' && m.roles.some((r) => r.origin === 'title' && r.end < m.start && /^(?:the[\s\u00a0]+)?$/i.test(this.story.text.slice(span.start, r.start))),
    );
    return holder && this.cast.actorOf(holder);
  }

  /**
   * "In a poll by the Harlow Gazette, 52 percent of voters said": a share of a group answering a poll speaks
   * through whoever ran the poll, named before it in the sentence.
   */
  private polled(m: MentionCandidate, cue: Span | null): boolean {
    if (!cue || !PROPORTION_AT_START.test(m.name)) return false;
    const before = this.story.text.slice(Math.max(0, m.start - 200), m.start);
    return POLL_WORD.test(before.slice(before.search(/[.!?]\s+(?=\S[^.!?]*$)/) + 1));
  }

  /**
   * A lone capitalised source the mention pass left alone because it is also an English word ("Pence said",
   * "Rice said") is the surname of a person the story has named.
   */
  private surnameOfKnown(span: Span): Draft | undefined {
    const text = this.story.text.slice(span.start, span.end);
    const words = nameWords(text);
    if (words.length !== 1 || !startsCapital(text)) return undefined;
    const holder = this.cast.namesake(words[0], span.start);
    holder?.mentions.push({ start: span.start, end: span.end, actor: '', form: /['’]s?$/.test(text) ? 'possessive' : 'surname' });
    return holder;
  }

  /**
   * A lone word or place that acts as a source becomes an actor: a person when it speaks a quotation ("“…?” Schiff
   * asked"), else an organisation ("Qatar said", "Politico reported") or a group ("Republicans said").
   */
  private promote(m: MentionCandidate, quoted: boolean): Draft | undefined {
    if (m.anaphor) return this.references.descriptions.resolve(m, true);
    if (!m.tentative || isNamelessWord(m.name.toLowerCase())) return undefined;
    const group = NAMED_GROUPS.has(m.name.toLowerCase());
    const kind: ActorKind = !m.place && quoted && !group ? 'person' : group ? 'group' : 'organization';
    const draft = (kind === 'organization' && this.cast.findOrganization(m.name)) || this.cast.create(kind, m.name);
    this.cast.assign(m, draft);
    return draft;
  }

  /**
   * "The Tarn Valley Water Authority said … The Authority said": the capitalised last word of a body named before,
   * with "the", is that body's short name, not a second organisation.
   */
  private shortNamed(kind: ActorKind, text: string, at: number): Draft | undefined {
    const short = /^the[\s\u00a0]+(\p{Lu}\p{Ll}+)$/iu.exec(text);
    if (kind !== 'organization' || !short) return undefined;
    const word = short[1].toLowerCase();
    return this.references.history.lookBack(at, (d) => d.kind === 'organization' && d.words.has(word) && d.words.size > 1);
  }

  /** A source with no mention of ours: a document speaks for whoever issued it; otherwise the words decide the kind. */
  private fromText(span: Span, attributions: Resolved, cue: Span | null = null, quoted = false): Draft | undefined {
    const text = this.story.text.slice(span.start, span.end);
    const lower = text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
    if (!/\p{L}/u.test(lower) || PRONOUN_PHRASE.test(lower)) return undefined;
    // "Both sides", "both men": the people just named, not a new source
    if (/^both\b/.test(lower)) return undefined;
    // a lone article ("A week after …, Blinken … said") names nobody: the sentence's first named actor speaks
    if (/^(?:a|an|the|this|that|these|those)$/.test(lower)) return this.references.history.sentenceSubject(span.start);
    // "tweeted another", "Others said": one more of the crowd just quoted, an unnamed source of its own
    if (ELLIPTICAL_SOURCE.test(lower)) return this.described('anonymous', text, span);
    // "Amid …, Quill wrote", "When told …": any other lone function word the sentence opens with names no one
    if (FUNCTION_WORDS.has(lower)) return undefined;
    const initials = ACRONYM_BODY.exec(text)?.[1];
    if (initials) return this.described('organization', initials, span, this.cast.findOrganization(initials) ?? this.initialled(initials, span.start));
    // "the statement said" speaks for its issuer, the one the story said sent it out, else whoever spoke last;
    // "The Post reported" is a paper by its short name
    if (ISSUED_DOCUMENT.test(lower) && !/[\s\u00a0]\p{Lu}\S*$/u.test(text)) {
      const issuer = issuerBefore(this.story.text, lower.slice(lower.indexOf(' ') + 1), span.start);
      const actor = issuer && this.actorOf(issuer, null, false, attributions);
      if (actor) return actor;
      for (let i = attributions.length - 1; i >= 0 && attributions.length - i <= 50; i--) {
        const a = attributions[i];
        if (a.source && a.source.end <= span.start && a.actor) return a.actor;
      }
      return undefined;
    }
    // the head noun comes before any post-modifier: "people familiar with the talks", "officials in Kabul"
    const words = headWords(lower);
    const head = words[words.length - 1].replace(/['’]s$/, '');
    // "“…,” the woman said" after "a woman in the front row asked": the one just brought in, unnamed still
    if (quoted && words.length === 2 && words[0] === 'the' && ONE_UNNAMED_HEADS.has(head) && !isOneOfPeople(head)) return this.unnamedAgain(head, text, span, attributions);
    // "the Texan said", "said the Republican": one of a nation's or party's people standing alone by the cue (not
    // "the Chinese", a nation, nor "the Republican moderates polled") is the person just named, if any
    const oneOfPeople = words.length === 2 && words[0] === 'the' && isOneOfPeople(head) && this.besideCue(span, cue);
    // "a Tarn County Republican said", "said a Republican, who …", "those surveyed said"; not "Ruiz of Tarn, a
    // Republican who backs no one yet …", which describes the person named before it
    const before = this.story.text.slice(Math.max(0, span.start - 5), span.start);
    const described = /(?:,|\band)[\s\u00a0]+$/.test(before) && RELATIVE_AFTER.test(this.story.text.slice(span.end, span.end + 7));
    const unnamedOne = !described && ((/^(?:a|an|one|another)$/.test(words[0]) && ONE_UNNAMED_HEADS.has(head)) || (words[0] === 'those' && ASKED_PARTICIPLES.has(head)));
    // "Thirty-two percent said", "58 percent of ferry riders said": a share of people who answered, whatever its head
    // ("70 percent believe …" is a public's view, no one who spoke)
    const share = isShareOfPeople(lower) && !(cue && privateStateOf(this.story.text.slice(cue.start, cue.end)));
    const person = SOURCE_HEADS.has(head) || this.story.vocabulary.roleHead(head) !== undefined || unnamedOne || share;
    // "Republicans are now arguing": party members speak as a group, not as the party
    const kind: ActorKind | undefined = NAMED_GROUPS.has(head)
      ? 'group'
      : ORG_ANAPHORS[head] || ORG_WORDS.has(head)
        ? 'organization'
        : person
          ? (GROUP_HEADS.has(head) && startsCapital(text) && !SOURCE_QUANTIFIERS.has(words[0]) && words[0] !== 'the') ||
            this.namedSet(words, head) ||
            isCountedSet(this.story.text, span.start, words[0], head)
            ? 'group'
            : 'anonymous'
          : startsCapital(text) && !/^(?:the|a|an)\b/i.test(text) && !/\s\p{Ll}/u.test(text) && !isNamelessWord(lower)
            ? 'organization'
            : undefined;
    // "said the 46-year-old": one just written about, described by age alone ("the woman" may be a new face)
    if (!kind && !oneOfPeople && AGE_ALONE.test(lower)) return this.personAged(span, lower);
    // words that name no one ("eager to withdraw") make no actor
    if (!kind && !oneOfPeople) return undefined;
    // "Smit was the third witness testifying …": the phrase describes the subject, who is the source
    if (COPULA_BEFORE.test(this.story.text.slice(Math.max(0, span.start - 12), span.start))) return this.references.history.nameBefore(span.start);
    const named = kind === 'anonymous' || oneOfPeople ? (this.appositiveTo(span) ?? this.references.definite(text, span.start)) : undefined;
    if (named) {
      named.mentions.push({ start: span.start, end: span.end, actor: '', form: 'title' });
      return named;
    }
    if (!kind) return undefined;
    return this.described(kind, text, span, this.shortNamed(kind, text, span.start));
  }

  /**
   * "the man", "the woman" quoted: the unnamed one of that noun who spoke last ("One man at the back shouted …
   * “…,” the man said"), else one the story brings in without a name ("a cashier near the pier … said the woman").
   */
  private unnamedAgain(head: string, text: string, span: Span, attributions: Resolved): Draft {
    for (let i = attributions.length - 1; i >= 0 && attributions.length - i <= 50; i--) {
      const d = attributions[i].actor;
      if (d?.kind !== 'anonymous') continue;
      if (lastHeadWord(d.names[0]) === head) return this.described('anonymous', text, span, d);
    }
    return this.described('anonymous', text, span);
  }

  /** AGE_ALONE's referent: the person (or one unnamed) a he or she there would stand for. */
  private personAged(span: Span, lower: string): Draft | undefined {
    const like: MentionCandidate = { start: span.start, end: span.end, kind: 'pronoun', form: 'pronoun', name: lower, roles: [], inQuote: false };
    return this.references.history.personFor(like, this.story.sentenceOf(span.start), true);
  }

  /** "the HPU" after "the Harbour Pilots Union": the body named before whose capitals these initials are. */
  private initialled(initials: string, at: number): Draft | undefined {
    const spells = (name: string) => name.split(/[\s\u00a0]+/).filter(startsCapital).map((w) => w[0]).join('') === initials;
    return this.references.history.lookBack(at, (d) => d.kind === 'organization' && d.names.some(spells));
  }

  /** The source stands right before or after its cue ("the Texan said", "said the Texan"). */
  private besideCue(span: Span, cue: Span | null): boolean {
    const between = cue && (cue.start >= span.end ? this.story.text.slice(span.end, cue.start) : this.story.text.slice(cue.end, span.start));
    return typeof between === 'string' && /^[\s\u00a0]*$/.test(between);
  }

  /**
   * "Tom Brack, a Republican who …", "Ada Roa, the founder of the trust, said": a description set off after a
   * name is that person. Not the subject a cue follows ("… the deal with Quell, a top aide said").
   */
  private appositiveTo(span: Span): Draft | undefined {
    const { text } = this.story;
    const comma = /,[\s\u00a0]+$/.exec(text.slice(Math.max(0, span.start - 3), span.start));
    if (!comma || !/^(?:a|an|the)[\s\u00a0]/i.test(text.slice(span.start, span.end)) || !APPOSITIVE_END.test(text.slice(span.end, span.end + 7))) return undefined;
    const end = span.start - comma[0].length;
    const name = this.spans.overlapping({ start: end - 1, end }).find((m) => m.end === end && m.kind === 'person');
    return name && this.cast.actorOf(name);
  }

  /**
   * "The Harbour Party candidates said", "the senators": a definite plural of a role the story's named people hold
   * is a group the reader can name, not unnamed sources ("the officials", "the researchers" stay unnamed).
   */
  private namedSet(words: string[], head: string): boolean {
    const singular = this.story.vocabulary.roleHead(head);
    return words[0] === 'the' && singular !== undefined && singular !== head && !SOURCE_HEADS.has(head);
  }

  /** The actor the words of a source describe (`known`, or named before, or new), with this source as its mention. */
  private described(kind: ActorKind, text: string, span: Span, known?: Draft): Draft {
    const draft = known ?? this.cast.named(kind, text) ?? this.cast.create(kind, text);
    // a phrase read once as a source and once as what a relative pronoun stands for is one mention
    if (!draft.mentions.some((m) => m.start === span.start && m.end === span.end)) {
      draft.mentions.push({ start: span.start, end: span.end, actor: '', form: 'description' });
    }
    return draft;
  }
}

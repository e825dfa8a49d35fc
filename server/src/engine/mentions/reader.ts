/**
 * What the mention readers share (mentions.ts runs them): the mention type, the word classes and the Reader over a
 * paragraph's tokens. Mentions are the names, descriptions, titles and pronouns in a paragraph that may refer to an
 * actor, with the roles the paragraph states for them. Lexicon-driven over our own tokens (no parser): a personal name is a run
 * of capitalised words that are not titles, places, organisation words, calendar words or common English words;
 * the title before it, an appositive after it, or a predicate ("who is …", "is …") gives its role.
 */
import type { ActorKind, MentionForm, Role, Span } from '../model';
import {
  HONORIFICS,
  isCalendarWord,
  isCommunityWord,
  isFirstName,
  NAME_HONORIFICS,
  PARTY_WORDS,
  stemTags,
  NAME_SUFFIXES,
  CONTRACTION,
  NAME_TAGS,
  NOT_NAME_SHAPE,
  placeFactsOf,
  type PlaceFacts,
} from '../lexicon/people';
import { isRoleModifier } from '../lexicon/roles';
import { FUNCTION_WORDS, referringPronoun } from '../lexicon/grammar';
import { KNOWN_ORGS, ORG_WORDS } from '../lexicon/organizations';
import { NAMED_GROUPS } from '../lexicon/sources';
import { joined, type Token } from '../text/tokens';
import type { Vocabulary } from '../lexicon/vocabulary';
import { WordMemo } from '../lexicon/wordMemo';

export interface MentionCandidate extends Span {
  /** What the mention names; pronouns and bare titles get their kind when resolved. */
  kind: ActorKind | 'pronoun' | 'title';
  form: MentionForm;
  /** The name as written without possessive and honorific noise ("Antony Blinken"); the pronoun or title in lower case. */
  name: string;
  /** Roles stated at this mention (pre-name title, appositive, predicate). */
  roles: Role[];
  gender?: 'male' | 'female';
  /** Inside a quotation (its pronouns speak from the speaker's point of view). */
  inQuote: boolean;
  /**
   * A lone capitalised word with no evidence of what it names ("Hamas", "Blinken", "Doha"): the resolver makes it
   * a surname of a known person, an organisation (referred to as "the group", or a source), or nothing.
   */
  tentative?: boolean;
  /** The lone word is a place or country: an actor only when it acts as a source ("Qatar said"). */
  place?: boolean;
  /** For a definite description of an organisation ("the terror group"): the class noun, "group". */
  anaphor?: string;
  /** For a title mention ("the Emir", "the new Ukrainian president"): its words, lower case. */
  titleWords?: string[];
  /** A cue of speech follows or precedes the mention in its sentence ("Hamas said", "according to Hamas"). */
  nearCue?: boolean;
}

export type WordClass =
  | 'function'
  | 'honorific'
  | 'nameHonorific'
  | 'suffix'
  | 'calendar'
  | 'first'
  | 'initial'
  | 'role'
  | 'org'
  | 'place'
  | 'common'
  | 'acronym'
  | 'unknown';

/**
 * The classes of capitalised words, kept per vocabulary (a name recurs through a story, and a newsroom's through its
 * stories): a word's depends on the word alone (see `classify`).
 */
function classesOf(vocabulary: Vocabulary): WordMemo<WordClass> {
  let memo = wordClasses.get(vocabulary);
  if (!memo) wordClasses.set(vocabulary, (memo = new WordMemo((w) => classify(w, vocabulary))));
  return memo;
}

const wordClasses = new WeakMap<Vocabulary, WordMemo<WordClass>>();

function classify(word: string, vocabulary: Vocabulary): WordClass {
  const l = word.toLowerCase();
  if (FUNCTION_WORDS.has(l) || referringPronoun(l)) return 'function';
  if (HONORIFICS.has(l)) return 'honorific';
  // "ZX4410", "737": codes and numbers are no name words
  if (/\d/.test(l)) return 'common';
  if (NOT_NAME_SHAPE.test(l)) return CONTRACTION.test(l) ? 'function' : 'common';
  if (NAME_HONORIFICS.has(l)) return 'nameHonorific';
  if (NAME_SUFFIXES.has(l)) return 'suffix';
  if (/^\p{Lu}$/u.test(word)) return 'initial';
  if (PARTY_WORDS.has(l) || NAMED_GROUPS.has(l)) return 'common';
  if (isCalendarWord(l)) return 'calendar';
  if (isFirstName(l)) return 'first';
  if (vocabulary.isRoleWord(l)) return 'role';
  if (ORG_WORDS.has(l) || KNOWN_ORGS.has(l)) return 'org';
  const place = placeFactsOf(l);
  if (place.place || place.country || isCommunityWord(l)) return 'place';
  if (/^\p{Lu}[\p{Lu}.&'’-]+$/u.test(word)) return 'acronym';
  const tags = stemTags(l);
  if (tags.length > 0 && !tags.some((x) => NAME_TAGS.has(x))) return 'common';
  // abstract-noun endings the dictionary may lack: "Enforcement", "Integrity", "Investigations", "Leadership"
  if (tags.length === 0 && /(?:tions?|sions?|ments?|ness|ity|ities|ances?|ences?|isms?|ships?|ology|ics)$/.test(l) && l.length > 6) return 'common';
  return 'unknown';
}

/** One paragraph's tokens with their classes, and helpers over them. */
export class Reader {
  readonly classes: WordClass[];
  /** A headline in title case ("Obama Sees Personal Insult"): capitals say little about names here. */
  readonly titleCase: boolean;
  /** Answers kept per token (`roleHeadAt`, `placeAt`): null where the word has no role head. */
  private readonly heads: (string | null | undefined)[] = [];
  private readonly places: (PlaceFacts | undefined)[] = [];
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    /** Which words are titles, and which verbs cue speech. */
    readonly vocabulary: Vocabulary,
  ) {
    const capitalised = classesOf(vocabulary);
    this.classes = tokens.map((t) => (t.cap ? capitalised.of(t.word) : FUNCTION_WORDS.has(t.lower) || referringPronoun(t.lower) ? 'function' : 'common'));
    // judged on dictionary words only: a body sentence full of names still writes its common words in lower case
    const common = tokens.filter((t, i) => t.word.length > 3 && !t.breakBefore && (t.cap ? this.classes[i] === 'common' : !FUNCTION_WORDS.has(t.lower)));
    this.titleCase = (common.length >= 3 && common.filter((t) => t.cap).length >= common.length * 0.6) || capitalisedGlue(tokens) >= 2;
  }

  /**
   * The singular role head of token `i`'s word (see Vocabulary.roleHead), or undefined. Kept per token: the readers
   * ask it of one word several times over (a title before a name, a description after "the", an organisation's
   * words), and each ask of the vocabulary hashes the word afresh.
   */
  roleHeadAt(i: number): string | undefined {
    let head = this.heads[i];
    if (head === undefined) head = this.heads[i] = this.vocabulary.roleHead(this.tokens[i].lower) ?? null;
    return head ?? undefined;
  }

  /** A word of a title: a role head or a modifier ("deputy", "foreign"), as Vocabulary.isRoleWord reads it. */
  isRoleWordAt(i: number): boolean {
    return this.roleHeadAt(i) !== undefined || isRoleModifier(this.tokens[i].lower);
  }

  /** What token `i`'s word says of places (a place? a country? a people?), taken once per token as `roleHeadAt`. */
  placeAt(i: number): PlaceFacts {
    return (this.places[i] ??= placeFactsOf(this.tokens[i].lower));
  }

  slice(from: number, to: number): string {
    return this.text.slice(this.tokens[from].start, this.tokens[to].end);
  }
  /** The i-th token follows i-1 after a single space. */
  spaced(i: number): boolean {
    return i > 0 && i < this.tokens.length && joined(this.tokens[i]);
  }
  /** … and i-1 is not a possessive: the two can be words of one name. */
  joinedTo(i: number): boolean {
    return this.spaced(i) && !this.tokens[i - 1].possessive;
  }
}

/**
 * Function words capitalised mid-sentence ("Reject The Idea Of A …", "Is A …"): the mark of a title-case headline
 * even when the dictionary lacks its content words. "The" and "I" are left out: names and speech capitalise them.
 */
function capitalisedGlue(tokens: Token[]): number {
  let n = 0;
  // the set before the pattern: few capitalised words are function words
  for (const t of tokens) if (t.cap && !t.breakBefore && t.lower !== 'the' && t.lower !== 'i' && FUNCTION_WORDS.has(t.lower) && /^\p{Lu}\p{Ll}*$/u.test(t.word)) n++;
  return n;
}

/** The tokens of a run that can be a personal name. */
export interface NameCore {
  from: number; // first token (an honorific included)
  to: number; // last token, inclusive
  honorific?: string;
  words: string[]; // the name's words, without courtesy honorifics
}

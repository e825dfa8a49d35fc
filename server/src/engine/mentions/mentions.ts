/**
 * Mentions: the names, descriptions, titles and pronouns in a paragraph that may refer to an actor, with the
 * roles the paragraph states for them. Lexicon-driven over our own tokens (no parser): a personal name is a run
 * of capitalised words that are not titles, places, organisation words, calendar words or common English words;
 * the title before it, an appositive after it, or a predicate ("who is …", "is …") gives its role.
 */
import type { ActorKind, MentionForm, Role, Span } from '../model';
import type { LocalQuote } from '../quotes/quotes';
import {
  CONTRACTION,
  firstNameGender,
  HONORIFIC_GENDER,
  HONORIFICS,
  isCalendarWord,
  CREDIT_WORDS,
  isCommunityWord,
  isCountry,
  isDemonym,
  isFirstName,
  isPlaceHead,
  isPlaceName,
  isPlaceWord,
  lexiconTags,
  NAME_HONORIFICS,
  NAME_TAGS,
  NOT_NAME_SHAPE,
  PARTY_WORDS,
  PRONOUN_SURNAMES,
  stemTags,
  NAME_PARTICLES,
  NAME_SUFFIXES,
} from '../lexicon/people';
import { ARTICLES, FUNCTION_WORDS, POSSESSIVE_DETERMINERS, REFERRING_PRONOUNS, RELATIVE_ADVERBS } from '../lexicon/grammar';
import { GENDERED_ROLES, isRoleModifier, TITLE_CONNECTORS, TITLE_SURNAMES } from '../lexicon/roles';
import { KNOWN_ORG_PHRASES, KNOWN_ORGS, ORG_ANAPHORS, ORG_NOUNS_AFTER_NAME, ORG_WORDS } from '../lexicon/organizations';
import {
  GROUP_HEADS,
  NAMED_GROUPS,
  SOURCE_CUE_BEFORE,
  SOURCE_HEADS,
  SOURCE_POSTMODIFIER,
  SOURCE_QUANTIFIERS,
} from '../lexicon/sources';
import { SpanIndex } from '../text/spanIndex';
import { joined, tokenize, type Token } from '../text/tokens';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';

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

type WordClass =
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

function classify(t: Token, vocabulary: Vocabulary): WordClass {
  const l = t.lower;
  if (FUNCTION_WORDS.has(l) || REFERRING_PRONOUNS[l]) return 'function';
  if (HONORIFICS.has(l)) return 'honorific';
  // "ZX4410", "737": codes and numbers are no name words
  if (/\d/.test(l)) return 'common';
  if (NOT_NAME_SHAPE.test(l)) return CONTRACTION.test(l) ? 'function' : 'common';
  if (NAME_HONORIFICS.has(l)) return 'nameHonorific';
  if (NAME_SUFFIXES.has(l)) return 'suffix';
  if (/^\p{Lu}$/u.test(t.word)) return 'initial';
  if (PARTY_WORDS.has(l) || NAMED_GROUPS.has(l)) return 'common';
  if (isCalendarWord(l)) return 'calendar';
  if (isFirstName(l)) return 'first';
  if (vocabulary.isRoleWord(l)) return 'role';
  if (ORG_WORDS.has(l) || KNOWN_ORGS.has(l)) return 'org';
  if (isPlaceWord(l) || isCountry(l) || isCommunityWord(l)) return 'place';
  if (/^\p{Lu}[\p{Lu}.&'’-]+$/u.test(t.word)) return 'acronym';
  const tags = stemTags(l);
  if (tags.length > 0 && !tags.some((x) => NAME_TAGS.has(x))) return 'common';
  // abstract-noun endings the dictionary may lack: "Enforcement", "Integrity", "Investigations", "Leadership"
  if (tags.length === 0 && /(?:tions?|sions?|ments?|ness|ity|ities|ances?|ences?|isms?|ships?|ology|ics)$/.test(l) && l.length > 6) return 'common';
  return 'unknown';
}

/** One paragraph's tokens with their classes, and helpers over them. */
class Reader {
  readonly classes: WordClass[];
  /** A headline in title case ("Obama Sees Personal Insult"): capitals say little about names here. */
  readonly titleCase: boolean;
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    /** Which words are titles, and which verbs cue speech. */
    readonly vocabulary: Vocabulary,
  ) {
    this.classes = tokens.map((t) => (t.cap ? classify(t, vocabulary) : FUNCTION_WORDS.has(t.lower) || REFERRING_PRONOUNS[t.lower] ? 'function' : 'common'));
    // judged on dictionary words only: a body sentence full of names still writes its common words in lower case
    const common = tokens.filter((t, i) => t.word.length > 3 && !t.breakBefore && (t.cap ? this.classes[i] === 'common' : !FUNCTION_WORDS.has(t.lower)));
    this.titleCase = (common.length >= 3 && common.filter((t) => t.cap).length >= common.length * 0.6) || capitalisedGlue(tokens) >= 2;
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
  for (const t of tokens) if (t.cap && !t.breakBefore && t.lower !== 'the' && t.lower !== 'i' && /^\p{Lu}\p{Ll}*$/u.test(t.word) && FUNCTION_WORDS.has(t.lower)) n++;
  return n;
}

interface NameCore {
  from: number; // first token (an honorific included)
  to: number; // last token, inclusive
  honorific?: string;
  words: string[]; // the name's words, without courtesy honorifics
}

/** Runs of capitalised words that can be a personal name. */
function findNameCores(r: Reader): NameCore[] {
  const cores: NameCore[] = [];
  const { tokens, classes } = r;
  let i = 0;
  while (i < tokens.length) {
    const c = classes[i];
    const t = tokens[i];
    const honorificStart = (c === 'honorific' || c === 'nameHonorific') && r.joinedTo(i + 1) && tokens[i + 1].cap && !tokens[i].possessive;
    const initialStart = c === 'initial' && r.joinedTo(i + 1) && tokens[i + 1].cap;
    // "De la Fontaine said": a capitalised particle opens the name when a particle or a name word follows
    const particleStart = NAME_PARTICLES.has(t.lower) && r.joinedTo(i + 1) && (tokens[i + 1].cap || NAME_PARTICLES.has(tokens[i + 1].lower));
    if (!t.cap || !(c === 'first' || c === 'unknown' || honorificStart || initialStart || particleStart)) {
      i++;
      continue;
    }
    const from = i;
    const words: string[] = c === 'honorific' ? [] : [t.word];
    let previous: WordClass = c;
    let j = i + 1;
    while (j < tokens.length && r.joinedTo(j) && !tokens[j - 1].possessive) {
      const cj = classes[j];
      const tj = tokens[j];
      const particle = !tj.cap && NAME_PARTICLES.has(tj.lower);
      const nameWord =
        tj.cap &&
        (cj === 'first' ||
          cj === 'unknown' ||
          cj === 'suffix' ||
          cj === 'initial' ||
          (previous === 'initial' && cj === 'common') ||
          (previous === 'first' && j === from + 1 && (cj === 'common' || cj === 'place' || (cj === 'role' && TITLE_SURNAMES.has(tj.lower)))) ||
          (previous === 'nameHonorific' || previous === 'honorific'));
      // "Zhao He said": a capitalised pronoun right after a name word mid-sentence is a surname
      const pronounSurname = tj.cap && !tj.breakBefore && !r.titleCase && PRONOUN_SURNAMES.has(tj.lower) && (previous === 'first' || previous === 'unknown');
      // "bin Saeed", "de la Fontaine": particles, possibly two in a row, before a capitalised name word
      const chain = particle && j + 2 < tokens.length && NAME_PARTICLES.has(tokens[j + 1].lower) && !tokens[j + 1].cap && r.joinedTo(j + 2) && tokens[j + 2].cap;
      if (particle && ((j + 1 < tokens.length && tokens[j + 1].cap && r.joinedTo(j + 1)) || chain)) {
        words.push(tj.word);
      } else if ((nameWord && cj !== 'function' && cj !== 'calendar') || pronounSurname) {
        words.push(cj === 'suffix' || cj === 'initial' ? r.text.slice(tj.start, tj.end) : tj.word);
      } else break;
      previous = particle ? previous : cj;
      j++;
    }
    if (words.length > 0) {
      cores.push({ from, to: j - 1, words, ...(c === 'honorific' || c === 'nameHonorific' ? { honorific: t.lower } : {}) });
    }
    i = j;
  }
  return cores;
}

/** Walks left from token `end` (exclusive) over a pre-name title; returns its first token or -1. */
function titleStart(r: Reader, end: number): { from: number; head: boolean } | null {
  const { tokens, classes } = r;
  let from = -1;
  let head = false;
  let demonymOnly = true;
  let titled = false;
  for (let i = end - 1; i >= 0 && end - i <= 14; i--) {
    if (!r.spaced(i + 1)) break;
    const t = tokens[i];
    const c = classes[i];
    const h = r.vocabulary.roleHead(t.lower) !== undefined;
    // the word next to the name is a title, a demonym, or the object of one ("Secretary of State"):
    // "Lawmakers Rip Donald Trump" has no title
    // "the president's Pacific trip": a possessive next to the name owns it, it does not title it
    if (i + 1 === end && t.possessive) return null;
    if (i + 1 === end) titled = h || isDemonym(t.lower) || isCountry(t.lower) || PARTY_WORDS.has(t.lower);
    if (t.possessive && i + 1 !== end) {
      from = i;
      while (from > 0 && r.spaced(from) && tokens[from - 1].cap && classes[from - 1] !== 'function') from--;
      break;
    }
    if (POSSESSIVE_DETERMINERS.has(t.lower) && i + 1 !== end) {
      from = i;
      break;
    }
    if (h || (!t.cap && isRoleModifier(t.lower)) || (t.cap && c !== 'function' && c !== 'calendar' && c !== 'honorific')) {
      if (h) head = true;
      if (!(isDemonym(t.lower) || isCountry(t.lower) || PARTY_WORDS.has(t.lower))) demonymOnly = false;
      from = i;
      continue;
    }
    // "Secretary of State", "Ambassador to the European Union", "Prime Minister and Minister of …"
    if (TITLE_CONNECTORS.has(t.lower) && !t.cap) {
      let k = i;
      while (k > 0 && TITLE_CONNECTORS.has(tokens[k - 1].lower) && !tokens[k - 1].cap && i - k < 2) k--;
      const before = k - 1;
      if (before >= 0 && r.spaced(k) && r.vocabulary.roleHead(tokens[before].lower) !== undefined && from >= 0) {
        const joinsTitles = t.lower === 'and' ? r.vocabulary.isRoleWord(tokens[from].lower) : true;
        if (joinsTitles) {
          if (t.lower !== 'and') titled = true;
          i = k;
          continue;
        }
      }
    }
    break;
  }
  if (from < 0 || from >= end || !titled) return null;
  if (!head && !demonymOnly) return null;
  return { from, head };
}

const roleOf = (r: Reader, from: number, to: number, origin: Role['origin']): Role => ({
  start: r.tokens[from].start,
  end: r.tokens[to].end,
  text: r.slice(from, to),
  origin,
});

/** The noun phrase from token `from` to before the next comma, full stop, relative pronoun or verb-like word. */
function phraseEnd(r: Reader, from: number, limit = 14): number {
  const { tokens } = r;
  let to = from;
  for (let i = from + 1; i < tokens.length && i - from < limit; i++) {
    if (/[,;.!?“”"()—–:]/.test(tokens[i].gap)) break;
    if (/^(?:who|whom|which|that|whose|where|when|said|says|told|has|have|had|is|are|was|were|will|would)$/.test(tokens[i].lower)) break;
    if (FUNCTION_WORDS.has(tokens[i].lower) && !/^(?:of|the|a|an|and|to|for|at|in|on|with|from|by)$/.test(tokens[i].lower)) break;
    // a verb ends the phrase, unless it follows a determiner or modifies the next noun ("the regional monitoring mission")
    const next = tokens[i + 1];
    const modifier =
      next !== undefined &&
      /^[ \u00a0]$/.test(next.gap) &&
      !next.cap &&
      !FUNCTION_WORDS.has(next.lower) &&
      lexiconTags(next.lower).every((x) => !/Tense|Gerund|Infinitive|Modal|Copula|Adverb/.test(x));
    const tags = tokens[i].cap || ARTICLES.has(tokens[i - 1].lower) || modifier ? [] : lexiconTags(tokens[i].lower);
    if (tags.some((x) => x === 'Gerund' || x === 'PastTense' || x === 'PresentTense' || x === 'Modal' || x === 'Copula')) break;
    to = i;
  }
  return to;
}

function hasRoleHead(r: Reader, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (r.vocabulary.roleHead(r.tokens[i].lower) !== undefined) return true;
  return false;
}

/** ", a former US envoy to the Middle East," / ", who is the …" / " is the company's chief executive". */
function rolesAfter(r: Reader, core: NameCore, strict: boolean): Role[] {
  const { tokens } = r;
  const next = core.to + 1;
  if (next >= tokens.length || tokens[next].inQuote) return [];
  const gap = tokens[next].gap;
  let from = next;
  let origin: Role['origin'] = 'appositive';
  if (/^,\s+$/.test(gap)) {
    const relative = relativeRoleStart(r, next);
    if (relative > 0) {
      from = relative;
      origin = 'predicate';
    }
  } else if (/^\s+$/.test(gap) && /^(?:is|was|became|as)$/.test(tokens[next].lower) && !tokens[next - 1].possessive) {
    from = next + 1;
    origin = 'predicate';
  } else return [];
  if (from >= tokens.length) return [];
  const first = tokens[from];
  const starts =
    ARTICLES.has(first.lower) ||
    POSSESSIVE_DETERMINERS.has(first.lower) ||
    first.lower === 'both' ||
    (first.possessive && first.cap) ||
    r.vocabulary.isRoleWord(first.lower) ||
    tokens[from - 1].lower === 'as';
  if (!starts) return [];
  if (origin === 'predicate' && !ARTICLES.has(first.lower) && !first.possessive && !POSSESSIVE_DETERMINERS.has(first.lower) && tokens[from - 1].lower !== 'as') return [];
  const to = phraseEnd(r, from);
  const closes = to + 1 >= tokens.length || /[,;.!?—–]/.test(tokens[to + 1].gap);
  if (!hasRoleHead(r, from, to) && (strict || !closes || !ARTICLES.has(first.lower))) return [];
  if (to === from && ARTICLES.has(first.lower)) return [];
  return [roleOf(r, from, to, origin)];
}

/**
 * Where the role of a relative clause at token `at` starts: ", who is the …", ", who was then serving as harbour
 * master", ", who now works as …"; -1 when the clause states no role.
 */
function relativeRoleStart(r: Reader, at: number): number {
  const lower = (k: number) => r.tokens[k]?.lower ?? '';
  if (!/^(?:who|which)$/.test(lower(at))) return -1;
  let k = at + 1;
  let linked = false;
  if (/^(?:is|was)$/.test(lower(k))) {
    k++;
    linked = true;
  } else if (/^(?:has|had)$/.test(lower(k)) && lower(k + 1) === 'been') {
    k += 2;
    linked = true;
  }
  while (RELATIVE_ADVERBS.has(lower(k)) && k - at < 6) k++;
  if (/^(?:serv|work|act)(?:es|s|ed|ing)?$/.test(lower(k)) && lower(k + 1) === 'as') return k + 2;
  return linked ? k : -1;
}

/** "The priest, Fidelis Mukonori", "his predecessor, Fiona Hill": a description set before the name by a comma. */
function roleBeforeComma(r: Reader, core: NameCore): Role | null {
  const { tokens } = r;
  const last = core.from - 1;
  if (last < 0 || !/^,\s+$/.test(tokens[core.from].gap)) return null;
  const head = headBeforeComplement(r, last);
  if (head < 0) return null;
  let from = head;
  for (let i = head - 1; i >= 0 && head - i < 8 && r.spaced(i + 1); i--) {
    const t = tokens[i];
    if (t.possessive) {
      from = i;
      while (from > 0 && r.spaced(from) && tokens[from - 1].cap && r.classes[from - 1] !== 'function') from--;
      break;
    }
    if (ARTICLES.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) {
      from = i;
      break;
    }
    if (r.vocabulary.isRoleWord(t.lower) || (t.cap && r.classes[i] !== 'function')) {
      from = i;
      continue;
    }
    break;
  }
  return roleOf(r, from, last, 'appositive');
}

const isSingularHead = (r: Reader, i: number) => r.vocabulary.roleHead(r.tokens[i].lower) === r.tokens[i].lower.replace(/\.$/, '');

/**
 * The head of a title that ends at token `last`: `last` itself ("The priest,"), or the head before an of/for/at
 * complement ("The leader of the Green Party,", "the director of the port authority,"); -1 when there is none.
 */
function headBeforeComplement(r: Reader, last: number): number {
  if (isSingularHead(r, last)) return last;
  const { tokens } = r;
  for (let i = last; i >= 2 && last - i < 6 && r.spaced(i); i--) {
    const t = tokens[i];
    if (t.possessive || (FUNCTION_WORDS.has(t.lower) && !/^(?:the|and)$/.test(t.lower))) return -1;
    if (/^(?:of|for|at)$/.test(tokens[i - 1].lower) && r.spaced(i - 1) && isSingularHead(r, i - 2)) return i - 2;
  }
  return -1;
}

function genderOf(core: NameCore, roles: Role[]): 'male' | 'female' | undefined {
  if (core.honorific && HONORIFIC_GENDER[core.honorific]) return HONORIFIC_GENDER[core.honorific];
  const first = core.words.find((w) => !NAME_HONORIFICS.has(w.toLowerCase()));
  const byName = first ? firstNameGender(first.toLowerCase()) : undefined;
  if (byName) return byName;
  for (const role of roles) {
    const head = role.text.toLowerCase().split(/[\s\u00a0]+/).reverse().find((w) => GENDERED_ROLES[w]);
    if (head) return GENDERED_ROLES[head];
  }
  return undefined;
}

/** A cue of speech right after the phrase ending at token `to`, or right before the one starting at `from`. */
function nearCue(r: Reader, from: number, to: number): boolean {
  const after = r.text.slice(r.tokens[to].end, r.tokens[to].end + 80);
  const rest = /^,\s+(?:who|which|whose)\b[^,]{0,120},\s*/.exec(after);
  const tail = rest ? after.slice(rest[0].length) + r.text.slice(r.tokens[to].end + 80, r.tokens[to].end + 200) : after;
  const space = rest ? [''] : /^[\s\u00a0]+/.exec(tail);
  if (space && r.vocabulary.cueAfterSource.test(tail.slice(space[0].length))) return true;
  // "…, said two officials." / "according to people briefed on the talks": an inverted cue before the source
  const before = r.text.slice(Math.max(0, r.tokens[from].start - 20), r.tokens[from].start);
  if (/according to\s+$/i.test(before)) return true;
  return SOURCE_CUE_BEFORE.test(before) && /^(?:[,.;:!?]|\s*$)/.test(after);
}

function personMentions(r: Reader, cores: NameCore[], orgSpans: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  const coveredByOrg = (c: NameCore) => orgSpans.contains({ start: tokens[c.from].start, end: tokens[c.to].end });
  let previousPerson: { core: NameCore; roles: Role[] } | null = null;
  for (const core of cores) {
    if (coveredByOrg(core)) continue;
    const first = tokens[core.from];
    const last = tokens[core.to];
    const after = core.to + 1 < tokens.length && r.joinedTo(core.to + 1) ? tokens[core.to + 1] : null;
    if (after && !last.possessive && (ORG_NOUNS_AFTER_NAME.has(after.lower) || (after.cap && classes[core.to + 1] === 'org'))) continue;
    const nameStart = core.honorific && !NAME_HONORIFICS.has(core.honorific) ? core.from + 1 : core.from;
    const title = titleStart(r, core.from);
    const roles: Role[] = [];
    if (title) roles.push(roleOf(r, title.from, core.from - 1, 'title'));
    const described = roleBeforeComma(r, core);
    if (described) roles.push(described);
    // "Jonathan Moyo and Saviour Kasukuwere": the second of a coordinated pair shares the first one's title.
    const coordinated =
      previousPerson !== null && previousPerson.core.to + 2 === core.from && tokens[core.from - 1].lower === 'and' && !title;
    if (coordinated && previousPerson) roles.push(...previousPerson.roles.filter((x) => x.origin === 'title'));
    const nameWords = core.words.filter((w, k) => !(k === 0 && HONORIFICS.has(w.toLowerCase())));
    const single = nameWords.length === 1;
    const appositive = rolesAfter(r, core, single && !title && !core.honorific);
    // "Kevin King and … Timothy Weeks, both professors …": a "both" appositive belongs to the pair.
    if (appositive.length && /^both\b/i.test(appositive[0].text) && previousPerson && coordinatedPair(r, previousPerson.core, core)) {
      out.filter((m) => m.kind === 'person' && m.start === tokens[previousPerson!.core.from].start).forEach((m) => m.roles.push(...appositive));
    }
    roles.push(...appositive);
    // in a title-case headline a name needs a known first name, an honorific or a title, and has two words at most
    if (r.titleCase && !single && !core.honorific && !title && classes[nameStart] !== 'first') continue;
    const evidence = !single || core.honorific !== undefined || (title?.head ?? false) || described !== null || appositive.length > 0 || coordinated;
    // a lone first name is a person ("his wife Grace"), but not after a preposition of place ("in Charlotte")
    const placed = core.from > 0 && /^(?:in|at|from|to|near|into|outside|inside|across|around|of)$/.test(tokens[core.from - 1].lower);
    const firstNameAlone = single && classes[nameStart] === 'first' && !first.breakBefore && !isPlaceWord(first.lower) && !placed;
    const name = nameWords.join(' ');
    const phrase = r.slice(nameStart, core.to).toLowerCase().replace(/['’]s$/, '');
    const before = core.from > 0 && r.joinedTo(core.from) ? `${tokens[core.from - 1].lower} ` : '';
    if (isPlaceName(phrase) || (before && isPlaceWord(before + phrase))) continue;
    if (namesNoPerson(r, core, nameWords)) continue;
    if (first.inQuote && single && !evidence) continue;
    const mention: MentionCandidate = {
      start: first.start,
      end: last.end,
      kind: 'person',
      form: last.possessive ? 'possessive' : single ? 'surname' : 'full',
      name,
      roles,
      inQuote: first.inQuote,
    };
    if (r.titleCase && nameWords.length > 2 && classes[core.to] !== 'suffix') {
      mention.end = tokens[nameStart + 1].end;
      mention.name = nameWords.slice(0, 2).join(' ');
      mention.form = 'full';
    }
    if (!core.honorific && !title && describedByWhich(r, core, nameWords)) {
      out.push({ ...mention, kind: 'organization', form: last.possessive ? 'possessive' : 'full', ...(nearCue(r, core.from, core.to) ? { nearCue: true } : {}) });
      continue;
    }
    if (!evidence && !firstNameAlone) {
      const place = isPlaceWord(name.toLowerCase()) || isCountry(name.toLowerCase());
      out.push({
        ...mention,
        kind: 'organization',
        tentative: true,
        ...(place ? { place: true } : {}),
        ...(nearCue(r, core.from, core.to) ? { nearCue: true } : {}),
      });
      continue;
    }
    const gender = genderOf({ ...core, words: nameWords }, roles);
    if (gender) mention.gender = gender;
    // "Joe and Hunter Biden": a lone first name coordinated with a full name shares its surname.
    out.push(mention);
    previousPerson = { core, roles };
  }
  return out;
}

const hasFirstName = (words: string[]) => words.some((w) => isFirstName(w.toLowerCase()));

/**
 * A capitalised run that is no person: a photo credit ("Getty Images", "… via Getty Images"), a flight or a model
 * with its code after it ("Flight ZX4410"), or a place or building with no first name in it ("West Palm Beach").
 */
function namesNoPerson(r: Reader, core: NameCore, words: string[]): boolean {
  const { tokens } = r;
  const next = core.to + 1 < tokens.length && r.joinedTo(core.to + 1) ? tokens[core.to + 1] : undefined;
  if (CREDIT_WORDS.has(tokens[core.to].lower) || (next && CREDIT_WORDS.has(next.lower))) return true;
  // a code after it ("Flight ZX4410"); a plain number may follow a real name ("told Ines Roa 10 days ago")
  if (next && /\d/.test(next.word) && (/\p{L}/u.test(next.word) || !hasFirstName(words))) return true;
  // "Tomas Vell via Wirefoto Images": a photographer credited through an agency, not "Trump via Twitter"
  if (next?.lower === 'via' && tokens.slice(core.to + 2, core.to + 5).some((t) => CREDIT_WORDS.has(t.lower) || /^(?:ap|afp|reuters)$/.test(t.lower))) return true;
  return words.length > 1 && !hasFirstName(words) && isPlaceHead(words[words.length - 1].toLowerCase());
}

/** "Northline Freight, which operates …": a name with no first name that a "which" clause describes is a body. */
function describedByWhich(r: Reader, core: NameCore, words: string[]): boolean {
  const next = r.tokens[core.to + 1];
  return next !== undefined && next.lower === 'which' && /^,\s+$/.test(next.gap) && !r.tokens[core.to].possessive && !hasFirstName(words);
}

const coordinatedPair = (r: Reader, a: NameCore, b: NameCore) => {
  const between = r.text.slice(r.tokens[a.to].end, r.tokens[b.from].start);
  return /^\s+and\s+(?:\p{Lu}\p{L}*\s+){0,2}$/u.test(between);
};

/** "Joe and Hunter Biden": gives a lone first name the surname of the full name it is coordinated with. */
function shareSurnames(r: Reader, mentions: MentionCandidate[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.kind !== 'person' || b.kind !== 'person' || a.name.includes(' ') || !b.name.includes(' ')) continue;
    if (!/^\s+and\s+$/.test(r.text.slice(a.end, b.start)) || !isFirstName(a.name.toLowerCase())) continue;
    a.name = `${a.name} ${b.name.split(' ').slice(1).join(' ')}`;
    a.form = 'full';
  }
}

/** Capitalised runs holding an organisation word ("House Intelligence Committee"), known organisations, "The Real Deal". */
function organizationMentions(r: Reader): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap || classes[i] === 'function' || classes[i] === 'honorific') {
      // a mid-sentence "The" opening a capitalised title is part of the name: "seen by The Real Deal"
      if (!(tokens[i].word === 'The' && !tokens[i].breakBefore && r.joinedTo(i + 1) && tokens[i + 1]?.cap)) {
        i++;
        continue;
      }
    }
    let j = i;
    const orgWord = (k: number) => ORG_WORDS.has(tokens[k].lower) || KNOWN_ORGS.has(tokens[k].lower);
    let lastOrg = orgWord(i) ? i : -1;
    while (j + 1 < tokens.length && r.joinedTo(j + 1) && !tokens[j].possessive) {
      const t = tokens[j + 1];
      if (t.cap && classes[j + 1] !== 'function' && classes[j + 1] !== 'honorific') {
        j++;
      } else if (/^(?:of|for|and|&|on)$/.test(t.lower) && j + 2 < tokens.length && r.joinedTo(j + 2) && tokens[j + 2].cap && lastOrg >= 0) {
        j++;
      } else break;
      if (orgWord(j)) lastOrg = j;
    }
    const phrase = r.slice(i, j).toLowerCase().replace(/^the\s+/, '');
    const known = KNOWN_ORG_PHRASES.has(phrase) || (i === j && KNOWN_ORGS.has(tokens[i].lower));
    const theTitle = tokens[i].word === 'The' && j > i && !tokens[i].breakBefore;
    let to = known || theTitle ? j : lastOrg;
    // extend "University of Kabul" but stop before a title that follows ("… Association President Keith Gambill")
    const untitled = (k: number) => tokens[k]?.cap && r.vocabulary.roleHead(tokens[k].lower) === undefined;
    while (to >= 0 && to < j && /^(?:of|for)$/.test(tokens[to + 1].lower) && untitled(to + 2)) to += 2;
    const followedByTitle = to >= 0 && to + 1 < tokens.length && r.joinedTo(to + 1) && r.vocabulary.isRoleWord(tokens[to + 1].lower);
    // a lone organisation word is no name, unless an acronym that is not itself a generic word ("TV show")
    const acronym = /^\p{Lu}+$/u.test(tokens[i].word) && !ORG_WORDS.has(tokens[i].lower);
    if (to >= 0 && !followedByTitle && !(to === i && orgWord(i) && !known && !tokens[i].possessive && !acronym)) {
      const from = tokens[i].word === 'The' && !theTitle ? i + 1 : i;
      if (from <= to) {
        out.push({
          start: tokens[from].start,
          end: tokens[to].end,
          kind: 'organization',
          form: tokens[to].possessive ? 'possessive' : 'full',
          name: r.text.slice(tokens[from].start, tokens[to].end).replace(/['’]s?$/, ''),
          roles: [],
          inQuote: tokens[from].inQuote,
          ...(nearCue(r, from, to) ? { nearCue: true } : {}),
        });
      }
    }
    i = j + 1;
  }
  return out;
}

/** Token i continues a noun phrase as a noun ("the military takeover"), not as a verb or a function word. */
function nounModifierAt(r: Reader, i: number): boolean {
  const t = r.tokens[i];
  if (!t || !r.joinedTo(i) || t.cap || FUNCTION_WORDS.has(t.lower) || !/^[\p{Ll}-]+$/u.test(t.word)) return false;
  const tags = lexiconTags(t.lower);
  if (tags.length === 0) return !/(?:ed|ly)$/.test(t.lower);
  return tags.some((x) => /Singular|Plural|Noun|Uncountable|Actor/.test(x)) && !tags.some((x) => /Tense|Gerund|Modal|Copula|Infinitive|Verb/.test(x));
}

/** Countries and cities named on their own ("Qatar understood", "South Africa said"): actors only as sources. */
function placeMentions(r: Reader, taken: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || r.classes[i] !== 'place' || isDemonym(t.lower) && !isCountry(t.lower) || isCommunityWord(t.lower)) continue;
    let to = i;
    if (i + 1 < tokens.length && r.joinedTo(i + 1) && isPlaceWord(`${t.lower} ${tokens[i + 1].lower}`)) to = i + 1;
    else if (i > 0 && r.joinedTo(i) && isPlaceWord(`${tokens[i - 1].lower} ${t.lower}`)) continue;
    const span = { start: tokens[i].start, end: tokens[to].end };
    if (taken.overlaps(span)) continue;
    out.push({
      ...span,
      kind: 'organization',
      form: tokens[to].possessive ? 'possessive' : 'full',
      name: r.text.slice(tokens[i].start, tokens[to].end).replace(/['’]s?$/, ''),
      roles: [],
      inQuote: t.inQuote,
      tentative: true,
      place: true,
      ...(nearCue(r, i, to) ? { nearCue: true } : {}),
    });
    i = to;
  }
  return out;
}

/**
 * Definite descriptions: "the Emir", "the new Ukrainian president" (titles), "the terror group", "the company"
 * (organisations), "the Afghan government", "the US military" (named institutions).
 */
function descriptionMentions(r: Reader, taken: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && r.joinedTo(j)) {
      const t = tokens[j];
      const head = r.vocabulary.roleHead(t.lower);
      const orgNoun = ORG_ANAPHORS[t.lower];
      const nextIsName = j + 1 < tokens.length && r.joinedTo(j + 1) && tokens[j + 1].cap && !t.possessive;
      const nextIsOf = j + 1 < tokens.length && tokens[j + 1].lower === 'of' && r.joinedTo(j + 1);
      if ((head || orgNoun) && !nextIsName && !nextIsOf && !nounModifierAt(r, j + 1)) {
        const span = { start: tokens[i].start, end: tokens[j].end };
        if (taken.overlaps(span)) break;
        const modifiers = tokens.slice(i + 1, j);
        const named = modifiers.length > 0 && modifiers.every((m) => m.cap && (isDemonym(m.lower) || isCountry(m.lower) || m.lower === 'u.s.'));
        const base = { ...span, roles: [], inQuote: tokens[i].inQuote, form: 'title' as MentionForm };
        if (orgNoun && named) {
          out.push({ ...base, kind: 'organization', form: 'full', name: r.text.slice(tokens[i + 1].start, tokens[j].end).replace(/['’]s?$/, '') });
        } else if (orgNoun) {
          out.push({ ...base, kind: 'organization', name: t.word.toLowerCase(), tentative: true, anaphor: t.lower, ...(nearCue(r, i, j) ? { nearCue: true } : {}) });
        } else if (head && !/s$/.test(t.lower.replace(/ss$/, '')) ) {
          out.push({ ...base, kind: 'title', name: head, titleWords: [...modifiers.map((m) => m.lower), head] });
        }
        break;
      }
      if (t.cap ? !(isDemonym(t.lower) || isCountry(t.lower) || t.lower === 'u.s.') : !/^[\p{Ll}\d-]+$/u.test(t.word) || FUNCTION_WORDS.has(t.lower)) break;
      j++;
    }
  }
  return out;
}

/** Unnamed sources next to a cue: "two US officials told CNN", "according to sources familiar with the matter". */
function sourceMentions(r: Reader, taken: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    // "Evangelical Iowans said": a people or a faith in the plural speaks as a group
    const community = head.cap && /s$/.test(head.lower) && isCommunityWord(head.lower);
    if (!SOURCE_HEADS.has(head.lower) && !NAMED_GROUPS.has(head.lower) && !community) continue;
    if (head.inQuote || head.possessive) continue;
    // left: determiners, quantifiers, modifiers ("a senior administration", "two US", "Morrison's")
    let from = h;
    let quantified = false;
    let determined = false;
    let namedModifier = false;
    for (let i = h - 1; i >= 0 && h - i <= 5 && r.spaced(i + 1); i--) {
      const t = tokens[i];
      if (SOURCE_QUANTIFIERS.has(t.lower) && t.lower !== 'the') {
        from = i;
        quantified = true;
        break;
      }
      if (t.lower === 'the' || POSSESSIVE_DETERMINERS.has(t.lower) || (t.possessive && t.cap)) {
        from = i;
        determined = true;
        if (t.possessive) while (from > 0 && r.spaced(from) && tokens[from - 1].cap && classes[from - 1] !== 'function') from--;
        break;
      }
      if (t.cap && classes[i] !== 'function') {
        from = i;
        namedModifier = true;
        continue;
      }
      const tags = lexiconTags(t.lower);
      const verbLike = tags.some((x) => /Tense|Gerund|Modal|Copula|Adverb|Infinitive/.test(x)) || (/ed$/.test(t.lower) && !tags.includes('Adjective'));
      if (!t.cap && !FUNCTION_WORDS.has(t.lower) && /^[\p{Ll}-]+$/u.test(t.word) && !verbLike) {
        from = i;
        continue;
      }
      break;
    }
    // right: "familiar with the matter", "briefed on the talks", "close to the negotiations"
    let to = h;
    const rest = r.text.slice(head.end, head.end + 60).replace(/^[ \u00a0]+/, '');
    if (/^[ \u00a0]/.test(r.text.slice(head.end, head.end + 1)) && SOURCE_POSTMODIFIER.test(rest)) {
      to = phraseEnd(r, h + 1, 8);
    }
    if (!nearCue(r, from, to)) continue;
    const span = { start: tokens[from].start, end: tokens[to].end };
    if (taken.overlapping(span).some((s) => !(s.start >= span.start && s.end <= span.end))) continue;
    if (tokens[from].lower === 'both') continue;
    // "the group", "the union": a definite organisation, resolved as one ("The unions" stay unnamed sources)
    if (from === h - 1 && tokens[from].lower === 'the' && ORG_ANAPHORS[head.lower]) continue;
    const group =
      NAMED_GROUPS.has(head.lower) || community || (!quantified && !determined && namedModifier && GROUP_HEADS.has(head.lower) && to === h);
    out.push({
      ...span,
      kind: group ? 'group' : 'anonymous',
      form: 'description',
      name: r.text.slice(span.start, span.end),
      roles: [],
      inQuote: false,
      nearCue: true,
    });
  }
  return out;
}

function pronounMentions(r: Reader): MentionCandidate[] {
  return r.tokens
    .filter((t) => REFERRING_PRONOUNS[t.lower] !== undefined)
    .map((t) => ({
      start: t.start,
      end: t.end,
      kind: 'pronoun' as const,
      form: 'pronoun' as const,
      name: t.lower,
      roles: [],
      inQuote: t.inQuote,
      ...(REFERRING_PRONOUNS[t.lower].gender ? { gender: REFERRING_PRONOUNS[t.lower].gender } : {}),
    }));
}

/** The mentions of one paragraph; `vocabulary` tells which words are titles and which verbs cue speech. */
export function findMentions(
  paragraph: string,
  sentences: Span[],
  quotes: LocalQuote[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): MentionCandidate[] {
  const r = new Reader(paragraph, tokenize(paragraph, sentences, quotes, vocabulary), vocabulary);
  const organizations = organizationMentions(r);
  const people = personMentions(r, findNameCores(r), new SpanIndex(organizations));
  shareSurnames(r, people);
  const named = [...organizations, ...people.filter((m) => !m.tentative)];
  const descriptions = descriptionMentions(r, new SpanIndex(named));
  const sources = sourceMentions(r, new SpanIndex([...named, ...descriptions]));
  const roles = people.flatMap((m) => m.roles);
  const places = placeMentions(r, new SpanIndex<Span>([...organizations, ...people, ...roles, ...descriptions, ...sources]));
  const all = [...organizations, ...people, ...places, ...descriptions, ...sources, ...pronounMentions(r)];
  // a source description holding a name or a title ("Morrison's lawyer") wins over the anaphor inside it
  const sourcesAndRoles = new SpanIndex<Span>([...sources, ...roles]);
  const roleIndex = new SpanIndex(roles);
  const sourceIndex = new SpanIndex(sources);
  // “Shark Tank”, “Becoming Jane”: the title of a work names no person
  const workTitles = new SpanIndex(quotes.filter((q) => q.kind === 'title'));
  // "Zhao He": the pronoun-shaped surname is no pronoun
  const names = new SpanIndex(people);
  // a dateline before the first sentence ("NEW BEDFORD, Mass. (AP) —") names a place and an agency, no actor
  const bodyStart = sentences[0]?.start ?? 0;
  const kept = all.filter(
    (m) =>
      m.start >= bodyStart &&
      !(m.kind === 'title' && sourcesAndRoles.contains(m)) &&
      !(m.anaphor && sourceIndex.contains(m)) &&
      !(m.tentative && !m.anaphor && roleIndex.contains(m)) &&
      !(m.kind === 'person' && workTitles.contains(m)) &&
      !(m.kind === 'pronoun' && names.contains(m)),
  );
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

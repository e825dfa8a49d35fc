/**
 * The people a paragraph names: runs of capitalised words that can be a personal name, read as a person when
 * something shows it is one (a first name, an honorific, a title or a stated role), else as a lone word the
 * resolver decides about later.
 */
import type { Role } from '../model';
import {
  COMPOUND_ADJECTIVE,
  CREDIT_WORDS,
  firstNameGender,
  HONORIFIC_GENDER,
  HONORIFICS,
  isFirstName,
  isPlaceHead,
  isPlaceName,
  isPlaceWord,
  placeFactsOf,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  PARTY_WORDS,
  PLACE_INITIALS,
  PRONOUN_SURNAMES,
  stemTags,
} from '../lexicon/people';
import { TITLE_SURNAMES } from '../lexicon/roles';
import { COMPANY_CONTEXT_AFTER, COMPANY_CONTEXT_BEFORE } from '../lexicon/companies';
import type { SpanIndex } from '../text/spanIndex';
import { GENDERED_ROLES } from '../lexicon/roles';
import { ORG_ANAPHORS, ORG_NOUNS_AFTER_NAME } from '../lexicon/organizations';
import { lastHeadWord } from '../lexicon/sources';
import type { MentionCandidate, NameCore, Reader, WordClass } from './reader';
import type { Token } from '../text/tokens';
import { withNearCue } from './phrases';
import { appositiveAnchor, LIST_JOIN, ownDescriptionBefore, ownerBefore, partyAfter, pluralTitle, roleBeforeComma, rolesAfter, sharedTitle, titleRole, titleStart } from './roles';
import { PLACE_PREPOSITION } from '../lexicon/grammar';
import { copyWith } from '../text/copyWith';

/** Runs of capitalised words that can be a personal name. */
export function findNameCores(r: Reader): NameCore[] {
  const cores: NameCore[] = [];
  const { tokens, classes } = r;
  let i = 0;
  while (i < tokens.length) {
    const c = classes[i];
    const t = tokens[i];
    const honorificStart = (c === 'honorific' || c === 'nameHonorific') && r.joinedTo(i + 1) && tokens[i + 1].cap && !tokens[i].possessive;
    const initialStart = (c === 'initial' || joinedInitials(r, i)) && r.joinedTo(i + 1) && tokens[i + 1].cap;
    // "De la Fontaine said": a capitalised particle opens the name when a particle or a name word follows
    const particleStart = NAME_PARTICLES.has(t.lower) && r.joinedTo(i + 1) && (tokens[i + 1].cap || NAME_PARTICLES.has(tokens[i + 1].lower));
    if (!t.cap || !(c === 'first' || c === 'unknown' || honorificStart || initialStart || particleStart)) {
      i++;
      continue;
    }
    const given = particleStart && givenNameBefore(r, i);
    const from = given ? i - 1 : i;
    const words: string[] = c === 'honorific' ? [] : given ? [tokens[i - 1].word, t.word] : [c === 'acronym' ? r.slice(i, i) : t.word];
    let previous: WordClass = initialStart ? 'initial' : c;
    // "Le Pen", "van Dam": a capitalised common word right after a particle is the surname it introduces
    let afterParticle = particleStart && !/^\p{Lu}+$/u.test(t.word); // "LA Pride": an acronym, no particle
    let j = i + 1;
    while (j < tokens.length && r.joinedTo(j) && !tokens[j - 1].possessive) {
      const cj = middleInitial(r, j) ? 'initial' : classes[j];
      const tj = tokens[j];
      const particle = !tj.cap && NAME_PARTICLES.has(tj.lower);
      const nameWord =
        tj.cap &&
        (cj === 'first' ||
          cj === 'unknown' ||
          cj === 'suffix' ||
          cj === 'initial' ||
          // "George H.W. Bush": joined initials after a first name
          (previous === 'first' && cj === 'acronym' && /^(?:\p{Lu}\.){2,3}$/u.test(r.text.slice(tj.start, tj.end))) ||
          ((previous === 'initial' || afterParticle) && cj === 'common') ||
          (previous === 'first' && j === from + 1 && (cj === 'common' || cj === 'place' || (cj === 'role' && roleSurname(r, j))) && !ORG_NOUNS_AFTER_NAME.has(tj.lower)) ||
          (previous === 'unknown' && j === from + 1 && cj === 'common' && titledSurname(r, j)) ||
          (previous === 'nameHonorific' || previous === 'honorific'));
      // "Zhao He said": a capitalised pronoun right after a name word mid-sentence is a surname
      const pronounSurname = tj.cap && !tj.breakBefore && !r.titleCase && PRONOUN_SURNAMES.has(tj.lower) && (previous === 'first' || previous === 'unknown');
      // "bin Saeed", "de la Fontaine": particles, possibly two in a row, before a capitalised name word
      const chain = particle && j + 2 < tokens.length && NAME_PARTICLES.has(tokens[j + 1].lower) && !tokens[j + 1].cap && r.joinedTo(j + 2) && tokens[j + 2].cap;
      // "the Tomas Vell-led board": a compound adjective on a surname still names the person, and ends the name
      const compound = tj.cap && previous === 'first' && COMPOUND_ADJECTIVE.exec(tj.lower);
      if (compound) {
        words.push(tj.word.slice(0, compound.index));
        j++;
        break;
      }
      if (particle && ((j + 1 < tokens.length && tokens[j + 1].cap && r.joinedTo(j + 1)) || chain)) {
        words.push(tj.word);
      } else if ((nameWord && cj !== 'function' && cj !== 'calendar') || pronounSurname) {
        words.push(cj === 'suffix' || cj === 'initial' || cj === 'acronym' ? r.text.slice(tj.start, tj.end) : tj.word);
      } else break;
      previous = particle ? previous : cj === 'acronym' ? 'initial' : cj;
      afterParticle = NAME_PARTICLES.has(tj.lower) && !/^\p{Lu}+$/u.test(tj.word);
      j++;
    }
    if (words.length > 0) {
      const core: NameCore = { from, to: j - 1, words, ...(c === 'honorific' || c === 'nameHonorific' ? { honorific: t.lower } : {}) };
      cores.push(titledGivenName(r, core) ? { from: from - 1, to: j - 1, words: [tokens[from - 1].word, ...words] } : core);
    }
    i = j;
  }
  return cores;
}

/**
 * "James A. Baker", "Samuel I. Vell": a capital "A" or "I" with its full stop inside a name is a middle initial, not
 * the article or the pronoun, when a name word follows it in the same sentence.
 */
function middleInitial(r: Reader, j: number): boolean {
  const next = r.tokens[j + 1];
  return r.classes[j] === 'function' && next !== undefined && next.cap && !next.breakBefore && r.joinedTo(j + 1) && /^\p{Lu}\.$/u.test(r.slice(j, j));
}

/**
 * "J.M. Berger said": two or three joined initials open a name when a name word follows them, one the dictionary
 * does not know as a common word ("P.S. You", "A.C. Others" are no names), and they are not a place ("D.C.").
 */
function joinedInitials(r: Reader, i: number): boolean {
  const next = r.classes[i + 1];
  return r.classes[i] === 'acronym' && (next === 'unknown' || next === 'first') && INITIALS.test(r.slice(i, i)) && !PLACE_INITIALS.has(r.slice(i, i).toLowerCase());
}

const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * "Dutch lawmaker Geert Wilders": after a title's head, an unknown given name and a capitalised common word are the
 * name, the second its surname; not a verb, a plural or an adverb ("lawmaker Geert Says"), nor in a title-case
 * headline. (After a verb of speech the pair is as often a body: "said Judicial Watch".)
 */
function titledSurname(r: Reader, j: number): boolean {
  const from = j - 1;
  if (r.titleCase || from < 1 || !r.spaced(from) || r.tokens[from - 1].possessive || r.roleHeadAt(from - 1) === undefined) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(r.tokens[j].word) && !stemTags(r.tokens[j].lower).some((tag) => NOT_GIVEN_TAGS.test(tag));
}

/** Dictionary tags of a capitalised word that is no part of a name: a verb, a plural, an adverb, a function word. */
const NOT_GIVEN_TAGS = /Verb|Tense|Infinitive|Gerund|Plural|Adverb|Preposition|Determiner|Conjunction/;

/**
 * "France's Marine Le Pen": a capitalised common word mid-sentence right before a capitalised particle that opens a
 * surname is the given name the dictionary does not know as one; not a verb, a plural or an adverb ("Asked De la
 * Fontaine", "Then Van Dam"), nor in a title-case headline.
 */
function givenNameBefore(r: Reader, at: number): boolean {
  const t = r.tokens[at - 1];
  if (!t || r.titleCase || t.breakBefore || !r.joinedTo(at) || r.classes[at - 1] !== 'common' || !/^\p{Lu}/u.test(r.tokens[at].word)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(t.word) && !stemTags(t.lower).some((tag) => NOT_GIVEN_TAGS.test(tag));
}

/**
 * "chief strategist Guy Cecil", "President Park Geun Hye": a capitalised common word or place between a singular
 * title and a name is the given name the dictionary does not know as one. Not a verb, a plural or an adjective
 * of a headline ("Chief Praises …"), a party ("fellow Democrat …") or an acronym.
 */
function titledGivenName(r: Reader, core: NameCore): boolean {
  const at = core.from - 1;
  if (at < 1 || core.honorific || r.titleCase || !r.spaced(at) || !r.spaced(core.from)) return false;
  const t = r.tokens[at];
  const title = r.tokens[at - 1];
  const head = r.roleHeadAt(at - 1);
  if (!head || title.possessive || (title.lower.endsWith('s') && head !== title.lower)) return false;
  if (!(r.classes[at] === 'common' || r.classes[at] === 'place') || !/^\p{Lu}\p{Ll}+$/u.test(t.word) || PARTY_WORDS.has(t.lower)) return false;
  return r.classes[at] === 'place' || !stemTags(t.lower).some((tag) => /Verb|Tense|Infinitive|Gerund|Adjective|Plural/.test(tag));
}

function genderOf(honorific: string | undefined, words: string[], roles: Role[]): 'male' | 'female' | undefined {
  if (honorific && HONORIFIC_GENDER[honorific]) return HONORIFIC_GENDER[honorific];
  const first = words.find((w) => !NAME_HONORIFICS.has(w.toLowerCase()));
  const byName = first ? firstNameGender(first.toLowerCase()) : undefined;
  if (byName) return byName;
  for (const role of roles) {
    const head = role.text.toLowerCase().split(/[\s\u00a0]+/).reverse().find((w) => GENDERED_ROLES[w]);
    if (head) return GENDERED_ROLES[head];
  }
  return undefined;
}

export function personMentions(r: Reader, cores: NameCore[], orgSpans: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  const coveredByOrg = (c: NameCore) => orgSpans.contains({ start: tokens[c.from].start, end: tokens[c.to].end });
  let previousPerson: { core: NameCore; roles: Role[] } | null = null;
  for (const [k, core] of cores.entries()) {
    if (coveredByOrg(core)) continue;
    const first = tokens[core.from];
    const last = tokens[core.to];
    const after = core.to + 1 < tokens.length && r.joinedTo(core.to + 1) ? tokens[core.to + 1] : null;
    if (after && !last.possessive && (ORG_NOUNS_AFTER_NAME.has(after.lower) || (after.cap && classes[core.to + 1] === 'org'))) continue;
    const nameStart = core.honorific && !NAME_HONORIFICS.has(core.honorific) ? core.from + 1 : core.from;
    const title = titleStart(r, core.from);
    const roles: Role[] = [];
    if (title) roles.push(titleRole(r, title.from, core.from - 1));
    const owner = title ? null : ownerBefore(r, core);
    if (owner) roles.push(owner);
    const described = roleBeforeComma(r, core) ?? (title ? ownDescriptionBefore(r, title.from) : null);
    if (described) roles.push(described);
    // "Jonathan Moyo and Saviour Kasukuwere": the second of a coordinated pair shares the first one's title.
    const paired = previousPerson !== null && previousPerson.core.to + 2 === core.from && tokens[core.from - 1].lower === 'and';
    // "Sens. Ada Novak (R-Tex.), Tom Banks and …": a plural title goes to every name of its list
    const listed = previousPerson !== null && pluralTitle(r, previousPerson.roles) !== undefined && LIST_JOIN.test(r.text.slice(tokens[previousPerson.core.to].end, first.start));
    const coordinated = (paired || listed) && !title;
    if (coordinated && previousPerson) roles.push(...previousPerson.roles.filter((x) => x.origin === 'title' || sharedTitle(r, x)));
    const party = partyAfter(r, core, title !== null || coordinated);
    if (party) roles.push(party);
    const nameWords = core.words.filter((w, k) => !(k === 0 && HONORIFICS.has(w.toLowerCase())));
    const single = nameWords.length === 1;
    // "Ada Novak, R-N.M., a lawyer," / "Ada Novak of Marlow, a lawyer,": the appositive after the party or the place
    const anchor = appositiveAnchor(r, core, party);
    const anchored = anchor === core.to ? core : { ...core, to: anchor };
    // "president of the Harbour Workers Union": a name inside a body's name is no next person the role titles
    const nextName = cores[k + 1] && !coveredByOrg(cores[k + 1]) ? cores[k + 1] : undefined;
    const appositive = rolesAfter(r, anchored, single && !title && !core.honorific).filter((role) => !titlesName(r, role, nextName));
    // "Kevin King and … Timothy Weeks, both professors …", "… , the firm's co-founders,": a shared appositive belongs to the pair.
    if (appositive.length && sharedTitle(r, appositive[0]) && previousPerson && coordinatedPair(r, previousPerson.core, core)) {
      out.filter((m) => m.kind === 'person' && m.start === tokens[previousPerson!.core.from].start).forEach((m) => m.roles.push(...appositive));
    }
    roles.push(...appositive);
    // in a title-case headline a name needs a known first name, an honorific or a title with a role head ("U.S.
    // Flexes Muscles", "Republicans Tweet Prayers" have none), and has two words at most
    if (r.titleCase && !single && !core.honorific && !title?.head && classes[nameStart] !== 'first') continue;
    const tail = single && endsLongerName(r, core);
    const evidence = !tail && ((!single && !afterLocative(r, core, nameWords)) || core.honorific !== undefined || (title?.head ?? false) || described !== null || appositive.length > 0 || coordinated);
    // a lone first name is a person ("his wife Grace"), but not after a preposition of place ("in Charlotte")
    const placed = core.from > 0 && PLACE_PREPOSITION.test(tokens[core.from - 1].lower);
    const firstNameAlone = single && !tail && classes[nameStart] === 'first' && !first.breakBefore && !r.placeAt(core.from).place && !placed;
    const name = nameWords.join(' ');
    const phrase = r.slice(nameStart, core.to).toLowerCase().replace(/['’]s$/, '');
    const before = core.from > 0 && r.joinedTo(core.from) ? `${tokens[core.from - 1].lower} ` : '';
    // "South Carolina Republicans": a place whose first word stands before the run is no person's name
    if (isPlaceName(phrase) || (before && (isPlaceWord(before + phrase) || isPlaceWord(before + tokens[nameStart].lower)))) continue;
    if (single && title && inLongerName(r, core, title.from, after)) continue;
    if (namesNoPerson(r, core, nameWords) || (!core.honorific && classes[nameStart] !== 'first' && fillsQuotation(r, core))) continue;
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
    // (not after a middle initial: "James A. Lewis" keeps its surname)
    if (r.titleCase && nameWords.length > 2 && classes[core.to] !== 'suffix' && !/^\p{Lu}\.$/u.test(nameWords[1])) {
      mention.end = tokens[nameStart + 1].end;
      mention.name = nameWords.slice(0, 2).join(' ');
      mention.form = 'full';
    }
    if (!core.honorific && !title && (describedByWhich(r, core, nameWords) || tradesAsCompany(r, core, nameWords) || describedAsBody(roles, nameWords))) {
      out.push(withNearCue(r, core.from, core.to, copyWith(mention, { kind: 'organization' as const, form: last.possessive ? 'possessive' as const : 'full' as const })));
      continue;
    }
    if (!evidence && !firstNameAlone) {
      const named = placeFactsOf(name.toLowerCase());
      const place = named.place || named.country;
      const organization: MentionCandidate = copyWith(mention, { kind: 'organization' as const, tentative: true });
      if (place) organization.place = true;
      out.push(withNearCue(r, core.from, core.to, organization));
      continue;
    }
    const gender = genderOf(core.honorific, nameWords, roles);
    if (gender) mention.gender = gender;
    // "Joe and Hunter Biden": a lone first name coordinated with a full name shares its surname.
    out.push(mention);
    previousPerson = { core, roles };
  }
  return out;
}

/**
 * "Ada Roa, former state senator Tom Banks and …": what follows a name's comma is the next name of a list, with its
 * title, when a title with a head starts where the would-be appositive does and its head stands right before the
 * name. A name that owns what follows is part of a description ("Ada Roa, Senator Tom Banks's wife"), and so is a
 * title owned by someone ("Ada Roa, Banks's former Harbour Board director") or a body the post is of ("president
 * of the Tarn Dockers' Union", "president of the Open Tidewell League").
 */
function titlesName(r: Reader, role: Role, next: NameCore | undefined): boolean {
  if (!next || role.end < r.tokens[next.to].end || r.tokens[next.to].possessive || r.roleHeadAt(next.from - 1) === undefined) return false;
  const title = titleStart(r, next.from);
  return title !== null && title.head && r.tokens[title.from].start === role.start;
}

/**
 * "Kevin King", "Paul Singer": a role word right after a first name is the surname, unless a title of its own goes
 * on after it ("Ada Director of …") or a headline capitalises every word.
 */
function roleSurname(r: Reader, j: number): boolean {
  if (TITLE_SURNAMES.has(r.tokens[j].lower)) return true;
  const after = r.tokens[j + 1];
  return !r.titleCase && !r.tokens[j].lower.endsWith('s') && !(after && r.spaced(j + 1) && (after.cap || after.lower === 'of'));
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
  // "Khan Yunis", "Hong Kong": the first word of a two-word place
  if (next && isPlaceWord(`${tokens[core.to].lower} ${next.lower}`)) return true;
  // "Lena Faraday Park", "Tom Banks Bridge": a place named after a person is no person
  if (next?.cap && !tokens[core.to].possessive && isPlaceHead(next.lower)) return true;
  // a code after it ("Flight ZX4410"); a plain number may follow a real name ("told Ines Roa 10 days ago")
  if (next && /\d/.test(next.word) && (/\p{L}/u.test(next.word) || !hasFirstName(words))) return true;
  // "Tomas Vell via Wirefoto Images": a photographer credited through an agency, not "Trump via Twitter"
  if (next?.lower === 'via' && tokens.slice(core.to + 2, core.to + 5).some((t) => CREDIT_WORDS.has(t.lower) || /^(?:ap|afp|reuters)$/.test(t.lower))) return true;
  return words.length > 1 && !hasFirstName(words) && isPlaceHead(words[words.length - 1].toLowerCase());
}

/**
 * "the Muslim Brotherhood", "the Boston Globe", "JPMorgan Chase": a lone name word right after the name of a place,
 * a people or a body ends a longer name, of a body or a place. Not after a title ("Russian President Putin") or a
 * common word, which may be a given name the dictionary lacks ("Dick Costolo"), nor in a title-case headline.
 */
function endsLongerName(r: Reader, core: NameCore): boolean {
  const at = core.from - 1;
  if (at < 0 || core.honorific || r.titleCase || !r.joinedTo(core.from) || r.tokens[core.from].breakBefore) return false;
  const c = r.classes[at];
  if (!r.tokens[at].cap || r.roleHeadAt(at) !== undefined) return false;
  return c === 'place' || c === 'org';
}

/**
 * "in Palo Alto", "near Terre Haute": words with no given name in them right after "in" or "near" name where
 * something is or happens, a place or a body, not a person; a possessive may be the person whose room it is ("in
 * Ivanka Trump's den"). Not after "at", which as often aims at someone ("anger at Marek Vosko").
 */
function afterLocative(r: Reader, core: NameCore, words: string[]): boolean {
  if (core.from === 0 || core.honorific || r.tokens[core.to].possessive || hasFirstName(words)) return false;
  return IN_PLACE.test(r.tokens[core.from - 1].lower) && r.spaced(core.from);
}

/** Prepositions that put what follows them on the map. */
const IN_PLACE = /^(?:in|near)$/;

/**
 * "president of TARNA Pro-Ferry Chile", "daughter of Gull Bay Elementary Principal Ines Vell": one capitalised
 * word after a title with an "of" in it, with more capitals after it, is a word of the body's name, not a person
 * the title names ("Prime Minister Menachem Begin" has no "of").
 */
function inLongerName(r: Reader, core: NameCore, titleFrom: number, after: Token | null): boolean {
  if (after === null || !after.cap || r.tokens[core.to].possessive || r.classes[core.to + 1] === 'calendar') return false;
  return r.tokens.slice(titleFrom, core.from).some((t) => t.lower === 'of');
}

/**
 * “Gull Night”, ''Fascist Vell'': a capitalised run that fills a quotation by itself is a title of a work, a
 * nickname or a slogan, unless it opens on a known given name or an honorific (“Tomas Vell” written in, “Mr. Vell?”).
 */
function fillsQuotation(r: Reader, core: NameCore): boolean {
  const opens = /(?:[“"]|'')$/.test(r.tokens[core.from].gap);
  return opens && /^[,.!?]?(?:[”"]|'')/.test(r.text.slice(r.tokens[core.to].end, r.tokens[core.to].end + 3));
}

/** "Northline Freight, which operates …": a name with no first name that a "which" clause describes is a body. */
function describedByWhich(r: Reader, core: NameCore, words: string[]): boolean {
  const next = r.tokens[core.to + 1];
  return next !== undefined && next.lower === 'which' && /^,\s+$/.test(next.gap) && !r.tokens[core.to].possessive && !hasFirstName(words);
}

/**
 * "Brask Kellner, a research firm", "Dorn Abbot, the hedge fund": a name with no given name whose appositive or
 * description is headed by a class of body is that body. Not "a developer", which may be a person.
 */
function describedAsBody(roles: Role[], words: string[]): boolean {
  if (hasFirstName(words)) return false;
  return roles.some((role) => {
    const head = lastHeadWord(role.text);
    return head !== 'developer' && (ORG_ANAPHORS[head] !== undefined || head === 'fund');
  });
}

/** "Shares of Tallis Brandt fell", "Tallis Brandt said in a statement": a name with no given name that trades or issues statements is a company. */
function tradesAsCompany(r: Reader, core: NameCore, words: string[]): boolean {
  if (words.length < 2 || hasFirstName(words)) return false;
  const { tokens, text } = r;
  const before = text.slice(Math.max(0, tokens[core.from].start - 16), tokens[core.from].start);
  const after = text.slice(tokens[core.to].possessive ? tokens[core.to].end - 2 : tokens[core.to].end, tokens[core.to].end + 100);
  // "… said in a statement that she would resign": a person after all
  const personal = /\b(?:he|she|his|her|him)\b/i.test(after.split(/[.!?]/)[0]);
  return !personal && (COMPANY_CONTEXT_BEFORE.test(before) || COMPANY_CONTEXT_AFTER.test(after));
}

const coordinatedPair = (r: Reader, a: NameCore, b: NameCore) => {
  const between = r.text.slice(r.tokens[a.to].end, r.tokens[b.from].start);
  return /^\s+and\s+(?:\p{Lu}\p{L}*\s+){0,2}$/u.test(between);
};

/** "Joe and Hunter Biden": gives a lone first name the surname of the full name it is coordinated with. */
export function shareSurnames(r: Reader, mentions: MentionCandidate[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.kind !== 'person' || b.kind !== 'person' || a.name.includes(' ') || !b.name.includes(' ')) continue;
    if (!/^\s+and\s+$/.test(r.text.slice(a.end, b.start)) || !isFirstName(a.name.toLowerCase())) continue;
    a.name = `${a.name} ${b.name.split(' ').slice(1).join(' ')}`;
    a.form = 'full';
  }
}

/**
 * The roles a paragraph states for a person: the title before the name ("Harbour Master Ines Roa"), an appositive
 * after it (", a former envoy,"), a predicate ("who is the …", "is the …"), or a description set before it by a
 * comma ("The priest, …").
 */
import type { Role } from '../model';
import { lexiconTags, PARTY_WORDS } from '../lexicon/people';
import { isRoleModifier } from '../lexicon/roles';
import { ARTICLES, FUNCTION_WORDS, POSSESSIVE_DETERMINERS, RELATIVE_ADVERBS } from '../lexicon/grammar';
import { COUNT_WORD, POST_TIME_OR_HEDGE, TITLE_CONNECTORS, TITLE_SURNAMES, TRADE_WORDS } from '../lexicon/roles';
import { PARTY_STATE } from '../lexicon/sources';
import type { NameCore, Reader } from './reader';
import { phraseEnd } from './phrases';
import { linkingVerbEnd, postTakenAs, relativeRoleStart, SERVING, supposed } from './rolePredicates';

/** Walks left from token `end` (exclusive) over a pre-name title; returns its first token or -1. */
export function titleStart(r: Reader, end: number): { from: number; head: boolean } | null {
  const { tokens, classes } = r;
  let from = -1;
  let head = false;
  let demonymOnly = true;
  let titled = false;
  for (let i = end - 1; i >= 0 && end - i <= 14; i--) {
    if (!r.spaced(i + 1)) {
      // "“Harbour Nights” star Ada Novak": the show or book a head right before the name is of opens the title
      const work = head && from === i + 1 ? quotedWorkBefore(r, i + 1) : -1;
      if (work >= 0) from = work;
      break;
    }
    const t = tokens[i];
    const c = classes[i];
    const h = r.roleHeadAt(i) !== undefined;
    // the word next to the name is a title, a demonym, or the object of one ("Secretary of State"):
    // "Lawmakers Rip Donald Trump" has no title
    // "the president's Pacific trip": a possessive next to the name owns it, it does not title it
    if (i + 1 === end && t.possessive) return null;
    if (i + 1 === end) titled = h || r.placeAt(i).nation || PARTY_WORDS.has(t.lower);
    if (t.possessive && i + 1 !== end) {
      from = i;
      while (from > 0 && r.spaced(from) && tokens[from - 1].cap && classes[from - 1] !== 'function') from--;
      break;
    }
    if (POSSESSIVE_DETERMINERS.has(t.lower) && i + 1 !== end) {
      from = i;
      break;
    }
    if (h || (!t.cap && isTitleWord(t.lower)) || (t.cap && c !== 'function' && c !== 'calendar' && c !== 'honorific')) {
      if (h) head = true;
      if (!(r.placeAt(i).nation || PARTY_WORDS.has(t.lower))) demonymOnly = false;
      from = i;
      continue;
    }
    // "Secretary of State", "Ambassador to the European Union", "Prime Minister and Minister of …"
    // "the former aide to President Tom Banks": a title right after "to"/"of" is the name's own; what comes before it
    // describes someone else
    const ownTitle = t.lower !== 'and' && r.roleHeadAt(i + 1) !== undefined;
    if (TITLE_CONNECTORS.has(t.lower) && !t.cap && !ownTitle) {
      let k = i;
      while (k > 0 && TITLE_CONNECTORS.has(tokens[k - 1].lower) && !tokens[k - 1].cap && i - k < 2) k--;
      const before = k - 1;
      if (before >= 0 && r.spaced(k) && r.roleHeadAt(before) !== undefined && from >= 0) {
        const joinsTitles = t.lower === 'and' ? r.isRoleWordAt(from) : true;
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

/**
 * The first token of a quoted, capitalised title of a work that ends right before token `at` ("“Harbour Nights” star",
 * "\"Morning Tide\" co-host"), or -1. Six words at most, each capitalised or a function word inside.
 */
function quotedWorkBefore(r: Reader, at: number): number {
  const { tokens } = r;
  if (!/^[”"’']\s+$/.test(tokens[at].gap)) return -1;
  for (let k = at - 1; k >= 0 && at - k <= 6; k--) {
    if (!tokens[k].cap && r.classes[k] !== 'function') return -1;
    if (/[“"‘']\s*$/.test(tokens[k].gap) && tokens[k].cap) return k;
    if (k < at - 1 && !r.spaced(k + 1)) return -1;
  }
  return -1;
}

/**
 * "CNN's Dana Bash", "Germany's Angela Merkel", "CBS News' Ines Roa": the network, the country or the body a name is
 * owned by right before it describes the person. An owner with a first name or a courtesy title is a person
 * ("Mr. Brolin's Mannix": a part he plays), and says no post.
 */
export function ownerBefore(r: Reader, core: NameCore): Role | null {
  const { tokens, classes } = r;
  const last = core.from - 1;
  // a title-case headline capitalises what the name owns as well ("Calls Banks's Bluff")
  if (r.titleCase || last < 0 || !r.spaced(core.from) || !tokens[last].possessive || !tokens[last].cap) return null;
  let from = last;
  while (from > 0 && last - from < 2 && r.spaced(from) && tokens[from - 1].cap && !tokens[from - 1].possessive && classes[from - 1] !== 'function') from--;
  for (let i = from; i <= last; i++) if (classes[i] === 'first' || classes[i] === 'honorific' || classes[i] === 'function') return null;
  return roleOf(r, from, last, 'title');
}

/** A lower-case word that may stand inside a title before its head: a modifier or a trade ("former", "oil"). */
const isTitleWord = (lower: string) => isRoleModifier(lower) || TRADE_WORDS.has(lower);

/** The title before a name from token `from` to `to`, with the opening mark of a quoted work it starts with. */
export function titleRole(r: Reader, from: number, to: number): Role {
  const role = roleOf(r, from, to, 'title');
  const mark = r.text[role.start - 1];
  const quotedWork = /[”"’']/.test(role.text);
  if (quotedWork && mark !== undefined && /[“"‘']/.test(mark) && r.tokens[from].gap.endsWith(mark)) return { ...role, start: role.start - 1, text: mark + role.text };
  return role;
}

export const roleOf = (r: Reader, from: number, to: number, origin: Role['origin']): Role => ({
  start: r.tokens[from].start,
  end: r.tokens[to].end,
  text: r.slice(from, to),
  origin,
});

function hasRoleHead(r: Reader, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (r.roleHeadAt(i) !== undefined) return true;
  return false;
}

/** ", a former EU envoy to the Sahel," / ", who is the …" / " is the company's chief executive". */
export function rolesAfter(r: Reader, core: NameCore, strict: boolean): Role[] {
  const { tokens } = r;
  // "Ines Roa, 43, is a …": an age set off by commas stands between the name and what it is
  const aged = /^\d{1,3}$/.test(tokens[core.to + 1]?.word ?? '') && /^,\s+$/.test(tokens[core.to + 1].gap) && /^,\s+$/.test(tokens[core.to + 2]?.gap ?? '');
  const next = aged ? core.to + 2 : core.to + 1;
  if (next >= tokens.length) return [];
  const gap = tokens[next].gap;
  let from = next;
  let origin: Role['origin'] = 'appositive';
  const linked = tokens[next - 1].possessive ? -1 : linkingVerbEnd(r, next);
  const copula = linked > 0;
  // "Ines Roa served as harbour master": the post the person held, as "who served as" reads it
  const serving = SERVING.test(tokens[next].lower) && tokens[next + 1]?.lower === 'as';
  const taking = serving ? -1 : postTakenAs(r, next);
  if ((copula || serving || taking > 0) && (/^\s+$/.test(gap) || (aged && /^,\s+$/.test(gap)))) {
    from = taking > 0 ? taking : serving ? next + 2 : copula ? linked : next + 1;
    // "Ines Roa is now the harbour master", "was also a member": an adverb of time between the verb and the post
    if (copula && RELATIVE_ADVERBS.has(tokens[from]?.lower ?? '') && r.spaced(from + 1)) from++;
    origin = 'predicate';
  } else if (SET_OFF.test(gap)) {
    const relative = relativeRoleStart(r, next);
    if (relative > 0) {
      from = relative;
      origin = 'predicate';
    } else if (POST_TIME_OR_HEDGE.test(tokens[next].lower) && r.spaced(next + 1)) {
      // "Tom Banks, then a harbour pilot,", "Ines Roa, now a judge,": the post held at another time; "Ada Novak --
      // perhaps the likeliest winner --": a description the writer hedges
      from = next + 1;
    }
  } else return [];
  // "“Tom Banks is a fraud,” she said": GUIDELINES 3(c) take a predicate even inside reported speech; an appositive
  // there is as often the next item of a spoken list or the subject of a new clause
  if (from >= tokens.length || (tokens[next].inQuote && origin !== 'predicate')) return [];
  const first = tokens[from];
  const starts =
    ARTICLES.has(first.lower) ||
    POSSESSIVE_DETERMINERS.has(first.lower) ||
    first.lower === 'both' ||
    first.lower === 'another' ||
    oneOfThe(r, from) ||
    capitalisedLead(r, from) ||
    r.isRoleWordAt(from) ||
    fieldBeforeHead(r, from) ||
    tokens[from - 1].lower === 'as';
  if (!starts) return [];
  // "Ines Roa was harbour master", "is president of the board": a bare post after the verb is a title with its head
  const determined = ARTICLES.has(first.lower) || first.possessive || POSSESSIVE_DETERMINERS.has(first.lower) || tokens[from - 1].lower === 'as';
  if (origin === 'predicate' && !determined && !(bareTitle(r, from) && !supposed(r, core.from))) return [];
  const to = phraseEnd(r, from);
  // "Tom Banks, a Harbour Democrat who voted no": a restrictive relative clause is cut off, the description before it
  // is as whole as one a comma closes
  const closes = to + 1 >= tokens.length || /[,;.!?—–]|--/.test(tokens[to + 1].gap) || (r.spaced(to + 1) && PERSON_RELATIVE.test(tokens[to + 1].lower));
  // "On Meet the Voters, the front-runner said …", "… by Tom Banks, the mayor said": a description a verb of speech
  // follows is the subject of that verb, no appositive of the name before the comma
  if (origin === 'appositive' && !closes && r.spaced(to + 1) && r.vocabulary.cueClass(tokens[to + 1].lower) === 'speech') return [];
  // "… as the vote neared": after "as" only a title is a role, a clause of time is not
  const headless = strict || !closes || !ARTICLES.has(first.lower) || tokens[from - 1].lower === 'as';
  if (!hasRoleHead(r, from, to) && headless) return [];
  if (to === from && ARTICLES.has(first.lower)) return [];
  return [roleOf(r, from, to, origin)];
}

/**
 * An appositive that opens with capitalised words: an owner ("Ada Roa's daughter", "Mrs. Roa's chief of staff") or a
 * place or body before a singular title ("Ohio Secretary of State", "Harbourline chief executive"). A plural title
 * after them is a new subject ("Tom Banks, Republican candidates said …"), and a name after the title is the next
 * name of a list, which `titlesName` tells.
 */
function capitalisedLead(r: Reader, from: number): boolean {
  const { tokens } = r;
  for (let k = from; k < from + 4 && k < tokens.length && (k === from || r.spaced(k)); k++) {
    const t = tokens[k];
    if (t.cap ? r.classes[k] === 'function' : !isTitleWord(t.lower) && !isSingularHead(r, k)) return false;
    // "Ada Roa, Kevin Bishop and …": a title word right after a first name is a surname
    if (k > from && r.classes[k - 1] === 'first' && TITLE_SURNAMES.has(t.lower)) return false;
    if ((t.cap && t.possessive) || (k > from && isSingularHead(r, k))) return true;
    if (!tokens[from].cap) return false;
  }
  return false;
}

/**
 * ", research director for …", ", refugee rights program director at …": up to three lower-case words of a field run
 * into a singular title head, with no article before them. A verb, an adverb or a function word opens a clause instead
 * (", recently named director", ", became chairman").
 */
function fieldBeforeHead(r: Reader, from: number): boolean {
  const { tokens } = r;
  for (let k = from; k < tokens.length && k - from <= 3 && (k === from || r.spaced(k)); k++) {
    // ", information officer Tom Banks and …": a title a name follows is that name's, the next of a list
    if (k > from && isSingularHead(r, k)) return !(r.spaced(k + 1) && tokens[k + 1].cap);
    if (!isFieldWord(r, k)) return false;
  }
  return false;
}

/** A lower-case word that may name a field before a title head: no function word, verb or adverb ("research"). */
function isFieldWord(r: Reader, k: number): boolean {
  const t = r.tokens[k];
  if (t.cap || FUNCTION_WORDS.has(t.lower) || !/^[\p{Ll}-]+$/u.test(t.word) || /ly$/.test(t.lower)) return false;
  return !lexiconTags(t.lower).some((x) => CLAUSE_TAG.test(x));
}

/** Dictionary tags of a word that opens a clause rather than a title: a past tense, an adverb, a modal, a copula. */
const CLAUSE_TAG = /^(?:PastTense|Adverb|Modal|Copula|Conjunction|Preposition)$/;

/** A comma or a dash that sets a description off from a name: ", ", " — ", " -- " (the typewriter dash of wire copy). */
const SET_OFF = /^(?:,\s+|\s*[—–]\s*|\s+--\s+)$/;

/** The relative pronouns that open a clause about a person ("who", "whose", "whom"). */
const PERSON_RELATIVE = /^(?:who|whose|whom)$/;

/**
 * A title with no article that opens on its head or on one or two title or field words before it ("port chief"),
 * the head ending the phrase or taking its complement ("of the board"): "is head and shoulders above" is no post.
 */
function bareTitle(r: Reader, from: number): boolean {
  for (let k = from; k <= from + 2 && k < r.tokens.length && (k === from || r.spaced(k)); k++) {
    if (isSingularHead(r, k)) return !r.spaced(k + 1) || /^(?:of|for|to|at|in|on)$/.test(r.tokens[k + 1].lower);
    // "he was becoming chairman": a word in -ing right after the verb makes it progressive, not a post
    if (!r.isRoleWordAt(k) && !(isFieldWord(r, k) && !(k === from && r.tokens[k].lower.endsWith('ing')))) return false;
  }
  return false;
}

/** "The priest, Fidelis Mukonori", "his predecessor, Fiona Hill": a description set before the name by a comma. */
export const roleBeforeComma = (r: Reader, core: NameCore): Role | null => describedBefore(r, core.from);

/**
 * "her husband, former President Tom Banks,": a description a possessive determiner opens, set by a comma before a
 * name's own title starting at token `start`. One with an article is as often the item before it in a list of
 * titled names ("the mayor, Senator Ada Roa and …").
 */
export function ownDescriptionBefore(r: Reader, start: number): Role | null {
  const role = describedBefore(r, start);
  return role && POSSESSIVE_DETERMINERS.has(firstWordOf(role)) ? role : null;
}

/** A description that ends on a role head, set off by a comma or a dash before token `start`. */
function describedBefore(r: Reader, start: number): Role | null {
  const { tokens } = r;
  const last = start - 1;
  if (last < 0 || !SET_OFF.test(tokens[start].gap)) return null;
  const head = headBeforeComplement(r, last, pairAfter(r, start));
  if (head < 0) return null;
  let from = head;
  for (let i = head - 1; i >= 0 && head - i < 8 && r.spaced(i + 1); i--) {
    const t = tokens[i];
    if (t.possessive) {
      from = i;
      while (from > 0 && r.spaced(from) && tokens[from - 1].cap && r.classes[from - 1] !== 'function') from--;
      // "the agency's director, Ines Roa": the article before the owner opens the description
      if (from > 0 && r.spaced(from) && ARTICLES.has(tokens[from - 1].lower)) from--;
      break;
    }
    if (ARTICLES.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) || COUNT_WORD.test(t.lower)) {
      from = oneOfThe(r, i - 2) ? i - 2 : i;
      break;
    }
    if (r.isRoleWordAt(i) || (!t.cap && TRADE_WORDS.has(t.lower)) || (t.cap && r.classes[i] !== 'function')) {
      from = i;
      continue;
    }
    // "his next closest rival, Tom Banks", "its younger prime-time star, Ada Novak": a word or two that rank or
    // describe the head stand between it and the determiner that opens the description
    if (describesHead(r, i) && (opensDescription(r, i - 1) || (describesHead(r, i - 1) && opensDescription(r, i - 2)))) {
      from = i;
      continue;
    }
    break;
  }
  // "the senators running for president -- Ada Novak, Tom Banks …": before a dash only a description an article, an
  // owner or a count opens is the name's; a bare head there ends a clause that a list follows
  const opener = tokens[from].lower;
  const opened = ARTICLES.has(opener) || POSSESSIVE_DETERMINERS.has(opener) || COUNT_WORD.test(opener) || tokens[from].cap;
  if (!/^,/.test(tokens[start].gap) && !opened) return null;
  return roleOf(r, from, last, 'appositive');
}

/** Token `i` ranks or describes a head after it ("next", "closest", "prime-time") and follows the word before it. */
const describesHead = (r: Reader, i: number): boolean => i > 0 && r.spaced(i) && (isFieldWord(r, i) || /^(?:next|most|other|only)$/.test(r.tokens[i].lower));

/** Token `i` is an article or a possessive determiner that may open a description ("the", "his", "its"). */
const opensDescription = (r: Reader, i: number): boolean => i >= 0 && (ARTICLES.has(r.tokens[i].lower) || POSSESSIVE_DETERMINERS.has(r.tokens[i].lower));

const isSingularHead = (r: Reader, i: number) => r.roleHeadAt(i) === r.tokens[i].lower.replace(/\.$/, '');

/**
 * The head of a title that ends at token `last`: `last` itself ("The priest,"), or the head before an of/for/at/from
 * complement ("The leader of the Green Party,", "the director of the port authority,"); -1 when there is none.
 */
function headBeforeComplement(r: Reader, last: number, pair: boolean): number {
  if (isHeadAt(r, last, pair)) return last;
  const { tokens } = r;
  for (let i = last; i >= 2 && last - i < 6 && r.spaced(i); i--) {
    const t = tokens[i];
    // "head of its technology division": a possessive determiner may open the complement, a possessive noun may not
    // "the attorney for the District of Columbia": an "of" between capitals is inside a name
    const named = t.lower === 'of' && tokens[i - 1].cap && tokens[i + 1]?.cap;
    if (t.possessive || (FUNCTION_WORDS.has(t.lower) && !/^(?:the|and|a|an|from)$/.test(t.lower) && !POSSESSIVE_DETERMINERS.has(t.lower) && !named)) return -1;
    if (/^(?:of|for|at|from)$/.test(tokens[i - 1].lower) && r.spaced(i - 1) && isHeadAt(r, i - 2, pair)) return i - 2;
  }
  return -1;
}

/**
 * A singular role head at token `i`, or a plural one picked out of its group ("one of the reporters") or counted
 * before the names it is shared by ("two senior inspectors, Ada Roa and Tom Banks,").
 */
const isHeadAt = (r: Reader, i: number, pair: boolean) =>
  isSingularHead(r, i) || (r.roleHeadAt(i) !== undefined && (pair || oneOfThe(r, i - 3) || countedAt(r, i) >= 0));

/**
 * "its owners, Ada Novak and Tom Banks, said": the names from token `start` are two, joined by "and" and closed by
 * punctuation (a plural's pair). "Compared to the rival candidates, Novak and Banks agree" goes on as a clause.
 */
function pairAfter(r: Reader, start: number): boolean {
  const { tokens } = r;
  const capitals = (from: number) => {
    let k = from;
    while (k < tokens.length && k - from < 4 && tokens[k].cap && (k === from || r.spaced(k))) k++;
    return k;
  };
  const and = capitals(start);
  if (and === start || and + 1 >= tokens.length || tokens[and].lower !== 'and' || !r.spaced(and) || !r.spaced(and + 1)) return false;
  const end = capitals(and + 1);
  return end > and + 1 && (end >= tokens.length || /[,;.:!?—–)]/.test(tokens[end].gap));
}

/** The count word ("two", "both") that opens the title whose head is token `head`, over capitals and title words; or -1. */
function countedAt(r: Reader, head: number): number {
  for (let i = head - 1; i >= 0 && head - i <= 4 && r.spaced(i + 1); i--) {
    if (COUNT_WORD.test(r.tokens[i].lower)) return i;
    if (!r.tokens[i].cap && !isTitleWord(r.tokens[i].lower)) return -1;
  }
  return -1;
}

/**
 * A title shared by the names listed with it: counted ("two senior inspectors", "both professors at …") or ending on
 * a plural head ("its owners", "the firm's co-founders").
 */
export function sharedTitle(r: Reader, role: Role): boolean {
  if (COUNT_WORD.test(firstWordOf(role))) return true;
  const last = role.text.toLowerCase().split(/[\s\u00a0]+/).pop()!.replace(/\.$/, '');
  const head = r.vocabulary.roleHead(last);
  return head !== undefined && head !== last;
}

/** A role's first word, lower case: what opens the description ("her", "two"). */
const firstWordOf = (role: Role): string => role.text.split(/[\s\u00a0]/)[0].toLowerCase();

/**
 * "one of the", "one of his", "one of Harbourline's", "one of Mayor Tom Banks's": a member picked out of a group starts
 * at token `at`.
 */
function oneOfThe(r: Reader, at: number): boolean {
  const t = (k: number) => r.tokens[k];
  if (at < 0 || !t(at + 2) || t(at).lower !== 'one' || t(at + 1).lower !== 'of' || !r.spaced(at + 1) || !r.spaced(at + 2)) return false;
  if (ARTICLES.has(t(at + 2).lower) || POSSESSIVE_DETERMINERS.has(t(at + 2).lower)) return true;
  for (let k = at + 2; k < at + 6 && t(k)?.cap && (k === at + 2 || r.spaced(k)); k++) if (t(k).possessive) return true;
  return false;
}

/** What may follow a name as its party and state: "(R-Fla.)", "(Ariz.)", ", R-Ky.,"; group 1 or 2 is the designation. */
const PARTY_AFTER_NAME = /^(?:[ \u00a0]\(([^()\s]{1,9})\)|,[ \u00a0]([^,\s]{3,9}),)/;
/** A state abbreviation or a short state name ("Ariz.", "N.H.", "Iowa"). */
const STATE_SHAPE = /^(?:\p{Lu}[\p{Ll}.]{1,5}|(?:\p{Lu}\.){2})$/u;

/**
 * The party and state after a name ("Sen. Ada Novak (R-Tex.)", "Novak, R-Tex., said"); a bare state only in
 * brackets after a titled name, since a bracketed capital after an untitled one is as often an agency ("(AP)").
 */
export function partyAfter(r: Reader, core: NameCore, titled: boolean): Role | null {
  const end = r.tokens[core.to].end;
  const m = PARTY_AFTER_NAME.exec(r.text.slice(end, end + 14));
  const designation = m?.[1] ?? m?.[2];
  if (!m || !designation) return null;
  if (!PARTY_STATE.test(designation) && !(titled && m[1] && STATE_SHAPE.test(designation))) return null;
  const start = end + m[0].indexOf(designation);
  return { start, end: start + designation.length, text: designation, origin: 'appositive' };
}

/**
 * The token an appositive after the name follows: the name's last, or the end of a party and state set off by commas
 * ("Tom Banks, R-N.M., a former senator,") or of the place the name is "of" ("Ada Roa of Marlow, a lawyer,").
 */
export function appositiveAnchor(r: Reader, core: NameCore, party: Role | null): number {
  const { tokens } = r;
  let at = core.to;
  if (party && r.text[tokens[core.to].end] === ',') while (at + 1 < tokens.length && tokens[at + 1].start < party.end && at - core.to < 4) at++;
  else if (tokens[at + 1]?.lower === 'of' && r.spaced(at + 1) && !tokens[at].possessive) {
    let k = at + 2;
    let placed = false;
    for (; k < tokens.length && k - at < 5 && tokens[k].cap && r.spaced(k); k++) placed ||= r.placeAt(k).place || r.placeAt(k).country;
    if (placed && /^,\s+$/.test(tokens[k]?.gap ?? '')) at = k - 1;
  }
  return at;
}

/** A plural title ("Sens.", "ministers") among `roles`: it titles every name listed after it. */
export function pluralTitle(r: Reader, roles: Role[]): Role | undefined {
  return roles.find((role) => {
    const last = role.text.toLowerCase().split(/[\s\u00a0]+/).pop()!.replace(/\.$/, '');
    return role.origin === 'title' && last.endsWith('s') && r.vocabulary.roleHead(last) !== undefined && r.vocabulary.roleHead(last.slice(0, -1)) !== undefined;
  });
}

/** "A (R-Fla.), B and C", "A or B": what stands between two names of one list, a bracketed party after the first allowed. */
export const LIST_JOIN = /^(?:[ \u00a0]\([^()]{1,12}\))?(?:,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)$/;

/** Named organisations, and countries and cities named on their own (actors only as sources). */
import { isCommunityWord, isPlaceWord } from '../lexicon/people';
import { KNOWN_ORG_PHRASES, KNOWN_ORGS, ORG_WORDS, OWNED_BODIES } from '../lexicon/organizations';
import { COMPANY_NAME_WORDS } from '../lexicon/companies';
import { lastStartingAtOrBefore, type SpanIndex } from '../text/spanIndex';
import type { MentionCandidate, Reader } from './reader';
import { nearCue, nounModifierAt, withNearCue } from './phrases';

/** Capitalised runs holding an organisation word ("House Intelligence Committee"), known organisations, "The Real Deal". */
export function organizationMentions(r: Reader): MentionCandidate[] {
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
    // a company word names a company only after another name word, and not in a title-case headline
    const companyWord = (k: number) => k > i && !r.titleCase && COMPANY_NAME_WORDS.has(tokens[k].lower);
    const orgWord = (k: number) => ORG_WORDS.has(tokens[k].lower) || KNOWN_ORGS.has(tokens[k].lower) || companyWord(k);
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
    const untitled = (k: number) => tokens[k]?.cap && r.roleHeadAt(k) === undefined;
    while (to >= 0 && to < j && /^(?:of|for)$/.test(tokens[to + 1].lower) && untitled(to + 2)) to += 2;
    const followedByTitle = to >= 0 && to + 1 < tokens.length && r.joinedTo(to + 1) && r.isRoleWordAt(to + 1);
    // a lone organisation word is no name, unless an acronym that is not itself a generic word ("TV show")
    const acronym = /^\p{Lu}+$/u.test(tokens[i].word) && !ORG_WORDS.has(tokens[i].lower);
    if (to >= 0 && !followedByTitle && !(to === i && orgWord(i) && !known && !tokens[i].possessive && !acronym)) {
      const from = tokens[i].word === 'The' && !theTitle ? i + 1 : i;
      if (from <= to) {
        out.push(withNearCue(r, from, to, {
          start: tokens[from].start,
          end: tokens[to].end,
          kind: 'organization',
          form: tokens[to].possessive ? 'possessive' : 'full',
          name: r.text.slice(tokens[from].start, tokens[to].end).replace(/['’]s?$/, ''),
          roles: [],
          inQuote: tokens[from].inQuote,
        }));
      }
    }
    i = j + 1;
  }
  return out;
}

/**
 * "Rosa Alvarez's campaign said", "Mrs. Quinn's re-election campaign": a body a named person owns speaks for
 * itself, as an organisation named after its owner, not as the owner.
 */
export function ownedBodyMentions(r: Reader): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].possessive || !tokens[i].cap || tokens[i].inQuote || !r.spaced(i + 1)) continue;
    const modified = !OWNED_BODIES.has(tokens[i + 1].lower) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[i + 1].word) && r.spaced(i + 2);
    const body = modified ? i + 2 : i + 1;
    // "Quinn's campaign manager", "the mayor's administration officials": the body only modifies who speaks
    if (!OWNED_BODIES.has(tokens[body]?.lower ?? '') || nounModifierAt(r, body + 1)) continue;
    let from = i;
    while (from > 0 && r.joinedTo(from) && tokens[from - 1].cap && classes[from - 1] !== 'function' && !tokens[from - 1].possessive) from--;
    const owner = r.text.slice(tokens[from].start, tokens[i].end).replace(/['’]s?$/, '');
    // only a body that speaks is read as one: elsewhere "Quinn's 2008 campaign" is the owner's past
    if (!nearCue(r, from, body)) continue;
    out.push({
      start: tokens[from].start,
      end: tokens[body].end,
      kind: 'organization',
      form: 'full',
      name: `${owner} ${r.slice(i + 1, body)}`,
      roles: [],
      inQuote: false,
      nearCue: true,
    });
  }
  return out;
}

/**
 * "The shipping company, Gullwing Lines, said": a capitalised run set off by commas right after a description of
 * an organisation names that organisation, whatever its words look like.
 */
export function appositiveOrganizations(r: Reader, descriptions: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens, classes } = r;
  for (const d of descriptions) {
    if (!d.anaphor) continue;
    const first = lastStartingAtOrBefore(tokens, d.end - 1) + 1;
    if (first >= tokens.length || !/^,[\s\u00a0]+$/.test(tokens[first].gap) || !tokens[first].cap) continue;
    let last = first;
    while (last + 1 < tokens.length && last - first < 4 && r.joinedTo(last + 1) && tokens[last + 1].cap && classes[last + 1] !== 'function') last++;
    if (!/^,/.test(tokens[last + 1]?.gap ?? '') || tokens[last].possessive) continue;
    out.push(withNearCue(r, first, last, {
      start: tokens[first].start,
      end: tokens[last].end,
      kind: 'organization',
      form: 'full',
      name: r.slice(first, last),
      roles: [],
      inQuote: tokens[first].inQuote,
    }));
  }
  return out;
}

/** Countries and cities named on their own ("Qatar understood", "South Africa said"): actors only as sources. */
export function placeMentions(r: Reader, taken: SpanIndex): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || r.classes[i] !== 'place' || (r.placeAt(i).demonym && !r.placeAt(i).country) || isCommunityWord(t.lower)) continue;
    let to = i;
    if (i + 1 < tokens.length && r.joinedTo(i + 1) && isPlaceWord(`${t.lower} ${tokens[i + 1].lower}`)) to = i + 1;
    else if (i > 0 && r.joinedTo(i) && isPlaceWord(`${tokens[i - 1].lower} ${t.lower}`)) continue;
    const span = { start: tokens[i].start, end: tokens[to].end };
    if (taken.overlaps(span)) continue;
    out.push(withNearCue(r, i, to, {
      start: span.start,
      end: span.end,
      kind: 'organization',
      form: tokens[to].possessive ? 'possessive' : 'full',
      name: r.text.slice(tokens[i].start, tokens[to].end).replace(/['’]s?$/, ''),
      roles: [],
      inQuote: t.inQuote,
      tentative: true,
      place: true,
    }));
    i = to;
  }
  return out;
}

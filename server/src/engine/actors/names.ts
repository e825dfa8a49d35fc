/**
 * Resolution step 1, the named actors: full personal names first (variants merge when one's name words are a
 * subset of the other's), then lone words (a surname of a known person), then named organisations and lone words
 * that something shows to be one. Names are indexed by word, so the work stays linear in the article's length.
 */
import type { MentionCandidate } from '../mentions/reader';
import { looksLikeCompanyName } from '../lexicon/organizations';
import { CUE_AFTER_QUOTE } from '../lexicon/sources';
import { HONORIFIC_GENDER, HONORIFICS, isFirstName, isKnownSurname, NAME_SUFFIXES } from '../lexicon/people';
import { modifiesThing } from './descriptions';
import { Cast, nameWords, type Draft, type Story } from './cast';

/** The cast of the story's named actors: what the later steps refer back to. */
export function castNamedActors(story: Story): Cast {
  const cast = new Cast();
  castPeople(cast, story.mentions);
  castLoneNames(cast, story.mentions, story.text);
  castOrganizations(cast, story);
  return cast;
}

/** Full personal names: variants merge ("… bin Jassim al-Thani" and "… Al-Thani"). */
function castPeople(cast: Cast, mentions: MentionCandidate[]): void {
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const words = nameWords(m.name);
    if (words.length < 2) continue;
    if (namedAfter(cast, m, words)) cast.assign(m, cast.findOrganization(m.name) ?? cast.create('organization', m.name));
    else cast.assign(m, cast.samePerson(words, (d) => !otherGeneration(m.name, d)) ?? cast.create('person', m.name));
  }
}

/**
 * "Tomas Vell … the Vell Shuttle", "Vell Tower": a name that opens on the surname of a person named before, with
 * no given name and no role of its own, is a business or a property named after them. Not the person's name the
 * other way round ("Vell Tomas").
 */
function namedAfter(cast: Cast, m: MentionCandidate, words: readonly string[]): boolean {
  if (m.roles.length > 0 || isFirstName(words[0])) return false;
  const owner = cast.namesake(words[0], m.start);
  if (!owner || owner.kind !== 'person') return false;
  const own = nameWords(owner.names[0]);
  return own.length >= 2 && own[own.length - 1] === words[0] && !words.slice(1).some((w) => owner.words.has(w));
}

/** The generational suffix a name ends in ("sr", "jr", "iii"), or "" for none. */
function generation(name: string): string {
  const last = name.toLowerCase().split(/[\s\u00a0]+/).pop()!.replace(/\.$/, '');
  return NAME_SUFFIXES.has(last) ? last : '';
}

/**
 * "Rep. Tom Vell … His father, Tom Vell Sr., …": a suffix that sets a name apart from a full name the person was
 * named by is another generation; "Sr." after the plain name, or two different suffixes. "Tom Vell Jr." after "Tom
 * Vell" is the same man named in full.
 */
function otherGeneration(name: string, person: Draft): boolean {
  const own = generation(name);
  if (!own) return false;
  return person.names.some((n) => {
    const other = generation(n);
    return other !== own && nameWords(n).length >= 2 && (own === 'sr' || other !== '');
  });
}

/** Lone words: the surname (or given name) of a known person, the one named nearest before first. */
function castLoneNames(cast: Cast, mentions: MentionCandidate[], text: string): void {
  for (const m of mentions) {
    if (cast.isAssigned(m) || (m.kind !== 'person' && !(m.tentative && !m.anaphor && !m.place))) continue;
    const words = nameWords(m.name);
    if (words.length !== 1) continue;
    const courtesy = courtesyGender(text, m);
    const fits = (d: Draft) => !courtesy || !d.gender || d.gender === courtesy;
    const best = cast.nameHolder(words[0], m.start, m.gender);
    const form = m.form === 'possessive' ? 'possessive' : 'surname';
    const named = cast.named('person', m.name);
    if (best && fits(best)) cast.assign(m, best, form);
    else if (m.kind === 'person' || namesLonePerson(text, m, words[0])) cast.assign(m, named && fits(named) ? named : cast.create('person', m.name), form);
  }
}

/**
 * The gender a courtesy title gives a lone name ("Mr. Obama"): "Michelle Obama … Mr. Obama" names another Obama, one
 * the story never names in full. Only the title's: a lone name read as a given name ("Christie", "Alba") says little.
 */
function courtesyGender(text: string, m: MentionCandidate): Draft['gender'] {
  const title = /^\p{L}+/u.exec(text.slice(m.start, m.end))?.[0].toLowerCase();
  return title && HONORIFICS.has(title) ? HONORIFIC_GENDER[title] : undefined;
}

/**
 * A lone word the dictionary knows only as a surname names a person the story need not introduce in full, unless
 * it modifies a thing or opens a longer name ("the Whitlock plan", "Whitlock Southern schools").
 */
const namesLonePerson = (text: string, m: MentionCandidate, word: string): boolean =>
  !!m.tentative && isKnownSurname(word) && !modifiesThing(text, m) && !/^[ \u00a0]\p{Lu}/u.test(text.slice(m.end, m.end + 2));

/** Named organisations; lone words that look like companies or that speak ("WeWork declined", "Politico reported"). */
function castOrganizations(cast: Cast, story: Story): void {
  for (const m of story.mentions) {
    if (cast.isAssigned(m) || m.kind !== 'organization' || m.anaphor || m.place) continue;
    if (m.tentative && !looksLikeCompanyName(m.name)) {
      if (!m.nearCue) continue;
      // a lone name that speaks: a person right after a quotation, an organisation otherwise
      if (speaksQuote(story.text, m)) {
        cast.assign(m, cast.create('person', m.name), 'surname');
        continue;
      }
    }
    cast.assign(m, cast.findOrganization(m.name) ?? cast.create('organization', m.name));
  }
}

/**
 * A lone name right after a quotation and its cue speaks it: "“…?” Schiff asked", "“…,” said Ross"; so does the
 * second of two names joined by "and" there ("“…,” Harlow and Bates wrote"), a co-author, not a firm.
 */
function speaksQuote(text: string, m: MentionCandidate): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const pair = /\p{Lu}[\p{L}'’-]*[\s\u00a0]+and[\s\u00a0]+$/u.exec(before);
  const at = pair ? m.start - before.length + pair.index : m.start;
  return CUE_AFTER_QUOTE.test(text.slice(Math.max(0, at - 12), at));
}

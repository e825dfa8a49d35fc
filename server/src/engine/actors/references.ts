/**
 * Resolution step 2, what refers back: one reading-order pass over titles ("the Emir"), descriptions ("the
 * group"), unnamed sources ("a source", "the source") and pronouns, each resolved against the named cast and the
 * mentions read before it.
 */
import type { ActorKind, Role, Span } from '../model';
import type { MentionCandidate } from '../mentions/reader';
import { headWords, NAMED_GROUPS, SOURCE_HEADS } from '../lexicon/sources';
import { isPluralHead } from '../lexicon/cues';
import { BARE_EPITHETS, EPITHET_BLOCKERS, isDemonym, PARTY_WORDS } from '../lexicon/people';
import { ORG_ANAPHORS } from '../lexicon/organizations';
import { isRoleModifier } from '../lexicon/roles';
import type { Vocabulary } from '../lexicon/vocabulary';
import type { Cast, Draft, Story } from './cast';
import { Descriptions } from './descriptions';
import { History } from './history';
import { IMPERSONAL_IT_VERB } from '../lexicon/grammar';
import type { SpanIndex } from '../text/spanIndex';

/** "a", "an" or "one" and the (up to four) words after it: a person brought into the story without a name. */
const INDEFINITE = /\b(?:an?|one)[\s\u00a0]+((?:[\p{L}-]+[\s\u00a0]+){0,3}[\p{L}-]+)/giu;

/** What step 2 leaves for the attribution sources: the story read to its end, and the descriptions reader. */
export interface References {
  history: History;
  descriptions: Descriptions;
  /** The named person a definite description of a person refers to, if any (see definitePerson). */
  definite: (name: string, at: number) => Draft | undefined;
}

/** Resolves what refers back in `story`, extending `cast` (from step 1) as it goes; `speakers`: the attributions' sources. */
export function resolveReferences(story: Story, cast: Cast, speakers: SpanIndex<Span>): References {
  const history = new History(story.sentenceOf);
  const descriptions = new Descriptions(story, cast, history);
  const roleWordsOf = roleWordsReader(story.vocabulary);
  const definite = (name: string, at: number) => definitePerson(name, at, story.text, history, roleWordsOf, story.vocabulary);
  // a source's possessor does not speak ("Quill's spokesman said")
  const speaks = (m: MentionCandidate) => m.form !== 'possessive' && !/^(?:his|her|its|their)$/i.test(m.name) && speakers.overlaps(m);
  story.mentions.forEach((m, k) => {
    if (!cast.isAssigned(m) && !m.inQuote) {
      if (m.kind === 'title') {
        const holder = titleHolder(m.titleWords ?? [m.name], m.start, history, roleWordsOf, story.vocabulary);
        if (holder) cast.assign(m, holder, 'title');
      }
      else if (m.anaphor) descriptions.resolve(m);
      else if (m.kind === 'anonymous' || m.kind === 'group') {
        const named = describedPerson(m, story.mentions[k + 1], story.text, cast, story.vocabulary) ?? definite(m.name, m.start);
        if (named) cast.assign(m, named, 'title');
        else resolveSource(m, cast, history, descriptions);
      }
      else if (m.kind === 'pronoun') resolvePronoun(m, story, cast, history, speaks(m));
    }
    const assigned = cast.assignment(m);
    if (assigned) history.add(m.start, assigned.draft, assigned.form, { inQuote: m.inQuote, speaks: speaks(m), subject: /^(?:he|she)$/i.test(m.name) });
  });
  return { history, descriptions, definite };
}

/**
 * "said the port's chief executive, Ines Roa": a description set before a name by a comma is that person; "A former
 * harbour master -- Tom Kessel, who ran the port -- said": a dash that opens on the name reveals who it is.
 */
export function describedPerson(m: Span, next: MentionCandidate | undefined, text: string, cast: Cast, vocabulary: Vocabulary): Draft | undefined {
  if (!next || next.kind !== 'person') return undefined;
  const between = text.slice(m.end, next.start);
  if (/^[\s\u00a0]*(?:--|—|–)[\s\u00a0]*$/.test(between)) return cast.actorOf(next);
  const comma = /^,[\s\u00a0]+/.exec(between);
  // "The chairman of the harbour board, Adm. Tom Brack,": the name's own title may stand after the comma
  const titled = (r: Role) => r.origin === 'title' && r.start === m.end + (comma?.[0].length ?? 0);
  if (!comma || (comma[0].length < between.length && !next.roles.some(titled))) return undefined;
  const role = next.roles.some((r) => r.start <= m.start && r.end >= m.end - 1);
  return role || namesOnePerson(text.slice(m.start, m.end), vocabulary) ? cast.actorOf(next) : undefined;
}

/**
 * A description of one person that a name set after it by a comma identifies: "the chairman of the board", "another
 * senior harbour lawyer" (a person's noun, not "the memo"). Not a plural, nor one that speaks for someone ("a
 * spokesman for the mayor, Ada Roa": Roa may be the mayor).
 */
function namesOnePerson(description: string, vocabulary: Vocabulary): boolean {
  const words = description.toLowerCase().split(/[\s\u00a0]+/);
  const upToHead = headWords(description);
  const head = upToHead[upToHead.length - 1];
  const person = SOURCE_HEADS.has(head) || vocabulary.roleHead(head) !== undefined;
  return person && /^(?:the|a|an|another)$/.test(words[0]) && !words.includes('for') && !isPluralHead(head);
}

/**
 * A definite singular description of a person ("the minority leader", "the secretary of state"): the person named
 * before with that role ("Senate Minority Leader Tom Banks"), else one the story has just named and now calls so
 * ("Still, Quill would not say … The harbour chief said flatly"). Not a description that names someone else's
 * ("the mayor's spokesman") or counts one more ("another senator").
 */
function definitePerson(name: string, at: number, text: string, history: History, roleWordsOf: (d: Draft) => Set<string>, vocabulary: Vocabulary): Draft | undefined {
  const words = definiteWords(name);
  const head = words?.[words.length - 1];
  if (!words || !head || (vocabulary.roleHead(head) !== head && !isOneOfPeople(head))) return undefined;
  return titleHolder(words, at, history, roleWordsOf, vocabulary) ?? (isEpithet(words, name, at, text, history) ? history.personJustNamed(at) : undefined);
}

/**
 * A description the story may use for a person it has just named: not one that names someone else's ("the
 * mayor's spokesman") or counts one more ("another senator"), not an unnamed-source noun the story already gave
 * an unnamed source ("an aide … the senior aide": that source), and not one the story has just brought in as
 * "a"/"an" ("a harbour pilot … the pilot").
 */
function isEpithet(words: string[], name: string, at: number, text: string, history: History): boolean {
  const head = words[words.length - 1];
  // a bare office ("the governor", "the mayor") is whoever holds it, not the person just named; a bare epithet
  // ("the candidate") or people word ("the Texan", "the Republican") is
  if ((words.length < 2 && !BARE_EPITHETS.has(head) && !isOneOfPeople(head)) || EPITHET_BLOCKERS.test(name)) return false;
  // "Quill would not say … The minority leader said": an unnamed-source noun with only a post's modifiers (its
  // nation's and party's among them: "the Serbian leader") is the person just named ("the Quay Line employee", "the
  // 40-year-old analyst" are not), unless an unnamed source by that noun came before
  if (SOURCE_HEADS.has(head) && (!words.slice(0, -1).every(isPostModifier) || history.lookBack(at, (d) => d.kind === 'anonymous' && d.head === head))) return false;
  for (const brought of text.slice(Math.max(0, at - 400), at).matchAll(INDEFINITE)) if (brought[1].toLowerCase().split(/[\s\u00a0]+/).includes(head)) return false;
  return true;
}

/** A nation's or party's word ("Serbian", "Republican"): it may stand in a post ("the Serbian leader"). */
const isPeopleWord = (w: string) => isDemonym(w) || PARTY_WORDS.has(w);

/** One of a nation's or party's people ("the Texan", "the Republican"); not a nation ("the Chinese") nor a plural. */
export const isOneOfPeople = (w: string): boolean => isPeopleWord(w) && !/(?:s|ese|ish|ch)$/.test(w);

const isPostModifier = (w: string) => isRoleModifier(w) || isPeopleWord(w);

/** The words after "the", without a one-word "of" complement ("secretary of state" → secretary); none if not definite. */
function definiteWords(name: string): string[] | undefined {
  const words = name.toLowerCase().split(/[\s\u00a0]+/);
  if (words[0] !== 'the' || words.length < 2) return undefined;
  return words.length > 3 && words[words.length - 2] === 'of' ? words.slice(1, -2) : words.slice(1);
}

/** "the Emir", "the new Ukrainian president": the person whose role shares the title's words, most recent first. */
function titleHolder(words: string[], at: number, history: History, roleWordsOf: (d: Draft) => Set<string>, vocabulary: Vocabulary): Draft | undefined {
  const head = vocabulary.roleHead(words[words.length - 1]) ?? words[words.length - 1];
  let best: Draft | undefined;
  let bestScore = 0;
  const seen = new Set<Draft>();
  history.lookBack(at, (d) => {
    if (d.kind !== 'person' || seen.has(d)) return false;
    seen.add(d);
    const roleWords = roleWordsOf(d);
    if (!roleWords.has(head)) return false;
    const score = words.filter((w) => roleWords.has(vocabulary.roleHead(w) ?? w)).length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
    return false;
  });
  return best;
}

/** The words of each person's roles by their heads, kept up as roles come: a title is matched against them often. */
function roleWordsReader(vocabulary: Vocabulary): (d: Draft) => Set<string> {
  const byDraft = new Map<Draft, { roles: number; words: Set<string> }>();
  return (d) => {
    const known = byDraft.get(d) ?? { roles: 0, words: new Set<string>() };
    for (const r of d.roles.slice(known.roles)) {
      for (const w of r.text.toLowerCase().split(/[\s\u00a0]+/)) known.words.add(vocabulary.roleHead(w) ?? w.replace(/['’]s$/, ''));
    }
    known.roles = d.roles.length;
    byDraft.set(d, known);
    return known.words;
  };
}

/**
 * "the source" after "a source": the same unnamed source; "US officials" again: the same group; "a group of
 * employees" that the story then names ("The group, WeWorkers Coalition"): that organisation.
 */
function resolveSource(m: MentionCandidate, cast: Cast, history: History, descriptions: Descriptions): void {
  const words = m.name.toLowerCase().split(/[\s\u00a0]+/);
  const head = words.find((w) => SOURCE_HEADS.has(w) || NAMED_GROUPS.has(w)) ?? words[words.length - 1];
  const definite = words[0] === 'the' && words.length === 2;
  const body = m.kind === 'anonymous' && !definite && ORG_ANAPHORS[head] ? descriptions.namedNext(m, head) : undefined;
  if (body) {
    cast.assign(m, body, 'description');
    return;
  }
  const earlier =
    m.kind === 'group'
      ? cast.named('group', m.name)
      : definite
        ? history.lookBack(m.start, (d) => d.kind === 'anonymous' && d.head === head)
        : undefined;
  const draft = earlier ?? cast.create(m.kind as ActorKind, m.name);
  draft.head = draft.head ?? head;
  cast.assign(m, draft, 'description');
}

/** he/she: the sentence's earlier subject, else the previous sentences' first compatible person; they/it: bodies. */
function resolvePronoun(m: MentionCandidate, story: Story, cast: Cast, history: History, speaking: boolean): void {
  const { text, sentenceOf } = story;
  // "It is unclear", "it would be good": no referent
  if (m.name === 'it' && IMPERSONAL_IT_VERB.test(text.slice(m.end, m.end + 12))) return;
  const sentence = sentenceOf(m.start);
  const target = /^(?:it|its)$/.test(m.name)
    ? history.lookBack(m.start, (d) => d.kind === 'organization')
    : /^(?:they|them|their|themselves)$/.test(m.name)
      ? history.lookBack(m.start, (d, start) => d.kind !== 'person' && sentence - sentenceOf(start) <= 1)
      : history.personFor(m, sentence, speaking);
  if (!target) return;
  // a he/she learns the gender of a person named in the same sentence ("Ashraf Ghani … he said")
  if (m.gender && !target.gender && target.kind === 'person' && namedIn(target, sentence, m.start, sentenceOf)) target.gender = m.gender;
  if (target.kind === 'anonymous') cast.refer(m, target);
  else cast.assign(m, target, 'pronoun');
}

/** The person is named (not by a pronoun) before `before` in `sentence`. */
function namedIn(d: Draft, sentence: number, before: number, sentenceOf: (offset: number) => number): boolean {
  // its latest mentions only: they were added in reading order
  for (let i = d.mentions.length - 1; i >= 0 && d.mentions.length - i <= 6; i--) {
    const x = d.mentions[i];
    if (x.start < before && x.form !== 'pronoun' && sentenceOf(x.start) === sentence) return true;
  }
  return false;
}

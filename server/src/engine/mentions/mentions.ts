/**
 * The mention stage's entry: every kind of mention in one paragraph, each kind read where no stronger reading
 * has already taken its words.
 */
import type { Span } from '../model';
import type { LocalQuote } from '../quotes/quotes';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { SpanIndex } from '../text/spanIndex';
import { tokenize } from '../text/tokens';
import { Reader, type MentionCandidate } from './reader';
import { appositiveOrganizations, organizationMentions, ownedBodyMentions, placeMentions } from './organizations';
import { findNameCores, personMentions, shareSurnames } from './people';
import { descriptionMentions, pronounMentions } from './references';
import { sourceMentions } from './sources';

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
  const roles = people.flatMap((m) => m.roles);
  const roleIndex = new SpanIndex(roles);
  // "Senate Majority Leader Ada Novak said": a source head inside a named person's role is that person's title
  const sources = sourceMentions(r, new SpanIndex([...named, ...descriptions])).filter((s) => !roleIndex.contains(s));
  const places = placeMentions(r, new SpanIndex<Span>([...organizations, ...people, ...roles, ...descriptions, ...sources]));
  // "The shipping company, Gullwing Lines,": the name after the description is the organisation, not a person
  const orgIndex = new SpanIndex(organizations);
  const appositives = appositiveOrganizations(r, descriptions).filter((a) => !orgIndex.overlapping(a).some((o) => !o.tentative));
  const renamed = new SpanIndex(appositives);
  const all = [
    ...organizations,
    ...appositives,
    ...ownedBodyMentions(r),
    ...people,
    ...places,
    ...descriptions,
    ...sources,
    ...pronounMentions(r),
  ].filter((m) => !((m.kind === 'person' || m.tentative) && renamed.contains(m)));
  // a source description holding a name or a title ("Morrison's lawyer") wins over the anaphor inside it
  const sourcesAndRoles = new SpanIndex<Span>([...sources, ...roles]);
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
  return kept
    .map((m) => (m.nearCue && m.tentative && sourceIndex.contains(m) ? silenced(m) : m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "Fishermen in Porthaven said": a lone word inside an unnamed source's phrase is not the one who speaks. */
function silenced(m: MentionCandidate): MentionCandidate {
  const { nearCue: _spoken, ...rest } = m;
  return rest;
}

/**
 * Actors: mentions merged into people, organisations, groups and anonymous sources, with roles; surnames,
 * possessives, titles ("the Emir"), definite descriptions ("the group") and pronouns resolved; attribution
 * sources linked to actors.
 *
 * Resolution runs in steps, each taking what the one before it made: the story on stage (this file), the named
 * actors (`names.ts`, a Cast), what refers back to them (`references.ts`, the story read in order), the
 * attribution sources (`attributionSources.ts`), and the actors with their ids (this file).
 */
import type { Actor, Attribution, Paragraph, Sentence, Span } from '../model';
import { CAPTION_END, CAPTION_LABEL, LABELLED_CREDIT } from '../lexicon/furniture';
import type { MentionCandidate } from '../mentions/reader';
import { isFirstName } from '../lexicon/people';
import { QUESTION_CUE } from '../lexicon/cues';
import { lastStartingAtOrBefore, SpanIndex } from '../text/spanIndex';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';
import { attributeSources } from './attributionSources';
import { bodiesNamedAsPeople } from './bodies';
import { nameWords, type Cast, type Draft, type Story } from './cast';
import { castNamedActors } from './names';
import { resolveReferences } from './references';
import { withWordSurnames } from './surnames';
import { copyWith } from '../text/copyWith';
import { privateStateOf } from '../attributions/privateStates';
import { BACKING_CUES, isShareOfPeople, lastHeadWord, POPULATION_HEADS } from '../lexicon/sources';

export interface ActorResolution {
  actors: Actor[];
  /** The actor of each attribution (same order as the input), or null. */
  attributionActors: (string | null)[];
}

export function resolveActors(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  mentions: MentionCandidate[],
  attributions: Omit<Attribution, 'actor'>[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): ActorResolution {
  const named = storyOnStage(text, paragraphs, sentences, mentions, vocabulary);
  const cast = castNamedActors(named);
  const story = withWordSurnames(named, cast);
  const references = resolveReferences(story, cast, speakersOf(text, attributions));
  const sources = attributeSources(story, cast, references, attributions);
  return finish(cast, sources, viewsOnly(text, attributions, sources, vocabulary));
}

/**
 * The sources that hold the floor, which a pronoun that speaks next carries on: not a private state (it voices no
 * one), nor one who asks ("a voter asked if she would … “Wow,” she replied": the one asked answers).
 */
function speakersOf(text: string, attributions: Omit<Attribution, 'actor'>[]): SpanIndex<Span> {
  const asks = (cue: Span | null) => cue !== null && QUESTION_CUE.test(text.slice(cue.start, cue.end).split(/[\s\u00a0]/)[0]);
  return new SpanIndex(attributions.flatMap((a) => (a.source && a.kind !== 'private-state' && !asks(a.cue) ? [a.source] : [])));
}

/** The story resolution reads: its mentions outside bylines, credits and datelines, in reading order. */
function storyOnStage(text: string, paragraphs: Paragraph[], sentences: Sentence[], mentions: MentionCandidate[], vocabulary: Vocabulary): Story {
  // bylines, photo credits and datelines name no story actors, nor does the credit that closes a caption
  const offstage = new SpanIndex<Span>([
    ...paragraphs.filter((p) => p.kind === 'credit' || p.kind === 'dateline'),
    ...paragraphs.filter((p) => p.kind === 'caption').flatMap((p) => captionCredit(text, p)),
  ]);
  const onstage = withoutHeadlineFragments(
    mentions.filter((m) => !offstage.contains(m)),
    paragraphs,
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, mentions: bodiesNamedAsPeople(onstage), offstage, sentenceOf: (offset) => lastStartingAtOrBefore(sentences, offset), vocabulary };
}

/** "Ferries at the pier. (Photo by Tom Brack/Getty Images)": the credit at a caption's end, where it stands. */
function captionCredit(text: string, caption: Span): Span[] {
  const from = Math.max(caption.start, caption.end - 200);
  const credit = CAPTION_END.exec(text.slice(from, caption.end));
  if (!credit || (CAPTION_LABEL.test(credit[0]) && !LABELLED_CREDIT.test(credit[0]))) return [];
  return [{ start: from + credit.index, end: caption.end }];
}

/**
 * Drops the "people" a title-case headline makes of its common words ("Harbour Levy Vote"): a headline name of two
 * or more words with no first name, no role, and no word that the story's body uses in a name; and a lone word
 * the headline capitalises that the body never names ("Port board delays vote"): the headline's capital says
 * nothing, and a tentative word left in would absorb the body's "the company" and "it".
 */
function withoutHeadlineFragments(mentions: MentionCandidate[], paragraphs: Paragraph[]): MentionCandidate[] {
  const headlines = new SpanIndex(paragraphs.filter((p) => p.kind === 'headline'));
  // read only for a headline name: a story with no headline (half of them) names none
  let bodyWords: Set<string> | undefined;
  const inBody = (w: string) =>
    (bodyWords ??= new Set(mentions.filter((m) => m.kind !== 'pronoun' && !headlines.contains(m)).flatMap((m) => nameWords(m.name)))).has(w);
  const fragment = (m: MentionCandidate) => {
    if (m.roles.length > 0 || !headlines.contains(m)) return false;
    const words = nameWords(m.name);
    if (m.tentative) return !m.place && !words.some(inBody);
    return m.kind === 'person' && words.length > 1 && !words.some((w) => isFirstName(w) || inBody(w));
  };
  return mentions.filter((m) => !fragment(m));
}

/** The last step: drafts in order of first mention as actors a1, a2, …; mentions in reading order. */
function finish(cast: Cast, sources: (Draft | undefined)[], holders: Set<Draft>): ActorResolution {
  // an unnamed source read beside a cue that turned out to report nothing ("the people there would not back him")
  // is no source, and a phrase without a name is no actor of its own
  const speaking = new Set(sources);
  const live = cast.live().filter((d) => d.kind !== 'anonymous' || speaking.has(d));
  for (const d of holders) d.kind = 'group';
  for (const d of live) d.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const ids = new Map(live.map((d, i) => [d, `a${i + 1}`]));
  const actors: Actor[] = [...ids.entries()].map(([d, id]) => ({
    id,
    name: fullest(d),
    kind: d.kind,
    roles: d.roles,
    mentions: d.mentions.map((x) => copyWith(x, { actor: id })),
    ...(d.gender && d.kind === 'person' ? { gender: d.gender } : {}),
  }));
  return { actors, attributionActors: sources.map((d) => (d ? (ids.get(d) ?? null) : null)) };
}

/**
 * The unnamed phrases that are no unnamed source (GUIDELINES 5 asks for a verb of communication): a population, or a
 * share of one, whose every attribution holds a state of mind ("Harbour residents believe …", "70 percent believe
 * …"), a public the reporter characterises; any unnamed phrase whose every cue backs or votes ("Harbour voters
 * rejected the levy"); and any whose every cue is one the cue lexicon does not hold, learned from wider relations of
 * cause and state ("the ferry crews were upset", "harbour donors polarized over the levy"). A group, not an unnamed
 * source whose word the story reports.
 */
function viewsOnly(text: string, attributions: Omit<Attribution, 'actor'>[], sources: (Draft | undefined)[], vocabulary: Vocabulary): Set<Draft> {
  const speaks = new Set<Draft>();
  const holds = new Set<Draft>();
  sources.forEach((d, i) => {
    const { cue, kind } = attributions[i];
    if (d?.kind !== 'anonymous') return;
    const words = cue ? text.slice(cue.start, cue.end) : '';
    const first = words.split(/[\s\u00a0]+/)[0]!.toLowerCase();
    const population = POPULATION_HEADS.has(populationHead(d.names[0])) || isShareOfPeople(d.names[0]);
    const view = cue && privateStateOf(words) && population;
    const unreported = cue && kind !== 'according-to' && !reportingCue(words, first, vocabulary);
    if (view || BACKING_CUES.has(first) || unreported) holds.add(d);
    else speaks.add(d);
  });
  return new Set([...holds].filter((d) => !speaks.has(d)));
}

/** A cue the lexicon holds, whole or by its first word ("told reporters"), or one that makes a source ("ruled"). */
const reportingCue = (words: string, first: string, vocabulary: Vocabulary) =>
  vocabulary.cueClass(words) !== undefined || vocabulary.cueClass(first) !== undefined || vocabulary.cueAfterSource.test(words);

/** The head noun of an unnamed phrase, before any post-modifier ("people in the harbour towns" → "people"). */
function populationHead(name: string): string {
  return lastHeadWord(name).replace(/['’]s$/, '');
}

/** The fullest form: the name with the most name words (the first such, for ties). */
const fullest = (d: Draft) =>
  d.kind === 'person' || d.kind === 'organization'
    ? d.names.reduce((best, n) => (nameWords(n).length > nameWords(best).length ? n : best), d.names[0])
    : d.names[0];

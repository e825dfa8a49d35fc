/**
 * The cast of a story: its actors as drafts while resolution runs, and the indexes that find them by name. Every
 * change goes through `create` and `assign`, so the indexes never disagree with the drafts; each resolution step
 * reads and extends the one cast the first step makes.
 */
import type { ActorKind, Mention, MentionForm, Role, Span } from '../model';
import type { MentionCandidate } from '../mentions/reader';
import { HONORIFICS, isFirstName, NAME_HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../lexicon/people';
import { organizationKey } from '../lexicon/organizations';
import type { SpanIndex } from '../text/spanIndex';
import { NameStarts } from '../mentions/nameStarts';
import { articleMemo } from '../text/paragraphMemo';
import type { Vocabulary } from '../lexicon/vocabulary';

/** What resolution reads: the story's text and its on-stage mentions. */
export interface Story {
  text: string;
  /** Mentions outside bylines, credits and datelines, headline fragments dropped; by start, the longest first. */
  mentions: MentionCandidate[];
  /** Bylines, photo credits and datelines: they name no story actors. */
  offstage: SpanIndex<Span>;
  sentenceOf: (offset: number) => number;
  /** Which words are titles ("the harbormaster" is a person when a house style says so). */
  vocabulary: Vocabulary;
}

export interface Draft {
  kind: ActorKind;
  names: string[];
  /** Name words for merging variants: lower case, no diacritics, particles, honorifics or "al-". */
  words: Set<string>;
  roles: Role[];
  mentions: Mention[];
  /** Starts of its full-name mentions, in reading order (for "the nearest Blinken before here"). */
  nameStarts: number[];
  gender?: 'male' | 'female';
  /** Descriptions it has been referred to by ("group", "company"). */
  anaphors: Set<string>;
  /** Head noun of an unnamed source ("source", "officials"). */
  head?: string;
}

/**
 * Name words for merging: "Sheikh Mohammed bin Abdulrahman Al-Thani" → mohammed, abdulrahman, thani. Kept for the
 * article: resolution asks it of each name some four times, and each answer is a normalisation and five patterns.
 */
export const nameWords: (name: string) => readonly string[] = articleMemo(readNameWords);

function readNameWords(name: string): readonly string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .map((w) => w.replace(/^(?:al|el)[-‐]/, '').replace(/[.'’]/g, ''))
    .filter((w) => w && !NAME_PARTICLES.has(w) && !HONORIFICS.has(w) && !NAME_HONORIFICS.has(w) && !NAME_SUFFIXES.has(w));
}

const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/** Two full names are one person when one's words are all in the other's and, when both have a given name, it is the same. */
function sameFullName(a: readonly string[], b: Set<string>, bFirst: string | undefined): boolean {
  const sa = new Set(a);
  if (!(isSubset(sa, b) || isSubset(b, sa))) return false;
  return a.length < 2 || b.size < 2 || a[0] === bFirst;
}

export class Cast {
  private readonly drafts: Draft[] = [];
  private readonly assigned = new Map<MentionCandidate, { draft: Draft; form: MentionForm }>();
  /** Pronouns that refer to an unnamed source: resolved, but not listed among its mentions (they name nobody). */
  private readonly unlisted = new Map<MentionCandidate, Draft>();
  /** People by given name and another name word: the only ones a full name can be a variant of (see sameFullName). */
  private readonly byGivenAndWord = new Map<string, Set<Draft>>();
  /** Full-name starts by surname (or known given name): whom a lone word names. */
  private readonly namesakes = new NameStarts<Draft>();
  /** Full-name starts by any name word: whom a lone word that is nobody's surname may name. */
  private readonly holders = new NameStarts<Draft>();
  private readonly orgIndex = new Map<string, Set<Draft>>();
  private readonly byName = new Map<string, Draft>();

  create(kind: ActorKind, name: string): Draft {
    const draft: Draft = { kind, names: [], words: new Set(), roles: [], mentions: [], nameStarts: [], anaphors: new Set() };
    this.drafts.push(draft);
    this.addName(draft, name);
    const own = kind === 'person' ? nameWords(name) : [];
    if (own.length > 0) this.namesakes.hold(own[own.length - 1], draft, []);
    if (own.length > 0 && isFirstName(own[0])) this.namesakes.hold(own[0], draft, []);
    return draft;
  }

  private addName(draft: Draft, name: string): void {
    draft.names.push(name);
    const index = draft.kind === 'organization' ? this.orgIndex : undefined;
    const given = draft.kind === 'person' ? nameWords(draft.names[0])[0] : undefined;
    // "AP" is indexed under "associated press", so the two names of one outlet meet
    for (const w of nameWords(draft.kind === 'organization' ? organizationKey(name) : name)) {
      if (draft.kind === 'person') this.holders.hold(w, draft, draft.nameStarts);
      if (given !== undefined) this.byGivenAndWord.set(`${given} ${w}`, (this.byGivenAndWord.get(`${given} ${w}`) ?? new Set()).add(draft));
      draft.words.add(w);
      if (index) index.set(w, (index.get(w) ?? new Set()).add(draft));
    }
    const key = `${draft.kind}:${name.toLowerCase()}`;
    if (!this.byName.has(key)) this.byName.set(key, draft);
  }

  /** Lists `m` among the draft's mentions, with its roles, name and gender; a mention is assigned once. */
  assign(m: MentionCandidate, draft: Draft, form: MentionForm = m.form): void {
    if (this.assigned.has(m)) return;
    this.assigned.set(m, { draft, form });
    draft.mentions.push({ start: m.start, end: m.end, actor: '', form });
    for (const role of m.roles) if (!draft.roles.some((r) => r.text === role.text)) draft.roles.push(role);
    if (m.kind !== 'pronoun' && m.kind !== 'title' && m.form !== 'title' && m.form !== 'description') {
      if (!draft.names.includes(m.name)) this.addName(draft, m.name);
      if (form === 'full' || form === 'possessive') {
        draft.nameStarts.push(m.start);
        this.namesakes.named(draft, m.start);
        this.holders.named(draft, m.start);
      }
    }
    if (m.gender && !draft.gender && (m.kind === 'person' || m.kind === 'pronoun')) draft.gender = m.gender;
    if (m.anaphor) draft.anaphors.add(m.anaphor);
  }

  /** A pronoun that refers to an unnamed source: resolved to it, not listed among its mentions. */
  refer(m: MentionCandidate, draft: Draft): void {
    this.unlisted.set(m, draft);
  }

  /** The draft `m` is listed under, and the form it was listed in. */
  assignment(m: MentionCandidate): { draft: Draft; form: MentionForm } | undefined {
    return this.assigned.get(m);
  }

  isAssigned(m: MentionCandidate): boolean {
    return this.assigned.has(m);
  }

  actorOf(m: MentionCandidate): Draft | undefined {
    return this.assigned.get(m)?.draft ?? this.unlisted.get(m);
  }

  /** The first draft of this kind to bear this name (any case). */
  named(kind: ActorKind, name: string): Draft | undefined {
    return this.byName.get(`${kind}:${name.toLowerCase()}`);
  }

  /**
   * The person a full name is a variant of: the same given name and another shared word (see sameFullName); with
   * `fits`, the first such person that fits.
   */
  samePerson(words: readonly string[], fits: (d: Draft) => boolean = () => true): Draft | undefined {
    return this.indexed(this.byGivenAndWord, words.slice(1).map((w) => `${words[0]} ${w}`)).find(
      (d) => d.words.size >= 2 && sameFullName(words, d.words, nameWords(d.names[0])[0]) && fits(d),
    );
  }

  /**
   * Whom a lone name word names at `offset`: a surname's bearer named nearest before first, else any holder of the
   * word; with the `gender` an honorific gives the word ("Mr. Trump"), a bearer of the other gender is passed over.
   */
  nameHolder(word: string, offset: number, gender?: Draft['gender']): Draft | undefined {
    const holders = this.namesakes.holds(word) ? this.namesakes : this.holders;
    return holders.nearest(word, offset, gender && ((d) => d.gender === undefined || d.gender === gender));
  }

  /** The person whose surname (or known given name) `word` is, named nearest before `offset`. */
  namesake(word: string, offset: number): Draft | undefined {
    return this.namesakes.nearest(word, offset);
  }

  findOrganization(name: string): Draft | undefined {
    const words = nameWords(organizationKey(name.replace(/^the\s+/i, '')));
    if (words.length === 0) return undefined;
    const set = new Set(words);
    return this.indexed(this.orgIndex, words).find((d) => isSubset(set, d.words) || (d.words.size > 0 && isSubset(d.words, set)));
  }

  /** The drafts some mention names, in the order they were made. */
  live(): Draft[] {
    return this.drafts.filter((d) => d.mentions.length > 0);
  }

  private indexed(index: Map<string, Set<Draft>>, words: readonly string[]): Draft[] {
    const found = new Set<Draft>();
    for (const w of words) for (const d of index.get(w) ?? []) found.add(d);
    return [...found];
  }
}

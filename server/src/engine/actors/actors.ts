/**
 * Actors: mentions merged into people, organisations, groups and anonymous sources, with roles; surnames,
 * possessives, titles ("the Emir"), definite descriptions ("the group") and pronouns resolved; attribution
 * sources linked to actors.
 *
 * Order of work: full names first (variants merge when one's name words are a subset of the other's), then lone
 * words (a surname of a known person, else an organisation if something shows it is one), then one reading-order
 * pass for what refers back (titles, descriptions, unnamed sources, pronouns), then the attribution sources.
 * Names are indexed by word and what refers back looks at a bounded window of earlier mentions, so the work
 * stays linear in the length of the article.
 */
import type { Actor, ActorKind, Attribution, Mention, MentionForm, Paragraph, Role, Sentence, Span } from '../model';
import type { MentionCandidate } from '../mentions/mentions';
import { HONORIFICS, isCountry, isFirstName, NAME_HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from '../lexicon/people';
import { COMPANY_NAME, GROUP_NAME, looksLikeCompanyName, ORG_ANAPHORS, ORG_WORDS, organizationKey } from '../lexicon/organizations';
import { CUE_AFTER_QUOTE, GROUP_HEADS, NAMED_GROUPS, SOURCE_HEADS, SOURCE_QUANTIFIERS } from '../lexicon/sources';
import { ISSUED_DOCUMENT } from '../lexicon/documents';
import { lastStartingAtOrBefore, SpanIndex } from '../text/spanIndex';
import { NameStarts } from '../mentions/nameStarts';
import { BUILT_IN_VOCABULARY, type Vocabulary } from '../lexicon/vocabulary';

export interface ActorResolution {
  actors: Actor[];
  /** The actor of each attribution (same order as the input), or null. */
  attributionActors: (string | null)[];
}

interface Draft {
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

/** How many earlier mentions a title, description or pronoun may look back over. */
const LOOKBACK = 400;

/** Name words for merging: "Sheikh Mohammed bin Abdulrahman Al-Thani" → mohammed, abdulrahman, thani. */
export function nameWords(name: string): string[] {
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
function sameFullName(a: string[], b: Set<string>, bFirst: string | undefined): boolean {
  const sa = new Set(a);
  if (!(isSubset(sa, b) || isSubset(b, sa))) return false;
  return a.length < 2 || b.size < 2 || a[0] === bFirst;
}

class Resolver {
  private readonly drafts: Draft[] = [];
  private readonly byMention = new Map<MentionCandidate, Draft>();
  private readonly formOf = new Map<MentionCandidate, MentionForm>();
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
  /** Each person's role words, and how many of its roles they cover (see roleWordsOf). */
  private readonly roleWords = new Map<Draft, { roles: number; words: Set<string> }>();
  /** Mentions already read, in reading order, with their actors: what a later reference looks back over. */
  private readonly history: { start: number; draft: Draft; form: MentionForm }[] = [];
  private readonly orgStarts: Map<number, MentionCandidate>;
  private readonly countries: MentionCandidate[];
  private readonly lone: MentionCandidate[];
  private readonly loneByName = new Map<string, MentionCandidate[]>();
  private readonly spans: SpanIndex<MentionCandidate>;

  constructor(
    private readonly text: string,
    private readonly sentenceOf: (offset: number) => number,
    private readonly story: MentionCandidate[],
    /** Which words are titles ("the harbormaster" is a person when a house style says so). */
    private readonly vocabulary: Vocabulary,
  ) {
    this.spans = new SpanIndex(story);
    this.orgStarts = new Map(story.filter((m) => m.kind === 'organization' && !m.anaphor).map((m) => [m.start, m]));
    this.countries = story.filter((m) => m.place && isCountry(m.name.toLowerCase()));
    this.lone = story.filter((m) => m.tentative && !m.place && !m.anaphor);
    for (const m of this.lone) {
      const same = this.loneByName.get(m.name);
      if (same) same.push(m);
      else this.loneByName.set(m.name, [m]);
    }
  }

  private create(kind: ActorKind, name: string): Draft {
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

  private assign(m: MentionCandidate, draft: Draft, form: MentionForm = m.form): void {
    if (this.byMention.has(m)) return;
    this.byMention.set(m, draft);
    this.formOf.set(m, form);
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

  actorOf(m: MentionCandidate): Draft | undefined {
    return this.byMention.get(m) ?? this.unlisted.get(m);
  }

  private indexed(index: Map<string, Set<Draft>>, words: string[]): Draft[] {
    const found = new Set<Draft>();
    for (const w of words) for (const d of index.get(w) ?? []) found.add(d);
    return [...found];
  }

  /** Full personal names: variants merge ("… bin Jassim al-Thani" and "… Al-Thani"). */
  people(): void {
    for (const m of this.story) {
      if (m.kind !== 'person') continue;
      const words = nameWords(m.name);
      if (words.length < 2) continue;
      // a same-named person has the same given name and shares another word (see sameFullName): look up by both
      const match = this.indexed(this.byGivenAndWord, words.slice(1).map((w) => `${words[0]} ${w}`)).find(
        (d) => d.words.size >= 2 && sameFullName(words, d.words, nameWords(d.names[0])[0]),
      );
      this.assign(m, match ?? this.create('person', m.name));
    }
    // lone words: the surname (or given name) of a known person, the one named nearest before first
    for (const m of this.story) {
      if (this.byMention.has(m) || (m.kind !== 'person' && !(m.tentative && !m.anaphor && !m.place))) continue;
      const words = nameWords(m.name);
      if (words.length !== 1) continue;
      const holders = this.namesakes.holds(words[0]) ? this.namesakes : this.holders;
      const best = holders.nearest(words[0], m.start);
      if (best) this.assign(m, best, m.form === 'possessive' ? 'possessive' : 'surname');
      else if (m.kind === 'person') this.assign(m, this.create('person', m.name));
    }
  }

  /** Named organisations; lone words that look like companies or that speak ("WeWork declined", "Politico reported"). */
  organizations(): void {
    for (const m of this.story) {
      if (this.byMention.has(m) || m.kind !== 'organization' || m.anaphor || m.place) continue;
      if (m.tentative && !looksLikeCompanyName(m.name)) {
        if (!m.nearCue) continue;
        // a lone name that speaks: a person right after a quotation, an organisation otherwise
        if (this.speaksQuote(m)) {
          this.assign(m, this.create('person', m.name), 'surname');
          continue;
        }
      }
      this.assign(m, this.findOrganization(m.name) ?? this.create('organization', m.name));
    }
  }

  /** A lone name right after a quotation and its cue speaks it: "“…?” Schiff asked", "“…,” said Ross". */
  private speaksQuote(m: MentionCandidate): boolean {
    return CUE_AFTER_QUOTE.test(this.text.slice(Math.max(0, m.start - 12), m.start));
  }

  private findOrganization(name: string): Draft | undefined {
    const words = nameWords(organizationKey(name.replace(/^the\s+/i, '')));
    if (words.length === 0) return undefined;
    const set = new Set(words);
    return this.indexed(this.orgIndex, words).find((d) => isSubset(set, d.words) || (d.words.size > 0 && isSubset(d.words, set)));
  }

  /** The nearest earlier mention (within the look-back window) whose actor `accept` takes. */
  private lookBack(offset: number, accept: (d: Draft, start: number) => boolean): Draft | undefined {
    for (let i = lastStartingAtOrBefore(this.history, offset - 1), n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const h = this.history[i];
      if (accept(h.draft, h.start)) return h.draft;
    }
    return undefined;
  }

  /** Reading-order pass over what refers back: titles, descriptions, unnamed sources, pronouns. */
  anaphora(): void {
    for (const m of this.story) {
      if (!this.byMention.has(m) && !m.inQuote) {
        if (m.kind === 'title') this.resolveTitle(m);
        else if (m.anaphor) this.resolveDescription(m);
        else if (m.kind === 'anonymous' || m.kind === 'group') this.resolveSource(m);
        else if (m.kind === 'pronoun') this.resolvePronoun(m);
      }
      const draft = this.byMention.get(m);
      if (draft) this.history.push({ start: m.start, draft, form: this.formOf.get(m) ?? m.form });
    }
  }

  /** "the Emir", "the new Ukrainian president": the person whose role shares the title's words, most recent first. */
  private resolveTitle(m: MentionCandidate): void {
    const words = m.titleWords ?? [m.name];
    const head = this.vocabulary.roleHead(words[words.length - 1]) ?? m.name;
    let best: Draft | undefined;
    let bestScore = 0;
    const seen = new Set<Draft>();
    this.lookBack(m.start, (d) => {
      if (d.kind !== 'person' || seen.has(d)) return false;
      seen.add(d);
      const roleWords = this.roleWordsOf(d);
      if (!roleWords.has(head)) return false;
      const score = words.filter((w) => roleWords.has(this.vocabulary.roleHead(w) ?? w)).length;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
      return false;
    });
    if (best) this.assign(m, best, 'title');
  }

  /** The words of a person's roles by their heads, kept up as roles come: a title is matched against them often. */
  private roleWordsOf(d: Draft): Set<string> {
    const known = this.roleWords.get(d) ?? { roles: 0, words: new Set<string>() };
    for (const r of d.roles.slice(known.roles)) {
      for (const w of r.text.toLowerCase().split(/[\s\u00a0]+/)) known.words.add(this.vocabulary.roleHead(w) ?? w.replace(/['’]s$/, ''));
    }
    known.roles = d.roles.length;
    this.roleWords.set(d, known);
    return known.words;
  }

  /** "the terror group", "the company", "the country": the organisation it suits, referred to so before if any. */
  private resolveDescription(m: MentionCandidate, asSource = false): Draft | undefined {
    const noun = m.anaphor as string;
    const kind = ORG_ANAPHORS[noun];
    const countryWord = /^(?:country|nation|kingdom)$/.test(noun);
    const suits = (d: Draft) => {
      const name = d.names[0];
      if (kind === 'group') return GROUP_NAME.test(name) || (!/\s/.test(name) && !looksLikeCompanyName(name));
      if (kind === 'company') return looksLikeCompanyName(name) || COMPANY_NAME.test(name);
      return !countryWord;
    };
    let sticky: Draft | undefined;
    let named: Draft | undefined;
    let suited: Draft | undefined;
    this.lookBack(m.start, (d) => {
      if (d.kind !== 'organization') return false;
      if (!sticky && d.anaphors.has(noun)) sticky = d;
      if (!named && d.words.has(noun)) named = d;
      if (!suited && suits(d)) suited = d;
      return sticky !== undefined;
    });
    let target = this.namedAfter(m) ?? sticky ?? named ?? suited;
    if (!target && countryWord) {
      const place = this.countries[lastStartingAtOrBefore(this.countries, m.start - 1)];
      if (place) {
        target = this.actorOf(place) ?? this.findOrganization(place.name) ?? this.create('organization', place.name);
        this.assign(place, target);
      }
    }
    if (!target && kind !== 'government') {
      const lone = this.lone.slice(Math.max(0, lastStartingAtOrBefore(this.lone, m.start - 1) - 20), lastStartingAtOrBefore(this.lone, m.start - 1) + 1).filter((p) => !this.byMention.has(p)).pop();
      if (lone) {
        target = this.findOrganization(lone.name) ?? this.create('organization', lone.name);
        for (const p of this.loneByName.get(lone.name) ?? []) this.assign(p, target);
      }
    }
    if (!target && asSource) target = this.create('organization', this.text.slice(m.start, m.end).replace(/^the\s+/i, '').replace(/['’]s$/, ''));
    if (target) this.assign(m, target, 'title');
    return target;
  }

  /** "The group, WeWorkers Coalition": the organisation named right after the description. */
  private namedAfter(m: MentionCandidate): Draft | undefined {
    const next = this.orgStarts.get(m.end + 2);
    return next && /^,\s$/.test(this.text.slice(m.end, m.end + 2)) ? this.actorOf(next) : undefined;
  }

  /** "the source" after "a source": the same unnamed source; "US officials" again: the same group. */
  private resolveSource(m: MentionCandidate): void {
    const words = m.name.toLowerCase().split(/[\s\u00a0]+/);
    const head = words.find((w) => SOURCE_HEADS.has(w) || NAMED_GROUPS.has(w)) ?? words[words.length - 1];
    const definite = words[0] === 'the' && words.length === 2;
    const earlier =
      m.kind === 'group'
        ? this.byName.get(`group:${m.name.toLowerCase()}`)
        : definite
          ? this.lookBack(m.start, (d) => d.kind === 'anonymous' && d.head === head)
          : undefined;
    const draft = earlier ?? this.create(m.kind as ActorKind, m.name);
    draft.head = draft.head ?? head;
    this.assign(m, draft, 'description');
  }

  /** he/she: the sentence's earlier subject, else the previous sentences' first compatible person; they/it: bodies. */
  private resolvePronoun(m: MentionCandidate): void {
    // "It is unclear", "it would be good": no referent
    if (m.name === 'it' && /^[\s\u00a0]+(?:is|was|would|will|seems|seemed|appears|appeared|has been|had been|may|might|could|can)\b/.test(this.text.slice(m.end, m.end + 12))) return;
    const sentence = this.sentenceOf(m.start);
    const target = /^(?:it|its)$/.test(m.name)
      ? this.lookBack(m.start, (d) => d.kind === 'organization')
      : /^(?:they|them|their|themselves)$/.test(m.name)
        ? this.lookBack(m.start, (d, start) => d.kind !== 'person' && sentence - this.sentenceOf(start) <= 1)
        : this.personFor(m, sentence);
    if (!target) return;
    // a he/she learns the gender of a person named in the same sentence ("Ashraf Ghani … he said")
    if (m.gender && !target.gender && target.kind === 'person' && this.namedIn(target, sentence, m.start)) target.gender = m.gender;
    if (target.kind === 'anonymous') this.unlisted.set(m, target);
    else this.assign(m, target, 'pronoun');
  }

  private namedIn(d: Draft, sentence: number, before: number): boolean {
    // its latest mentions only: they were added in reading order
    for (let i = d.mentions.length - 1; i >= 0 && d.mentions.length - i <= 6; i--) {
      const x = d.mentions[i];
      if (x.start < before && x.form !== 'pronoun' && this.sentenceOf(x.start) === sentence) return true;
    }
    return false;
  }

  /** The first compatible person named in the pronoun's sentence (its subject, mostly), else in an earlier one. */
  private personFor(m: MentionCandidate, sentence: number): Draft | undefined {
    const fits = (d: Draft) => d.kind === 'person' && (!d.gender || !m.gender || d.gender === m.gender);
    let best: Draft | undefined;
    let bestSentence = -1;
    let nearest: Draft | undefined;
    for (let i = lastStartingAtOrBefore(this.history, m.start - 1), n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
      const h = this.history[i];
      const s = this.sentenceOf(h.start);
      if (best && s !== bestSentence) return best;
      if (sentence - s > 4) break;
      if (!fits(h.draft)) continue;
      nearest = nearest ?? h.draft;
      if (h.form !== 'pronoun') {
        best = h.draft;
        bestSentence = s;
      }
    }
    return best ?? nearest;
  }

  /** The actor of an attribution's source span. */
  source(span: Span, cue: Span | null, quoted: boolean, attributions: { source: Span | null; actor: Draft | undefined }[]): Draft | undefined {
    // "Morrison, Vindman's superior, said": a possessor given as the source stands for the name its phrase describes
    if (/^['’]s[\s\u00a0]+\p{Ll}/u.test(this.text.slice(span.end, span.end + 4))) {
      const described = this.spans.overlapping({ start: span.start - 3, end: span.start - 2 }).find((m) => m.end === span.start - 2 && (m.kind === 'person' || m.tentative));
      const actor = described && /^,[\s\u00a0]$/.test(this.text.slice(span.start - 2, span.start)) ? this.actorOf(described) : undefined;
      if (actor) return actor;
    }
    const inside = this.spans.overlapping(span);
    const rank = (m: MentionCandidate) =>
      m.kind === 'anonymous' || m.kind === 'group'
        ? 0
        : m.kind === 'person' || (m.kind === 'organization' && !m.anaphor)
          ? 1
          : m.kind === 'title' || m.anaphor
            ? 2
            : 3;
    inside.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    for (const m of inside) {
      // "Morrison's lawyer", "his spokesman": the possessor is not the source
      if ((m.form === 'possessive' || /^(?:his|her|its|their)$/.test(m.name)) && /\p{L}/u.test(this.text.slice(m.end, span.end))) continue;
      const resolved = this.actorOf(m) ?? this.promote(m, quoted);
      if (resolved) return resolved;
    }
    return this.surnameOfKnown(span) ?? this.fromText(span, attributions) ?? (cue ? this.nameBefore(cue.start) : undefined);
  }

  /**
   * A lone capitalised source the mention pass left alone because it is also an English word ("Pence said",
   * "Rice said") is the surname of a person the story has named.
   */
  private surnameOfKnown(span: Span): Draft | undefined {
    const text = this.text.slice(span.start, span.end);
    const words = nameWords(text);
    if (words.length !== 1 || !/^\p{Lu}/u.test(text)) return undefined;
    const holder = this.namesakes.nearest(words[0], span.start);
    holder?.mentions.push({ start: span.start, end: span.end, actor: '', form: /['’]s?$/.test(text) ? 'possessive' : 'surname' });
    return holder;
  }

  /** A source span that names no one: the nearest person or organisation named before the cue in its sentence. */
  private nameBefore(offset: number): Draft | undefined {
    const sentence = this.sentenceOf(offset);
    let found: Draft | undefined;
    this.lookBack(offset, (d, start) => {
      if (this.sentenceOf(start) !== sentence) return true;
      if (d.kind === 'person' || d.kind === 'organization') found = d;
      return found !== undefined;
    });
    return found;
  }

  /**
   * A lone word or place that acts as a source becomes an actor: a person when it speaks a quotation ("“…?” Schiff
   * asked"), else an organisation ("Qatar said", "Politico reported") or a group ("Republicans said").
   */
  private promote(m: MentionCandidate, quoted: boolean): Draft | undefined {
    if (m.anaphor) return this.resolveDescription(m, true);
    if (!m.tentative) return undefined;
    const group = NAMED_GROUPS.has(m.name.toLowerCase());
    const kind: ActorKind = !m.place && quoted && !group ? 'person' : group ? 'group' : 'organization';
    const draft = (kind === 'organization' && this.findOrganization(m.name)) || this.create(kind, m.name);
    this.assign(m, draft);
    return draft;
  }

  /** A source with no mention of ours: a document speaks for whoever issued it; otherwise the words decide the kind. */
  private fromText(span: Span, attributions: { source: Span | null; actor: Draft | undefined }[]): Draft | undefined {
    const text = this.text.slice(span.start, span.end);
    const lower = text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
    if (!/\p{L}/u.test(lower) || /^(?:he|she|they|it|him|her|his|its|their|them|who|which|that|we|i|you|us)$/.test(lower)) return undefined;
    // "Both sides", "both men": the people just named, not a new source
    if (/^both\b/.test(lower)) return undefined;
    // a lone article ("A week after …, Blinken … said") names nobody: the sentence's first named actor speaks
    if (/^(?:a|an|the|this|that|these|those)$/.test(lower)) return this.sentenceSubject(span.start);
    if (ISSUED_DOCUMENT.test(lower)) {
      for (let i = attributions.length - 1; i >= 0 && attributions.length - i <= 50; i--) {
        const a = attributions[i];
        if (a.source && a.source.end <= span.start && a.actor) return a.actor;
      }
      return undefined;
    }
    // the head noun comes before any post-modifier: "people familiar with the talks", "officials in Kabul"
    const all = lower.split(' ');
    const cut = all.findIndex((w, i) => i > 0 && /^(?:of|in|on|at|from|for|to|with|familiar|briefed|close|who|which|that)$/.test(w));
    const words = cut > 0 ? all.slice(0, cut) : all;
    const head = words[words.length - 1].replace(/['’]s$/, '');
    const person = SOURCE_HEADS.has(head) || this.vocabulary.roleHead(head) !== undefined;
    const kind: ActorKind | undefined =
      ORG_ANAPHORS[head] || ORG_WORDS.has(head)
        ? 'organization'
        : person
          ? GROUP_HEADS.has(head) && /^\p{Lu}/u.test(text) && !SOURCE_QUANTIFIERS.has(words[0]) && words[0] !== 'the'
            ? 'group'
            : 'anonymous'
          : /^\p{Lu}/u.test(text) && !/^(?:the|a|an)\b/i.test(text) && !/\s\p{Ll}/u.test(text)
            ? 'organization'
            : undefined;
    // words that name no one ("eager to withdraw") make no actor
    if (!kind) return undefined;
    const draft = this.byName.get(`${kind}:${text.toLowerCase()}`) ?? this.create(kind, text);
    draft.mentions.push({ start: span.start, end: span.end, actor: '', form: 'description' });
    return draft;
  }

  /** The first person or organisation named in the sentence holding `offset`. */
  private sentenceSubject(offset: number): Draft | undefined {
    const sentence = this.sentenceOf(offset);
    let i = lastStartingAtOrBefore(this.history, offset - 1);
    while (i >= 0 && this.sentenceOf(this.history[i].start) === sentence) i--;
    for (let k = i + 1, n = 0; k < this.history.length && n < LOOKBACK; k++, n++) {
      const h = this.history[k];
      if (this.sentenceOf(h.start) !== sentence) break;
      if (h.form !== 'pronoun' && (h.draft.kind === 'person' || h.draft.kind === 'organization')) return h.draft;
    }
    return undefined;
  }

  /** Drafts in order of first mention as actors a1, a2, …; mentions in reading order. */
  finish(): Map<Draft, string> {
    const live = this.drafts.filter((d) => d.mentions.length > 0);
    for (const d of live) d.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return new Map(live.map((d, i) => [d, `a${i + 1}`]));
  }
}

/** The fullest form: the name with the most name words (the first such, for ties). */
const fullest = (d: Draft) =>
  d.kind === 'person' || d.kind === 'organization'
    ? d.names.reduce((best, n) => (nameWords(n).length > nameWords(best).length ? n : best), d.names[0])
    : d.names[0];

function sentenceLookup(sentences: Sentence[]): (offset: number) => number {
  return (offset) => lastStartingAtOrBefore(sentences, offset);
}

/**
 * Drops the "people" a title-case headline makes of its common words ("Harbour Levy Vote"): a headline name of two
 * or more words with no first name, no role, and no word that the story's body uses in a name.
 */
function withoutHeadlineFragments(mentions: MentionCandidate[], paragraphs: Paragraph[]): MentionCandidate[] {
  const headlines = new SpanIndex(paragraphs.filter((p) => p.kind === 'headline'));
  const bodyWords = new Set(mentions.filter((m) => m.kind !== 'pronoun' && !headlines.contains(m)).flatMap((m) => nameWords(m.name)));
  const fragment = (m: MentionCandidate) => {
    if (m.kind !== 'person' || m.roles.length > 0 || !headlines.contains(m)) return false;
    const words = nameWords(m.name);
    return words.length > 1 && !words.some((w) => isFirstName(w) || bodyWords.has(w));
  };
  return mentions.filter((m) => !fragment(m));
}

export function resolveActors(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  mentions: MentionCandidate[],
  attributions: Omit<Attribution, 'actor'>[],
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): ActorResolution {
  // bylines, photo credits and datelines name no story actors
  const offstage = new SpanIndex(paragraphs.filter((p) => p.kind === 'credit' || p.kind === 'dateline'));
  const story = withoutHeadlineFragments(
    mentions.filter((m) => !offstage.contains(m)),
    paragraphs,
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const resolver = new Resolver(text, sentenceLookup(sentences), story, vocabulary);
  resolver.people();
  resolver.organizations();
  resolver.anaphora();
  const order = attributions.map((a, i) => ({ a, i })).sort((x, y) => (x.a.source?.start ?? x.a.content.start) - (y.a.source?.start ?? y.a.content.start));
  const resolved: { source: Span | null; actor: Draft | undefined }[] = [];
  const byAttribution = new Array<Draft | undefined>(attributions.length);
  for (const { a, i } of order) {
    const quoted = a.quote !== undefined || a.kind === 'direct';
    // "Additional reporting by …" in a credit line reports nothing the story says
    const onstage = a.source && !offstage.contains(a.source) ? a.source : null;
    const actor = onstage ? resolver.source(onstage, a.cue, quoted, resolved) : undefined;
    resolved.push({ source: a.source, actor });
    byAttribution[i] = actor;
  }
  const ids = resolver.finish();
  const actors: Actor[] = [...ids.entries()].map(([d, id]) => ({
    id,
    name: fullest(d),
    kind: d.kind,
    roles: d.roles,
    mentions: d.mentions.map((x) => ({ ...x, actor: id })),
    ...(d.gender && d.kind === 'person' ? { gender: d.gender } : {}),
  }));
  return { actors, attributionActors: byAttribution.map((d) => (d ? (ids.get(d) ?? null) : null)) };
}

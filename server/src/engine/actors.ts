/**
 * Actors: mentions merged into people, organisations, groups and anonymous sources, with roles; surnames,
 * possessives, titles ("the Emir"), definite descriptions ("the group") and pronouns resolved; attribution
 * sources linked to actors.
 *
 * Order of work: full names first (variants merge when one's name words are a subset of the other's), then lone
 * words (a surname of a known person, else an organisation if something shows it is one), then one reading-order
 * pass for what refers back (titles, descriptions, pronouns), then the attribution sources.
 */
import type { Actor, ActorKind, Attribution, Mention, MentionForm, Paragraph, Role, Sentence, Span } from './model';
import type { MentionCandidate } from './mentions';
import { HONORIFICS, isCountry, NAME_HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES } from './lexicon/people';
import { roleHead } from './lexicon/roles';
import { looksLikeCompanyName, ORG_ANAPHORS, ORG_WORDS } from './lexicon/organizations';
import { GROUP_HEADS, NAMED_GROUPS, SOURCE_HEADS, SOURCE_QUANTIFIERS } from './lexicon/sources';

export interface ActorResolution {
  actors: Actor[];
  /** The actor of each attribution (same order as the input), or null. */
  attributionActors: (string | null)[];
}

interface Draft {
  key: number;
  kind: ActorKind;
  names: string[];
  /** Name words for merging variants: lower case, no diacritics, particles, honorifics or "al-". */
  words: Set<string>;
  roles: Role[];
  mentions: Mention[];
  gender?: 'male' | 'female';
  /** Descriptions it has been referred to by ("group", "company"). */
  anaphors: Set<string>;
  /** Head noun of an unnamed source ("source", "officials"). */
  head?: string;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

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
  constructor(
    private readonly text: string,
    private readonly sentenceOf: (offset: number) => number,
  ) {}

  create(kind: ActorKind, name: string): Draft {
    const draft: Draft = { key: this.drafts.length, kind, names: [name], words: new Set(nameWords(name)), roles: [], mentions: [], anaphors: new Set() };
    this.drafts.push(draft);
    return draft;
  }

  assign(m: MentionCandidate, draft: Draft, form: MentionForm = m.form): void {
    if (this.byMention.has(m)) return;
    this.byMention.set(m, draft);
    draft.mentions.push({ start: m.start, end: m.end, actor: '', form });
    for (const role of m.roles) if (!draft.roles.some((r) => r.text === role.text)) draft.roles.push(role);
    if (m.kind !== 'pronoun' && m.kind !== 'title' && m.form !== 'title' && m.form !== 'description') {
      draft.names.push(m.name);
      for (const w of nameWords(m.name)) draft.words.add(w);
    }
    if (m.gender && !draft.gender && (m.kind === 'person' || m.kind === 'pronoun')) draft.gender = m.gender;
    if (m.anaphor) draft.anaphors.add(m.anaphor);
  }

  actorOf(m: MentionCandidate): Draft | undefined {
    return this.byMention.get(m) ?? this.unlisted.get(m);
  }

  /** Pronouns that refer to an unnamed source: resolved, but not listed among its mentions (they name nobody). */
  private readonly unlisted = new Map<MentionCandidate, Draft>();

  get all(): Draft[] {
    return this.drafts;
  }

  /** Full personal names: variants merge ("… bin Jassim al-Thani" and "… Al-Thani"). */
  people(mentions: MentionCandidate[]): void {
    for (const m of mentions) {
      if (m.kind !== 'person') continue;
      const words = nameWords(m.name);
      if (words.length < 2) continue;
      const match = this.drafts.find((d) => d.kind === 'person' && d.words.size >= 2 && sameFullName(words, d.words, nameWords(d.names[0])[0]));
      this.assign(m, match ?? this.create('person', m.name));
    }
    // lone words: the surname (or given name) of a known person, nearest mention first
    for (const m of mentions) {
      if (this.byMention.has(m) || (m.kind !== 'person' && !(m.tentative && !m.anaphor && !m.place))) continue;
      const words = nameWords(m.name);
      if (words.length !== 1) continue;
      const holders = this.drafts.filter((d) => d.kind === 'person' && d.words.has(words[0]));
      const best = this.nearest(holders, m.start);
      if (best) this.assign(m, best, m.form === 'possessive' ? 'possessive' : 'surname');
      else if (m.kind === 'person') this.assign(m, this.create('person', m.name));
    }
  }

  /** Named organisations; lone words that look like companies or speak ("WeWork declined", "Politico reported"). */
  organizations(mentions: MentionCandidate[]): void {
    for (const m of mentions) {
      if (this.byMention.has(m) || m.kind !== 'organization' || m.anaphor || m.place) continue;
      if (m.tentative && !looksLikeCompanyName(m.name)) {
        if (m.nearCue && this.speaksQuote(m)) this.assign(m, this.create('person', m.name), 'surname');
        continue;
      }
      this.assign(m, this.findOrganization(m.name) ?? this.create('organization', m.name));
    }
  }

  /** A lone name right after a quotation and its cue speaks it: "“…?” Schiff asked", "“…,” said Ross". */
  private speaksQuote(m: MentionCandidate): boolean {
    return /[”"][\s\u00a0]+(?:(?:said|says|asked|added|wrote)[\s\u00a0]+)?$/.test(this.text.slice(Math.max(0, m.start - 12), m.start));
  }

  findOrganization(name: string): Draft | undefined {
    const words = new Set(nameWords(name.replace(/^the\s+/i, '')));
    if (words.size === 0) return undefined;
    return this.drafts.find((d) => d.kind === 'organization' && (isSubset(words, d.words) || (d.words.size > 0 && isSubset(d.words, words))));
  }

  /** The draft among `drafts` with a mention nearest before `offset`, else the first after it. */
  nearest(drafts: Draft[], offset: number): Draft | undefined {
    let best: Draft | undefined;
    let bestAt = -1;
    for (const d of drafts) {
      const before = d.mentions.filter((x) => x.start < offset).map((x) => x.start);
      const at = before.length ? Math.max(...before) : -1;
      if (at > bestAt) {
        best = d;
        bestAt = at;
      }
    }
    return best ?? drafts[0];
  }

  /** The draft mentioned most recently before `offset` among those `accept` takes. */
  recent(offset: number, accept: (d: Draft) => boolean): Draft | undefined {
    return this.nearestBefore(this.drafts.filter(accept), offset);
  }

  nearestBefore(drafts: Draft[], offset: number): Draft | undefined {
    let best: Draft | undefined;
    let bestAt = -1;
    for (const d of drafts) {
      for (const x of d.mentions) if (x.start < offset && x.start > bestAt) {
        best = d;
        bestAt = x.start;
      }
    }
    return best;
  }

  /** Reading-order pass over what refers back: titles, descriptions, unnamed sources, pronouns. */
  anaphora(mentions: MentionCandidate[]): void {
    for (const m of mentions) {
      if (this.byMention.has(m) || m.inQuote) continue;
      if (m.kind === 'title') this.resolveTitle(m);
      else if (m.anaphor) this.resolveDescription(m);
      else if (m.kind === 'anonymous' || m.kind === 'group') this.resolveSource(m);
      else if (m.kind === 'pronoun') this.resolvePronoun(m);
    }
  }

  /** "the Emir", "the new Ukrainian president": the person whose role shares the title's words, most recent first. */
  private resolveTitle(m: MentionCandidate): void {
    const words = m.titleWords ?? [m.name];
    const head = roleHead(words[words.length - 1]) ?? m.name;
    let best: Draft | undefined;
    let bestScore = 0;
    let bestAt = -1;
    for (const d of this.drafts) {
      if (d.kind !== 'person') continue;
      const roleWords = new Set(d.roles.flatMap((r) => r.text.toLowerCase().split(/[\s\u00a0]+/).map((w) => roleHead(w) ?? w.replace(/['’]s$/, ''))));
      if (!roleWords.has(head)) continue;
      const score = words.filter((w) => roleWords.has(roleHead(w) ?? w)).length;
      const at = Math.max(-1, ...d.mentions.filter((x) => x.start < m.start).map((x) => x.start));
      if (at < 0) continue;
      if (score > bestScore || (score === bestScore && at > bestAt)) {
        best = d;
        bestScore = score;
        bestAt = at;
      }
    }
    if (best) this.assign(m, best, 'title');
  }

  /** "the terror group", "the company", "the country": the organisation it suits, referred to so before if any. */
  private resolveDescription(m: MentionCandidate, asSource = false): Draft | undefined {
    const noun = m.anaphor as string;
    const kind = ORG_ANAPHORS[noun];
    const orgs = this.drafts.filter((d) => d.kind === 'organization' && d.mentions.some((x) => x.start < m.start));
    const sticky = orgs.filter((d) => d.anaphors.has(noun));
    const suited = orgs.filter((d) => {
      const name = d.names[0];
      if (kind === 'group') return /\b(?:group|coalition|movement|alliance|union|front|brigades?)\b/i.test(name) || !/\s/.test(name) && !looksLikeCompanyName(name);
      if (kind === 'company') return looksLikeCompanyName(name) || /\b(?:inc|corp|co|ltd|llc|plc|group|holdings|airlines?|bank)\b/i.test(name);
      return true;
    });
    const appositive = this.namedAfter(m);
    const countryWord = /^(?:country|nation|kingdom)$/.test(noun);
    const named = orgs.filter((d) => d.words.has(noun));
    let target =
      appositive ??
      this.nearestBefore(sticky, m.start) ??
      this.nearestBefore(named, m.start) ??
      (countryWord ? undefined : this.nearestBefore(suited, m.start));
    if (!target && countryWord) {
      const place = this.pendingPlaces.filter((p) => p.start < m.start && isCountry(p.name.toLowerCase())).pop();
      if (place) {
        target = this.create('organization', place.name);
        this.assign(place, target);
      }
    }
    if (!target && (asSource || kind !== 'government')) {
      const lone = this.pendingLone.filter((p) => p.start < m.start && !this.byMention.has(p)).pop();
      if (lone && kind !== 'government') {
        target = this.findOrganization(lone.name) ?? this.create('organization', lone.name);
        for (const p of this.pendingLone) if (p.name === lone.name) this.assign(p, target);
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

  orgStarts = new Map<number, MentionCandidate>();

  /** Places and lone capitalised words the first passes left: an anaphor or a source may still make them actors. */
  pendingPlaces: MentionCandidate[] = [];
  pendingLone: MentionCandidate[] = [];

  /** "the source" after "a source": the same unnamed source; "US officials" again: the same group. */
  private resolveSource(m: MentionCandidate): Draft {
    const words = m.name.toLowerCase().split(/[\s\u00a0]+/);
    const head = words.find((w) => SOURCE_HEADS.has(w) || NAMED_GROUPS.has(w)) ?? words[words.length - 1];
    const definite = words[0] === 'the' && words.length === 2;
    const same = (d: Draft) =>
      d.kind === m.kind && (d.names[0].toLowerCase() === m.name.toLowerCase() || (definite && d.head === head && d.kind === 'anonymous'));
    const earlier = definite || m.kind === 'group' ? this.recent(m.start, same) : undefined;
    const draft = earlier ?? this.create(m.kind as ActorKind, m.name);
    draft.head = draft.head ?? head;
    this.assign(m, draft, 'description');
    return draft;
  }

  /** he/she: the sentence's earlier subject, else the previous sentences' first compatible person; they/it: bodies. */
  private resolvePronoun(m: MentionCandidate): void {
    // "It is unclear", "it would be good": no referent
    if (m.name === 'it' && /^[\s\u00a0]+(?:is|was|would|will|seems|seemed|appears|appeared|has been|had been|may|might|could|can)\b/.test(this.text.slice(m.end, m.end + 12))) return;
    const target = /^(?:it|its)$/.test(m.name)
      ? this.recent(m.start, (d) => d.kind === 'organization')
      : /^(?:they|them|their|themselves)$/.test(m.name)
        ? this.recent(m.start, (d) => d.kind !== 'person' && this.sentenceOf(m.start) - this.lastSentence(d, m.start) <= 1)
        : this.personFor(m);
    if (!target) return;
    if (m.gender && !target.gender && target.kind === 'person') target.gender = m.gender;
    if (target.kind === 'anonymous') this.unlisted.set(m, target);
    else this.assign(m, target, 'pronoun');
  }

  private lastSentence(d: Draft, before: number): number {
    const at = d.mentions.filter((x) => x.start < before).map((x) => x.start);
    return at.length ? this.sentenceOf(Math.max(...at)) : -99;
  }

  private personFor(m: MentionCandidate): Draft | undefined {
    const fits = (d: Draft) => d.kind === 'person' && (!d.gender || !m.gender || d.gender === m.gender);
    const sentence = this.sentenceOf(m.start);
    for (let s = sentence; s >= 0 && sentence - s <= 4; s--) {
      // the first compatible person named in the sentence (its subject, mostly), before the pronoun
      let first: { d: Draft; at: number } | undefined;
      for (const d of this.drafts) {
        if (!fits(d)) continue;
        for (const x of d.mentions) {
          if (x.start >= m.start || this.sentenceOf(x.start) !== s || x.form === 'pronoun') continue;
          if (!first || x.start < first.at) first = { d, at: x.start };
        }
      }
      if (first) return first.d;
    }
    return this.recent(m.start, fits);
  }

  /** The actor of an attribution's source span. */
  source(
    span: Span,
    quoted: boolean,
    mentions: MentionCandidate[],
    attributions: { source: Span | null; actor: Draft | undefined }[],
  ): Draft | undefined {
    const inside = mentions.filter((m) => overlaps(m, span));
    const text = this.text.slice(span.start, span.end);
    const rank = (m: MentionCandidate) =>
      m.kind === 'anonymous' || m.kind === 'group' ? 0 : m.kind === 'person' || (m.kind === 'organization' && !m.anaphor) ? 1 : m.kind === 'title' || m.anaphor ? 2 : 3;
    inside.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    for (const m of inside) {
      // "Morrison's lawyer", "his spokesman": the possessor is not the source
      if ((m.form === 'possessive' || /^(?:his|her|its|their)$/.test(m.name)) && /[\p{L}]/u.test(this.text.slice(m.end, span.end))) continue;
      const resolved = this.actorOf(m) ?? this.promote(m, quoted);
      if (resolved) return resolved;
    }
    return this.fromText(span, text, attributions);
  }

  /**
   * A lone word or place that acts as a source becomes an actor: a person when it speaks a quotation ("“…?” Schiff
   * asked"), else an organisation ("Qatar said", "Politico reported") or a group ("Republicans said").
   */
  private promote(m: MentionCandidate, quoted: boolean): Draft | undefined {
    if (m.anaphor) return this.resolveDescription(m, true);
    if (m.kind === 'pronoun' || m.kind === 'title') return undefined;
    if (!m.tentative) return undefined;
    const person = !m.place && quoted && !NAMED_GROUPS.has(m.name.toLowerCase());
    const kind: ActorKind = person ? 'person' : NAMED_GROUPS.has(m.name.toLowerCase()) ? 'group' : 'organization';
    const draft = (kind === 'organization' && this.findOrganization(m.name)) || this.create(kind, m.name);
    this.assign(m, draft);
    return draft;
  }

  /** A source with no mention of ours: a document speaks for whoever issued it; otherwise the words decide the kind. */
  private fromText(span: Span, text: string, attributions: { source: Span | null; actor: Draft | undefined }[]): Draft | undefined {
    const lower = text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
    if (!/\p{L}/u.test(lower) || /^(?:he|she|they|it|him|her|his|its|their|them|who|which|that|we|i|you|us)$/.test(lower)) return undefined;
    // "Both sides", "both men": the people just named, not a new source
    if (/^both\b/.test(lower)) return undefined;
    if (/^(?:the|a|an|its|their|his|her) (?:statement|release|letter|email|e-mail|memo|report|filing|post|tweet|announcement)$/.test(lower)) {
      const issuer = attributions.filter((a) => a.source && a.source.end <= span.start && a.actor).pop();
      return issuer?.actor;
    }
    const words = lower.split(' ');
    const head = words[words.length - 1].replace(/['’]s$/, '');
    const kind: ActorKind = ORG_ANAPHORS[head] || ORG_WORDS.has(head)
      ? 'organization'
      : SOURCE_HEADS.has(head) || SOURCE_QUANTIFIERS.has(words[0])
        ? GROUP_HEADS.has(head) && /^\p{Lu}/u.test(text) && !SOURCE_QUANTIFIERS.has(words[0]) && words[0] !== 'the'
          ? 'group'
          : 'anonymous'
        : /^\p{Lu}/u.test(text) && !/^(?:the|a|an)\b/i.test(text) && !/\s\p{Ll}/u.test(text)
          ? 'organization'
          : 'anonymous';
    const existing = this.drafts.find((d) => d.kind === kind && d.names[0].toLowerCase() === lower);
    const draft = existing ?? this.create(kind, text);
    draft.mentions.push({ start: span.start, end: span.end, actor: '', form: 'description' });
    return draft;
  }

  /** Drafts in order of first mention as actors a1, a2, …; mentions in reading order, the longest name as the name. */
  finish(): Map<Draft, string> {
    const live = this.drafts.filter((d) => d.mentions.length > 0);
    for (const d of live) d.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return new Map(live.map((d, i) => [d, `a${i + 1}`]));
  }
}

const fullest = (d: Draft) =>
  d.kind === 'person' || d.kind === 'organization'
    ? d.names.reduce((best, n) => (nameWords(n).length > nameWords(best).length ? n : best), d.names[0])
    : d.names[0];

function sentenceLookup(sentences: Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export function resolveActors(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  mentions: MentionCandidate[],
  attributions: Omit<Attribution, 'actor'>[],
): ActorResolution {
  try {
    // bylines, photo credits and datelines name no story actors
    const offstage = paragraphs.filter((p) => p.kind === 'credit' || p.kind === 'dateline');
    const story = mentions
      .filter((m) => !offstage.some((p) => m.start >= p.start && m.end <= p.end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const resolver = new Resolver(text, sentenceLookup(sentences));
    resolver.people(story);
    resolver.organizations(story);
    resolver.pendingPlaces = story.filter((m) => m.place);
    resolver.orgStarts = new Map(story.filter((m) => m.kind === 'organization' && !m.anaphor).map((m) => [m.start, m]));
    resolver.pendingLone = story.filter((m) => m.tentative && !m.place && !m.anaphor && !resolver.actorOf(m));
    resolver.anaphora(story);
    const resolved: { source: Span | null; actor: Draft | undefined }[] = [];
    for (const a of [...attributions].sort((x, y) => (x.source?.start ?? x.content.start) - (y.source?.start ?? y.content.start))) {
      const quoted = a.quote !== undefined || a.kind === 'direct';
      resolved.push({ source: a.source, actor: a.source ? resolver.source(a.source, quoted, story, resolved) : undefined });
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
    const byAttribution = new Map(resolved.map((r) => [r.source, r.actor]));
    return {
      actors,
      attributionActors: attributions.map((a) => {
        const d = a.source ? byAttribution.get(a.source) : undefined;
        return d ? (ids.get(d) ?? null) : null;
      }),
    };
  } catch {
    return { actors: [], attributionActors: attributions.map(() => null) };
  }
}
